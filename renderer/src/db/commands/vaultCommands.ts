// What runs before the vault is unlocked, bound to the database rather than a session: creating and
// unlocking the vault, the language, the activity log entries of locking and unlocking, and this
// computer's id and member (docs/architecture.md: Writes: commands).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Language } from '../../../../shared/i18n/messages';
import type { KehaDatabase } from '../database';
import { noteActivity, pruneActivity, recordActivity, type ActivityKind } from '../repositories/activityRepository';
import { saveLanguage } from '../repositories/settingsRepository';
import { ensureComputerId, readComputerMember } from '../repositories/thisComputerRepository';
import { createVaultIn, readVaultState, unlockVaultIn } from '../repositories/vaultRepository';
import { useDatabaseCommands } from './commands';

export { VaultExistsError, VaultHeaderMissingError } from '../repositories/vaultRepository';
/** The language to start in: read at boot, before any screen (App.tsx). */
export { readLanguage, rememberedLanguage } from '../repositories/settingsRepository';

const vaultCommands = {
  createVaultIn,
  unlockVaultIn,
  saveLanguage: (db: KehaDatabase, language: Language) => saveLanguage(db, language),
  recordActivity: (db: KehaDatabase, kind: ActivityKind) => recordActivity(db, kind),
  /** Logs an action that already succeeded; a log that cannot be written only warns in the console. */
  noteActivity: async (db: KehaDatabase, kind: ActivityKind) => noteActivity(db, kind),
  pruneActivity: (db: KehaDatabase) => pruneActivity(db),
  /** This computer's id, made the first time (docs/domain.md: The team on several computers). */
  ensureComputerId,
};

/** Who each activity log entry of this window names as its `by` (the member using this computer). */
export { setActivityMember } from '../repositories/activityRepository';

/**
 * The member remembered as using this computer (null: nobody, or they were archived), live; undefined
 * while locked or until read after the unlock (never the answer of an earlier query).
 */
export function useComputerMember(db: KehaDatabase, unlocked: boolean): string | null | undefined {
  const read = useLiveQuery(async () => (unlocked ? { unlocked, memberId: await readComputerMember(db) } : null), [db, unlocked]);
  return read?.unlocked === unlocked && unlocked ? read.memberId : undefined;
}

export const useVaultCommands = (db: KehaDatabase) => useDatabaseCommands(db, vaultCommands);

/** The vault row, 'headerMissing' or null (no vault yet), live. */
export function useVaultState(db: KehaDatabase) {
  return useLiveQuery(() => readVaultState(db), [db]);
}
