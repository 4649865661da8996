// What runs before the vault is unlocked, bound to the database rather than a session: creating and
// unlocking the vault, the language, and the activity log entries of locking and unlocking
// (docs/architecture.md: Writes: commands).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Language } from '../../../../shared/i18n/messages';
import type { KehaDatabase } from '../database';
import { noteActivity, pruneActivity, recordActivity, type ActivityKind } from '../repositories/activityRepository';
import { saveLanguage } from '../repositories/settingsRepository';
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
};

export const useVaultCommands = (db: KehaDatabase) => useDatabaseCommands(db, vaultCommands);

/** The vault row, 'headerMissing' or null (no vault yet), live. */
export function useVaultState(db: KehaDatabase) {
  return useLiveQuery(() => readVaultState(db), [db]);
}
