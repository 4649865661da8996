// What the running meeting has done to one earlier hypothesis, worked out from its history alone
// (so a reload, or a second window, shows the same): which hypotheses the review lists, the state
// before the meeting, the changes still standing, and what "undo" goes back to. Undo never deletes
// a revision: it appends one that returns to the state before the latest change, so a revision
// that returns to the state two steps back counts as undoing the step between.
import type { Hypothesis, HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { HypothesisState } from '../../../../shared/hypothesis/revisions';

export type ReviewedHere = {
  /** The state before this meeting first touched the hypothesis. */
  before: HypothesisState;
  /** States after each change still standing, oldest first (empty: nothing changed, or all undone). */
  changes: { state: HypothesisState; reason: string }[];
  /** The meeting revisited it without changing anything ("still holds") after its last change. */
  keptAsItWas: boolean;
};

/**
 * The hypotheses the review lists: not made in this meeting, and still held (not dropped) or
 * touched in this meeting, or `listedBefore` (what this view already showed: a hypothesis dropped
 * a moment ago stays in place even while the revisions' live query has not caught up with the
 * hypotheses', so the item under the keyboard's focus never disappears and comes back).
 */
export function hypothesesToReview(
  all: readonly Hypothesis[],
  revisions: readonly HypothesisRevision[],
  meetingId: string,
  listedBefore: ReadonlySet<string> = new Set(),
): Hypothesis[] {
  const touched = new Set(revisions.filter((revision) => revision.meetingId === meetingId).map((revision) => revision.hypothesisId));
  return all.filter(
    (entry) => entry.meetingId !== meetingId && (entry.status !== 'dropped' || touched.has(entry.id) || listedBefore.has(entry.id)),
  );
}

const sameState = (a: HypothesisState, b: HypothesisState) => a.status === b.status && a.card.wording === b.card.wording;

/**
 * How this meeting has dealt with one hypothesis, from its whole history (oldest first). null if
 * the meeting has not touched it. Only status and wording are compared: the review changes nothing else.
 */
export function reviewedHere(history: readonly HypothesisRevision[], meetingId: string): ReviewedHere | null {
  const firstIndex = history.findIndex((revision) => revision.meetingId === meetingId);
  if (firstIndex < 0) return null;
  const previous = history[firstIndex - 1];
  const before: HypothesisState = previous ? { card: previous.card, status: previous.status } : { card: history[0]!.card, status: history[0]!.status };
  const stack: { state: HypothesisState; reason: string }[] = [];
  let keptAsItWas = false;
  for (const revision of history.slice(firstIndex)) {
    const state: HypothesisState = { card: revision.card, status: revision.status };
    const top = stack.at(-1)?.state ?? before;
    const below = stack.length >= 2 ? stack.at(-2)!.state : before;
    if (sameState(state, top)) {
      keptAsItWas = true;
    } else if (stack.length >= 1 && sameState(state, below)) {
      stack.pop();
      keptAsItWas = false;
    } else {
      stack.push({ state, reason: revision.reason });
      keptAsItWas = false;
    }
  }
  return { before, changes: stack, keptAsItWas };
}

/** The state "undo" returns to: the one before the latest change still standing; null if there is nothing to undo. */
export function undoTarget(reviewed: ReviewedHere | null): HypothesisState | null {
  if (!reviewed || reviewed.changes.length === 0) return null;
  return reviewed.changes.length >= 2 ? reviewed.changes.at(-2)!.state : reviewed.before;
}
