// The rules a new team passphrase must meet. The passphrase protects special-category client
// data and cannot be recovered, so it must be long; we favour length over symbol rules.
import { limits } from '../limits';
import { invalid, valid, type Validated } from '../validation';

export function validateNewPassphrase(passphrase: string, repeated: string): Validated<string> {
  if (passphrase.length < limits.passphraseMinLength) {
    return invalid('vault.passphraseTooShort', { min: limits.passphraseMinLength });
  }
  if (new Set(passphrase).size < limits.passphraseMinDistinctCharacters) {
    return invalid('vault.passphraseTooSimple', { min: limits.passphraseMinDistinctCharacters });
  }
  if (passphrase !== repeated) return invalid('vault.passphraseMismatch');
  return valid(passphrase);
}
