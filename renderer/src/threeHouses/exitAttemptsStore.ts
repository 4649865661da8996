// Where child mode's exit prompt keeps its count of wrong passphrases and the time before which it
// checks no other: localStorage (key `keha.childModeExit`), so neither a reload nor a new window of
// the app starts the count afresh. Only a count and an instant are kept, never anything typed. The
// schedule itself is shared/lock/exitAttempts.ts.
import { afterWrong, noAttempts, parseExitAttempts, type ExitAttempts } from '../../../shared/lock/exitAttempts';

const storageKey = 'keha.childModeExit';

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

let inMemory: ExitAttempts = noAttempts;

/** The record now (the stored one, or this window's own when storage is refused). */
export function readExitAttempts(now: number): ExitAttempts {
  const raw = readRaw();
  return raw === null ? inMemory : parseExitAttempts(raw, now);
}

function store(attempts: ExitAttempts): void {
  inMemory = attempts;
  try {
    if (attempts.wrong === 0) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(attempts));
  } catch {
    // Storage refused: this window's in-memory record still counts.
  }
}

/** Counts one more wrong passphrase at `now`; returns the new record. */
export function noteWrongPassphrase(now: number): ExitAttempts {
  const next = afterWrong(readExitAttempts(now), now);
  store(next);
  return next;
}

/** The right passphrase: the count starts again. */
export function clearExitAttempts(): void {
  store(noAttempts);
}
