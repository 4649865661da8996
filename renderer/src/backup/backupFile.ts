// A backup file: the whole Kehä database as stored, written by dexie-export-import. Content payloads
// stay AES-GCM ciphertext and the vault header (salt, KDF parameters, wrapped data key) goes with
// them, so a backup is readable only with the team passphrase (docs/architecture.md: Backups).
import { exportDB } from 'dexie-export-import';
import type { Dexie } from 'dexie';

export type BackupProgress = { completedRows: number; totalRows: number | undefined; done: boolean };

/**
 * Exports the database in chunks of rows (dexie-export-import builds the Blob from the chunks, so
 * the rows are never held as one JSON string). `onProgress` is called after each chunk. Takes any
 * Dexie, so the database can also be exported as an older version left it, before a migration.
 */
export async function exportBackup(db: Dexie, onProgress?: (progress: BackupProgress) => void): Promise<Blob> {
  return exportDB(db, {
    numRowsPerChunk: 500,
    progressCallback: (progress) => {
      onProgress?.({ completedRows: progress.completedRows, totalRows: progress.totalRows, done: progress.done });
      return true;
    },
  });
}

/** `keha-backup-2026-12-05-0930.json` in local time: sorts by time and says when it was made. */
export function backupFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `keha-backup-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
