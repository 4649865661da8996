// Reactive reads of care periods and their goals' ratings: each re-runs when the care
// period, rating or meeting tables change, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CarePeriod, GoalRating } from '../../../shared/carePeriod/carePeriod';
import type { CarePeriodForRecord } from '../../../shared/carePeriod/summaryCarePeriod';
import { meetingDay, type Meeting } from '../../../shared/meeting/meeting';
import { useSession } from './sessionContext';
import { listFamilyCarePeriods, listFamilyGoalRatings, readCarePeriodForRecord, readCarePeriodOn, readFamilyCarePeriod } from './repositories/carePeriodRepository';

/** undefined while loading, null when the family has no care period. */
export function useFamilyCarePeriod(familyId: string): CarePeriod | null | undefined {
  const session = useSession();
  return useLiveQuery(() => readFamilyCarePeriod(session, familyId), [session, familyId]);
}

/** The family's goal ratings in meeting order (cancelled meetings' left out). */
export function useFamilyGoalRatings(familyId: string): GoalRating[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listFamilyGoalRatings(session, familyId), [session, familyId]);
}

/** Every care period of the family's children, latest start first. */
export function useFamilyCarePeriods(familyId: string): CarePeriod[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listFamilyCarePeriods(session, familyId), [session, familyId]);
}

/** The care period an interim review works on: the family's child's care period current on the meeting's day. */
export function useReviewCarePeriod(familyId: string, meeting: Pick<Meeting, 'run' | 'scheduledAt'>): CarePeriod | null | undefined {
  const session = useSession();
  const day = meetingDay(meeting);
  return useLiveQuery(() => readCarePeriodOn(session, familyId, day), [session, familyId, day]);
}

/** The care periods of a meeting's deep-dive families (each current on the meeting's day), for its summaries; a family without one has no entry. */
export function useMeetingCarePeriods(meeting: Pick<Meeting, 'deepDives' | 'run' | 'scheduledAt'>): ReadonlyMap<string, CarePeriodForRecord> | undefined {
  const session = useSession();
  const familyIds = [...new Set(meeting.deepDives.map((deepDive) => deepDive.familyId))];
  const day = meetingDay(meeting);
  return useLiveQuery(async () => {
    const entries = await Promise.all(familyIds.map(async (familyId) => [familyId, await readCarePeriodForRecord(session, familyId, day)] as const));
    return new Map(entries.flatMap(([familyId, carePeriod]) => (carePeriod ? [[familyId, carePeriod] as const] : [])));
  }, [session, familyIds.join('|'), day]);
}
