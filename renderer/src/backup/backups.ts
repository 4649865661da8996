// Backups that happen without anyone remembering (docs/architecture.md: Backups). One place makes
// every backup, whatever asked for it: `backUp(db, reason)` exports the database as stored
// (ciphertext and the vault header), saves it in the backup store of this computer (the team's
// folder in the desktop app once chosen, else the browser's own store) and rotates the store. One
// backup runs at a time per database; a second request waits for it and then makes its own.
// Progress and the last failure are kept here for the settings screen to show.
import { Dexie } from 'dexie';
import { backupsToRemove } from '../../../shared/backup/rotation';
import { dailyBackupDue } from '../../../shared/backup/schedule';
import { currentSchemaVersion, type KehaDatabase } from '../db/database';
import { noteActivity } from '../db/repositories/activityRepository';
import { getPlatform } from '../platform/platform';
import { backupFileName, exportBackup } from './backupFile';
import { browserBackupStore, type BackupReason, type BackupStore, type StoredBackup } from './backupStore';
import { folderBackupStore } from './folderBackupStore';

export type BackupActivity = {
  /** The backup under way, with its progress in rows. */
  running: { reason: BackupReason; completedRows: number; totalRows: number | undefined } | null;
  /** The last backup that failed, until one succeeds. */
  failed: { reason: BackupReason; error: unknown; at: string } | null;
  /** Bumped after every backup and removal, so lists re-read. */
  changes: number;
};

type Tracker = { activity: BackupActivity; listeners: Set<() => void>; queue: Promise<unknown> };

const trackers = new Map<string, Tracker>();

function trackerFor(databaseName: string): Tracker {
  let tracker = trackers.get(databaseName);
  if (!tracker) {
    tracker = { activity: { running: null, failed: null, changes: 0 }, listeners: new Set(), queue: Promise.resolve() };
    trackers.set(databaseName, tracker);
  }
  return tracker;
}

function update(databaseName: string, change: Partial<BackupActivity>): void {
  const tracker = trackerFor(databaseName);
  tracker.activity = { ...tracker.activity, ...change };
  for (const listener of tracker.listeners) listener();
}

/** For useSyncExternalStore: the current activity of `databaseName`'s backups. */
export function backupActivity(databaseName: string): BackupActivity {
  return trackerFor(databaseName).activity;
}

export function onBackupActivity(databaseName: string, listener: () => void): () => void {
  const tracker = trackerFor(databaseName);
  tracker.listeners.add(listener);
  return () => tracker.listeners.delete(listener);
}

/** Where backups of this computer go: where the store keeps them, and the folder in the desktop app. */
export type BackupPlace = { kind: 'browser' } | { kind: 'folder'; folder: string } | { kind: 'noFolder' };

export async function backupPlace(): Promise<BackupPlace> {
  const api = getPlatform().backupFolder;
  if (!api) return { kind: 'browser' };
  const { folder } = await api.backupFolder();
  return folder ? { kind: 'folder', folder } : { kind: 'noFolder' };
}

/**
 * The store backups of `databaseName` go to: the team's folder in the desktop app once one is
 * chosen, otherwise (the browser, or a desktop app with no folder yet) the browser's own store.
 */
export async function backupStoreFor(databaseName: string): Promise<BackupStore> {
  const api = getPlatform().backupFolder;
  if (api && (await api.backupFolder()).folder) return folderBackupStore(api);
  let store = browserStores.get(databaseName);
  if (!store) {
    store = browserBackupStore(databaseName);
    browserStores.set(databaseName, store);
  }
  return store;
}

/** One connection per backup database for the page's life, rather than one per call. */
const browserStores = new Map<string, BackupStore>();

/** Removes what rotation does not keep (shared/backup/rotation.ts). A failed removal leaves that backup for the next time. */
export async function rotateBackups(store: BackupStore, now: Date): Promise<void> {
  for (const entry of backupsToRemove(await store.list(), now)) {
    await store.remove(entry.id).catch(() => {});
  }
}

async function saveAndRotate(store: BackupStore, reason: BackupReason, file: Blob, at: Date, db: KehaDatabase | Dexie): Promise<StoredBackup> {
  const saved = await store.save(reason, file, backupFileName(at), at);
  // A database opened before its upgrade (no schema of its own) may have no activity log yet.
  if (db.tables.some((table) => table.name === 'activityLog')) noteActivity(db as KehaDatabase, 'backupMade');
  await rotateBackups(store, at).catch(() => {});
  return saved;
}

/**
 * Backs up `db` now. For the restore: call `backUp(db, 'beforeRestore')` and go on only when it
 * resolves; it rejects (and shows the failure on the settings screen) when the backup could not be
 * made, leaving the older backups as they were.
 */
export function backUp(db: KehaDatabase | Dexie, reason: BackupReason, now: () => Date = () => new Date()): Promise<StoredBackup> {
  const name = db.name;
  const tracker = trackerFor(name);
  const run = async (): Promise<StoredBackup> => {
    update(name, { running: { reason, completedRows: 0, totalRows: undefined } });
    try {
      const store = await backupStoreFor(name);
      const file = await exportBackup(db, (progress) =>
        update(name, { running: { reason, completedRows: progress.completedRows, totalRows: progress.totalRows } }),
      );
      const saved = await saveAndRotate(store, reason, file, now(), db);
      update(name, { running: null, failed: null, changes: tracker.activity.changes + 1 });
      return saved;
    } catch (error) {
      update(name, { running: null, failed: { reason, error, at: now().toISOString() } });
      throw error;
    }
  };
  const result = tracker.queue.then(run, run);
  tracker.queue = result.catch(() => {});
  return result;
}

/** The daily backup, when the newest backup is 24 hours old or there is none; null when not due. */
export async function backUpIfDue(db: KehaDatabase, now: () => Date = () => new Date()): Promise<StoredBackup | null> {
  const store = await backupStoreFor(db.name);
  const [newest] = await store.list();
  if (!dailyBackupDue(newest?.createdAt ?? null, now())) return null;
  return backUp(db, 'daily', now);
}

/** Signals that a backup was removed or copied, so lists and reminders re-read. */
export function backupsChanged(databaseName: string): void {
  update(databaseName, { changes: backupActivity(databaseName).changes + 1 });
}

export class BackupBeforeMigrationError extends Error {
  constructor(override readonly cause: unknown) {
    super(`The backup before the upgrade failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'BackupBeforeMigrationError';
  }
}

/**
 * Before Kehä opens (and so upgrades) a database an older version wrote, backs it up as that version
 * left it: a Dexie with no schema of its own opens it at its stored version, and the export reads it
 * unchanged. Does nothing for a new or current database. Throws BackupBeforeMigrationError when the
 * backup fails, so the app does not upgrade without one.
 */
export async function backUpBeforeMigration(databaseName: string, now: () => Date = () => new Date()): Promise<StoredBackup | null> {
  const existing = (await indexedDB.databases()).find((info) => info.name === databaseName);
  const storedVersion = (existing?.version ?? 0) / 10; // Dexie stores version × 10 in IndexedDB
  if (!existing || storedVersion < 1 || storedVersion >= currentSchemaVersion) return null;
  const old = new Dexie(databaseName);
  try {
    await old.open();
    return await backUp(old, 'beforeMigration', now);
  } catch (error) {
    throw new BackupBeforeMigrationError(error);
  } finally {
    old.close();
  }
}
