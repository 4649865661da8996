// Bench-only (KEHA_BENCH=1): the hypothesis measures that need no screen, on the bench page
// with the app's own code, exposed as `window.kehaHypothesisBench` for scripts/bench.mjs: seeding
// the 10,000 revisions (hypothesisSeed.ts), raw IndexedDB reads of the hypothesis rows and of one
// family's revisions (the baselines), and the review's data work alone: listAllHypotheses first
// after unlock and warm, and the pure review rules (prepareReview once, filterReview per change).
import '../zodConfig';
import { liveQuery } from 'dexie';
import { format } from 'date-fns';
import { fi } from 'date-fns/locale';
import { compareFamilyCodes, emptyReviewFilter, filterReview, prepareReview, type ReviewFilter } from '../../../shared/hypothesis/review';
import { openDatabase } from '../db/database';
import { listFamilies } from '../db/repositories/familyRepository';
import { listAllHypotheses, openHypothesis } from '../db/repositories/hypothesisRepository';
import { unlockVaultIn } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';
import { seedHypotheses, type HypothesisSeedOptions, type HypothesisSeedResult } from './hypothesisSeed';
import { seededRandom } from './seededRandom';

export type RawHypothesisRead = { firstMs: number; warmMs: number[]; count: number; clearChars: number; payloadBytes: number };

export type ReviewDataResult = {
  unlockMs: number;
  /** listAllHypotheses right after unlocking: every hypothesis row read, decrypted, validated. */
  firstListMs: number;
  /** Later calls (decrypted payloads cached while unlocked). */
  warmListMs: number[];
  /** The same first call made inside a Dexie liveQuery, as a live query of the screen would make it (after a fresh unlock: nothing cached). */
  firstListInLiveQueryMs: number;
  /** The rows alone (Dexie toArray) inside a liveQuery, then the cards decrypted outside it (fresh unlock). */
  firstRowsThenOpenMs: number;
  /** prepareReview: ages, stale flags, both orders, for every hypothesis. */
  prepareMs: number[];
  /** filterReview for one filter change (a mix of the screen's filters). */
  filterMs: number[];
  count: number;
  /** The first Finnish collator made in the page (ICU data loaded) and the first date formatted in Finnish: cold costs the screen pays once. */
  firstCollatorMs: number;
  firstFormatMs: number;
};

export type KehaHypothesisBench = {
  seed(dbName: string, passphrase: string, options: HypothesisSeedOptions): Promise<HypothesisSeedResult>;
  rawReadHypotheses(dbName: string): Promise<RawHypothesisRead>;
  rawFamilyRevisions(dbName: string, familyId: string): Promise<RawHypothesisRead>;
  reviewData(dbName: string, passphrase: string, samples: number): Promise<ReviewDataResult>;
};

