// Bench-only page script (renderer/bench.html, built only with KEHA_BENCH=1) for `npm run bench`.
// Seeds a synthetic team with the app's real repository code (real vault, 600,000-iteration KDF,
// real encryption), plus five years of weekly meetings (meetingSeed.ts), and times the baselines
// the app's figures are compared with: a bare PBKDF2 derivation (the unlock's floor), raw
// IndexedDB reads of the family and meeting records (no Dexie, no decryption), and the meeting
// data-layer measures (meetingMeasures.ts). Exposed as `window.kehaBench` for scripts/bench.mjs
// to call through Playwright.
import '../zodConfig';
import { teamRoles } from '../../../shared/team/roles';
import { generatePseudonymCode } from '../../../shared/family/pseudonymCode';
import { openDatabase } from '../db/database';
import { createFamily, listFamilies } from '../db/repositories/familyRepository';
import { addMember, saveTeamName } from '../db/repositories/teamRepository';
import { createVaultIn, unlockVaultIn } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';
import { kdfIterations } from '../vault/vaultCrypto';
import { seedMeetings, type MeetingSeedResult, type SeedFamily, type SeedMember } from './meetingSeed';
import {
  meetingsData,
  noteWrite,
  runTransitions,
  summaries,
  type MeetingsDataResult,
  type NoteWriteResult,
  type SummariesResult,
  type TransitionResult,
} from './meetingMeasures';
// The hypothesis measures register themselves as window.kehaHypothesisBench.
import './hypothesisMeasures';
// The method (timeline, three houses) measures register themselves as window.kehaMethodBench.
import './methodMeasures';
// The genogram measures register themselves as window.kehaGenogramBench.
import './genogramMeasures';
// The time slot's measures register themselves as window.kehaSlotBench.
import './slotMeasures';
// The agenda measures (KEHA_BENCH_ONLY=agenda) register themselves as window.kehaAgendaBench.
import './agendaMeasures';
// The documents measures (entry drafts, the planned agenda) register themselves as window.kehaDocumentsBench.
import './documentsMeasures';
// The continuity measures (the opening's last meeting, a family's glance) register themselves as window.kehaContinuityBench.
import './continuityMeasures';
// The safety round's measures register themselves as window.kehaSafetyBench.
import './safetyMeasures';
// The team on several computers (KEHA_BENCH_ONLY=together) registers itself as window.kehaTogetherBench.
import './togetherMeasures';
// The quick round's measures register themselves as window.kehaQuickRoundBench.
import './quickRoundMeasures';
// The backup measures register themselves as window.kehaBackupBench.
import './backupMeasures';
// The restore measure registers itself as window.kehaRestoreBench.
import './restoreMeasures';
// The sync measures (KEHA_BENCH_ONLY=sync) register themselves as window.kehaSyncBench.
import './syncMeasures';
import { seededRandom } from './seededRandom';

/** `meetings`: how many finished weekly meetings to seed (a week apart, going back), plus one running. */
export type SeedOptions = { members: number; families: number; meetings?: number };

export type SeedResult = {
  members: number;
  families: number;
  children: number;
  vaultMs: number;
  membersMs: number;
  familiesMs: number;
  totalMs: number;
  meetings: MeetingSeedResult | null;
};

export type RawReadResult = {
  openMs: number;
  firstMs: number;
  ms: number;
  count: number;
  /** Average size of a row's clear fields as JSON, in characters (the encrypted payload not counted). */
  clearChars: number;
  /** Average size of a row's encrypted payload, in bytes. */
  payloadBytes: number;
};

export type DataLayerResult = {
  unlockMs: number;
  toArrayMs: number;
  /** The first listFamilies after unlocking: every record read, decrypted and validated. */
  firstListFamiliesMs: number;
  /** Later calls (warm; may be served by any in-memory cache the app keeps while unlocked). */
  listFamiliesMs: number;
  count: number;
};

