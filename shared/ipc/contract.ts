// The typed contract between the renderer and the Electron shell.
// The preload exposes exactly `KehaDesktopApi` as `window.kehaDesktop`; the main process validates
// every payload against the zod schemas here before acting. The renderer reaches these functions
// only through its platform interface, which falls back to browser behaviour when they are absent.
import { z } from 'zod';

import { ipcChannels, type IpcChannelKey } from './channels';

/** IPC channel names. One channel per named preload function (defined in ./channels.ts). */
export { ipcChannels, type IpcChannelKey };

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

/** The request schema of every channel; the main process validates each call against these. */
export const ipcRequestSchemas = {
  saveTextFile: saveTextFileRequest,
  printToPdf: printToPdfRequest,
  appInfo: appInfoRequest,
} as const satisfies Record<IpcChannelKey, z.ZodType>;

/** What a save or print returns: where it went, or that the user cancelled. */
export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export type AppInfo = { version: string; platform: string };

/** Exactly what the preload exposes on `window.kehaDesktop`. */
export type KehaDesktopApi = {
  saveTextFile(request: SaveTextFileRequest): Promise<SaveResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
};
