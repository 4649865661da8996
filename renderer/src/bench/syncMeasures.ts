// Bench-only measures of sync between the team's computers (KEHA_BENCH_ONLY=sync in scripts/bench.mjs;
// docs/architecture.md: Sync between the team's computers). Each "computer" is its own browser
// context; this page is one of them. With the app's real code: the server settings sealed into
// `syncState`, `enqueueEverything` and a running `SyncEngine` (what Settings' connect does), the
// real `joinTeam` with its progress, and writes through the repository (Dexie, the outbox middleware).
// Exposed as `window.kehaSyncBench`.
import { openDatabase, type KehaDatabase } from '../db/database';
import { listFamilies, updateFamilyPayload } from '../db/repositories/familyRepository';
import { unlockVaultIn } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';
import type { JoinProgress, ServerConfig, SyncStatus } from '../db/syncTypes';
import { enqueueEverything, SyncEngine } from '../sync/engine';
import { joinTeam } from '../sync/join';
import { openRemote } from '../sync/mirror';
import { writeServerConfig } from '../sync/serverConfig';

type Running = { db: KehaDatabase; session: Session; engine: SyncEngine | null; status: SyncStatus };
const running = new Map<string, Running>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function open(dbName: string, passphrase: string): Promise<Running> {
  const known = running.get(dbName);
  if (known) return known;
  const db = openDatabase(dbName);
  await db.open();
  const dataKey = await unlockVaultIn(db, passphrase);
  const entry: Running = { db, session: { db, dataKey, now: () => new Date() }, engine: null, status: { state: 'off' } };
  running.set(dbName, entry);
  return entry;
}

function startEngine(entry: Running, config: ServerConfig): void {
  const engine = new SyncEngine(entry.session, `bench-${entry.db.name}`, config);
  entry.engine = engine;
  engine.subscribe((status) => (entry.status = status));
  engine.start();
}

export type ConnectResult = { records: number; enqueueMs: number; connectMs: number; serverDocs: number };

/**
 * Connects a vault to the team's database as Settings does (settings sealed, every synced row put in
 * the outbox, the engine started) and waits until the outbox is empty and the server holds every
 * record; the engine keeps running.
 */
async function connect(dbName: string, passphrase: string, config: ServerConfig, timeoutMs = 600_000): Promise<ConnectResult> {
  const entry = await open(dbName, passphrase);
  const start = performance.now();
  await writeServerConfig(entry.session, config);
  const records = await enqueueEverything(entry.db);
  const enqueueMs = performance.now() - start;
  startEngine(entry, config);
  const remote = openRemote(config);
  try {
    for (;;) {
      if (performance.now() - start > timeoutMs) throw new Error(`connect: not all pushed after ${timeoutMs} ms (${await entry.db.syncOutbox.count()} waiting)`);
      if ((await entry.db.syncOutbox.count()) === 0) {
        const serverDocs = (await remote.info()).doc_count;
        if (serverDocs >= records) return { records, enqueueMs, connectMs: performance.now() - start, serverDocs };
      }
      await sleep(50);
    }
  } finally {
    await remote.close();
  }
}

/** Stops the engine and closes the database of a computer's page. */
async function close(dbName: string): Promise<void> {
  const entry = running.get(dbName);
  if (!entry) return;
  running.delete(dbName);
  await entry.engine?.stop();
  entry.db.close();
}

export type JoinResultBench = {
  ok: boolean;
  failure?: string;
  ms: number;
  records: number;
  /** Progress callbacks seen, in order: phase, and done/total for records, with the time since the start. */
  events: { phase: JoinProgress['phase']; done?: number; total?: number; ms: number }[];
};

/** Joins an empty database to the team with the real `joinTeam`, recording its progress. */
async function join(dbName: string, passphrase: string, config: ServerConfig): Promise<JoinResultBench> {
  const db = openDatabase(dbName);
  await db.open();
  const events: JoinResultBench['events'] = [];
  try {
    const start = performance.now();
    const result = await joinTeam(db, { ...config, passphrase }, (progress) =>
      events.push({ ...progress, ms: performance.now() - start }),
    );
    const ms = performance.now() - start;
    const records = (await db.syncRevs.count());
    return result.ok ? { ok: true, ms, records, events } : { ok: false, failure: result.failure, ms, records, events };
  } finally {
    db.close();
  }
}

