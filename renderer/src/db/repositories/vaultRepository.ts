// Creating, unlocking and changing the team vault stored in the database: the passphrase (a
// re-wrap of the data key, no record changes) and the data key itself (a new key, every record
// re-encrypted in batches that survive a lock or a closed window). docs/architecture.md: Security (Vault).
import type { Table } from 'dexie';
import { isSyncedTable } from '../syncTables';
import {
  createVault,
  keyRingOf,
  legacyKeyId,
  openSealedRecord,
  rewrapVault,
  setKeyRing,
  unlockVault,
  VaultChangedError,
  type EncryptedPayload,
  type KeyRing,
  type VaultHeader,
} from '../../vault/vaultCrypto';
import type { KehaDatabase, VaultRow } from '../database';
import { upgradeSealedData } from '../sealedMigrations';
import { boundFieldsOf, clearFields, sameBytes, sealPayload } from '../sealedRecords';
import type { Session } from '../session';

export class VaultExistsError extends Error {
  constructor() {
    super('A vault already exists');
    this.name = 'VaultExistsError';
  }
}

/**
 * The vault row is gone but records are stored: they were encrypted with the key it held. A new
 * vault would have a new key and leave them unreadable for good, so none is made.
 */
export class VaultHeaderMissingError extends Error {
  constructor() {
    super('Records are stored but the vault header that holds their key is missing');
    this.name = 'VaultHeaderMissingError';
  }
}

export async function readVaultHeader(db: KehaDatabase): Promise<VaultRow | undefined> {
  return db.vault.get('vault');
}

/** Every table but the vault row and the clear settings: if any holds a row, the database holds team data. */
/** The tables of team data: every synced table but the header and the settings (sync's own bookkeeping is not team data). */
function dataTables(db: KehaDatabase): Table[] {
  return db.tables.filter((table) => isSyncedTable(table.name) && table.name !== 'vault' && table.name !== 'settings');
}

/** True when the database holds team data (any row outside the vault header and the settings). */
export async function hasStoredRecords(db: KehaDatabase): Promise<boolean> {
  for (const table of dataTables(db)) if ((await table.count()) > 0) return true;
  return false;
}

/** The `syncState` row kept while this computer is joining a team (sync/joinNow.ts), until the header is written. */
export const joiningStateId = 'joining';

/**
 * What the start screen needs: the vault header, or, without one, whether data is stored
 * (`'headerMissing'`: then no vault may be created over it) or the database is empty (`null`).
 */
export async function readVaultState(db: KehaDatabase): Promise<VaultRow | 'headerMissing' | 'joining' | null> {
  const header = await readVaultHeader(db);
  if (header) return header;
  // A join under way (or interrupted) writes the team's records before the header, which comes last.
  if (await db.syncState.get(joiningStateId)) return 'joining';
  return (await hasStoredRecords(db)) ? 'headerMissing' : null;
}

/**
 * Creates the vault, in one transaction that first checks there is none and no data either: two
 * windows can never each make their own vault, and a database whose header was lost is never given
 * a new key over its records (VaultHeaderMissingError).
 */
export async function createVaultIn(db: KehaDatabase, passphrase: string, now: Date, iterations?: number): Promise<CryptoKey> {
  const { header, dataKey } = await createVault(passphrase, iterations);
  await db.transaction('rw', db.tables, async () => {
    if (await db.vault.get('vault')) throw new VaultExistsError();
    if (await hasStoredRecords(db)) throw new VaultHeaderMissingError();
    await db.vault.add({ ...header, id: 'vault', createdAt: now.toISOString() });
  });
  return dataKey;
}

/** The header part of the vault row (what unlocking reads). */
export function headerOf(row: VaultRow): VaultHeader {
  const { id: _id, createdAt: _createdAt, ...header } = row;
  return header;
}

/**
 * Unlocks the vault and runs the data migrations that need its key, so data is current before any
 * screen reads it. A header below the KDF floor is refused (WeakVaultHeaderError); only tests with
 * cheap vaults pass a lower `minimumIterations`. During a key renewal both keys are unlocked
 * (`keyRingOf`); `continueKeyRenewal` then finishes the renewal in the background.
 */
export async function unlockVaultIn(db: KehaDatabase, passphrase: string, minimumIterations?: number): Promise<CryptoKey> {
  const row = await readVaultHeader(db);
  if (!row) throw new Error('No vault to unlock');
  const dataKey = await unlockVault(headerOf(row), passphrase, minimumIterations);
  await upgradeSealedData({ db, dataKey, now: () => new Date() });
  return dataKey;
}

/**
 * Changes the team passphrase: the data key is re-wrapped under the new one (no record changes),
 * in one transaction on the vault row. A wrong old passphrase throws WrongPassphraseError and
 * changes nothing. With `renewKey` (a member has left), a new data key is made at the same time:
 * from then on this session seals with it, and `continueKeyRenewal` re-encrypts every record.
 * Windows that hold only the old key must lock (lockSignal.ts) before they write again.
 * Returns the new key's id when renewing.
 */
export async function changeVaultPassphrase(
  session: Session,
  oldPassphrase: string,
  newPassphrase: string,
  options: { renewKey: boolean; iterations?: number; minimumIterations?: number },
): Promise<string | null> {
  const { db } = session;
  const row = await readVaultHeader(db);
  if (!row) throw new Error('No vault');
  const { header, renewed } = await rewrapVault(headerOf(row), oldPassphrase, newPassphrase, options);
  await db.transaction('rw', db.vault, async () => {
    const latest = await readVaultHeader(db);
    // Another window changed the passphrase or the key meanwhile: this change was made from an old header.
    if (!latest || !sameBytes(latest.wrapIv, row.wrapIv) || latest.previous?.keyId !== row.previous?.keyId) throw new VaultChangedError();
    await db.vault.put({ ...header, ...(latest.sealedFormat ? { sealedFormat: latest.sealedFormat } : {}), id: 'vault', createdAt: row.createdAt });
  });
  if (renewed) {
    const ring = keyRingOf(session.dataKey);
    setKeyRing(session.dataKey, { current: renewed, previous: ring.current, acceptsFormat1: ring.acceptsFormat1 });
  }
  return renewed?.id ?? null;
}

