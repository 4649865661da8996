// The spread of a risk round (docs/domain.md: Safety scale; record each score, the spread, and each reason): the
// lowest, the median and the highest score, leaving out participants who chose not to score.
import type { RiskScore } from './meeting';

export type RiskSpread = {
  min: number;
  median: number;
  max: number;
  /** How many scored. */
  count: number;
  /** How many chose not to score. */
  notScoring: number;
};

/** null when nobody scored. The median of an even count is the mean of the middle two (may be x.5). */
export function riskSpread(scores: readonly Pick<RiskScore, 'score'>[]): RiskSpread | null {
  const values = scores.flatMap((entry) => (entry.score === null ? [] : [entry.score])).sort((a, b) => a - b);
  if (values.length === 0) return null;
  const middle = Math.floor(values.length / 2);
  const median = values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
  return {
    min: values[0]!,
    median,
    max: values[values.length - 1]!,
    count: values.length,
    notScoring: scores.length - values.length,
  };
}