/** The ids and labels of a vault's families (for the other computer to watch). */
async function families(dbName: string, passphrase: string): Promise<{ id: string; code: string; label: string }[]> {
  const entry = await open(dbName, passphrase);
  return (await listFamilies(entry.session)).map((family) => ({ id: family.id, code: family.code, label: family.label }));
}

/**
 * A family's label changed through the repository on a connected computer: `at` is the wall clock just
 * before the write (timeOrigin + performance.now(), which the other computer's page reads alike).
 */
async function changeLabel(dbName: string, passphrase: string, familyId: string, label: string): Promise<{ at: number; writeMs: number }> {
  const entry = await open(dbName, passphrase);
  const start = performance.now();
  const at = performance.timeOrigin + start;
  await updateFamilyPayload(entry.session, familyId, (payload) => ({ ...payload, label }));
  return { at, writeMs: performance.now() - start };
}

/** Sets the team server on a vault without starting the engine: the outbox middleware alone notes its writes. */
async function setServerOnly(dbName: string, passphrase: string, config: ServerConfig): Promise<void> {
  const entry = await open(dbName, passphrase);
  await writeServerConfig(entry.session, config);
}

export type WriteCompareResult = { offMs: number[]; onMs: number[]; setMs: number[]; pendingAtEnd: number; status: string };

/**
 * The same write (a family's label through the repository) on a computer with no team server, on
 * one with the server set and the engine running, and on one with the server set but no engine (the
 * outbox middleware alone), in turns of `block` writes so a busy machine weighs on all alike. The
 * connected one must already be connected (`connect`), the other set (`setServerOnly`).
 */
async function writeCompare(offDb: string, onDb: string, setDb: string, passphrase: string, samples: number, block = 10): Promise<WriteCompareResult> {
  const off = await open(offDb, passphrase);
  const on = await open(onDb, passphrase);
  const set = await open(setDb, passphrase);
  const offFamily = (await listFamilies(off.session))[0]!.id;
  const onFamily = (await listFamilies(on.session))[0]!.id;
  const setFamily = (await listFamilies(set.session))[0]!.id;
  const result: WriteCompareResult = { offMs: [], onMs: [], setMs: [], pendingAtEnd: 0, status: '' };
  const write = async (entry: Running, id: string, n: number) => {
    const start = performance.now();
    await updateFamilyPayload(entry.session, id, (payload) => ({ ...payload, label: `Kirjoitus ${n}` }));
    return performance.now() - start;
  };
  // Warm both paths.
  for (let n = 0; n < block; n++) {
    await write(off, offFamily, n);
    await write(on, onFamily, n);
    await write(set, setFamily, n);
  }
  // The three in turn, each block starting with the next one (off, on, set; on, set, off; ...).
  const sides = [
    { entry: off, id: offFamily, into: result.offMs },
    { entry: on, id: onFamily, into: result.onMs },
    { entry: set, id: setFamily, into: result.setMs },
  ];
  for (let n = 0; n < samples; n += block) {
    for (let turn = 0; turn < sides.length; turn++) {
      const side = sides[(n / block + turn) % sides.length]!;
      for (let k = 0; k < block; k++) side.into.push(await write(side.entry, side.id, n + k));
    }
  }
  result.pendingAtEnd = await on.db.syncOutbox.count();
  result.status = on.status.state;
  return result;
}

declare global {
  interface Window {
    kehaSyncBench?: {
      connect: typeof connect;
      close: typeof close;
      join: typeof join;
      families: typeof families;
      changeLabel: typeof changeLabel;
      writeCompare: typeof writeCompare;
      setServerOnly: typeof setServerOnly;
    };
  }
}

window.kehaSyncBench = { connect, close, join, families, changeLabel, writeCompare, setServerOnly };
