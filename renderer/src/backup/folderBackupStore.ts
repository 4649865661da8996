// The desktop app's store of backups: files in the folder the team chose, written by the main
// process atomically (electron/main/backupFolder.ts). The file's name says why it was made
// (`keha-backup-2026-12-05-0930-daily.json`); its modification time says when.
import type { FolderBackupEntry } from '../../../shared/ipc/contract';
import type { Platform } from '../platform/platform';
import type { BackupReason, BackupStore, StoredBackup } from './backupStore';

type FolderApi = NonNullable<Platform['backupFolder']>;

const reasons: readonly BackupReason[] = ['manual', 'daily', 'beforeMigration', 'beforeRestore'];
const reasonInName = /-(manual|daily|beforeMigration|beforeRestore)(?:-\d+)?\.json$/;
/** Bytes per IPC message: small enough never to hold much at once, large enough to be quick. */
const chunkBytes = 1024 * 1024;

function toStored(entry: FolderBackupEntry): StoredBackup {
  const reason = (reasonInName.exec(entry.fileName)?.[1] ?? 'manual') as BackupReason;
  return { id: entry.fileName, fileName: entry.fileName, createdAt: entry.modifiedAt, reason: reasons.includes(reason) ? reason : 'manual', size: entry.size };
}

/** Sends `file` in chunks of about a megabyte, read from the Blob's stream. */
async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const reader = file.stream().getReader();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    const joined = new Uint8Array(pendingBytes);
    let offset = 0;
    for (const part of pending) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    pending = [];
    pendingBytes = 0;
    return joined;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending.push(value);
    pendingBytes += value.byteLength;
    if (pendingBytes >= chunkBytes) yield flush();
  }
  if (pendingBytes > 0) yield flush();
}

export function folderBackupStore(api: FolderApi): BackupStore {
  return {
    async save(reason, file, fileName) {
      const name = fileName.replace(/\.json$/, `-${reason}.json`);
      const { writeId } = await api.backupWriteBegin({ fileName: name });
      try {
        for await (const bytes of chunksOf(file)) await api.backupWriteChunk({ writeId, bytes });
      } catch (error) {
        await api.backupWriteEnd({ writeId, commit: false }).catch(() => null);
        throw error;
      }
      const entry = await api.backupWriteEnd({ writeId, commit: true });
      if (!entry) throw new Error('The backup was not written');
      return toStored(entry);
    },
    async list() {
      return (await api.listBackups()).map(toStored);
    },
    async read(id) {
      const bytes = await api.readBackup({ fileName: id });
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' });
    },
    async remove(id) {
      await api.removeBackup({ fileName: id });
    },
  };
}
