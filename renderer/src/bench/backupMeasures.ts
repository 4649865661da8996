// Bench-only: the backup measures for `npm run bench`, exposed as `window.kehaBackupBench`. Times a
// raw read of every row of every table (IndexedDB getAll, no Dexie, nothing decrypted or written) and
// the app's own backup (`backUp`: dexie-export-import of the whole database, stored in the browser's
// backup store, rotated). Memory is measured from outside by scripts/bench.mjs while this runs.
import { backUp } from '../backup/backups';
import { exportBackup } from '../backup/backupFile';
import { openDatabase } from '../db/database';

export type KehaBackupBench = {
  rawReadAll(dbName: string): Promise<{ ms: number; rows: number; tables: number }>;
  backup(dbName: string): Promise<{ backupMs: number; fileBytes: number }>;
  exportOnly(dbName: string): Promise<{ ms: number; fileBytes: number }>;
};

declare global {
  interface Window {
    kehaBackupBench: KehaBackupBench;
  }
}

async function rawReadAll(dbName: string): Promise<{ ms: number; rows: number; tables: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...db.objectStoreNames];
    const started = performance.now();
    let rows = 0;
    for (const name of names) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      rows += all.length;
    }
    return { ms: performance.now() - started, rows, tables: names.length };
  } finally {
    db.close();
  }
}

async function backup(dbName: string): Promise<{ backupMs: number; fileBytes: number }> {
  const db = openDatabase(dbName);
  await db.open();
  try {
    const started = performance.now();
    const saved = await backUp(db, 'manual');
    return { backupMs: performance.now() - started, fileBytes: saved.size };
  } finally {
    db.close();
  }
}

async function exportOnly(dbName: string): Promise<{ ms: number; fileBytes: number }> {
  const db = openDatabase(dbName);
  await db.open();
  try {
    const started = performance.now();
    const file = await exportBackup(db);
    return { ms: performance.now() - started, fileBytes: file.size };
  } finally {
    db.close();
  }
}

window.kehaBackupBench = { rawReadAll, backup, exportOnly };
