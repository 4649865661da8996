// The sync engine of one unlocked window (docs/architecture.md: Sync between the team's computers).
//
// - Push: every change to a synced row is in `syncOutbox` (written in the change's own transaction by
//   db/syncMiddleware.ts). The engine writes the row as it is now into the mirror as a child of the
//   revision this computer last had (`syncRevs`), so a change made while another computer changed
//   the same row becomes a CouchDB conflict, never an overwrite. Deletions wait `deleteDelayMs`
//   (the Undo message's time) before they leave.
// - Replication: PouchDB replicates the mirror with the team's CouchDB, live, retrying quickly.
// - Apply: every revision that becomes the mirror's winner is written into Dexie as stored, marked
//   as sync's own write, unless a local change of that row is waiting to be pushed.
// - Conflicts: a row with two live revisions is merged three-way (shared/sync/merge.ts) on the
//   decrypted values: different fields are both kept and the other revision is removed; a field
//   changed on both sides keeps both revisions until someone picks (the "changed on another
//   computer" notice and dialog).
import { Dexie, type ObservabilitySet } from 'dexie';
import { applyChoice, mergeRecords, type Json, type MergeConflict } from '../../../shared/sync/merge';
import type { KehaDatabase } from '../db/database';
import { decodeRow, docIdOf, encodeRow, parseDocId, sameJson, type SyncDocBody } from '../db/syncDocs';
import { markFromSync } from '../db/syncMiddleware';
import { payloadSchemas } from '../db/payloadSchemas';
import { joiningStateId } from '../db/repositories/vaultRepository';
import { isSyncedKey, syncedTableNames } from '../db/syncTables';
import type { ConflictChoice, ConflictView, ServerConfig, SyncStatus } from '../db/syncTypes';
import type { Session } from '../db/session';
import { forgetRecords, openPayloadUnchecked, sealPayload, sessionKeyId } from '../db/sealedRecords';
import { openMirror, openRemote, type Mirror, type MirrorDoc } from './mirror';

/** Two versions merged into a record its table's schema refuses. */
export class MergedRecordInvalidError extends Error {
  constructor(table: string, key: string) {
    super(`The merged ${table}/${key} does not fit its schema`);
    this.name = 'MergedRecordInvalidError';
  }
}

/** How long a deletion waits before it leaves this computer: an Undo within it sends nothing. */
export const deleteDelayMs = 6_000;
const pushBatch = 200;
/** How often the mirror is compacted when rows were deleted (erased data leaves the mirror within it). */
const compactEveryMs = 15_000;
/** The push timer's period; also the least time between two pushes started by outbox changes. */
const pushPeriodMs = 250;
const applyBatch = 250;
const appliedSeqId = 'appliedSeq';
/** Kept from a deletion sent or applied until the mirror is compacted (also across a lock). */
const compactPendingId = 'compactPending';
/** The mirror's sequence up to which its changes are on the server, for "N changes waiting" while offline. */
const pushedSeqId = 'pushedSeq';

type Table = { name: string };
type PlainRecord = Record<string, Json>;

/** Puts every synced row of this computer in the outbox: the first computer of a team sends everything. */
export async function enqueueEverything(db: KehaDatabase): Promise<number> {
  let count = 0;
  for (const name of syncedTableNames) {
    const keys = (await db.table(name).toCollection().primaryKeys()) as unknown[];
    const at = Date.now();
    const rows = keys.flatMap((key) => (typeof key === 'string' && isSyncedKey(name, key) ? [{ id: docIdOf(name, key), at, v: crypto.randomUUID() }] : []));
    for (let index = 0; index < rows.length; index += 2000) await db.syncOutbox.bulkPut(rows.slice(index, index + 2000));
    count += rows.length;
  }
  return count;
}

