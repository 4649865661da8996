// Hypotheses as a capture tool: on the room's screen, the family's hypotheses the room talks about.
// See docs/architecture.md: Capture tools (the registry).
import type { HypothesisStatus } from '../../hypothesis/hypothesis';
import { hypothesesInMeeting } from '../../hypothesis/revisions';
import { captureTool, roomSection, type RoomContext } from './types';

export type RoomHypothesis = { wording: string; status: HypothesisStatus };

export const hypothesesTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'hypotheses',
    chairShows: false,
    /**
     * Oldest first: those this meeting has made or reviewed, as it left them, and the family's others
     * still in play (not dropped) that are waiting to be reviewed. Nothing of another family.
     */
    see: ({ source, deepDive, meeting }: RoomContext): RoomHypothesis[] | null => {
      if (!deepDive) return null;
      const familyId = deepDive.familyId;
      const touched = new Map(
        hypothesesInMeeting(
          source.hypothesisRevisions.filter((entry) => entry.familyId === familyId),
          meeting.id,
        ).map((entry) => [entry.hypothesisId, entry.after]),
      );
      return [...source.familyHypotheses]
        .filter((hypothesis) => hypothesis.familyId === familyId && (touched.has(hypothesis.id) || hypothesis.status !== 'dropped'))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((hypothesis) => {
          const left = touched.get(hypothesis.id);
          return left ? { wording: left.card.wording, status: left.status } : { wording: hypothesis.wording, status: hypothesis.status };
        });
    },
    draw: (seen): RoomHypothesis[] => seen.map((entry) => ({ wording: entry.wording, status: entry.status })),
    fields: ['[]', '[].wording', '[].status'],
  }),
});
