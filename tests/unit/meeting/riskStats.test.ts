// Covers shared/meeting/riskStats.ts: the spread of a risk round (lowest, median, highest) with an
// odd and an even number of scores, nobody scoring, and participants who chose not to score.
import { describe, expect, it } from 'vitest';
import { riskSpread } from '../../../shared/meeting/riskStats';

const scores = (...values: (number | null)[]) => values.map((score) => ({ score }));

describe('riskSpread', () => {
  it('takes the middle score of an odd count, whatever the order scores were entered in', () => {
    expect(riskSpread(scores(7, 3, 5))).toEqual({ min: 3, median: 5, max: 7, count: 3, notScoring: 0 });
  });

  it('takes the mean of the middle two of an even count (may be a half point)', () => {
    expect(riskSpread(scores(8, 2, 5, 6))).toEqual({ min: 2, median: 5.5, max: 8, count: 4, notScoring: 0 });
    expect(riskSpread(scores(4, 6))?.median).toBe(5);
  });

  it('leaves out participants who chose not to score, and counts them', () => {
    expect(riskSpread(scores(null, 9, null, 1, 4))).toEqual({ min: 1, median: 4, max: 9, count: 3, notScoring: 2 });
  });

  it('is null when nobody scored (no scores at all, or only "not scoring")', () => {
    expect(riskSpread([])).toBeNull();
    expect(riskSpread(scores(null, null))).toBeNull();
  });

  it('handles one score and the ends of the scale', () => {
    expect(riskSpread(scores(0))).toEqual({ min: 0, median: 0, max: 0, count: 1, notScoring: 0 });
    expect(riskSpread(scores(0, 10))).toEqual({ min: 0, median: 5, max: 10, count: 2, notScoring: 0 });
  });

  it('does not reorder the caller\'s scores', () => {
    const entered = scores(9, 1, 5);
    riskSpread(entered);
    expect(entered.map((entry) => entry.score)).toEqual([9, 1, 5]);
  });
});
