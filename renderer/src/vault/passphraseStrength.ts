// How guessable a new passphrase is, judged on this computer only: zxcvbn-ts with its lists of
// common passwords and common English and Finnish words and names. The lists are large, so they
// are loaded (from the app's own files, never the network) the first time a passphrase is checked.
export type StrengthLevel = 'weak' | 'fair' | 'strong';
export type PassphraseStrength = { level: StrengthLevel; common: boolean };

/**
 * Guesses (as a power of ten) below which a passphrase is refused, and below which it is only fair.
 * With PBKDF2 at 600,000 iterations, 10^12 guesses take one attacker's GPU years.
 */
export const refusedBelowLog10 = 12;
export const fairBelowLog10 = 15;

type Estimator = (passphrase: string) => { guessesLog10: number; common: boolean };
let estimator: Promise<Estimator> | null = null;

function loadEstimator(): Promise<Estimator> {
  estimator ??= import('./passphraseDictionaries').then((module) => module.makeEstimator());
  return estimator;
}

export async function assessPassphrase(passphrase: string): Promise<PassphraseStrength> {
  const { guessesLog10, common } = (await loadEstimator())(passphrase);
  const level: StrengthLevel = guessesLog10 < refusedBelowLog10 ? 'weak' : guessesLog10 < fairBelowLog10 ? 'fair' : 'strong';
  return { level, common };
}

/** The refusal message key for a passphrase too weak to accept, or null when it may be used. */
export async function strengthRefusal(passphrase: string): Promise<string | null> {
  const strength = await assessPassphrase(passphrase);
  if (strength.level !== 'weak') return null;
  return strength.common ? 'keys.strength.refusedCommon' : 'keys.strength.refused';
}
