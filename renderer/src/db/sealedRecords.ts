// Reading and writing records whose content is an encrypted payload, in one place: decrypt and
// validate on the way out, encrypt on the way in, and read-modify-write with optimistic
// concurrency (a payload's IV is fresh on every write, so a changed IV means someone else wrote
// in between, in this tab or another; we then re-read and re-apply instead of overwriting them).
// A payload is sealed together with the row's meaningful clear fields (docs/architecture.md: Data).
import type { Table } from 'dexie';
import type { z } from 'zod';
import { keyRingOf, openSealedRecord, sealRecord, type EncryptedPayload } from '../vault/vaultCrypto';
import type { Session } from './session';

type SealedRow = { id: string; payload: EncryptedPayload; updatedAt: string };

/**
 * The clear fields of each table that are bound to its payload (AES-GCM associated data, payload
 * format 2), so editing one on disk, or putting back a payload written under other values (another
 * row, an older write of the same row: `updatedAt` changes on every write), makes the record
 * unreadable instead of quietly wrong. Only fields that no write changes without re-sealing the
 * payload can be bound: a meeting's status and run, an action's status and a risk round's reveal
 * change in transactions that do not encrypt, so they, and those tables' `updatedAt`, are not.
 * A table not listed binds only its table and id. Changing a list changes what existing payloads
 * were sealed with: it needs a new payload format.
 */
export const boundClearFields: Readonly<Record<string, readonly string[]>> = {
  team: ['updatedAt'],
  members: ['status', 'demo', 'createdAt', 'updatedAt'],
  families: ['code', 'status', 'closedAt', 'demo', 'createdAt', 'updatedAt'],
  meetings: ['templateId', 'demo', 'createdAt'],
  meetingNotes: ['meetingId', 'stepKey', 'familyId', 'updatedAt'],
  hypotheses: ['familyId', 'meetingId', 'status', 'createdAt', 'updatedAt', 'revisitedAt', 'revisionCount'],
  hypothesisRevisions: ['hypothesisId', 'familyId', 'seq', 'meetingId', 'at', 'status'],
  riskRounds: ['meetingId', 'agendaItemId', 'familyId'],
  actions: ['kind', 'familyId', 'meetingId', 'createdAt'],
  timelineEvents: ['familyId', 'createdAt', 'updatedAt'],
  threeHousesSessions: ['familyId', 'childId', 'date', 'createdAt', 'updatedAt'],
  carePeriods: ['familyId', 'start', 'plannedEnd', 'createdAt', 'updatedAt'],
  goalRatings: ['carePeriodId', 'familyId', 'goalId', 'meetingId', 'createdAt', 'updatedAt'],
  genograms: ['familyId', 'createdAt', 'updatedAt'],
  networkMaps: ['familyId', 'createdAt', 'updatedAt'],
  quickRoundLines: ['familyId', 'meetingId', 'updatedAt'],
};

/** The JSON of a row's bound clear fields, in the table's order (a missing field counts as null). */
export function boundFieldsOf(table: string, row: object): string {
  const clear = row as Record<string, unknown>;
  return JSON.stringify((boundClearFields[table] ?? []).map((field) => clear[field] ?? null));
}

/**
 * Decrypted payloads, per unlocked data key, so showing a list again does not decrypt every record
 * again. A payload's IV is fresh on every write, so (table, id, IV) names exactly one ciphertext.
 * Held only in memory and only while the key is: locking drops the key and with it this cache.
 */
const decrypted = new WeakMap<CryptoKey, Map<string, { iv: Uint8Array; bound: string; value: unknown }>>();

/**
 * Opens a row's payload. `row` must be the row as stored (its bound clear fields are checked
 * against the payload); a cached value is reused only for the same IV and the same clear fields.
 */
export async function openPayload<T>(
  session: Session,
  table: { name: string },
  row: Pick<SealedRow, 'id' | 'payload'>,
  schema: z.ZodType<T>,
): Promise<T> {
  let cache = decrypted.get(session.dataKey);
  if (!cache) decrypted.set(session.dataKey, (cache = new Map()));
  const cacheKey = `${table.name}/${row.id}`;
  const bound = boundFieldsOf(table.name, row);
  const hit = cache.get(cacheKey);
  if (hit && sameBytes(hit.iv, row.payload.iv) && hit.bound === bound) return hit.value as T;
  let value: T;
  try {
    value = deepFreeze(schema.parse(await openSealedRecord(keyRingOf(session.dataKey), table.name, row.id, bound, row.payload)));
  } catch (cause) {
    throw new UnreadableRecordError(table.name, row.id, cause);
  }
  cache.set(cacheKey, { iv: row.payload.iv, bound, value });
  return value;
}

