// How the facilitator view writes durations: stopwatch style, whole seconds rounded down (never
// ahead of the stored timestamps), hours only when needed, and overruns.
import { describe, expect, it } from 'vitest';
import { formatStopwatch, overrunMs } from '../../../shared/meeting/runClock';

describe('formatStopwatch', () => {
  it('writes minutes and seconds below an hour', () => {
    expect(formatStopwatch(0)).toBe('0:00');
    expect(formatStopwatch(7_000)).toBe('0:07');
    expect(formatStopwatch(4 * 60_000 + 7_000)).toBe('4:07');
    expect(formatStopwatch(15 * 60_000)).toBe('15:00');
    expect(formatStopwatch(59 * 60_000 + 59_999)).toBe('59:59');
  });

  it('adds hours from an hour up', () => {
    expect(formatStopwatch(60 * 60_000)).toBe('1:00:00');
    expect(formatStopwatch(62 * 60_000 + 3_000)).toBe('1:02:03');
    expect(formatStopwatch(125 * 60_000)).toBe('2:05:00');
  });

  it('rounds down to whole seconds and treats negative time as zero', () => {
    expect(formatStopwatch(999)).toBe('0:00');
    expect(formatStopwatch(1_999)).toBe('0:01');
    expect(formatStopwatch(-5_000)).toBe('0:00');
  });
});

describe('overrunMs', () => {
  it('is how far elapsed time is past the plan, never negative', () => {
    expect(overrunMs(12 * 60_000, 10 * 60_000)).toBe(2 * 60_000);
    expect(overrunMs(10 * 60_000, 10 * 60_000)).toBe(0);
    expect(overrunMs(3 * 60_000, 10 * 60_000)).toBe(0);
  });
});
