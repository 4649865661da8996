// Restoring a backup file, all or nothing (docs/architecture.md: Restore). `checkBackupFile` reads
// and checks the whole file before anything changes: its header (dexie-export-import's
// peakImportFile: format, schema version, tables, counts), then every row (shared/backup/
// restoreCheck.ts), the vault header against the floor, the passphrase against the file's own
// header, and every sealed record opened with the file's data key by the same function screens use.
// An older file is upgraded by the app's own migrations in a temporary database first. Only then
// does `restoreChecked` keep the data as it is now as a backup (for "Undo restore") and replace
// every table in ONE read-write transaction, so a crash leaves the old data or the new, never a mix.
import { Dexie } from 'dexie';
import type { z } from 'zod';
import { peakImportFile } from 'dexie-export-import';
import { parseTemplate } from '../../../shared/meeting/template';
import {
  checkBackupMeta,
  checkClearRows,
  maxBackupBytes,
  newestChange,
  parseBackupText,
  RestoreRefusedError,
  type BackupRows,
  type RestoreRefusal,
} from '../../../shared/backup/restoreCheck';
import { payloadSchemas } from '../db/payloadSchemas';
import { currentSchemaVersion, lastRestoreKey, openDatabase, schemaVersions, type KehaDatabase, type VaultRow } from '../db/database';
import { upgradeSealedData } from '../db/sealedMigrations';
import { openPayload, UnreadableRecordError } from '../db/sealedRecords';
import { headerOf } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';
import { checkVaultHeader, unlockVault, WeakVaultHeaderError, WrongPassphraseError, type VaultHeader } from '../vault';
import { backUp, backupStoreFor } from './backups';
import { recordActivity } from '../db/repositories/activityRepository';
import type { StoredBackup } from './backupStore';

export { RestoreRefusedError, type RestoreRefusal };

/** Where a check is: the stage, and for the records, how many of how many are done. */
export type CheckProgress = { stage: 'reading' | 'unlocking' | 'migrating' | 'records'; done: number; total: number };

/** A file that passed every check: its rows at the current schema version, ready to be written. */
export type CheckedBackup = {
  /** The schema version the file was written at (older ones have been upgraded in `rows`). */
  fileVersion: number;
  rows: BackupRows;
  /** Rows per table. */
  counts: Record<string, number>;
  /** When the data in the backup was last changed (the newest instant in its rows). */
  newestAt: string | null;
  teamName: string;
};

export type CheckOptions = {
  onProgress?: (progress: CheckProgress) => void;
  /** Lowered only by tests that build cheap vaults. */
  minimumIterations?: number;
  now?: () => Date;
};

const templateTables = ['meetingTemplates', 'templates'] as const;

const refuse = (refusal: RestoreRefusal): never => {
  throw new RestoreRefusedError(refusal);
};

