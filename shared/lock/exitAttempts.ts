// Wrong passphrases at child mode's exit prompt, and how long the prompt then waits before it
// checks another: the first three wrong tries cost nothing (a worker mistyping), each one after
// them doubles a wait that starts at 30 seconds, up to 15 minutes. Pure functions of the stored
// record and the time, so the renderer can keep the record across a reload and tests can check
// the schedule without a clock. The record holds a count and an instant, nothing typed.
import { z } from 'zod';

export const freeWrongTries = 3;
export const firstWaitMs = 30_000;
export const longestWaitMs = 15 * 60_000;

export const exitAttemptsSchema = z
  .object({
    /** Wrong passphrases since the last right one. */
    wrong: z.number().int().min(0).max(1_000_000),
    /** Epoch milliseconds before which no passphrase is checked. */
    waitUntil: z.number().min(0),
  })
  .strict();
export type ExitAttempts = z.infer<typeof exitAttemptsSchema>;

export const noAttempts: ExitAttempts = { wrong: 0, waitUntil: 0 };

/** The wait that follows the `wrong`-th wrong try in a row (0 for the free ones). */
export const waitAfterWrong = (wrong: number): number => {
  if (wrong <= freeWrongTries) return 0;
  const doublings = Math.min(wrong - freeWrongTries - 1, 20);
  return Math.min(longestWaitMs, firstWaitMs * 2 ** doublings);
};

/** The record after one more wrong passphrase at `now`. */
export const afterWrong = (attempts: ExitAttempts, now: number): ExitAttempts => {
  const wrong = attempts.wrong + 1;
  const wait = waitAfterWrong(wrong);
  return { wrong, waitUntil: wait > 0 ? now + wait : 0 };
};

/** Milliseconds still to wait at `now` before a passphrase may be checked (0: check it). */
export const waitLeft = (attempts: ExitAttempts, now: number): number => Math.max(0, attempts.waitUntil - now);

/**
 * Reads a stored record. Anything unreadable counts as the free tries used up (the next wrong one
 * waits), so a damaged value neither locks the worker out nor buys anyone more free tries.
 */
export const parseExitAttempts = (raw: string | null, now: number): ExitAttempts => {
  if (raw === null) return noAttempts;
  try {
    const parsed = exitAttemptsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) {
      // A waitUntil beyond the longest wait from now (a clock set back) is shortened to it.
      return { ...parsed.data, waitUntil: Math.min(parsed.data.waitUntil, now + longestWaitMs) };
    }
  } catch {
    // falls through
  }
  return { wrong: freeWrongTries, waitUntil: 0 };
};
