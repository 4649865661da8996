// Unit tests for shared/lock/exitAttempts.ts: child mode's exit prompt checks three wrong
// passphrases freely, then waits 30 s, 60 s, 120 s… (at most 15 min) before each further check;
// a damaged stored record never unlocks more tries and never locks the worker out.
import { describe, expect, it } from 'vitest';

import { afterWrong, longestWaitMs, noAttempts, parseExitAttempts, waitAfterWrong, waitLeft } from '../../../shared/lock/exitAttempts';

const t0 = Date.parse('2031-05-12T10:00:00Z');

describe('exit attempts', () => {
  it('waits nothing for the first three wrong tries, then doubles from 30 seconds up to 15 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50].map(waitAfterWrong)).toEqual([
      0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000,
    ]);
  });

  it('counts a run of wrong tries and the time to wait after each', () => {
    let attempts = noAttempts;
    for (let i = 0; i < 3; i++) attempts = afterWrong(attempts, t0);
    expect(waitLeft(attempts, t0)).toBe(0);
    attempts = afterWrong(attempts, t0);
    expect(attempts).toEqual({ wrong: 4, waitUntil: t0 + 30_000 });
    expect(waitLeft(attempts, t0 + 10_000)).toBe(20_000);
    expect(waitLeft(attempts, t0 + 30_000)).toBe(0);
    attempts = afterWrong(attempts, t0 + 30_000);
    expect(waitLeft(attempts, t0 + 30_000)).toBe(60_000);
  });

  it('reads back what it stored', () => {
    const stored = JSON.stringify({ wrong: 4, waitUntil: t0 + 30_000 });
    expect(parseExitAttempts(stored, t0)).toEqual({ wrong: 4, waitUntil: t0 + 30_000 });
    expect(parseExitAttempts(null, t0)).toEqual(noAttempts);
  });

  it.each(['not json', '{}', '{"wrong":-1,"waitUntil":0}', '{"wrong":"9","waitUntil":0}', '{"wrong":1,"waitUntil":0,"extra":1}', '[]', 'null'])(
    'takes a damaged record (%s) as the free tries used up, without a wait',
    (raw) => {
      const attempts = parseExitAttempts(raw, t0);
      expect(waitLeft(attempts, t0)).toBe(0);
      expect(waitLeft(afterWrong(attempts, t0), t0)).toBe(30_000);
    },
  );

  it('never waits longer than the longest wait from now (a clock set back)', () => {
    const attempts = parseExitAttempts(JSON.stringify({ wrong: 9, waitUntil: t0 + 365 * 24 * 3_600_000 }), t0);
    expect(waitLeft(attempts, t0)).toBe(longestWaitMs);
  });
});
