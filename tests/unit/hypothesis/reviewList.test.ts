// Covers which earlier hypotheses the meeting's review lists (renderer/src/meetings/run/HypothesisReviewState.ts):
// not those made in this meeting, not those dropped earlier, but those this meeting touched, and
// none that the view already showed may vanish while the two live queries it reads catch up.
import { describe, expect, it } from 'vitest';
import { hypothesesToReview } from '../../../renderer/src/meetings/run/HypothesisReviewState';
import { emptyCard, type Hypothesis, type HypothesisRevision } from '../../../shared/hypothesis/hypothesis';

const hypothesis = (id: string, status: Hypothesis['status'], meetingId = 'm-earlier'): Hypothesis => ({
  ...emptyCard(`Hypothesis ${id}`),
  id,
  familyId: 'f',
  meetingId,
  status,
  createdAt: '2031-06-02T09:00:00.000Z',
  updatedAt: '2031-06-02T09:00:00.000Z',
  revisitedAt: '2031-06-02T09:00:00.000Z',
  revisionCount: 1,
});
const revision = (hypothesisId: string, meetingId: string): HypothesisRevision => ({
  id: `${hypothesisId}-${meetingId}`,
  hypothesisId,
  familyId: 'f',
  seq: 2,
  meetingId,
  at: '2031-06-09T09:00:00.000Z',
  status: 'dropped',
  reason: '',
  card: emptyCard(`Hypothesis ${hypothesisId}`),
});

describe("the review's list", () => {
  const all = [hypothesis('open', 'open'), hypothesis('old-drop', 'dropped'), hypothesis('new', 'open', 'm-now'), hypothesis('dropped-now', 'dropped')];

  it('holds earlier hypotheses still in play and those dropped in this meeting, not those made here or dropped before', () => {
    expect(hypothesesToReview(all, [revision('dropped-now', 'm-now')], 'm-now').map((h) => h.id)).toEqual(['open', 'dropped-now']);
  });

  it('keeps one it already listed while the revisions have not caught up with a drop', () => {
    expect(hypothesesToReview(all, [], 'm-now').map((h) => h.id)).toEqual(['open']);
    expect(hypothesesToReview(all, [], 'm-now', new Set(['open', 'dropped-now'])).map((h) => h.id)).toEqual(['open', 'dropped-now']);
  });
});
