// Feeds the room's shared screen: builds the room view (shared/meeting/sharedScreen.ts decides what
// may be shown: nothing of another family, no score before the reveal) from the facilitator's data
// and publishes it whenever anything changes, and every second so its timer stays right.
import { useMemo } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { Hypothesis, HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import { buildSharedScreenView } from '../../../../shared/meeting/sharedScreen';
import { useFamilyHypotheses } from '../../db/hypothesisHooks';
import { useSharedScreenPublisher } from '../screen/sharedScreenChannel';
import { useNow } from './useNow';

type SharedScreenPublisherProps = {
  meeting: Meeting;
  /** The current step's deep-dive family, or null in a once-a-meeting phase. */
  familyId: string | null;
  notes: string;
  hypothesisRevisions: readonly HypothesisRevision[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
  families: readonly Family[];
};

export function SharedScreenPublisher({ meeting, familyId, notes, hypothesisRevisions, actions, riskRounds, families }: SharedScreenPublisherProps) {
  const now = useNow();
  // The family's hypotheses under review (none are read in a once-a-meeting phase).
  const familyHypotheses = useFamilyHypotheses(familyId ?? '') ?? noHypotheses;
  const familyCodes = useMemo(() => new Map(families.map((family) => [family.id, family.code])), [families]);
  const view = useMemo(
    () => buildSharedScreenView({ meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes }),
    [meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes],
  );
  useSharedScreenPublisher(meeting.id, view);
  return null;
}

const noHypotheses: readonly Hypothesis[] = [];
