// The review's "not revisited for N weeks" setting, read reactively (it changes in another window too).
import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from '../../db/sessionContext';
import { readStaleWeeks } from '../../db/repositories/settingsRepository';

export function useStaleWeeks(): number | undefined {
  const session = useSession();
  return useLiveQuery(() => readStaleWeeks(session.db), [session]);
}