/** The id of the data key this session seals with (a header whose current key differs was renewed elsewhere). */
export function sessionKeyId(session: Session): string {
  return keyRingOf(session.dataKey).current.id;
}

/**
 * Opens a payload as stored, without a schema and without the cache: for sync, which merges two
 * computers' versions of a record without interpreting them (docs/architecture.md: Sync between the
 * team's computers). `row` must be the row as stored, as for `openPayload`.
 */
export function openPayloadUnchecked(session: Session, table: string, row: { id: string; payload: EncryptedPayload }): Promise<unknown> {
  return openSealedRecord(keyRingOf(session.dataKey), table, row.id, boundFieldsOf(table, row), row.payload);
}

/**
 * Drops records from this key's in-memory caches (decrypted payloads and the unreadable notice), for
 * records that were deleted or erased: nothing of them stays in memory for the rest of the session.
 */
export function forgetRecords(session: Session, table: string, ids: Iterable<string>): void {
  const cache = decrypted.get(session.dataKey);
  for (const id of ids) {
    cache?.delete(`${table}/${id}`);
    noteUnreadable(session, `${table}/${id}`, null);
  }
}

/** A payload that does not decrypt (damaged bytes, another key) or does not fit its schema. */
export class UnreadableRecordError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
    cause?: unknown,
  ) {
    super(`${table}/${id} could not be read`, { cause });
    this.name = 'UnreadableRecordError';
  }
}

/** A record left out of a list because it could not be read: only clear fields, never content. */
export type UnreadableRecord = { table: string; id: string; familyId: string | null; code: string | null };

/** Unreadable records seen while this data key is unlocked, by `table/id`, for the notice that names them. */
const unreadable = new WeakMap<CryptoKey, Map<string, UnreadableRecord>>();
const unreadableListeners = new Set<() => void>();
const noneUnreadable: readonly UnreadableRecord[] = Object.freeze([]);
const unreadableSnapshots = new WeakMap<CryptoKey, readonly UnreadableRecord[]>();

function noteUnreadable(session: Session, key: string, record: UnreadableRecord | null) {
  let seen = unreadable.get(session.dataKey);
  if (!seen) unreadable.set(session.dataKey, (seen = new Map()));
  if (record ? seen.has(key) : !seen.has(key)) return;
  if (record) seen.set(key, record);
  else seen.delete(key);
  unreadableSnapshots.set(session.dataKey, Object.freeze([...seen.values()]));
  for (const listener of unreadableListeners) listener();
}

/** The unreadable records seen so far with this key (the same array until it changes). */
export function unreadableRecords(session: Session): readonly UnreadableRecord[] {
  return unreadableSnapshots.get(session.dataKey) ?? noneUnreadable;
}

export function subscribeUnreadable(listener: () => void): () => void {
  unreadableListeners.add(listener);
  return () => unreadableListeners.delete(listener);
}

/**
 * Opens every row of a list read: the readable ones in order, and the ones whose payload could
 * not be read set aside (by their clear fields), so one damaged record does not hide the others.
 */
export async function openEach<Row extends { id: string }, Out>(
  table: { name: string },
  rows: readonly Row[],
  open: (row: Row) => Promise<Out>,
): Promise<{ readable: Out[]; unreadable: UnreadableRecord[] }> {
  const results = await Promise.all(
    rows.map((row) =>
      open(row).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => {
          if (!(error instanceof UnreadableRecordError)) throw error;
          return { ok: false as const, record: unreadableOf(table, row) };
        },
      ),
    ),
  );
  return {
    readable: results.flatMap((result) => (result.ok ? [result.value] : [])),
    unreadable: results.flatMap((result) => (result.ok ? [] : [result.record])),
  };
}

/** `openEach` for screens: returns the readable records and reports the unreadable ones to the notice. */
export async function openList<Row extends { id: string }, Out>(
  session: Session,
  table: { name: string },
  rows: readonly Row[],
  open: (row: Row) => Promise<Out>,
): Promise<Out[]> {
  const { readable, unreadable: setAside } = await openEach(table, rows, open);
  const aside = new Set(setAside.map((record) => record.id));
  for (const record of setAside) noteUnreadable(session, `${table.name}/${record.id}`, record);
  for (const row of rows) if (!aside.has(row.id)) noteUnreadable(session, `${table.name}/${row.id}`, null);
  return readable;
}

function unreadableOf(table: { name: string }, row: { id: string }): UnreadableRecord {
  const clear = row as { familyId?: unknown; code?: unknown };
  return {
    table: table.name,
    id: row.id,
    familyId: table.name === 'families' ? row.id : typeof clear.familyId === 'string' ? clear.familyId : null,
    code: typeof clear.code === 'string' ? clear.code : null,
  };
}

