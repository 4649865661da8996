// The settings screen's writes and live reads: automatic lock, passphrase and key, retention and
// erasure, the activity log, restore; and the team's usual meeting length, which the team screen
// sets and the planner reads (docs/architecture.md: Writes: commands).
import { useLiveQuery } from 'dexie-react-hooks';
import { listActivity, recordActivity, type ActivityKind } from '../repositories/activityRepository';
import { countErasure, eraseFamily, listErasureCandidates, readRetentionMonths, saveRetentionMonths } from '../repositories/retentionRepository';
import { readAutoLockMinutes, readUsualSlotMinutes, saveAutoLockMinutes, saveUsualSlotMinutes } from '../repositories/settingsRepository';
import { readTeam } from '../repositories/teamRepository';
import { changeVaultPassphrase, readVaultHeader, renewalRunning } from '../repositories/vaultRepository';
import type { Session } from '../session';
import { useSession } from '../sessionContext';
import { noteActivity } from './activity';
import { useCommands } from './commands';

export { autoLockChoices } from '../repositories/settingsRepository';
export { activityCsv, activityKinds, filterActivity, isActivityKind, type ActivityKind } from '../repositories/activityRepository';
export { retentionChoices, type ErasureCandidate, type ErasureCounts } from '../repositories/retentionRepository';

const settingsCommands = {
  saveAutoLockMinutes: (session: Session, minutes: number) => saveAutoLockMinutes(session.db, minutes),
  saveUsualSlotMinutes: (session: Session, minutes: number) => saveUsualSlotMinutes(session.db, minutes),
  changeVaultPassphrase,
  saveRetentionMonths: (session: Session, months: number) => saveRetentionMonths(session.db, months),
  countErasure,
  eraseFamily,
  recordActivity: (session: Session, kind: ActivityKind) => recordActivity(session.db, kind),
  noteActivity,
};

export const useSettingsCommands = () => useCommands(settingsCommands);

export function useAutoLockMinutes() {
  const { db } = useSession();
  return useLiveQuery(() => readAutoLockMinutes(db), [db]);
}

/** The team's usual meeting length in minutes, live. */
export function useUsualSlotMinutes() {
  const { db } = useSession();
  return useLiveQuery(() => readUsualSlotMinutes(db), [db]);
}

/** Whether a key renewal left unfinished is waiting to continue. */
export function useKeyRenewalPending() {
  const { db } = useSession();
  return useLiveQuery(async () => renewalRunning(await readVaultHeader(db)), [db]);
}

/** The team's name ('' when it cannot be read), live. */
export function useTeamName() {
  const session = useSession();
  return useLiveQuery(() => readTeam(session).then((team) => team.name, () => ''), [session]);
}

export function useActivityLog() {
  const { db } = useSession();
  return useLiveQuery(() => listActivity(db), [db]);
}

export function useRetentionMonths() {
  const { db } = useSession();
  return useLiveQuery(() => readRetentionMonths(db), [db]);
}

export function useErasureCandidates() {
  const session = useSession();
  return useLiveQuery(() => listErasureCandidates(session), [session]);
}