async function revisionHash(base: string | undefined, body: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(`${base ?? ''}\n${JSON.stringify(body)}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function revGeneration(rev: string): number {
  return Number.parseInt(rev.slice(0, rev.indexOf('-')), 10);
}

/** The revision ids of a leaf's history, newest first (`N-hash`). */
function historyOf(doc: MirrorDoc): string[] {
  const revisions = doc._revisions;
  if (!revisions) return [doc._rev];
  return revisions.ids.map((hash, index) => `${revisions.start - index}-${hash}`);
}

/** Moves one computer's rows between its Dexie database and its sync mirror. */
export class SyncCore {
  readonly mirror: Mirror;
  private applying: Promise<void> = Promise.resolve();
  private readonly resolving = new Set<string>();
  /** Called when the team's vault header arrives with another current data key (renewed on another computer). */
  onKeyChanged: (() => void) | null = null;

  constructor(
    private readonly session: Session,
    readonly computerId: string,
  ) {
    this.mirror = openMirror(session.db.name);
  }

  private get db(): KehaDatabase {
    return this.session.db;
  }

  get databaseName(): string {
    return this.session.db.name;
  }

  /** Pushes waiting local changes into the mirror; returns how many are still waiting. */
  async push(now: number = Date.now()): Promise<number> {
    const entries = await this.db.syncOutbox.orderBy('at').limit(pushBatch).toArray();
    if (entries.length === 0) return 0;
    const docs: object[] = [];
    const done: { id: string; v: string; rev: string | null; deleted?: boolean }[] = [];
    // The rows and their known revisions, read in one request per table.
    const rows = new Map<string, unknown>();
    const byTable = new Map<string, string[]>();
    for (const entry of entries) {
      const place = parseDocId(entry.id);
      if (place) byTable.set(place.table, [...(byTable.get(place.table) ?? []), place.key]);
    }
    for (const [table, keys] of byTable) {
      const found = await this.db.table(table).bulkGet(keys);
      keys.forEach((key, index) => rows.set(docIdOf(table, key), found[index]));
    }
    const revs = await this.db.syncRevs.bulkGet(entries.map((entry) => entry.id));
    for (const [index, entry] of entries.entries()) {
      const place = parseDocId(entry.id);
      if (!place) {
        done.push({ id: entry.id, v: entry.v, rev: null });
        continue;
      }
      const row = rows.get(entry.id);
      const base = revs[index]?.rev;
      if (row === undefined && now - entry.at < deleteDelayMs) continue;
      if (row === undefined && base === undefined) {
        done.push({ id: entry.id, v: entry.v, rev: null });
        continue;
      }
      const body = row === undefined ? null : encodeRow(row);
      const hash = await revisionHash(base, body);
      const generation = base === undefined ? 1 : revGeneration(base) + 1;
      const ids = base === undefined ? [hash] : [hash, base.slice(base.indexOf('-') + 1)];
      const rev = `${generation}-${hash}`;
      docs.push(
        body === null
          ? { _id: entry.id, _rev: rev, _revisions: { start: generation, ids }, _deleted: true }
          : { _id: entry.id, _rev: rev, _revisions: { start: generation, ids }, t: place.table, row: body, c: this.computerId },
      );
      done.push({ id: entry.id, v: entry.v, rev, deleted: body === null });
    }
    if (docs.length > 0) await this.mirror.bulkDocs(docs as PouchDB.Core.PutDocument<SyncDocBody>[], { new_edits: false });
    await this.db.transaction('rw', this.db.syncOutbox, this.db.syncRevs, this.db.syncState, async () => {
      // A deletion sent leaves no trace of the row's id here (an erased family's ids go too).
      const deleted = done.filter((item) => item.rev && item.deleted).map((item) => item.id);
      if (deleted.length > 0) {
        await this.db.syncRevs.bulkDelete(deleted);
        await this.db.syncState.put({ id: compactPendingId });
      }
      await this.db.syncRevs.bulkPut(done.flatMap((item) => (item.rev && !item.deleted ? [{ id: item.id, rev: item.rev }] : [])));
      // An entry changed while it was being sent stays, for the next push.
      const current = await this.db.syncOutbox.bulkGet(done.map((item) => item.id));
      await this.db.syncOutbox.bulkDelete(done.filter((item, index) => current[index]?.v === item.v).map((item) => item.id));
    });
    return this.db.syncOutbox.count();
  }

  /** Applies the mirror's changes since the last applied one into Dexie; returns the ids in conflict. */
  applyPending(onBatch?: (applied: number) => void, skip?: ReadonlySet<string>): Promise<string[]> {
    const run = this.applying.then(() => this.applyAll(onBatch, skip));
    this.applying = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async applyAll(onBatch?: (applied: number) => void, skip?: ReadonlySet<string>): Promise<string[]> {
    const conflicted: string[] = [];
    let applied = 0;
    for (;;) {
      // The mirror's sequence numbers are numbers: kept as JSON, so a later `since` compares as one.
      const stored = (await this.db.syncState.get(appliedSeqId))?.value;
      const since = stored === undefined ? 0 : (JSON.parse(stored) as number | string);
      const changes = await this.mirror.changes({ since, include_docs: true, conflicts: true, limit: applyBatch });
      if (changes.results.length === 0) return conflicted;
      const docs = changes.results.flatMap((change) => (change.doc && !skip?.has(change.id) ? [change.doc as MirrorDoc] : []));
      await this.applyDocs(docs, JSON.stringify(changes.last_seq));
      for (const doc of docs) if (doc._conflicts && doc._conflicts.length > 0) conflicted.push(doc._id);
      applied += docs.length;
      onBatch?.(applied);
    }
  }

  private async applyDocs(docs: readonly MirrorDoc[], lastSeq: string): Promise<void> {
    const tables = [...new Set(docs.flatMap((doc) => parseDocId(doc._id)?.table ?? []))].filter((table) => syncedTableNames.includes(table));
    const forgotten: { table: string; key: string }[] = [];
    await this.db.transaction('rw', [...tables, 'syncOutbox', 'syncRevs', 'syncState', 'syncConflicts'], async (transaction) => {
      markFromSync(transaction.idbtrans);
      for (const doc of docs) {
        const place = parseDocId(doc._id);
        if (!place || !tables.includes(place.table) || !isSyncedKey(place.table, place.key)) continue;
        if (await this.db.syncOutbox.get(doc._id)) continue;
        const known = await this.db.syncRevs.get(doc._id);
        if (known?.rev === doc._rev) continue;
        if (await this.writeDoc(doc, place)) forgotten.push(place);
        if (!doc._conflicts || doc._conflicts.length === 0) await this.db.syncConflicts.delete(doc._id);
      }
      await this.db.syncState.put({ id: appliedSeqId, value: lastSeq });
    });
    for (const { table, key } of forgotten) forgetRecords(this.session, table, [key]);
    // A header without a key id is a vault from before key ids (its key is 'k0', vaultCrypto.ts).
    const header = docs.find((doc) => doc._id === 'vault/vault' && !doc._deleted);
    if (header && ((decodeRow(header.row) as { keyId?: string }).keyId ?? 'k0') !== sessionKeyId(this.session)) this.onKeyChanged?.();
  }

  private async open(table: string, key: string, doc: MirrorDoc): Promise<PlainRecord> {
    const row = decodeRow(doc.row) as Record<string, unknown>;
    const clear = encodeRow({ ...row, payload: undefined }) as PlainRecord;
    if (!row.payload) return clear;
    const value = (await openPayloadUnchecked(this.session, table, row as Parameters<typeof openPayloadUnchecked>[2])) as Json;
    return { ...clear, payload: value };
  }

  private async seal(table: string, key: string, record: PlainRecord, hadPayload: boolean): Promise<unknown> {
    const clear = decodeRow({ ...record, payload: undefined }) as Record<string, unknown> & { id: string };
    delete clear.payload;
    if (!hadPayload) return clear;
    // A merge knows no schema: two sides' additions could together pass a limit. Such a record is not
    // written (it would be unreadable); both versions stay.
    const schema = (payloadSchemas as Readonly<Record<string, { safeParse(value: unknown): { success: boolean } }>>)[table];
    if (schema && !schema.safeParse(record.payload).success) throw new MergedRecordInvalidError(table, key);
    const payload = await sealPayload(this.session, { name: table } satisfies Table, { ...clear, id: key }, record.payload);
    return { ...clear, payload };
  }

  /** The winner and the other live leaves of a document, with their histories. */
  private async leaves(id: string): Promise<{ winner: MirrorDoc; others: MirrorDoc[] } | null> {
    const winner = (await this.mirror.get(id, { conflicts: true, revs: true }).catch(() => null)) as MirrorDoc | null;
    if (!winner || !winner._conflicts || winner._conflicts.length === 0) return null;
    const results = await this.mirror.get(id, { open_revs: winner._conflicts, revs: true });
    const others = (results as { ok?: MirrorDoc }[]).flatMap((result) => (result.ok && !result.ok._deleted ? [result.ok] : []));
    return others.length > 0 ? { winner, others } : null;
  }

  private async base(id: string, a: MirrorDoc, b: MirrorDoc): Promise<MirrorDoc | undefined> {
    const theirs = new Set(historyOf(b));
    const common = historyOf(a).find((rev) => theirs.has(rev));
    if (!common) return undefined;
    const doc = (await this.mirror.get(id, { rev: common }).catch(() => null)) as MirrorDoc | null;
    return doc && !doc._deleted ? doc : undefined;
  }

  /** The three-way merge of a conflicted document's live leaves, as values. */
  private async merged(id: string) {
    const place = parseDocId(id);
    const found = await this.leaves(id);
    if (!place || !found) return null;
    const { winner, others } = found;
    const hadPayload = (winner.row as Record<string, unknown> | undefined)?.payload !== undefined;
    const winnerRecord = await this.open(place.table, place.key, winner);
    let record = winnerRecord;
    const conflicts: (MergeConflict & { other: MirrorDoc })[] = [];
    for (const other of others) {
      const base = await this.base(id, winner, other);
      const result = mergeRecords(base ? await this.open(place.table, place.key, base) : undefined, record, await this.open(place.table, place.key, other));
      record = result.merged as PlainRecord;
      conflicts.push(...result.conflicts.map((conflict) => ({ ...conflict, other })));
    }
    return { place, winner, others, record, conflicts, hadPayload, winnerRecord };
  }

  /** Merges a conflicted document: different fields both kept; same-field changes kept as both revisions. */
  async resolve(id: string): Promise<'merged' | 'conflict' | 'none'> {
    if (this.resolving.has(id)) return 'none';
    this.resolving.add(id);
    try {
      const merge = await this.merged(id);
      if (!merge) {
        await this.db.syncConflicts.delete(id);
        return 'none';
      }
      const { place, winner, others, record, conflicts, hadPayload, winnerRecord } = merge;
      const writes: object[] = [];
      let invalid = false;
      if (!sameJson(record, winnerRecord)) {
        try {
          const row = await this.seal(place.table, place.key, record, hadPayload);
          writes.push({ _id: id, _rev: winner._rev, t: place.table, row: encodeRow(row), c: this.computerId });
        } catch (error) {
          if (!(error instanceof MergedRecordInvalidError)) throw error;
          invalid = true;
        }
      }
      if (conflicts.length === 0 && !invalid) for (const other of others) writes.push({ _id: id, _rev: other._rev, _deleted: true });
      if (writes.length > 0) await this.mirror.bulkDocs(writes as PouchDB.Core.PutDocument<SyncDocBody>[]);
      if (conflicts.length === 0 && !invalid) {
        await this.db.syncConflicts.delete(id);
        return 'merged';
      }
      const row = decodeRow(winner.row) as { familyId?: unknown };
      await this.db.syncConflicts.put({
        id,
        table: place.table,
        rowId: place.key,
        familyId: typeof row.familyId === 'string' ? row.familyId : place.table === 'families' ? place.key : null,
        at: new Date().toISOString(),
      });
      return 'conflict';
    } finally {
      this.resolving.delete(id);
    }
  }

  /** Both versions of each field changed in the same place, for the dialog. */
  async openConflict(id: string, familyCode: string | null): Promise<ConflictView> {
    const merge = await this.merged(id);
    if (!merge) throw new Error(`${id} is not in conflict`);
    return {
      id,
      table: merge.place.table,
      rowId: merge.place.key,
      familyCode,
      fields: merge.conflicts.map((conflict) => {
        // "This computer" is the version written here when one of the two was.
        const otherIsMine = conflict.other.c === this.computerId && merge.winner.c !== this.computerId;
        return {
          path: conflict.path,
          thisComputer: otherIsMine ? conflict.theirs : conflict.ours,
          otherComputer: otherIsMine ? conflict.ours : conflict.theirs,
        };
      }),
    };
  }

  /** Writes the picked versions as the record's one revision; the other revisions go. */
  async resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
    const merge = await this.merged(id);
    if (!merge) return;
    const picks = merge.conflicts.map((conflict, index) => {
      const otherIsMine = conflict.other.c === this.computerId && merge.winner.c !== this.computerId;
      const wanted = choice[index] ?? 'thisComputer';
      // applyChoice takes 'thisComputer' as ours (the winner's side of the merge).
      return otherIsMine ? (wanted === 'thisComputer' ? 'otherComputer' : 'thisComputer') : wanted;
    });
    const record = applyChoice(merge.record, merge.conflicts, picks) as PlainRecord;
    const row = await this.seal(merge.place.table, merge.place.key, record, merge.hadPayload);
    const writes: object[] = [{ _id: id, _rev: merge.winner._rev, t: merge.place.table, row: encodeRow(row), c: this.computerId }];
    for (const other of merge.others) writes.push({ _id: id, _rev: other._rev, _deleted: true });
    await this.mirror.bulkDocs(writes as PouchDB.Core.PutDocument<SyncDocBody>[]);
    await this.db.syncConflicts.delete(id);
    await this.applyPending();
  }

  /** Writes one mirror document into Dexie now (the join writes the vault header last, so the first screen does not change under it). */
  async applyOne(id: string): Promise<void> {
    const doc = (await this.mirror.get(id, { conflicts: true })) as MirrorDoc;
    const place = parseDocId(id);
    if (!place) return;
    await this.db.transaction('rw', [place.table, 'syncOutbox', 'syncRevs', 'syncConflicts', 'syncState'], async (transaction) => {
      markFromSync(transaction.idbtrans);
      await this.writeDoc(doc, place);
      await this.db.syncState.delete(joiningStateId);
    });
  }

  /**
   * Writes one mirror document into Dexie with its revision, inside the caller's transaction (marked
   * as sync's own). A deletion leaves no revision and asks for a compaction; returns whether it was one.
   */
  private async writeDoc(doc: MirrorDoc, place: { table: string; key: string }): Promise<boolean> {
    const table = this.db.table(place.table);
    if (doc._deleted) {
      await table.delete(place.key);
      await this.db.syncRevs.delete(doc._id);
      await this.db.syncState.put({ id: compactPendingId });
      return true;
    }
    await table.put(decodeRow(doc.row));
    await this.db.syncRevs.put({ id: doc._id, rev: doc._rev });
    return false;
  }

  /** Notes how far the mirror's changes reached the server (`null`: all of them, the replication being idle). */
  async notePushed(seq: number | string | null): Promise<void> {
    const value = seq ?? (await this.mirror.info()).update_seq;
    await this.db.syncState.put({ id: pushedSeqId, value: JSON.stringify(value) });
  }

  /** Changes in the mirror not yet on the server (written here while the server could not be reached). */
  async notSentCount(): Promise<number> {
    const stored = (await this.db.syncState.get(pushedSeqId))?.value;
    // Nothing known to be on the server yet (the first computer of a team): all of the mirror waits.
    const since = stored === undefined ? 0 : (JSON.parse(stored) as number | string);
    const changes = await this.mirror.changes({ since, limit: 10_000 });
    return changes.results.length;
  }

  /**
   * Drops the mirror's earlier revisions (their sealed payloads) once rows were deleted or erased, so
   * nothing of them stays in this computer's mirror. Earlier revisions are the merges' common
   * ancestors: a conflict whose ancestor went with them keeps what either version has and asks about
   * the rest (shared/sync/merge.ts).
   */
  async compactAfterDeletions(): Promise<boolean> {
    if (!(await this.db.syncState.get(compactPendingId))) return false;
    await this.db.syncState.delete(compactPendingId);
    await this.mirror.compact();
    return true;
  }

  close(): Promise<void> {
    return this.mirror.close();
  }
}

export type StatusListener = (status: SyncStatus) => void;

/** A running sync: the core, the live replication with the server and the status in words. */
export class SyncEngine {
  readonly core: SyncCore;
  private replication: PouchDB.Replication.Sync<SyncDocBody> | null = null;
  private changesFeed: PouchDB.Core.Changes<SyncDocBody> | null = null;
  private pushTimer: ReturnType<typeof setInterval> | null = null;
  private compactTimer: ReturnType<typeof setInterval> | null = null;
  private stopOutboxWatch: (() => void) | null = null;
  private stopped = false;
  private pushing = false;
  /** When the last push started (performance.now()). */
  private lastPushAt = -Infinity;
  /** Changes of this computer not yet on the server; unknown (-1) until the first push has counted them. */
  private pending = -1;
  private replicating = false;
  private offlineSince: string | null = null;
  private problem: { problem: 'auth' | 'missing' | 'server' | 'keyChanged'; since: string } | null = null;
  private lastSynced: string | null = null;
  private status: SyncStatus = { state: 'syncing', pending: 0 };
  private readonly listeners = new Set<StatusListener>();

  constructor(
    session: Session,
    computerId: string,
    private readonly config: ServerConfig,
  ) {
    this.core = new SyncCore(session, computerId);
    this.core.onKeyChanged = () => {
      this.problem = { problem: 'keyChanged', since: new Date().toISOString() };
      this.setStatus();
    };
  }

  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  private setStatus(): void {
    const now = new Date().toISOString();
    let next: SyncStatus;
    if (this.problem) next = { state: 'problem', problem: this.problem.problem, since: this.problem.since, pending: Math.max(this.pending, 0) };
    else if (this.offlineSince) next = { state: 'offline', since: this.offlineSince, pending: Math.max(this.pending, 0) };
    // Receiving alone is not "syncing N changes": the count is of this computer's changes not yet sent.
    else if (this.pending !== 0) next = { state: 'syncing', pending: Math.max(this.pending, 0) };
    else next = { state: 'synced', at: (this.lastSynced ??= now) };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }

  start(): void {
    const remote = openRemote(this.config);
    const replication = this.core.mirror.sync(remote, {
      live: true,
      retry: true,
      batch_size: 200,
      // Back on line within seconds after the server or the network returns.
      back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, 4000)),
    } as PouchDB.Replication.SyncOptions);
    this.replication = replication;
    // Each direction says for itself when a request failed ('paused' with the error, then it retries):
    // the sync as a whole only ever pauses without one, so being offline is read per direction.
    const failed = { push: false, pull: false };
    const reached = (direction: 'push' | 'pull') => {
      failed[direction] = false;
      if (failed.push || failed.pull) return;
      this.offlineSince = null;
      this.problem = null;
      this.lastSynced = new Date().toISOString();
    };
    const directions = replication as unknown as Record<'push' | 'pull', PouchDB.Replication.Replication<SyncDocBody>>;
    for (const direction of ['push', 'pull'] as const) {
      directions[direction]
        .on('active', () => {
          this.replicating = true;
          this.setStatus();
        })
        .on('change', (info: PouchDB.Replication.ReplicationResult<SyncDocBody>) => {
          if (direction === 'push') void this.core.notePushed(info.last_seq);
          reached(direction);
          this.setStatus();
        })
        .on('paused', (error?: unknown) => {
          this.replicating = false;
          if (error) {
            failed[direction] = true;
            this.offlineSince ??= new Date().toISOString();
          } else {
            // The push caught up: everything in the mirror is on the server.
            if (direction === 'push')
              void this.core.notePushed(null).then(() => {
                this.notSentAt = 0;
                return this.pushNow();
              });
            reached(direction);
          }
          this.setStatus();
        });
    }
    replication
      .on('denied', () => {
        this.problem = { problem: 'auth', since: new Date().toISOString() };
        this.setStatus();
      })
      .on('error', (error: unknown) => {
        const status = (error as { status?: number }).status;
        this.problem = { problem: status === 401 || status === 403 ? 'auth' : status === 404 ? 'missing' : 'server', since: new Date().toISOString() };
        this.setStatus();
      });
    this.changesFeed = this.core.mirror
      .changes({ since: 'now', live: true })
      .on('change', () => void this.applyAndResolve());
    // A change in the outbox (this window's or another's of the same profile: Dexie tells both) is
    // pushed at once unless a push started within the timer's period: a lone change leaves without
    // waiting for the timer, a burst of writes is still pushed at the timer's pace (pushing after
    // every write of a burst slowed the writes themselves).
    const outboxPart = `idb://${this.core.databaseName}/syncOutbox/`;
    const onMutated = (parts: ObservabilitySet) => {
      if (performance.now() - this.lastPushAt < pushPeriodMs) return;
      if (Object.keys(parts).some((part) => part.startsWith(outboxPart))) void this.pushNow();
    };
    Dexie.on('storagemutated', onMutated);
    this.stopOutboxWatch = () => Dexie.on.storagemutated.unsubscribe(onMutated);
    this.pushTimer = setInterval(() => void this.pushNow(), pushPeriodMs);
    this.compactTimer = setInterval(() => void this.core.compactAfterDeletions().catch((error: unknown) => console.warn('Sync: compaction failed', error)), compactEveryMs);
    void this.applyAndResolve();
    void this.pushNow();
    void this.core.compactAfterDeletions().catch((error: unknown) => console.warn('Sync: compaction failed', error));
  }

  /** Pushes now (called after local writes too, so a change leaves without waiting for the timer). */
  async pushNow(): Promise<void> {
    if (this.pushing || this.stopped) return;
    this.pushing = true;
    this.lastPushAt = performance.now();
    try {
      // A full batch means more are waiting (the first computer of a team sends everything): go on at once.
      // (Deletions waiting for the Undo time stop it: the count no longer goes down.)
      let outbox = Number.POSITIVE_INFINITY;
      let before = Number.POSITIVE_INFINITY;
      do {
        before = outbox;
        outbox = await this.core.push();
        // Waiting: what is not yet in the mirror, and what the mirror has not yet handed to the server.
        this.pending = outbox + (await this.notSent());
        this.setStatus();
      } while (outbox >= pushBatch && outbox < before && !this.stopped);
    } catch (error) {
      console.warn('Sync: pushing local changes failed', error);
    } finally {
      this.pushing = false;
    }
  }

  private notSentAt = 0;
  private notSentLast = 0;

  /** The mirror's changes not yet on the server, counted at most every second (a count reads the changes). */
  private async notSent(): Promise<number> {
    if (Date.now() - this.notSentAt < 1000) return this.notSentLast;
    this.notSentAt = Date.now();
    this.notSentLast = await this.core.notSentCount();
    return this.notSentLast;
  }

  private async applyAndResolve(): Promise<void> {
    if (this.stopped) return;
    try {
      const conflicted = await this.core.applyPending();
      for (const id of new Set(conflicted)) await this.core.resolve(id);
    } catch (error) {
      console.warn('Sync: applying changes failed', error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pushTimer) clearInterval(this.pushTimer);
    if (this.compactTimer) clearInterval(this.compactTimer);
    this.stopOutboxWatch?.();
    this.replication?.cancel();
    this.changesFeed?.cancel();
    this.listeners.clear();
    await this.core.close();
  }
}
