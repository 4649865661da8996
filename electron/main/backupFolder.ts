// The desktop app's backups in the folder the team chose (a network drive in practice), as plain
// node:fs functions without `electron`, so they are unit-tested on a temp dir. A backup is written
// atomically: into a hidden temporary file beside its final name, flushed to disk (fsync), then
// renamed; on any error (a full disk, the drive gone) the temporary file is removed and the backups
// already there are untouched. A crash mid-write leaves at most a hidden temporary file, which no
// listing shows (docs/architecture.md: Backups).
import { randomUUID } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** What a backup file in the folder is called: `keha-backup-…json`, nothing else is ever touched. */
export const backupFilePattern = /^keha-backup-[A-Za-z0-9-]{1,80}\.json$/;
const temporaryPrefix = '.keha-backup-partial-';

export type FolderBackup = { fileName: string; size: number; modifiedAt: string };

/** How bytes reach the file; injected by tests to simulate a full disk. */
export type WriteBytes = (handle: FileHandle, bytes: Uint8Array) => Promise<void>;

const writeAll: WriteBytes = async (handle, bytes) => {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
    offset += bytesWritten;
  }
};

export function assertBackupFileName(fileName: string): void {
  if (!backupFilePattern.test(fileName)) throw new Error('Not a Kehä backup file name');
}

export type AtomicWriter = {
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes, renames into place and returns the file's entry. */
  commit(): Promise<FolderBackup>;
  /** Removes the temporary file; the folder is as it was. */
  abort(): Promise<void>;
};

/**
 * Starts writing `fileName` in `folder`. Takes a free name if the file exists (`…-2.json`), so a
 * backup never overwrites another one. Any failed write aborts by itself before rethrowing.
 */
export async function beginBackupWrite(folder: string, fileName: string, writeBytes: WriteBytes = writeAll): Promise<AtomicWriter> {
  assertBackupFileName(fileName);
  const temporary = join(folder, `${temporaryPrefix}${randomUUID()}`);
  const handle = await open(temporary, 'wx');
  let closed = false;
  let finished = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const abort = async () => {
    if (finished) return;
    finished = true;
    await close().catch(() => {});
    await rm(temporary, { force: true });
  };
  const failing = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      await abort();
      throw error;
    }
  };
  return {
    write: (bytes) => {
      if (finished) return Promise.reject(new Error('The backup write has ended'));
      return failing(() => writeBytes(handle, bytes));
    },
    commit: () =>
      failing(async () => {
        if (finished) throw new Error('The backup write has ended');
        await handle.sync();
        await close();
        const finalName = await freeName(folder, fileName);
        await rename(temporary, join(folder, finalName));
        finished = true;
        await syncFolder(folder);
        return entryOf(folder, finalName);
      }),
    abort,
  };
}

/** Writes a whole backup from chunks, atomically (see beginBackupWrite). */
export async function writeBackupAtomically(
  folder: string,
  fileName: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  writeBytes?: WriteBytes,
): Promise<FolderBackup> {
  const writer = await beginBackupWrite(folder, fileName, writeBytes);
  try {
    for await (const chunk of chunks) await writer.write(chunk);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.commit();
}

async function freeName(folder: string, fileName: string): Promise<string> {
  const base = fileName.replace(/\.json$/, '');
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? fileName : `${base}-${n}.json`;
    try {
      await stat(join(folder, candidate));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return candidate;
      throw error;
    }
  }
  throw new Error('No free backup file name');
}

/** Makes the rename itself durable where the platform allows it (not on Windows, where it is a no-op). */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Directories cannot be opened or synced on some systems; the rename is still atomic.
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function entryOf(folder: string, fileName: string): Promise<FolderBackup> {
  const info = await stat(join(folder, fileName));
  return { fileName, size: info.size, modifiedAt: info.mtime.toISOString() };
}

/** The Kehä backups in `folder`, newest first; temporary files of unfinished writes are not backups. */
export async function listFolderBackups(folder: string): Promise<FolderBackup[]> {
  const names = (await readdir(folder)).filter((name) => backupFilePattern.test(name));
  const entries = await Promise.all(names.map((name) => entryOf(folder, name).catch(() => null)));
  return entries.filter((entry): entry is FolderBackup => entry !== null).sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
}

export async function readFolderBackup(folder: string, fileName: string): Promise<Uint8Array> {
  assertBackupFileName(fileName);
  return new Uint8Array(await readFile(join(folder, fileName)));
}

export async function removeFolderBackup(folder: string, fileName: string): Promise<void> {
  assertBackupFileName(fileName);
  await rm(join(folder, fileName), { force: true });
}

/** Removes temporary files an earlier crash left behind (older than an hour, so never one being written). */
export async function removeStaleTemporaryFiles(folder: string, now: Date = new Date()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder)) {
    if (!name.startsWith(temporaryPrefix)) continue;
    const info = await stat(join(folder, name)).catch(() => null);
    if (info && now.getTime() - info.mtime.getTime() > 60 * 60 * 1000) {
      await rm(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
}
