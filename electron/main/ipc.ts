// Registers the main-process side of the typed IPC contract (shared/ipc/contract.ts): one handler
// per channel. Every handler first checks the sender and the payload (ipcGuard.ts) and only then
// acts: save a text file, print the page to PDF, tell the app's version, make the calling window the
// child's kiosk window or an ordinary one again (kiosk.ts).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import type { z } from 'zod';

import { ipcChannels, type IpcChannelKey, type KehaDesktopApi, type SaveResult } from '../../shared/ipc/contract';
import { handleIpc, mainRequestSchemas, saveDialogFilters, withExtension } from './ipcGuard';
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
