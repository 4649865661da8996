// Reactive reads of hypotheses and their history: each re-runs when the hypothesis tables change,
// in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Hypothesis, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { useSession } from './sessionContext';
import { listHypothesesForFamily, listRevisionsForFamily, listRevisionsForMeeting } from './repositories/hypothesisRepository';

export function useFamilyHypotheses(familyId: string): Hypothesis[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listHypothesesForFamily(session, familyId), [session, familyId]);
}

export function useFamilyRevisions(familyId: string): HypothesisRevision[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listRevisionsForFamily(session, familyId), [session, familyId]);
}

/** The revisions of every hypothesis the meeting touched (see listRevisionsForMeeting). */
export function useMeetingHypothesisRevisions(meetingId: string): HypothesisRevision[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listRevisionsForMeeting(session, meetingId), [session, meetingId]);
}
