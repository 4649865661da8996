// Feeds the room's shared screen: builds the room view (shared/meeting/sharedScreen.ts decides what
// may be shown: nothing of another family, no score before the reveal) from the facilitator's data
// and publishes it whenever anything changes, and every second so its timer stays right.
import { useMemo } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import { buildSharedScreenView } from '../../../../shared/meeting/sharedScreen';
import { useSharedScreenPublisher } from '../screen/sharedScreenChannel';
import { useNow } from './useNow';

type SharedScreenPublisherProps = {
  meeting: Meeting;
  notes: string;
  hypothesisRevisions: readonly HypothesisRevision[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
  families: readonly Family[];
};

export function SharedScreenPublisher({ meeting, notes, hypothesisRevisions, actions, riskRounds, families }: SharedScreenPublisherProps) {
  const now = useNow();
  const familyCodes = useMemo(() => new Map(families.map((family) => [family.id, family.code])), [families]);
  const view = useMemo(
    () => buildSharedScreenView({ meeting, now, notes, hypothesisRevisions, actions, riskRounds, familyCodes }),
    [meeting, now, notes, hypothesisRevisions, actions, riskRounds, familyCodes],
  );
  useSharedScreenPublisher(meeting.id, view);
  return null;
}
