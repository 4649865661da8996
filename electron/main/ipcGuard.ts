// The validate-then-act rules of Kehä's IPC, as pure functions (no run-time `electron` import) so
// they can be unit-tested with hostile senders and payloads. `ipc.ts` runs every call through
// `handleIpc` before it touches a dialog or the disk.
import { z } from 'zod';

import {
  ipcRequestSchemas,
  maxSaveFileBytes,
  type IpcChannelKey,
  type SaveTextFileRequest,
} from '../../shared/ipc/contract';
import { isTrustedSender } from './security';

// Unicode bidi controls (a name like "summary\u202Etxt.exe" shows as "summaryexe.txt"),
// DEL and the C1 controls: never part of a name we suggest to the user.
const invisibleOrReordering = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
// Names Windows treats as devices, with or without an extension.
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Stricter than the shared contract's "bare file name" rule: also no "." / ".." / dots-only names,
 * no trailing dot or space, no Windows device names, no invisible or bidi characters.
 */
export const isSafeFileName = (name: string): boolean =>
  !/^[.\s]*$/.test(name) &&
  !/[.\s]$/.test(name) &&
  !windowsDeviceName.test(name) &&
  !invisibleOrReordering.test(name);

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

const safeName = (value: { suggestedName: string }, context: z.RefinementCtx) => {
  if (!isSafeFileName(value.suggestedName)) {
    context.addIssue({ code: 'custom', path: ['suggestedName'], message: 'not a safe file name' });
  }
};

/** What the main process accepts on each channel: the shared contract plus main-side limits. */
export const mainRequestSchemas = {
  saveTextFile: ipcRequestSchemas.saveTextFile.superRefine((value: SaveTextFileRequest, context) => {
    safeName(value, context);
    if (utf8Length(value.content) > maxSaveFileBytes) {
      context.addIssue({ code: 'custom', path: ['content'], message: 'too large' });
    }
  }),
  printToPdf: ipcRequestSchemas.printToPdf.superRefine(safeName),
  appInfo: ipcRequestSchemas.appInfo,
  backupFolder: ipcRequestSchemas.backupFolder,
  chooseBackupFolder: ipcRequestSchemas.chooseBackupFolder,
  backupWriteBegin: ipcRequestSchemas.backupWriteBegin,
  backupWriteChunk: ipcRequestSchemas.backupWriteChunk,
  backupWriteEnd: ipcRequestSchemas.backupWriteEnd,
  listBackups: ipcRequestSchemas.listBackups,
  readBackup: ipcRequestSchemas.readBackup,
  removeBackup: ipcRequestSchemas.removeBackup,
  setChildMode: ipcRequestSchemas.setChildMode,
} as const satisfies Record<IpcChannelKey, z.ZodType>;

/** The error every rejected call gets: plain, short, and without echoing the payload back. */
const rejection = (reason: string) => new Error(`Kehä refused the request: ${reason}.`);

/**
 * Checks who is calling and what they sent. Returns the parsed payload (unknown keys are rejected,
 * not stripped), or throws a plain Error; the caller must not act when this throws.
 */
export const handleIpc = <S extends z.ZodType>(
  schema: S,
  senderUrl: string | null | undefined,
  appEntryUrl: string,
  payload: unknown,
): z.output<S> => {
  if (!isTrustedSender(senderUrl, appEntryUrl)) throw rejection('the sender is not the Kehä app');
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'payload'))];
    throw rejection(`the request was not valid (${fields.join(', ')})`);
  }
  return parsed.data;
};

/** Save dialog filters for each text type the renderer may save. */
export const saveDialogFilters = (mimeType: SaveTextFileRequest['mimeType']) =>
  ({
    'text/plain': [{ name: 'Text', extensions: ['txt'] }],
    'text/markdown': [{ name: 'Markdown', extensions: ['md'] }],
    'application/json': [{ name: 'JSON', extensions: ['json'] }],
    'text/csv': [{ name: 'CSV', extensions: ['csv'] }],
  })[mimeType];

/** "Kokous 2025-01-31" -> "Kokous 2025-01-31.pdf"; a name already ending in .pdf is kept. */
export const withExtension = (name: string, extension: string): string =>
  name.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? name : `${name}.${extension}`;
