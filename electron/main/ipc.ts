// Registers the main-process side of the typed IPC contract (shared/ipc/contract.ts): one handler
// per channel. Every handler first checks the sender and the payload (ipcGuard.ts) and only then
// acts: save a text file, print the page to PDF, tell the app's version, keep backups in the team's
// folder, make the calling window the child's kiosk window or an ordinary one again (kiosk.ts).
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import type { z } from 'zod';

import { ipcChannels, type IpcChannelKey, type KehaDesktopApi, type SaveResult } from '../../shared/ipc/contract';
import { handleIpc, mainRequestSchemas, saveDialogFilters, withExtension } from './ipcGuard';
import {
  beginBackupWrite,
  listFolderBackups,
  readFolderBackup,
  removeFolderBackup,
  removeStaleTemporaryFiles,
  type AtomicWriter,
} from './backupFolder';
import { setWindowChildMode } from './kiosk';

/** An IPC handler that checks sender and payload before it lets `act` run. */
type GuardedHandler<R> = (event: IpcMainInvokeEvent, ...args: unknown[]) => R;

const guarded =
  <T, R>(appEntryUrl: string, schema: z.ZodType<T>, act: (request: T, event: IpcMainInvokeEvent) => R): GuardedHandler<R> =>
  (event, ...args) => {
    const frame = event.senderFrame;
    // Only the top document of an app window may call (subframes never get the preload anyway).
    if (!frame || frame.parent !== null) throw new Error('Kehä refused the request: the sender is not the Kehä app.');
    if (args.length > 1) throw new Error('Kehä refused the request: too many arguments.');
    return act(handleIpc(schema, frame.url, appEntryUrl, args[0]), event);
  };

/** Asks where to save (modal to the calling window), then writes there; nothing is written on cancel. */
const saveWithDialog = async (
  event: IpcMainInvokeEvent,
  options: SaveDialogOptions,
  data: string | Uint8Array,
): Promise<SaveResult> => {
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  await (typeof data === 'string' ? writeFile(choice.filePath, data, 'utf8') : writeFile(choice.filePath, data));
  return { status: 'saved', path: choice.filePath };
};

const suggestedPath = (name: string) => join(app.getPath('documents'), name);

// The backup folder the team chose is remembered by the main process (the renderer never names a
// path), in a small file in the app's own data folder.
const backupFolderSetting = () => join(app.getPath('userData'), 'backup-folder.json');

async function readBackupFolder(): Promise<string | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(backupFolderSetting(), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'folder' in parsed && typeof parsed.folder === 'string' ? parsed.folder : null;
  } catch {
    return null;
  }
}

async function requireBackupFolder(): Promise<string> {
  const folder = await readBackupFolder();
  if (!folder) throw new Error('No backup folder has been chosen');
  return folder;
}

/** Backup writes under way, by id, each owned by the window that began it. */
const backupWrites = new Map<string, { writer: AtomicWriter; senderId: number; forget: () => void }>();

function ownedWrite(writeId: string, event: IpcMainInvokeEvent) {
  const write = backupWrites.get(writeId);
  if (!write || write.senderId !== event.sender.id) throw new Error('Kehä refused the request: no such backup write.');
  return write;
}

/** One guarded handler per channel; `satisfies` makes a missing channel a type error. */
const handlersFor = (appEntryUrl: string) =>
  ({
    saveTextFile: guarded(appEntryUrl, mainRequestSchemas.saveTextFile, (request, event) =>
      saveWithDialog(
        event,
        {
          defaultPath: suggestedPath(request.suggestedName),
          filters: saveDialogFilters(request.mimeType),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        request.content,
      ),
    ),
    printToPdf: guarded(appEntryUrl, mainRequestSchemas.printToPdf, async (request, event) => {
      // Print first, so the PDF shows the page as it was when the user asked for it. A page size the
      // document's CSS sets wins (the timeline prints landscape); the others stay A4.
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      return saveWithDialog(
        event,
        {
          defaultPath: suggestedPath(withExtension(request.suggestedName, 'pdf')),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
        pdf,
      );
    }),
    appInfo: guarded(appEntryUrl, mainRequestSchemas.appInfo, async () => ({
      version: app.getVersion(),
      platform: process.platform,
    })),
    backupFolder: guarded(appEntryUrl, mainRequestSchemas.backupFolder, async () => ({ folder: await readBackupFolder() })),
    chooseBackupFolder: guarded(appEntryUrl, mainRequestSchemas.chooseBackupFolder, async (_request, event) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      const options = { properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>, defaultPath: (await readBackupFolder()) ?? app.getPath('documents') };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { status: 'cancelled' as const };
      await mkdir(app.getPath('userData'), { recursive: true });
      await writeFile(backupFolderSetting(), JSON.stringify({ folder }), 'utf8');
      return { status: 'chosen' as const, folder };
    }),
    backupWriteBegin: guarded(appEntryUrl, mainRequestSchemas.backupWriteBegin, async (request, event) => {
      const folder = await requireBackupFolder();
      await removeStaleTemporaryFiles(folder).catch(() => 0);
      const writer = await beginBackupWrite(folder, request.fileName);
      const writeId = randomUUID();
      // A window that goes away mid-backup leaves nothing half-written.
      const sender = event.sender;
      const onDestroyed = () => {
        backupWrites.delete(writeId);
        void writer.abort();
      };
      sender.once('destroyed', onDestroyed);
      backupWrites.set(writeId, { writer, senderId: sender.id, forget: () => sender.off('destroyed', onDestroyed) });
      return { writeId };
    }),
    backupWriteChunk: guarded(appEntryUrl, mainRequestSchemas.backupWriteChunk, async (request, event) => {
      const write = ownedWrite(request.writeId, event);
      try {
        await write.writer.write(request.bytes);
      } catch (error) {
        backupWrites.delete(request.writeId);
        write.forget();
        throw error;
      }
    }),
    backupWriteEnd: guarded(appEntryUrl, mainRequestSchemas.backupWriteEnd, async (request, event) => {
      const write = ownedWrite(request.writeId, event);
      backupWrites.delete(request.writeId);
      write.forget();
      if (!request.commit) {
        await write.writer.abort();
        return null;
      }
      return write.writer.commit();
    }),
    listBackups: guarded(appEntryUrl, mainRequestSchemas.listBackups, async () => listFolderBackups(await requireBackupFolder())),
    readBackup: guarded(appEntryUrl, mainRequestSchemas.readBackup, async (request) => readFolderBackup(await requireBackupFolder(), request.fileName)),
    removeBackup: guarded(appEntryUrl, mainRequestSchemas.removeBackup, async (request) => removeFolderBackup(await requireBackupFolder(), request.fileName)),
    setChildMode: guarded(appEntryUrl, mainRequestSchemas.setChildMode, async (request, event) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      if (!owner) throw new Error('Kehä refused the request: the sender has no window.');
      setWindowChildMode(owner, request.on);
      return request;
    }),
  }) satisfies { [K in IpcChannelKey]: GuardedHandler<ReturnType<KehaDesktopApi[K]>> };

/** Registers a handler for every channel of the contract. Call once, before the first window. */
export const registerIpcHandlers = (appEntryUrl: string): void => {
  const handlers = handlersFor(appEntryUrl);
  for (const key of Object.keys(ipcChannels) as IpcChannelKey[]) ipcMain.handle(ipcChannels[key], handlers[key]);
};