/** True while a key renewal has not finished (the vault row still holds the previous key). */
export function renewalRunning(row: VaultRow | undefined): boolean {
  return Boolean(row?.previous);
}

/** `renewing`: a key renewal (else only records written before format 2 are being upgraded). */
export type ReSealProgress = { done: number; total: number; unreadable: number; renewing: boolean };

type StoredRow = { id: string; payload: EncryptedPayload };

function isSealed(row: unknown): row is StoredRow {
  const payload = (row as { payload?: Partial<EncryptedPayload> } | null)?.payload;
  return Boolean(payload && payload.iv instanceof Uint8Array && payload.data instanceof ArrayBuffer);
}

/** A payload that is not yet in format 2 under the current key. */
function stale(payload: EncryptedPayload, ring: KeyRing): boolean {
  return payload.v !== 2 || payload.k !== ring.current.id;
}

/**
 * Re-encrypts, in the background, every record not yet sealed in format 2 with the current key: a
 * key renewal's records, and records written before format 2 (at the first unlock after the
 * update). Each batch is read, sealed outside a transaction, and written in its own transaction
 * only where the row is unchanged (optimistic, as every write): a record someone changed meanwhile
 * was sealed by them with the current key and is left as they wrote it. Stops between batches when
 * `signal` aborts (lock, window closed); the next unlock continues where it stopped. When nothing
 * stale is left, in one transaction that looks at every row, the old key is dropped from the vault
 * row (and format 1 refused from then on). Records that cannot be read are left as they are and
 * counted. Returns 'finished', 'interrupted', or 'nothing' (nothing to do, or not this window's key).
 */
export async function continueKeyRenewal(
  session: Session,
  options: { signal?: AbortSignal; onProgress?: (progress: ReSealProgress) => void; batchSize?: number; beforeBatch?: () => Promise<void> } = {},
): Promise<'finished' | 'interrupted' | 'nothing'> {
  const { db } = session;
  const batchSize = options.batchSize ?? 25;
  const start = await readVaultHeader(db);
  if (!start || (!start.previous && start.sealedFormat === 2)) return 'nothing';
  const ring = keyRingOf(session.dataKey);
  // A window unlocked with another key (it should have locked) leaves the work to the others.
  if (ring.current.id !== (start.keyId ?? legacyKeyId)) return 'nothing';
  const unreadable = new Set<string>();
  const tables = dataTables(db);
  // Another pass only if a window still holding the old key wrote meanwhile; a few at most.
  for (let pass = 0; pass < 5; pass++) {
    const pending: { table: Table; ids: string[] }[] = [];
    let total = 0;
    let waiting = 0;
    for (const table of tables) {
      const ids: string[] = [];
      await table.each((row: unknown) => {
        if (!isSealed(row)) return;
        total++;
        if (stale(row.payload, ring) && !unreadable.has(`${table.name}/${row.id}`)) ids.push(row.id);
      });
      waiting += ids.length;
      if (ids.length > 0) pending.push({ table, ids });
    }
    let done = total - waiting;
    const report = () => options.onProgress?.({ done, total, unreadable: unreadable.size, renewing: Boolean(start.previous) });
    report();
    for (const { table, ids } of pending) {
      for (let from = 0; from < ids.length; from += batchSize) {
        await options.beforeBatch?.();
        if (options.signal?.aborted) return 'interrupted';
        const rows = (await table.bulkGet(ids.slice(from, from + batchSize))).filter(isSealed);
        const resealed = new Map<string, { row: StoredRow; payload: EncryptedPayload }>();
        for (const row of rows) {
          try {
            const value = await openSealedRecord(ring, table.name, row.id, boundFieldsOf(table.name, row), row.payload);
            resealed.set(row.id, { row, payload: await sealPayload(session, table, row, value) });
          } catch {
            unreadable.add(`${table.name}/${row.id}`);
          }
        }
        await db.transaction('rw', table, async () => {
          for (const { row, payload } of resealed.values()) {
            const latest: unknown = await table.get(row.id);
            if (!isSealed(latest) || !sameBytes(latest.payload.iv, row.payload.iv) || clearFields(latest as never) !== clearFields(row as never)) continue;
            await table.put({ ...latest, payload });
          }
        });
        done += rows.length;
        report();
      }
    }
    if (options.signal?.aborted) return 'interrupted';
    const finished = await db.transaction('rw', [db.vault, ...tables], async () => {
      const latest = await readVaultHeader(db);
      if (!latest || (latest.keyId ?? legacyKeyId) !== ring.current.id) return 'nothing' as const;
      for (const table of tables) {
        const left = await table.filter((row: unknown) => isSealed(row) && stale(row.payload, ring) && !unreadable.has(`${table.name}/${row.id}`)).count();
        if (left > 0) return 'again' as const;
      }
      const { previous: _dropped, ...kept } = latest;
      await db.vault.put({ ...kept, sealedFormat: 2 });
      return 'finished' as const;
    });
    if (finished === 'again') continue;
    if (finished === 'finished') setKeyRing(session.dataKey, { current: ring.current, previous: null, acceptsFormat1: false });
    return finished;
  }
  return 'interrupted';
}
