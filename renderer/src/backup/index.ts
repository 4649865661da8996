// What other features may use of backups (docs/architecture.md: Layers): the settings page's backup
// and restore sections, and the unlock and first-start screens' restore (a new computer, the notice
// after a restore).
export { backupWarningText } from './AutomaticBackups';
export { backUp, backupsChanged, backupStoreFor } from './backups';
export type { StoredBackup } from './backupStore';
export { backupErrorText, noteDownloaded, sizeText, useBackupActivity, useBackupOverview, usePersistence } from './useBackups';
export { beforeRestoreFile, readLastRestore } from './restore';
export { lockAfterRestore, RestoredNotice } from './RestoredNotice';
export { RestoreFlow } from './RestoreFlow';
export { NewComputerRestore } from './NewComputerRestore';
