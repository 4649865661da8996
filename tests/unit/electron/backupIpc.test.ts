// The backup channels of the IPC contract refuse anything but a Kehä backup name in the chosen folder.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maxBackupChunkBytes } from '../../../shared/ipc/contract';
import { handleIpc, mainRequestSchemas } from '../../../electron/main/ipcGuard';

const appEntry = pathToFileURL('/opt/keha/out/renderer/index.html').href;
const call = (schema: keyof typeof mainRequestSchemas, payload: unknown) => handleIpc(mainRequestSchemas[schema], `${appEntry}#/settings`, appEntry, payload);

describe('backup channels', () => {
  it('accept a backup file name and a chunk of bytes', () => {
    expect(call('backupWriteBegin', { fileName: 'keha-backup-2026-12-05-0930-manual.json' })).toEqual({ fileName: 'keha-backup-2026-12-05-0930-manual.json' });
    const writeId = crypto.randomUUID();
    expect(handleIpc(mainRequestSchemas.backupWriteChunk, `${appEntry}#/settings`, appEntry, { writeId, bytes: new Uint8Array(10) }).bytes.byteLength).toBe(10);
    expect(call('listBackups', undefined)).toBeUndefined();
  });

  it.each(['../keha-backup-x.json', 'keha-backup-x.json/../../etc', '/etc/passwd', 'keha-backup-.json', 'notes.json', 'keha-backup-a b.json', 'C:\\\\keha-backup-x.json'])(
    'refuse the file name %s',
    (fileName) => {
      expect(() => call('readBackup', { fileName })).toThrow(/not valid/);
      expect(() => call('removeBackup', { fileName })).toThrow(/not valid/);
      expect(() => call('backupWriteBegin', { fileName })).toThrow(/not valid/);
    },
  );

  it('refuse a path, an oversized chunk, a made-up write id and extra keys', () => {
    expect(() => call('backupWriteBegin', { fileName: 'keha-backup-x.json', folder: '/tmp' })).toThrow(/not valid/);
    expect(() => call('backupWriteChunk', { writeId: crypto.randomUUID(), bytes: new Uint8Array(maxBackupChunkBytes + 1) })).toThrow(/not valid/);
    expect(() => call('backupWriteChunk', { writeId: '../x', bytes: new Uint8Array(1) })).toThrow(/not valid/);
    expect(() => call('backupWriteChunk', { writeId: crypto.randomUUID(), bytes: 'text' })).toThrow(/not valid/);
    expect(() => call('chooseBackupFolder', { folder: '/tmp' })).toThrow(/not valid/);
  });
});