export type KehaBench = {
  seed(dbName: string, passphrase: string, options?: SeedOptions): Promise<SeedResult>;
  rawReadFamilies(dbName: string): Promise<RawReadResult>;
  rawReadMeetings(dbName: string): Promise<RawReadResult>;
  runTransitions(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<TransitionResult>;
  meetingsData(dbName: string, passphrase: string, samples: number): Promise<MeetingsDataResult>;
  noteWrite(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<NoteWriteResult>;
  summaries(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<SummariesResult>;
  kdfBaseline(passphrase: string): Promise<{ ms: number; iterations: number }>;
  dataLayer(dbName: string, passphrase: string): Promise<DataLayerResult>;
};

declare global {
  interface Window {
    kehaBench: KehaBench;
  }
}

const firstNames = ['Aino', 'Eero', 'Helmi', 'Ilmari', 'Kaisa', 'Lauri', 'Minna', 'Niko', 'Outi', 'Pekka', 'Riikka', 'Sami', 'Tuula', 'Ville'];
const lastNames = ['Aalto', 'Heikkinen', 'Jokinen', 'Korhonen', 'Laine', 'Mäkinen', 'Nieminen', 'Ojala', 'Rantanen', 'Virtanen'];
const labelWords = ['Äiti ja kaksi lasta', 'Isä yksin', 'Uusperhe', 'Sijaisperhe', 'Isovanhemmat', 'Vuoroasuminen', 'Muuttanut kunnasta'];
const noteSentence =
  'Tiimi on tavannut perheen kahdesti; koulu on ollut yhteydessä poissaoloista ja perhe toivoo tukea arkeen. ';

const elapsed = (start: number) => Math.round((performance.now() - start) * 10) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function seed(dbName: string, passphrase: string, options: SeedOptions = { members: 12, families: 300 }): Promise<SeedResult> {
  const random = seededRandom(20_240_601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const db = openDatabase(dbName);
  await db.open();
  const started = performance.now();
  try {
    const dataKey = await createVaultIn(db, passphrase, new Date());
    const vaultMs = elapsed(started);
    const session: Session = { db, dataKey, now: () => new Date() };
    await saveTeamName(session, 'Benchmark-tiimi');

    const membersStart = performance.now();
    const memberIds: string[] = [];
    const seededMembers: SeedMember[] = [];
    for (let index = 0; index < options.members; index++) {
      const name = `${firstNames[index % firstNames.length]} ${pick(lastNames)}`;
      const defaultRole = teamRoles[index % teamRoles.length]!;
      const id = await addMember(session, { name, defaultRole });
      memberIds.push(id);
      seededMembers.push({ id, name, defaultRole });
    }
    const membersMs = elapsed(membersStart);

    const familiesStart = performance.now();
    const taken = new Set<string>();
    const year = new Date().getFullYear();
    let children = 0;
    const seededFamilies: SeedFamily[] = [];
    for (let index = 0; index < options.families; index++) {
      const code = generatePseudonymCode(taken, random);
      taken.add(code);
      const childCount = 1 + Math.floor(random() * 4); // 1–4 children
      children += childCount;
      // Same order of random draws as before meetings were added, so the team stays the same.
      const label = `${pick(labelWords)} ${index + 1}`;
      const responsibleMemberId = random() < 0.9 ? pick(memberIds) : null;
      const status = random() < 0.8 ? 'active' : 'closed';
      const familyId = await createFamily(session, {
        code,
        label,
        responsibleMemberId,
        status,
        notes: noteSentence.repeat(1 + Math.floor(random() * 8)),
        children: Array.from({ length: childCount }, (_, child) => ({
          id: `bench-${index}-${child}`,
          pseudonym: `${pick(firstNames).slice(0, 1)}${String.fromCharCode(65 + child)}-${index}`,
          birthYear: random() < 0.9 ? year - Math.floor(random() * 18) : null,
        })),
      });
      seededFamilies.push({ id: familyId, code, status });
    }
    const familiesMs = elapsed(familiesStart);
    const meetings = options.meetings ? await seedMeetings(session, seededMembers, seededFamilies, options.meetings, random) : null;
    return {
      members: options.members,
      families: options.families,
      children,
      vaultMs,
      membersMs,
      familiesMs,
      totalMs: elapsed(started),
      meetings,
    };
  } finally {
    db.close();
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Times `getAll()` on one store with the plain IndexedDB API: no Dexie, no decryption. */
async function rawReadStore(dbName: string, store: string): Promise<RawReadResult> {
  const openStart = performance.now();
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onupgradeneeded = () => open.transaction?.abort(); // no such database: do not create one
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const openMs = elapsed(openStart);
  try {
    const readAll = async () => {
      const start = performance.now();
      const rows = await request(idb.transaction(store, 'readonly').objectStore(store).getAll());
      return { ms: elapsed(start), rows: rows as { payload?: { data: ArrayBuffer } }[] };
    };
    const first = await readAll();
    // The app's list read is never its first read of the store, so the baseline is a warm read.
    const warm: number[] = [];
    for (let run = 0; run < 5; run++) warm.push((await readAll()).ms);
    const count = first.rows.length || 1;
    const clearChars = first.rows.reduce((sum, { payload: _payload, ...clear }) => sum + JSON.stringify(clear).length, 0) / count;
    const payloadBytes = first.rows.reduce((sum, row) => sum + (row.payload?.data.byteLength ?? 0), 0) / count;
    return { openMs, firstMs: first.ms, ms: median(warm), count: first.rows.length, clearChars, payloadBytes };
  } finally {
    idb.close();
  }
}

/** A bare PBKDF2-SHA256 derivation at the vault's iteration count: the unlock's unavoidable floor. */
async function kdfBaseline(passphrase: string): Promise<{ ms: number; iterations: number }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const start = performance.now();
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdfIterations }, material, 256);
  return { ms: elapsed(start), iterations: kdfIterations };
}

/**
 * The data layer alone, without React: the real unlock (header read + KDF + unwrap), Dexie's
 * `toArray()` of the families, and the real `listFamilies` (read + decrypt + validate), first
 * right after unlocking and then warm.
 */
async function dataLayer(dbName: string, passphrase: string): Promise<DataLayerResult> {
  const db = openDatabase(dbName);
  await db.open();
  try {
    const unlockStart = performance.now();
    const dataKey = await unlockVaultIn(db, passphrase);
    const unlockMs = elapsed(unlockStart);
    const session: Session = { db, dataKey, now: () => new Date() };
    await db.families.toArray(); // as in the app, the store has been read before
    const firstStart = performance.now();
    await listFamilies(session);
    const firstListFamiliesMs = elapsed(firstStart);
    const toArray: number[] = [];
    const list: number[] = [];
    let count = 0;
    for (let run = 0; run < 3; run++) {
      let start = performance.now();
      await db.families.toArray();
      toArray.push(elapsed(start));
      start = performance.now();
      count = (await listFamilies(session)).length;
      list.push(elapsed(start));
    }
    return { unlockMs, toArrayMs: median(toArray), firstListFamiliesMs, listFamiliesMs: median(list), count };
  } finally {
    db.close();
  }
}

const rawReadFamilies = (dbName: string) => rawReadStore(dbName, 'families');
const rawReadMeetings = (dbName: string) => rawReadStore(dbName, 'meetings');

window.kehaBench = { seed, rawReadFamilies, rawReadMeetings, kdfBaseline, dataLayer, noteWrite, summaries, runTransitions, meetingsData };
document.getElementById('bench-status')!.textContent = 'ready';
