// Reactive reads of a family's genogram: re-run when the genograms table changes, in this window or
// another. null: nothing drawn yet; undefined: still loading.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from './sessionContext';
import { readGenogram, type GenogramRecord } from './repositories/genogramRepository';
import { UnreadableRecordError } from './sealedRecords';

/** The genogram for its own screen: a genogram that cannot be read throws, and the screen's boundary says so. */
export function useGenogram(familyId: string): GenogramRecord | null | undefined {
  const session = useSession();
  return useLiveQuery(async () => (await readGenogram(session, familyId)) ?? null, [session, familyId]);
}

/**
 * The genogram where it is one part of a bigger screen (the family page, the chair's view): one that
 * cannot be read is 'unreadable' instead of taking the whole screen down.
 */
export function useGenogramIfReadable(familyId: string): GenogramRecord | null | 'unreadable' | undefined {
  const session = useSession();
  return useLiveQuery(async () => {
    try {
      return (await readGenogram(session, familyId)) ?? null;
    } catch (error) {
      if (error instanceof UnreadableRecordError) return 'unreadable' as const;
      throw error;
    }
  }, [session, familyId]);
}
