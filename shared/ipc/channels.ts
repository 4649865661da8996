// IPC channel names, kept apart from the zod schemas so that the sandboxed preload can import them
// without bundling zod (a sandboxed preload cannot require npm packages at run time).
// `contract.ts` re-exports these; import from there everywhere except the preload.

/** IPC channel names. One channel per named preload function. */
export const ipcChannels = {
  saveTextFile: 'keha:save-text-file',
  printToPdf: 'keha:print-to-pdf',
  appInfo: 'keha:app-info',
  backupFolder: 'keha:backup-folder',
  chooseBackupFolder: 'keha:choose-backup-folder',
  backupWriteBegin: 'keha:backup-write-begin',
  backupWriteChunk: 'keha:backup-write-chunk',
  backupWriteEnd: 'keha:backup-write-end',
  listBackups: 'keha:list-backups',
  readBackup: 'keha:read-backup',
  removeBackup: 'keha:remove-backup',
  setChildMode: 'keha:set-child-mode',
} as const;

export type IpcChannelKey = keyof typeof ipcChannels;

/** Messages the main process sends to the app's windows (no payload; the preload hands on a call). */
export const ipcEvents = {
  /** The computer's screen was locked or it is going to sleep: lock Kehä. */
  osLock: 'keha:os-lock',
} as const;
