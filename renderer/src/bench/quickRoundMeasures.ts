// Bench-only (KEHA_BENCH=1): the quick round's measures that need no screen, exposed as
// `window.kehaQuickRoundBench` for scripts/bench.mjs (KEHA_BENCH_ONLY=quickRound): seeding a
// caseload of N families with a meeting started at its quick round (quickRoundSeed.ts, through the
// repositories), and a line's save as the panel makes it (saveQuickRoundLine: seal + one put, a
// character more each time) alternating with a raw put of the row it stored (same size, strict
// durability, the browser's own IndexedDB). The meeting is left at its opening: the screen's figure
// (the chair moves on to the quick round → every line painted) is measured on the screen by bench.mjs.
import '../zodConfig';
import { quickRoundLineId, saveQuickRoundLine } from '../db/repositories/quickRoundRepository';
import { unlocked } from './hypothesisMeasures';
import { seedQuickRound } from './quickRoundSeed';

export type QuickRoundSeedResult = { meetingId: string; families: number; firstFamilyId: string; ms: number };
export type LineSaveResult = { saveMs: number[]; rawPutMs: number[]; payloadBytes: number };

export type KehaQuickRoundBench = {
  seed(dbName: string, passphrase: string, families: number): Promise<QuickRoundSeedResult>;
  lineSave(dbName: string, passphrase: string, meetingId: string, familyId: string, samples: number): Promise<LineSaveResult>;
};

declare global {
  interface Window {
    kehaQuickRoundBench: KehaQuickRoundBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

function seed(dbName: string, passphrase: string, families: number): Promise<QuickRoundSeedResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const start = performance.now();
    const seeded = await seedQuickRound(session, { families, workers: 6, at: 'opening' });
    return { meetingId: seeded.meetingId, families: seeded.families.length, firstFamilyId: seeded.families[0]!.id, ms: elapsed(start) };
  });
}

function openRaw(dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

function rawGet(idb: IDBDatabase, store: string, id: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = idb.transaction(store).objectStore(store).get(id);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Puts `row` into `store` in its own strict transaction and resolves when it has committed. */
function rawPut(idb: IDBDatabase, store: string, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(store, 'readwrite', { durability: 'strict' });
    transaction.objectStore(store).put(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const lineStart = 'Äiti aloitti työt, Tuuli on käynyt koulussa joka päivä; ';

async function lineSave(dbName: string, passphrase: string, meetingId: string, familyId: string, samples: number): Promise<LineSaveResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const target = { meetingId, familyId };
    const id = quickRoundLineId(meetingId, familyId);
    let changed = lineStart;
    const line = () => ({ changed, urgent: changed.length % 2 === 0, decision: 'today' as const });
    await saveQuickRoundLine(session, target, line());
    const idb = await openRaw(dbName);
    const result: LineSaveResult = { saveMs: [], rawPutMs: [], payloadBytes: 0 };
    try {
      // Warm both paths once before timing.
      await saveQuickRoundLine(session, target, line());
      await rawPut(idb, 'quickRoundLines', await rawGet(idb, 'quickRoundLines', id));
      for (let sample = 0; sample < samples; sample++) {
        changed += 'abcdefghij'[sample % 10];
        let start = performance.now();
        await saveQuickRoundLine(session, target, line());
        result.saveMs.push(performance.now() - start);
        // The row just stored, put again as it is: the same size, no encryption.
        const row = (await rawGet(idb, 'quickRoundLines', id)) as { payload: { data: ArrayBuffer } };
        start = performance.now();
        await rawPut(idb, 'quickRoundLines', row);
        result.rawPutMs.push(performance.now() - start);
        result.payloadBytes = row.payload.data.byteLength;
      }
      return result;
    } finally {
      idb.close();
    }
  });
}

window.kehaQuickRoundBench = { seed, lineSave };
