// Reactive read of a family's genogram: re-runs when the genograms table changes, in this window or
// another. null: nothing drawn yet; undefined: still loading.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from '../app/sessionContext';
import { readGenogram, type GenogramRecord } from './repositories/genogramRepository';

export function useGenogram(familyId: string): GenogramRecord | null | undefined {
  const session = useSession();
  return useLiveQuery(async () => (await readGenogram(session, familyId)) ?? null, [session, familyId]);
}
