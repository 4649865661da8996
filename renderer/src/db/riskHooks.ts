// Live reads of the safety round beyond the meeting's own rounds: last time's round of a deep dive's
// family, shown beside today's after the reveal (docs/domain.md: Safety scale).
import { useLiveQuery } from 'dexie-react-hooks';
import { readEarlierRiskRound, type EarlierRound } from './repositories/riskRoundRepository';
import { useSession } from './sessionContext';

export type { EarlierRound } from './repositories/riskRoundRepository';

/** undefined while loading; null when the family has no earlier revealed round with a score. */
export function useEarlierRiskRound(familyId: string, meetingId: string, meetingTime: number): EarlierRound | null | undefined {
  const session = useSession();
  return useLiveQuery(() => readEarlierRiskRound(session, familyId, { meetingId, meetingTime }), [session, familyId, meetingId, meetingTime]);
}
