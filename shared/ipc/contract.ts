// The typed contract between the renderer and the Electron shell.
// The preload exposes exactly `KehaDesktopApi` as `window.kehaDesktop`; the main process validates
// every payload against the zod schemas here before acting. The renderer reaches these functions
// only through its platform interface, which falls back to browser behaviour when they are absent.
import { z } from 'zod';

/** IPC channel names. One channel per named preload function. */
export const ipcChannels = {
  saveTextFile: 'keha:save-text-file',
  printToPdf: 'keha:print-to-pdf',
  appInfo: 'keha:app-info',
} as const;

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
    mimeType: z.enum(['text/plain', 'text/markdown', 'application/json']),
  })
  .strict();
export type SaveTextFileRequest = z.infer<typeof saveTextFileRequest>;

export const printToPdfRequest = z
  .object({
    suggestedName: saveTextFileRequest.shape.suggestedName,
  })
  .strict();
export type PrintToPdfRequest = z.infer<typeof printToPdfRequest>;

/** What a save or print returns: where it went, or that the user cancelled. */
export type SaveResult = { status: 'saved'; path: string } | { status: 'cancelled' };

export type AppInfo = { version: string; platform: string };

/** Exactly what the preload exposes on `window.kehaDesktop`. */
export type KehaDesktopApi = {
  saveTextFile(request: SaveTextFileRequest): Promise<SaveResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
};