declare global {
  interface Window {
    kehaHypothesisBench: KehaHypothesisBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

export async function unlocked<T>(dbName: string, passphrase: string, work: (session: Session, unlockMs: number) => Promise<T>): Promise<T> {
  const db = openDatabase(dbName);
  await db.open();
  try {
    const start = performance.now();
    const dataKey = await unlockVaultIn(db, passphrase);
    return await work({ db, dataKey, now: () => new Date() }, elapsed(start));
  } finally {
    db.close();
  }
}

function seed(dbName: string, passphrase: string, options: HypothesisSeedOptions): Promise<HypothesisSeedResult> {
  return unlocked(dbName, passphrase, (session) => seedHypotheses(session, options, seededRandom(20_261_123)));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Times a plain IndexedDB getAll (no Dexie, no decryption): the first read after opening, then 5 warm ones. */
export async function rawRead(dbName: string, read: (idb: IDBDatabase) => IDBRequest<unknown[]>): Promise<RawHypothesisRead> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const once = async () => {
      const start = performance.now();
      const rows = (await request(read(idb))) as { payload?: { data: ArrayBuffer } }[];
      return { ms: elapsed(start), rows };
    };
    const first = await once();
    const warmMs: number[] = [];
    for (let run = 0; run < 5; run++) warmMs.push((await once()).ms);
    const count = first.rows.length || 1;
    return {
      firstMs: first.ms,
      warmMs,
      count: first.rows.length,
      clearChars: first.rows.reduce((sum, { payload: _payload, ...clear }) => sum + JSON.stringify(clear).length, 0) / count,
      payloadBytes: first.rows.reduce((sum, row) => sum + (row.payload?.data.byteLength ?? 0), 0) / count,
    };
  } finally {
    idb.close();
  }
}

const rawReadHypotheses = (dbName: string) => rawRead(dbName, (idb) => idb.transaction('hypotheses', 'readonly').objectStore('hypotheses').getAll());

const rawFamilyRevisions = (dbName: string, familyId: string) =>
  rawRead(dbName, (idb) => idb.transaction('hypothesisRevisions', 'readonly').objectStore('hypothesisRevisions').index('familyId').getAll(familyId));

/** The filter changes the screen measure makes too, in turn. */
export function sampleFilters(familyIds: string[]): ReviewFilter[] {
  return [
    { ...emptyReviewFilter, statuses: ['open'] },
    { ...emptyReviewFilter, statuses: ['open', 'weakened'] },
    { ...emptyReviewFilter, familyId: familyIds[0] ?? null },
    { ...emptyReviewFilter, lensTags: ['culture'] },
    { ...emptyReviewFilter, proposerRoles: ['familyTherapist'], age: 'overYear' },
    { ...emptyReviewFilter, staleOnly: true },
    emptyReviewFilter,
  ];
}

function reviewData(dbName: string, passphrase: string, samples: number): Promise<ReviewDataResult> {
  let started = performance.now();
  compareFamilyCodes('AHO-3', 'AHO-20');
  const firstCollatorMs = elapsed(started);
  started = performance.now();
  format(new Date(), 'P', { locale: fi });
  const firstFormatMs = elapsed(started);
  return unlocked(dbName, passphrase, async (session, unlockMs) => {
    await session.db.hypotheses.toArray(); // as in the app, the store has been read before
    let start = performance.now();
    const hypotheses = await listAllHypotheses(session);
    const firstListMs = elapsed(start);
    const families = await listFamilies(session);
    const codes = new Map(families.map((family) => [family.id, family.code]));
    const warmListMs: number[] = [];
    const prepareMs: number[] = [];
    const filterMs: number[] = [];
    const filters = sampleFilters(families.map((family) => family.id));
    for (let index = 0; index < samples; index++) {
      start = performance.now();
      await listAllHypotheses(session);
      warmListMs.push(elapsed(start));
      start = performance.now();
      const prepared = prepareReview(hypotheses, codes, { now: new Date(), staleWeeks: 4 });
      prepareMs.push(elapsed(start));
      for (const filter of filters) {
        start = performance.now();
        filterReview(prepared, filter, index % 2 ? 'newestFirst' : 'oldestFirst');
        filterMs.push(elapsed(start));
      }
    }
    const firstListInLiveQueryMs = await unlocked(dbName, passphrase, async (fresh) => {
      const started = performance.now();
      await firstEmission(() => listAllHypotheses(fresh));
      return elapsed(started);
    });
    const firstRowsThenOpenMs = await unlocked(dbName, passphrase, async (fresh) => {
      const started = performance.now();
      const rows = await firstEmission(() => fresh.db.hypotheses.toArray());
      await Promise.all(rows.map((row) => openHypothesis(fresh, row)));
      return elapsed(started);
    });
    return {
      unlockMs,
      firstListMs,
      warmListMs,
      firstListInLiveQueryMs,
      firstRowsThenOpenMs,
      prepareMs,
      filterMs,
      count: hypotheses.length,
      firstCollatorMs,
      firstFormatMs,
    };
  });
}

/** The first value a liveQuery of `query` emits (then unsubscribes). */
function firstEmission<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      error: reject,
    });
  });
}

window.kehaHypothesisBench = { seed, rawReadHypotheses, rawFamilyRevisions, reviewData };
