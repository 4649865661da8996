// The typed contract between the renderer and the Electron shell.
// The preload exposes exactly `KehaDesktopApi` as `window.kehaDesktop`; the main process validates
// every payload against the zod schemas here before acting. The renderer reaches these functions
// only through its platform interface, which falls back to browser behaviour when they are absent.
import { z } from 'zod';

import { ipcChannels, ipcEvents, type IpcChannelKey } from './channels';

/** IPC channel names. One channel per named preload function (defined in ./channels.ts). */
export { ipcChannels, ipcEvents, type IpcChannelKey };

export const maxSaveFileBytes = 20 * 1024 * 1024;

export const saveTextFileRequest = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // a bare file name: no folders, no control characters
      .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/),
    content: z.string().max(maxSaveFileBytes),
    mimeType: z.enum(['text/plain', 'text/markdown', 'application/json', 'text/csv']),
  })
  .strict();
export type SaveTextFileRequest = z.infer<typeof saveTextFileRequest>;

export const printToPdfRequest = z
  .object({
    suggestedName: saveTextFileRequest.shape.suggestedName,
  })
  .strict();
export type PrintToPdfRequest = z.infer<typeof printToPdfRequest>;

/** `appInfo()` takes no arguments: the only accepted payload is nothing at all. */
export const appInfoRequest = z.undefined();
export type AppInfoRequest = z.infer<typeof appInfoRequest>;

/**
 * Backups in the folder the team chose (docs/architecture.md: Backups). The renderer never names a
 * folder or a path: the main process keeps the chosen folder, and only `keha-backup-….json` names
 * inside it are accepted. A backup is sent in chunks (begin, chunk…, end) so it is never one
 * message, and written atomically by the main process.
 */
export const backupFileName = z.string().regex(/^keha-backup-[A-Za-z0-9-]{1,80}\.json$/);
export const maxBackupChunkBytes = 8 * 1024 * 1024;
export const noArguments = z.undefined();
export const backupWriteBeginRequest = z.object({ fileName: backupFileName }).strict();
export const backupWriteId = z.uuid();
export const backupWriteChunkRequest = z
  .object({ writeId: backupWriteId, bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxBackupChunkBytes) })
  .strict();
export const backupWriteEndRequest = z.object({ writeId: backupWriteId, commit: z.boolean() }).strict();
export const backupFileRequest = z.object({ fileName: backupFileName }).strict();
/** Child mode on or off for the calling window: on, the desktop app makes it a kiosk window. */
export const setChildModeRequest = z.object({ on: z.boolean() }).strict();
export type SetChildModeRequest = z.infer<typeof setChildModeRequest>;

/** The request schema of every channel; the main process validates each call against these. */
export const ipcRequestSchemas = {
  saveTextFile: saveTextFileRequest,
  printToPdf: printToPdfRequest,
  appInfo: appInfoRequest,
  backupFolder: noArguments,
  chooseBackupFolder: noArguments,
  backupWriteBegin: backupWriteBeginRequest,
  backupWriteChunk: backupWriteChunkRequest,
  backupWriteEnd: backupWriteEndRequest,
  listBackups: noArguments,
  readBackup: backupFileRequest,
  removeBackup: backupFileRequest,
  setChildMode: setChildModeRequest,
} as const satisfies Record<IpcChannelKey, z.ZodType>;

/** What a save or print returns: where it went, or that the user cancelled. */
export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export type AppInfo = { version: string; platform: string };

/** A backup file in the team's folder. */
export type FolderBackupEntry = { fileName: string; size: number; modifiedAt: string };
export type BackupFolderChoice = { status: 'chosen'; folder: string } | { status: 'cancelled' };

/** Exactly what the preload exposes on `window.kehaDesktop`. */
export type KehaDesktopApi = {
  saveTextFile(request: SaveTextFileRequest): Promise<SaveResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** The folder the team chose for backups, or null when none is chosen yet. */
  backupFolder(): Promise<{ folder: string | null }>;
  chooseBackupFolder(): Promise<BackupFolderChoice>;
  backupWriteBegin(request: z.infer<typeof backupWriteBeginRequest>): Promise<{ writeId: string }>;
  backupWriteChunk(request: z.infer<typeof backupWriteChunkRequest>): Promise<void>;
  /** `commit: false` abandons the write: the folder stays as it was. */
  backupWriteEnd(request: z.infer<typeof backupWriteEndRequest>): Promise<FolderBackupEntry | null>;
  listBackups(): Promise<FolderBackupEntry[]>;
  readBackup(request: z.infer<typeof backupFileRequest>): Promise<Uint8Array>;
  removeBackup(request: z.infer<typeof backupFileRequest>): Promise<void>;
  /** Kiosk window (no menu, shortcuts blocked) while child mode is on; resolves with the state set. */
  setChildMode(request: SetChildModeRequest): Promise<SetChildModeRequest>;
  /** Calls `listener` when the computer's screen locks or it suspends; returns the unsubscribe. */
  onOsLock(listener: () => void): () => void;
};