/** Any failure that is not already a refusal becomes one, so callers only ever see RestoreRefusedError. */
function asRefusal(error: unknown): RestoreRefusedError {
  if (error instanceof RestoreRefusedError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return new RestoreRefusedError({ kind: 'failed', name, message });
}

/** The temporary database an older file is upgraded in; deleted after every check. */
export const migrationDatabaseName = (db: KehaDatabase) => `${db.name}-restore`;

/**
 * Reads and checks a backup file completely, changing nothing in `db`. Throws only
 * RestoreRefusedError (with the reason in `refusal`).
 */
export async function checkBackupFile(db: KehaDatabase, file: Blob, passphrase: string, options: CheckOptions = {}): Promise<CheckedBackup> {
  try {
    return await check(db, file, passphrase, options);
  } catch (error) {
    throw asRefusal(error);
  }
}

async function check(db: KehaDatabase, file: Blob, passphrase: string, options: CheckOptions): Promise<CheckedBackup> {
  const progress = options.onProgress ?? (() => undefined);
  if (file.size > maxBackupBytes) refuse({ kind: 'tooLarge', maxMegabytes: maxBackupBytes / (1024 * 1024) });
  if (file.size === 0) refuse({ kind: 'notBackup' });
  progress({ stage: 'reading', done: 0, total: 1 });
  let header: unknown;
  try {
    header = await peakImportFile(file);
  } catch {
    refuse({ kind: 'notBackup' });
  }
  const meta = checkBackupMeta(header, schemaVersions);
  const fileRows = parseBackupText(await file.text(), meta);
  checkClearRows(fileRows);
  progress({ stage: 'reading', done: 1, total: 1 });

  progress({ stage: 'unlocking', done: 0, total: 1 });
  const vault = fileRows.vault![0] as unknown as VaultRow;
  // The whole header: its key id, a key renewal left unfinished, and which payload formats it holds.
  const vaultHeader: VaultHeader = headerOf(vault);
  let dataKey: CryptoKey;
  try {
    checkVaultHeader(vaultHeader, options.minimumIterations);
    dataKey = await unlockVault(vaultHeader, passphrase, options.minimumIterations);
  } catch (error) {
    if (error instanceof WeakVaultHeaderError) return refuse({ kind: 'weakHeader' });
    if (error instanceof WrongPassphraseError) return refuse({ kind: 'wrongPassphrase' });
    // A header whose values WebCrypto cannot use at all (a salt of the wrong type, a key of no size).
    return refuse({ kind: 'weakHeader' });
  }
  progress({ stage: 'unlocking', done: 1, total: 1 });

  const session: Session = { db, dataKey, now: options.now ?? (() => new Date()) };
  let rows = fileRows;
  if (meta.version < currentSchemaVersion) {
    progress({ stage: 'migrating', done: 0, total: 1 });
    rows = await upgradeInTemporaryDatabase(migrationDatabaseName(db), meta.version, fileRows, session);
    progress({ stage: 'migrating', done: 1, total: 1 });
  }
  const teamName = await checkRecords(session, rows, progress);
  const counts = Object.fromEntries(Object.entries(rows).map(([table, tableRows]) => [table, tableRows.length]));
  return { fileVersion: meta.version, rows, counts, newestAt: newestChange(rows), teamName };
}

/**
 * Writes an older file's rows into a temporary database at the file's version, opens it with every
 * version (so the app's migrations upgrade it), runs the migrations that need the key, and reads the
 * rows back; the temporary database is deleted whatever happens.
 */
async function upgradeInTemporaryDatabase(name: string, version: number, rows: BackupRows, session: Session): Promise<BackupRows> {
  await Dexie.delete(name);
  try {
    const old = new Dexie(name);
    for (const entry of schemaVersions) if (entry.version <= version) old.version(entry.version).stores(entry.stores);
    await old.open();
    try {
      await old.transaction('rw', old.tables, async () => {
        for (const table of old.tables) await table.bulkAdd(rows[table.name] ?? []);
      });
    } finally {
      old.close();
    }
    const upgraded = openDatabase(name);
    try {
      await upgraded.open();
      await upgradeSealedData({ ...session, db: upgraded });
      const result: BackupRows = {};
      for (const table of upgraded.tables) result[table.name] = (await table.toArray()) as Record<string, unknown>[];
      return result;
    } catch (error) {
      if (error instanceof UnreadableRecordError) return refuse({ kind: 'unreadable', records: [{ table: error.table, count: 1 }] });
      throw error;
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

/**
 * Opens every sealed record with the file's key and validates it, and every template; refuses
 * naming how many records of which table could not be read. Returns the team's name.
 */
async function checkRecords(session: Session, rows: BackupRows, progress: (progress: CheckProgress) => void): Promise<string> {
  const unreadable = new Map<string, number>();
  const note = (table: string) => unreadable.set(table, (unreadable.get(table) ?? 0) + 1);
  const total = Object.values(rows).reduce((sum, tableRows) => sum + tableRows.length, 0);
  let done = 0;
  let teamName = '';
  progress({ stage: 'records', done, total });
  for (const [table, tableRows] of Object.entries(rows)) {
    const schema = payloadSchemas[table as keyof typeof payloadSchemas];
    const isTemplate = (templateTables as readonly string[]).includes(table);
    for (let start = 0; start < tableRows.length; start += 500) {
      const batch = tableRows.slice(start, start + 500);
      await Promise.all(
        batch.map(async (row) => {
          if (isTemplate) {
            if (!parseTemplate(row.template).ok) note(table);
            return;
          }
          if (!schema) return;
          try {
            const value: unknown = await openPayload(session, { name: table }, row as Parameters<typeof openPayload>[2], schema as z.ZodType);
            if (table === 'team') teamName = (value as { name: string }).name;
          } catch (error) {
            if (!(error instanceof UnreadableRecordError)) throw error;
            note(table);
          }
        }),
      );
      done += batch.length;
      progress({ stage: 'records', done, total });
    }
  }
  if (unreadable.size > 0) refuse({ kind: 'unreadable', records: [...unreadable].map(([table, count]) => ({ table, count })) });
  return teamName;
}

/** Rows per table of the database as it is now (no decryption), for the preview. */
export async function countRows(db: KehaDatabase): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.count()] as const));
  return Object.fromEntries(entries);
}

