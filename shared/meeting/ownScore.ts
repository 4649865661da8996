// A participant's own entry in a risk round (docs/domain.md: The team on several computers): each
// member may score on their own computer, and the computers' copies of the round are merged entry by
// entry (by `participantId`). So a write changes only the writer's own entry: the others stay exactly
// as they were, in their place.
import type { RiskScore } from './meeting';

/** `scores` with `score` as its participant's entry: replaced where it was, or added at the end. */
export function withOwnScore(scores: readonly RiskScore[], score: RiskScore): RiskScore[] {
  const at = scores.findIndex((entry) => entry.participantId === score.participantId);
  if (at < 0) return [...scores, score];
  return scores.map((entry, index) => (index === at ? score : entry));
}

/** `scores` without `participantId`'s entry; every other entry as it was. */
export function withoutOwnScore(scores: readonly RiskScore[], participantId: string): RiskScore[] {
  return scores.filter((entry) => entry.participantId !== participantId);
}

/**
 * What this computer may show of a round before the reveal: who has scored (or chosen not to), never
 * a value. The own entry included: once saved, a score leaves the screen until the reveal.
 */
export function scoredBeforeReveal(scores: readonly RiskScore[]): { participantId: string; scoring: boolean }[] {
  return scores.map((entry) => ({ participantId: entry.participantId, scoring: entry.score !== null }));
}
