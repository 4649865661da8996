// Pseudonym codes identify a family without its name (docs/domain.md: Privacy and the record). Generated codes avoid
// letters and digits that are easily confused (O/0, I/1) and never spell a name by design:
// three consonant-free-looking letters plus three digits, e.g. "KXR-482".
import { limits } from '../limits';
import { invalid, valid, type Validated } from '../validation';

const letters = 'ABCDEFGHJKLMNPRSTUVXYZ';
const digits = '23456789';

/** Generates a code not in `taken`. `random` returns a float in [0, 1) (injectable for tests). */
export function generatePseudonymCode(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)] ?? alphabet[0];
  for (let attempt = 0; attempt < 1000; attempt++) {
    const code = `${pick(letters)}${pick(letters)}${pick(letters)}-${pick(digits)}${pick(digits)}${pick(digits)}`;
    if (!taken.has(normalizePseudonymCode(code))) return code;
  }
  throw new Error('Could not generate a free pseudonym code');
}

/** Codes compare case-insensitively and without surrounding space. */
export function normalizePseudonymCode(code: string): string {
  return code.trim().toUpperCase();
}

const codePattern = /^[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9-]*$/;

/** Validates a code typed by a user; `taken` holds the normalized codes of the *other* families. */
export function validatePseudonymCode(raw: string, taken: ReadonlySet<string>): Validated<string> {
  const code = normalizePseudonymCode(raw);
  if (code.length === 0) return invalid('validation.codeEmpty');
  if (code.length > limits.familyCode) return invalid('validation.tooLong', { max: limits.familyCode, length: code.length });
  if (!codePattern.test(code)) return invalid('validation.codeCharacters');
  if (taken.has(code)) return invalid('validation.codeTaken', { code });
  return valid(code);
}