/** What `restoreChecked` leaves in settings: which backup holds the data as it was before, and when. */
export type LastRestore = { at: string; backupId: string | null; fileName: string | null };

export function readLastRestore(value: string | undefined): LastRestore | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<LastRestore>;
    if (typeof parsed.at !== 'string') return null;
    return { at: parsed.at, backupId: typeof parsed.backupId === 'string' ? parsed.backupId : null, fileName: parsed.fileName ?? null };
  } catch {
    return null;
  }
}


/**
 * Keeps the data as it is now as a backup (reason `beforeRestore`), so the restore can be undone.
 * The one place restore makes a backup: re-point it here when backups are kept elsewhere.
 * Returns null when there is nothing to keep (no vault yet, as on a new computer).
 */
export async function keepBeforeRestore(db: KehaDatabase, now: Date): Promise<StoredBackup | null> {
  if (!(await db.vault.get('vault'))) return null;
  return backUp(db, 'beforeRestore', () => now);
}

/** The settings that belong to this computer, not to the data (thisComputerRepository.ts). */
const thisComputerKeys: ('computerId' | 'computerMemberId')[] = ['computerId', 'computerMemberId'];

/**
 * Replaces every table's rows with the checked backup's in ONE read-write transaction over all
 * tables (clear, then add), and notes the restore in settings in the same transaction. If it fails
 * or the process dies, IndexedDB rolls the whole transaction back: the old data stays, untouched.
 */
export async function replaceAll(db: KehaDatabase, checked: CheckedBackup, lastRestore: LastRestore): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    // This computer stays itself (docs/domain.md: The team on several computers): its id and the member
    // using it are its own, never those of the computer the backup was made on.
    const here = await db.settings.bulkGet(thisComputerKeys);
    for (const table of db.tables) await table.clear();
    for (const table of db.tables) {
      const rows = checked.rows[table.name];
      if (rows && rows.length > 0) await table.bulkAdd(rows);
    }
    await db.settings.bulkDelete(thisComputerKeys);
    await db.settings.bulkPut(here.filter((row) => row !== undefined));
    await db.settings.put({ key: lastRestoreKey, value: JSON.stringify(lastRestore) });
    // Logged in the restored data, in the same step (the log is replaced with the backup's).
    await recordActivity(db, 'restored');
  });
}

/**
 * Restores a checked backup: keeps the data as it is now as a backup, then replaces everything in
 * one step (`onStage` says which of the two is under way). Returns the backup kept (null when there was nothing to keep). Throws only
 * RestoreRefusedError; nothing has changed when it throws.
 */
export async function restoreChecked(
  db: KehaDatabase,
  checked: CheckedBackup,
  now: Date = new Date(),
  onStage?: (stage: 'keeping' | 'replacing') => void,
): Promise<StoredBackup | null> {
  try {
    onStage?.('keeping');
    const kept = await keepBeforeRestore(db, now);
    onStage?.('replacing');
    await replaceAll(db, checked, { at: now.toISOString(), backupId: kept?.id ?? null, fileName: kept?.fileName ?? null });
    return kept;
  } catch (error) {
    throw asRefusal(error);
  }
}

/** The backup kept before the last restore, read back as a file for "Undo restore". */
export async function beforeRestoreFile(db: KehaDatabase, backupId: string): Promise<Blob | null> {
  const store = await backupStoreFor(db.name);
  const kept = (await store.list()).find((entry) => entry.id === backupId);
  return kept ? store.read(backupId) : null;
}
