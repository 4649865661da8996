// Reactive reads of care periods and their goals' ratings: each re-runs when the care
// period, rating or meeting tables change, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CarePeriod, GoalRating } from '../../../shared/carePeriod/carePeriod';
import type { CarePeriodForRecord } from '../../../shared/carePeriod/summaryCarePeriod';
import type { Meeting } from '../../../shared/meeting/meeting';
import { useSession } from '../app/sessionContext';
import { listFamilyGoalRatings, readCarePeriodForRecord, readFamilyCarePeriod } from './repositories/carePeriodRepository';

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

/** The care periods of a meeting's deep-dive families, for its summaries; a family without one has no entry. */
export function useMeetingCarePeriods(meeting: Pick<Meeting, 'deepDives'>): ReadonlyMap<string, CarePeriodForRecord> | undefined {
  const session = useSession();
  const familyIds = [...new Set(meeting.deepDives.map((deepDive) => deepDive.familyId))];
  return useLiveQuery(async () => {
    const entries = await Promise.all(familyIds.map(async (familyId) => [familyId, await readCarePeriodForRecord(session, familyId)] as const));
    return new Map(entries.flatMap(([familyId, carePeriod]) => (carePeriod ? [[familyId, carePeriod] as const] : [])));
  }, [session, familyIds.join('|')]);
}
