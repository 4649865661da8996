// How guessable a new passphrase is, judged on this computer only: zxcvbn-ts with its lists of
// common passwords and common English and Finnish words and names. The lists are large: they are
// loaded (from the app's own files, never the network) in a worker the first time a passphrase is
// checked, and the worker is ended once checks stop, so the page does not keep them. Where a
// worker cannot start (Node, in unit tests), the estimator runs in the page.
export type StrengthLevel = 'weak' | 'fair' | 'strong';
export type PassphraseStrength = { level: StrengthLevel; common: boolean };

/**
 * Guesses (as a power of ten) below which a passphrase is refused, and below which it is only fair.
 * With PBKDF2 at 600,000 iterations, 10^12 guesses take one attacker's GPU years.
 */
export const refusedBelowLog10 = 12;
export const fairBelowLog10 = 15;

type Estimate = { guessesLog10: number; common: boolean };

let inPage: Promise<(passphrase: string) => Estimate> | null = null;
function estimateInPage(passphrase: string): Promise<Estimate> {
  inPage ??= import('./passphraseDictionaries').then((module) => module.makeEstimator());
  return inPage.then((estimate) => estimate(passphrase));
}

/** The worker while checks are asked for; ended `workerIdleMs` after the last answer. */
let worker: Worker | null = null;
let workerFailed = typeof Worker === 'undefined';
let nextId = 0;
const waiting = new Map<number, { passphrase: string; resolve: (estimate: Estimate) => void }>();
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const workerIdleMs = 20_000;

/** Ends the worker (and frees its word lists); the next check starts a new one. */
export function releasePassphraseChecker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
  // Checks still waiting are answered in the page instead.
  for (const [id, { passphrase, resolve }] of waiting) {
    waiting.delete(id);
    void estimateInPage(passphrase).then(resolve);
  }
}

function startWorker(): Worker {
  const started = new Worker(new URL('./passphraseWorker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<Estimate & { id: number }>) => {
    const { id, ...estimate } = event.data;
    waiting.get(id)?.resolve(estimate);
    waiting.delete(id);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(releasePassphraseChecker, workerIdleMs);
  };
  started.onerror = () => {
    workerFailed = true;
    releasePassphraseChecker();
  };
  return started;
}

function estimate(passphrase: string): Promise<Estimate> {
  if (workerFailed) return estimateInPage(passphrase);
  try {
    worker ??= startWorker();
  } catch {
    workerFailed = true;
    return estimateInPage(passphrase);
  }
  const id = nextId++;
  clearTimeout(idleTimer);
  return new Promise((resolve) => {
    waiting.set(id, { passphrase, resolve });
    worker!.postMessage({ id, passphrase });
  });
}

export async function assessPassphrase(passphrase: string): Promise<PassphraseStrength> {
  const { guessesLog10, common } = await estimate(passphrase);
  const level: StrengthLevel = guessesLog10 < refusedBelowLog10 ? 'weak' : guessesLog10 < fairBelowLog10 ? 'fair' : 'strong';
  return { level, common };
}

/** The refusal message key for a passphrase too weak to accept, or null when it may be used. */
export async function strengthRefusal(passphrase: string): Promise<string | null> {
  const strength = await assessPassphrase(passphrase);
  if (strength.level !== 'weak') return null;
  return strength.common ? 'keys.strength.refusedCommon' : 'keys.strength.refused';
}
