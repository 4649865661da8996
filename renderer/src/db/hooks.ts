// Reactive reads for screens: each re-runs when its tables change, in this window or another.
// Dexie reads happen first and decryption after, so liveQuery tracks exactly the tables read.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Family } from '../../../shared/family/family';
import type { Member } from '../../../shared/team/member';
import { useSession } from './sessionContext';
import { hasDemoData, isEmptyInstall } from './repositories/demoRepository';
import { listFamilies, readFamily } from './repositories/familyRepository';
import { listMembers, readTeam, type Team } from './repositories/teamRepository';

export function useMembers(): Member[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listMembers(session), [session]);
}

export function useFamilies(): Family[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listFamilies(session), [session]);
}

/** undefined while loading, null when the family does not exist (any more). */
export function useFamily(id: string): Family | null | undefined {
  const session = useSession();
  return useLiveQuery(() => readFamily(session, id), [session, id]);
}

export function useTeam(): Team | undefined {
  const session = useSession();
  return useLiveQuery(() => readTeam(session), [session]);
}

export function useDemoState(): { empty: boolean; hasDemo: boolean } | undefined {
  const session = useSession();
  return useLiveQuery(
    async () => ({ empty: await isEmptyInstall(session.db), hasDemo: await hasDemoData(session.db) }),
    [session],
  );
}

/** Member names by id, including archived members (past records still name them). */
export function memberNameMap(members: readonly Member[] | undefined): Map<string, string> {
  return new Map((members ?? []).map((member) => [member.id, member.name]));
}
