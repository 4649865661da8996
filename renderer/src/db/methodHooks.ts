// Reactive reads of the method templates: a family's timeline and its children's
// three-houses sessions. Each re-runs when its table changes, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { useSession } from './sessionContext';
import { listTimelineEvents } from './repositories/timelineRepository';
import {
  listThreeHousesSessionsForChild,
  listThreeHousesSessionsForFamily,
  readThreeHousesSession,
  type ThreeHousesSessionRecord,
} from './repositories/threeHousesRepository';

/** The family's timeline events in date order. */
export function useTimelineEvents(familyId: string): TimelineEvent[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listTimelineEvents(session, familyId), [session, familyId]);
}

/** Every three-houses session of the family's children, newest first. */
export function useFamilyThreeHousesSessions(familyId: string): ThreeHousesSessionRecord[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listThreeHousesSessionsForFamily(session, familyId), [session, familyId]);
}

/** One child's three-houses sessions, newest first. */
export function useChildThreeHousesSessions(familyId: string, childId: string): ThreeHousesSessionRecord[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listThreeHousesSessionsForChild(session, familyId, childId), [session, familyId, childId]);
}

/** One session; null once it is gone (deleted here or in another window), undefined while loading. */
export function useThreeHousesSession(id: string): ThreeHousesSessionRecord | null | undefined {
  const session = useSession();
  return useLiveQuery(async () => (await readThreeHousesSession(session, id)) ?? null, [session, id]);
}