/** A record as screens use it: its decrypted payload together with its clear fields. */
export async function openRecord<Row extends Pick<SealedRow, 'id' | 'payload'>, T>(
  session: Session,
  table: { name: string },
  row: Row,
  schema: z.ZodType<T>,
): Promise<T & Omit<Row, 'payload'>> {
  const payload = await openPayload(session, table, row, schema);
  const { payload: _sealed, ...clear } = row;
  return { ...payload, ...clear };
}

/** Cached values are shared between readers, so nobody may change one in place. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Seals a payload for a row with the session's current key. `row` is the row as it will be stored
 * (its clear fields; a `payload` in it is ignored): its bound clear fields go into the associated
 * data, so the row must be written with exactly these values.
 */
export function sealPayload<Clear extends { id: string }>(session: Session, table: { name: string }, row: Clear, value: unknown): Promise<EncryptedPayload> {
  return sealRecord(keyRingOf(session.dataKey), table.name, row.id, boundFieldsOf(table.name, row), value);
}

/** A whole row: its clear fields and the payload sealed for them. */
export async function sealRow<Clear extends { id: string }>(
  session: Session,
  table: { name: string },
  clear: Clear,
  value: unknown,
): Promise<Clear & { payload: EncryptedPayload }> {
  return { ...clear, payload: await sealPayload(session, table, clear, value) };
}

export class RecordMissingError extends Error {
  constructor(table: string, id: string) {
    super(`${table}/${id} does not exist`);
    this.name = 'RecordMissingError';
  }
}

/**
 * Applies `change` to the decrypted payload (and optionally the clear fields) of one record.
 * Retries when another writer got there first; throws RecordMissingError if the record is gone.
 */
export async function updateSealed<Row extends SealedRow, T>(
  session: Session,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Dexie's insert type varies per table
  table: Table<Row, string, any>,
  id: string,
  schema: z.ZodType<T>,
  change: (payload: T, row: Row) => { payload: T; fields?: Partial<Omit<Row, 'id' | 'payload'>> },
  /** Another write that must land in the same transaction (e.g. a template snapshot row), with the tables it uses. */
  alongside?: { tables: readonly Table[]; write: () => Promise<void> },
): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = await table.get(id);
    if (!row) throw new RecordMissingError(table.name, id);
    const current = await openPayload(session, table, row, schema);
    const next = change(current, row);
    // The row as it will be stored, so the payload is sealed with its final clear fields.
    const { payload: _old, ...clear } = { ...row, ...next.fields, updatedAt: session.now().toISOString() };
    const payload = await sealPayload(session, table, clear, schema.parse(next.payload));
    const written = await table.db.transaction('rw', [table, ...(alongside?.tables ?? [])], async () => {
      const latest = await table.get(id);
      if (!latest) throw new RecordMissingError(table.name, id);
      // Someone wrote in between: the payload (a new IV) or a clear field that `change` may have
      // checked (a meeting's status, a risk round's reveal), which changes no IV. Re-read and re-apply.
      if (!sameBytes(latest.payload.iv, row.payload.iv) || clearFields(latest) !== clearFields(row)) return false;
      await alongside?.write();
      await table.put({ ...latest, ...clear, payload } as Row);
      return true;
    });
    if (written) return;
  }
  throw new Error(`Could not save ${table.name}/${id}: it kept changing`);
}

/**
 * Creates a record on first use and changes it afterwards (a note's first keystroke, a risk
 * round's first score). If another window creates it in between, falls through to the update so
 * neither write is lost.
 */
export async function createOrUpdateSealed<Row extends SealedRow, T>(
  session: Session,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Dexie's insert type varies per table
  table: Table<Row, string, any>,
  id: string,
  schema: z.ZodType<T>,
  create: () => Promise<Row>,
  change: (payload: T, row: Row) => { payload: T; fields?: Partial<Omit<Row, 'id' | 'payload'>> },
): Promise<void> {
  if (!(await table.get(id))) {
    const row = await create();
    const added = await table.add(row).then(
      () => true,
      (error: unknown) => {
        if (error instanceof Error && error.name === 'ConstraintError') return false;
        throw error;
      },
    );
    if (added) return;
  }
  await updateSealed(session, table, id, schema, change);
}

/** Deletes one record and returns it as stored (still encrypted), so the deletion can be undone by putting it back. */
export function takeRow<Row extends { id: string }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Dexie's insert type varies per table
  table: Table<Row, string, any>,
  id: string,
): Promise<Row | undefined> {
  return table.db.transaction('rw', table, async () => {
    const row = await table.get(id);
    if (row) await table.delete(id);
    return row;
  });
}

/** A row's clear fields (all but the payload), comparable as text. */
export function clearFields(row: SealedRow): string {
  const { payload: _payload, ...clear } = row;
  return JSON.stringify(clear);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
