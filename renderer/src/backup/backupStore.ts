// Where backups are kept on this computer. In the browser: a database of their own beside Kehä's
// (`<name>-backups`), holding backup files as Blobs (ciphertext only, as in the file). The desktop app
// keeps them in a folder the team chooses (through the platform interface).
import { Dexie, type EntityTable } from 'dexie';

/** Why a backup was made: by a person, by the daily schedule, or to keep the state before a change. */
export type BackupReason = 'manual' | 'daily' | 'beforeMigration' | 'beforeRestore';

export type StoredBackup = {
  id: string;
  /** ISO instant the backup was made. */
  createdAt: string;
  reason: BackupReason;
  /** Size of the file in bytes. */
  size: number;
  fileName: string;
};

export interface BackupStore {
  save(reason: BackupReason, file: Blob, fileName: string, at: Date): Promise<StoredBackup>;
  /** Newest first. */
  list(): Promise<StoredBackup[]>;
  read(id: string): Promise<Blob>;
  remove(id: string): Promise<void>;
}

type BackupRow = StoredBackup & { file: Blob };

class BackupDatabase extends Dexie {
  backups!: EntityTable<BackupRow, 'id'>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ backups: 'id, createdAt' });
  }
}

/** The browser's store of backups for the Kehä database `databaseName`. */
export function browserBackupStore(databaseName: string): BackupStore {
  const db = new BackupDatabase(`${databaseName}-backups`);
  return {
    async save(reason, file, fileName, at) {
      const entry: StoredBackup = { id: crypto.randomUUID(), createdAt: at.toISOString(), reason, size: file.size, fileName };
      await db.backups.add({ ...entry, file });
      return entry;
    },
    async list() {
      const rows = await db.backups.orderBy('createdAt').reverse().toArray();
      return rows.map(({ file: _file, ...entry }) => entry);
    },
    async read(id) {
      const row = await db.backups.get(id);
      if (!row) throw new Error(`No backup ${id}`);
      return row.file;
    },
    async remove(id) {
      await db.backups.delete(id);
    },
  };
}
