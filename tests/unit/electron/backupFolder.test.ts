// The desktop app's backup folder on a real temp dir: atomic writes, a full disk, a crash mid-write.
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  beginBackupWrite,
  listFolderBackups,
  readFolderBackup,
  removeFolderBackup,
  removeStaleTemporaryFiles,
  writeBackupAtomically,
  type WriteBytes,
} from '../../../electron/main/backupFolder';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'keha-backups-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

/** A disk that fills up after `capacity` bytes: the write that does not fit fails with ENOSPC after writing part of it. */
function diskOf(capacity: number): WriteBytes {
  let used = 0;
  return async (handle, chunk) => {
    const room = Math.max(0, capacity - used);
    if (chunk.byteLength > room) {
      if (room > 0) await handle.write(chunk, 0, room);
      used += room;
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    await handle.write(chunk);
    used += chunk.byteLength;
  };
}

describe('backup folder', () => {
  it('writes a backup whole, under its name, and lists it with its size', async () => {
    const entry = await writeBackupAtomically(folder, 'keha-backup-2026-12-05-0930-manual.json', [bytes('{"a":'), bytes('1}')]);
    expect(entry).toMatchObject({ fileName: 'keha-backup-2026-12-05-0930-manual.json', size: 7 });
    expect(await readFile(join(folder, entry.fileName), 'utf8')).toBe('{"a":1}');
    expect(await listFolderBackups(folder)).toEqual([entry]);
    expect(new TextDecoder().decode(await readFolderBackup(folder, entry.fileName))).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual([entry.fileName]);
  });

  it('never overwrites a backup with the same name', async () => {
    await writeBackupAtomically(folder, 'keha-backup-2026-12-05-0930-daily.json', [bytes('first')]);
    const second = await writeBackupAtomically(folder, 'keha-backup-2026-12-05-0930-daily.json', [bytes('second')]);
    expect(second.fileName).toBe('keha-backup-2026-12-05-0930-daily-2.json');
    expect(await readFile(join(folder, 'keha-backup-2026-12-05-0930-daily.json'), 'utf8')).toBe('first');
  });

  it('a full disk mid-backup keeps the old backups intact and leaves no partial file', async () => {
    const old = await writeBackupAtomically(folder, 'keha-backup-2026-12-04-0900-daily.json', [bytes('{"old":true}')]);
    const chunks = Array.from({ length: 10 }, () => bytes('x'.repeat(1000)));
    const attempt = writeBackupAtomically(folder, 'keha-backup-2026-12-05-0900-daily.json', chunks, diskOf(4500));
    await expect(attempt).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(folder)).toEqual([old.fileName]);
    expect(await readFile(join(folder, old.fileName), 'utf8')).toBe('{"old":true}');
    expect(await listFolderBackups(folder)).toEqual([old]);
  });

  it('a failure while reading the database aborts the write the same way', async () => {
    async function* failing() {
      yield bytes('{"partial":');
      throw new Error('read failed');
    }
    await expect(writeBackupAtomically(folder, 'keha-backup-2026-12-05-0900-daily.json', failing())).rejects.toThrow('read failed');
    expect(await readdir(folder)).toEqual([]);
  });

  it('a write that stops half-way (a crash) is never listed, and is cleaned up later', async () => {
    const writer = await beginBackupWrite(folder, 'keha-backup-2026-12-05-0900-daily.json');
    await writer.write(bytes('{"half":'));
    // The process dies here: nothing is committed.
    expect(await listFolderBackups(folder)).toEqual([]);
    const [temporary] = await readdir(folder);
    expect(temporary).toMatch(/^\.keha-backup-partial-/);
    expect(await removeStaleTemporaryFiles(folder)).toBe(0); // still young: it may be a write under way
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(folder, temporary!), hourAgo, hourAgo);
    expect(await removeStaleTemporaryFiles(folder)).toBe(1);
    expect(await readdir(folder)).toEqual([]);
    await writer.abort();
  });

  it('lists only Kehä backups, newest first, and refuses other names', async () => {
    await writeFile(join(folder, 'notes.txt'), 'not ours');
    const older = await writeBackupAtomically(folder, 'keha-backup-2026-12-01-0900-daily.json', [bytes('1')]);
    const past = new Date('2026-12-01T09:00:00Z');
    await utimes(join(folder, older.fileName), past, past);
    const newer = await writeBackupAtomically(folder, 'keha-backup-2026-12-05-0900-manual.json', [bytes('2')]);
    expect((await listFolderBackups(folder)).map((entry) => entry.fileName)).toEqual([newer.fileName, older.fileName]);
    await expect(removeFolderBackup(folder, 'notes.txt')).rejects.toThrow();
    await expect(readFolderBackup(folder, '../etc/passwd')).rejects.toThrow();
    await expect(writeBackupAtomically(folder, '../keha-backup-x.json', [bytes('1')])).rejects.toThrow();
    await removeFolderBackup(folder, older.fileName);
    expect((await listFolderBackups(folder)).map((entry) => entry.fileName)).toEqual([newer.fileName]);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('not ours');
  });
});
