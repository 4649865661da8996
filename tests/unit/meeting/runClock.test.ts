// Timer maths shared by the facilitator view and the room's screen.
import { describe, expect, it } from 'vitest';
import { overrunMs } from '../../../shared/meeting/runClock';

describe('overrunMs', () => {
  it('is how far elapsed time is past the plan, never negative', () => {
    expect(overrunMs(12 * 60_000, 10 * 60_000)).toBe(2 * 60_000);
    expect(overrunMs(10 * 60_000, 10 * 60_000)).toBe(0);
    expect(overrunMs(3 * 60_000, 10 * 60_000)).toBe(0);
  });
});
