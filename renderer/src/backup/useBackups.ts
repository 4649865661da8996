// React side of backups: the running backup and the last failure (backups.ts), what is kept and
// where, when a copy last left the browser, and whether the browser keeps Kehä's storage persistently.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import type { KehaDatabase } from '../db/database';
import { backupActivity, backupPlace, backupStoreFor, backupsChanged, onBackupActivity, type BackupActivity, type BackupPlace } from './backups';
import type { StoredBackup } from './backupStore';

export function useBackupActivity(databaseName: string): BackupActivity {
  const subscribe = useCallback((listener: () => void) => onBackupActivity(databaseName, listener), [databaseName]);
  return useSyncExternalStore(subscribe, () => backupActivity(databaseName));
}

export type BackupOverview = {
  place: BackupPlace;
  /** Newest first. */
  backups: StoredBackup[];
  /** When a copy last left the browser's storage: the newest backup in the team's folder, or the last download. */
  lastCopyAt: string | null;
  /** When the last download was (the browser, and a desktop app without a folder). */
  lastDownloadAt: string | null;
  vaultCreatedAt: string | null;
  /** An error reading the folder or the store, if any. */
  error: unknown;
};

export async function readBackupOverview(db: KehaDatabase): Promise<BackupOverview> {
  const [copied, vault] = await Promise.all([db.settings.get('backupCopiedAt'), db.vault.get('vault')]);
  const lastDownloadAt = copied?.value ?? null;
  const vaultCreatedAt = vault?.createdAt ?? null;
  let place: BackupPlace = { kind: 'browser' };
  try {
    place = await backupPlace();
    const backups = await (await backupStoreFor(db.name)).list();
    const lastCopyAt = place.kind === 'folder' ? (backups[0]?.createdAt ?? null) : lastDownloadAt;
    return { place, backups, lastCopyAt, lastDownloadAt, vaultCreatedAt, error: null };
  } catch (error) {
    return { place, backups: [], lastCopyAt: lastDownloadAt, lastDownloadAt, vaultCreatedAt, error };
  }
}

/** The overview, re-read after every backup, removal or download. */
export function useBackupOverview(db: KehaDatabase): BackupOverview | null {
  const { changes } = useBackupActivity(db.name);
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  useEffect(() => {
    let current = true;
    void readBackupOverview(db).then((read) => current && setOverview(read));
    return () => {
      current = false;
    };
  }, [db, changes]);
  return overview;
}

/** Remembers that a backup was downloaded now (for the 7-day reminder). */
export async function noteDownloaded(db: KehaDatabase, at: Date): Promise<void> {
  await db.settings.put({ key: 'backupCopiedAt', value: at.toISOString() });
  backupsChanged(db.name);
}

export type Persistence = 'persistent' | 'notPersistent' | 'unknown';

/** Asks the browser to keep Kehä's storage persistently (it may grant it silently or refuse); returns what it says. */
export async function requestPersistentStorage(): Promise<Persistence> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'persistent';
    return (await navigator.storage.persist()) ? 'persistent' : 'notPersistent';
  } catch {
    return 'unknown';
  }
}

export function usePersistence(): Persistence | null {
  const [state, setState] = useState<Persistence | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : null;
        if (current) setState(persisted === null ? 'unknown' : persisted ? 'persistent' : 'notPersistent');
      } catch {
        if (current) setState('unknown');
      }
    })();
    return () => {
      current = false;
    };
  }, []);
  return state;
}

/** A failed backup in words: a full disk (quota or ENOSPC) has its own message; older backups are always intact. */
export function backupErrorText(error: unknown, t: TFunction): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /ENOSPC|quota/i.test(message)) return t('backups.full');
  return t('backups.failed', { reason: message });
}

/** "12 kB", "3,4 Mt" / "3.4 MB": a size the way the language writes it. */
export function sizeText(bytes: number, language: string): string {
  const locale = language === 'fi' ? 'fi-FI' : 'en-GB';
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
