// The sync feature: joining a team, the header's status, the "changed on another computer" dialog
// and the engine that keeps this computer's database in step with the team server
// (docs/architecture.md: Sync between the team's computers).
export { joinTeam, type JoinRequest, type JoinResult } from './join';
export { SyncProvider } from './SyncProvider';
export { JoinScreen, type JoinTeam } from './JoinScreen';
export { SyncStatus } from './SyncStatus';
export { useSyncStatusWords, syncStatusWords, type SyncStatusWords } from './syncWords';
export { ServerFields, checkServerFields, emptyServerFields, focusFirstInvalid, type ServerFieldValues, type ServerFieldErrors } from './ServerFields';
export { ConflictNotice } from './ConflictNotice';
export { ConflictDialog, type ConflictDialogProps } from './ConflictDialog';
