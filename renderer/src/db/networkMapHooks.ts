// Reactive reads of a family's network maps. Each re-runs when the table changes, in this window or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from './sessionContext';
import { listNetworkMaps, readNetworkMap, type NetworkMapRecord } from './repositories/networkMapRepository';

/** The family's maps, newest (by the map's date) first; undefined while loading. */
export function useNetworkMaps(familyId: string): NetworkMapRecord[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listNetworkMaps(session, familyId), [session, familyId]);
}

/** One map; null once it is gone (deleted here or in another window), undefined while loading. */
export function useNetworkMap(id: string): NetworkMapRecord | null | undefined {
  const session = useSession();
  return useLiveQuery(async () => (await readNetworkMap(session, id)) ?? null, [session, id]);
}
