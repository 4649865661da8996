// Reactive reads of the quick round: a meeting's lines in ONE live query (never one per line, so a
// round of 100 families re-reads once when a line is saved, and the decrypted cache answers the
// other 99), the facts beside the lines, and a family's quick-round history for its page.
import { useLiveQuery } from 'dexie-react-hooks';
import type { QuickRoundLine } from '../../../shared/meeting/quickRound';
import { useSession } from './sessionContext';
import {
  readFamilyQuickRoundHistory,
  readQuickRoundFacts,
  readQuickRoundLines,
  type QuickRoundFacts,
} from './repositories/quickRoundRepository';

export function useQuickRoundLines(meetingId: string): Map<string, QuickRoundLine> | undefined {
  const session = useSession();
  return useLiveQuery(() => readQuickRoundLines(session, meetingId), [session, meetingId]);
}

/** `familyIds` must be a stable string key's list: the query re-runs when the key changes. */
export function useQuickRoundFacts(meetingId: string, familyIds: readonly string[], today: string): Map<string, QuickRoundFacts> | undefined {
  const session = useSession();
  const key = familyIds.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids by their joined key
  return useLiveQuery(() => readQuickRoundFacts(session, meetingId, familyIds, today), [session, meetingId, key, today]);
}

export function useFamilyQuickRoundHistory(familyId: string) {
  const session = useSession();
  return useLiveQuery(() => readFamilyQuickRoundHistory(session, familyId), [session, familyId]);
}
