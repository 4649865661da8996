// Bench-only (KEHA_BENCH=1): restoring the whole benchmark database from its backup file, exposed as
// `window.kehaRestoreBench` for scripts/bench.mjs. The file is made by exportBackup; the restore is
// the app's own checkBackupFile (read, parse, unlock the file's header with the 600,000-iteration
// KDF, open and validate every record) and restoreChecked (one transaction over every table), first
// into an empty database (a new computer), then again over the data just restored (which is first
// kept as a backup). The baseline is a raw bulk write of the same rows, already parsed and unchecked,
// into an empty database in one transaction.
import '../zodConfig';
import { Dexie } from 'dexie';
import { exportBackup } from '../backup/backupFile';
import { checkBackupFile, restoreChecked } from '../backup/restore';
import { openDatabase } from '../db/database';

export type RestoreBenchResult = {
  rows: number;
  fileBytes: number;
  exportMs: number;
  /** checkBackupFile: read, parse, unlock, every record opened and validated. */
  checkMs: number;
  /** restoreChecked into an empty database: the one-transaction replace. */
  writeMs: number;
  /** checkMs + writeMs: the restore on a new computer. */
  restoreMs: number;
  /** The same file restored again over the data (check, keep the data as a backup, replace). */
  overExistingMs: number;
  /** A raw bulk write of the same rows into an empty database, one transaction. */
  rawWriteMs: number;
};

export type KehaRestoreBench = { restore(dbName: string, passphrase: string): Promise<RestoreBenchResult> };

declare global {
  interface Window {
    kehaRestoreBench: KehaRestoreBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10;

async function restore(dbName: string, passphrase: string): Promise<RestoreBenchResult> {
  const source = openDatabase(dbName);
  let start = performance.now();
  const file = await exportBackup(source);
  const exportMs = elapsed(start);
  source.close();

  const targetName = `${dbName}-restore-target`;
  const rawName = `${dbName}-restore-raw`;
  for (const name of [targetName, `${targetName}-backups`, rawName]) await Dexie.delete(name);
  const target = openDatabase(targetName);
  const raw = openDatabase(rawName);
  try {
    await target.open();
    start = performance.now();
    const checked = await checkBackupFile(target, file, passphrase);
    const checkMs = elapsed(start);
    start = performance.now();
    await restoreChecked(target, checked);
    const writeMs = elapsed(start);

    start = performance.now();
    await restoreChecked(target, await checkBackupFile(target, file, passphrase));
    const overExistingMs = elapsed(start);

    await raw.open();
    start = performance.now();
    await raw.transaction('rw', raw.tables, async () => {
      for (const table of raw.tables) {
        const rows = checked.rows[table.name];
        if (rows && rows.length > 0) await table.bulkAdd(rows);
      }
    });
    const rawWriteMs = elapsed(start);
    const rows = Object.values(checked.counts).reduce((sum, count) => sum + count, 0);
    return { rows, fileBytes: file.size, exportMs, checkMs, writeMs, restoreMs: checkMs + writeMs, overExistingMs, rawWriteMs };
  } finally {
    target.close();
    raw.close();
    for (const name of [targetName, `${targetName}-backups`, rawName]) await Dexie.delete(name);
  }
}

window.kehaRestoreBench = { restore };
