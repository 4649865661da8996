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

/** How today's median compares with last time's (docs/domain.md: Safety scale, compared with last time). */
export type RiskDirection = 'up' | 'down' | 'same';

export function riskDirection(today: number, before: number): RiskDirection {
  return today > before ? 'up' : today < before ? 'down' : 'same';
}

/** A revealed round of the family, with the time of the meeting it was scored in (epoch ms). */
export type DatedRound<R> = { round: R; meetingId: string; meetingTime: number };

/**
 * The family's round to compare with: the latest revealed round in which someone scored, from a
 * meeting before this one (never this meeting's own round). null when there is none.
 */
export function previousRevealedRound<R extends { revealedAt: number | null; scores: readonly Pick<RiskScore, 'score'>[] }>(
  rounds: readonly DatedRound<R>[],
  current: { meetingId: string; meetingTime: number },
): DatedRound<R> | null {
  let best: DatedRound<R> | null = null;
  for (const entry of rounds) {
    if (entry.meetingId === current.meetingId || entry.round.revealedAt === null) continue;
    if (entry.meetingTime >= current.meetingTime || riskSpread(entry.round.scores) === null) continue;
    if (!best || entry.meetingTime > best.meetingTime) best = entry;
  }
  return best;
}

/** Today's spread beside last time's: the direction of the median when both have one. */
export type RiskComparison =
  | { kind: 'noEarlier'; today: RiskSpread | null }
  | { kind: 'earlier'; today: RiskSpread | null; before: RiskSpread; beforeTime: number; direction: RiskDirection | null };

export function compareWithEarlier(today: RiskSpread | null, before: { spread: RiskSpread; meetingTime: number } | null): RiskComparison {
  if (!before) return { kind: 'noEarlier', today };
  return {
    kind: 'earlier',
    today,
    before: before.spread,
    beforeTime: before.meetingTime,
    direction: today ? riskDirection(today.median, before.spread.median) : null,
  };
}

/** How many gave each score, lowest score first (scores nobody gave and "not scoring" left out). */
export type ScoreStack = { score: number; count: number };

export function scoreStacks(scores: readonly (number | null)[]): ScoreStack[] {
  const counts = new Map<number, number>();
  for (const score of scores) if (score !== null) counts.set(score, (counts.get(score) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([score, count]) => ({ score, count }));
}

/** One dot of the line: its score and its place in the stack above that score (0 on the line). */
export type ScoreDot = { score: number; level: number };

/** A dot per score: equal scores stack upwards, so a cluster shows as a column. */
export function scoreDots(scores: readonly (number | null)[]): ScoreDot[] {
  return scoreStacks(scores).flatMap(({ score, count }) => Array.from({ length: count }, (_, level) => ({ score, level })));
}
