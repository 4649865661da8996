// Bench-only (KEHA_BENCH=1): the method measures that need no screen, on the bench page with the
// app's own code, exposed as `window.kehaMethodBench` for scripts/bench.mjs: seeding a family's
// timeline of 400 events of mixed precision (the timeline screen's render and pan are measured on
// the screen by bench.mjs), the raw IndexedDB read of those rows (the baseline), and saving a
// three-houses drawing of 2,000 points: encoded, encrypted and written through the repository, as
// the drawing canvas saves it when a stroke ends, beside the encoding alone and a raw put of the
// same row; and a family's network map of 40 contacts (seeded here with the pure layout timed alone;
// the map screen's render is measured on the screen by bench.mjs).
import '../zodConfig';
import { layoutNetworkMap } from '../../../shared/networkMap/layout';
import { networkDistances, networkSectors, relationQualities, type NetworkContact } from '../../../shared/networkMap/networkMap';
import { createNetworkMap } from '../db/repositories/networkMapRepository';
import { drawingForStorage, drawingPointCount, type Drawing, type Stroke } from '../../../shared/threeHouses/drawing';
import { newSession, setHouseDrawing } from '../../../shared/threeHouses/session';
import { timelineCategories, type TimelineEventPayload } from '../../../shared/timeline/timelineEvent';
import type { TimelineDate } from '../../../shared/timeline/timelineDate';
import { seasons } from '../../../shared/timeline/timelineDate';
import { valid } from '../../../shared/validation';
import { createFamily } from '../db/repositories/familyRepository';
import { createThreeHousesSession, updateThreeHousesSession } from '../db/repositories/threeHousesRepository';
import { addTimelineEvent } from '../db/repositories/timelineRepository';
import { rawRead, unlocked, type RawHypothesisRead } from './hypothesisMeasures';
import { seededRandom } from './seededRandom';

export type TimelineSeedResult = { familyId: string; events: number; ms: number };

export type DrawingSaveResult = {
  points: number;
  strokes: number;
  encodedChars: number;
  /** Encode, encrypt and write through updateThreeHousesSession (what a finished stroke costs). */
  saveMs: number[];
  /** drawingForStorage alone (validation and the compact encoding). */
  encodeMs: number[];
  /** A put of the stored row again (Dexie, no encoding, no encryption): the write alone. */
  rawPutMs: number[];
};

export type NetworkMapSeedResult = { familyId: string; mapId: string; contacts: number; ms: number; layoutMs: number[] };

export type KehaMethodBench = {
  seedNetworkMap(dbName: string, passphrase: string, contacts: number): Promise<NetworkMapSeedResult>;
  seedTimeline(dbName: string, passphrase: string, events: number): Promise<TimelineSeedResult>;
  rawTimelineRead(dbName: string, familyId: string): Promise<RawHypothesisRead>;
  drawingSave(dbName: string, passphrase: string, options: { points: number; samples: number }): Promise<DrawingSaveResult>;
};

declare global {
  interface Window {
    kehaMethodBench: KehaMethodBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

/** One of the five precisions in turn, across 1990–2026, so the layout packs ranges and points alike. */
function sampleDate(random: () => number, index: number): { date: TimelineDate; endDate: TimelineDate | null } {
  const year = 1990 + Math.floor(random() * 36);
  const month = 1 + Math.floor(random() * 12);
  switch (index % 5) {
    case 0:
      return { date: { precision: 'day', year, month, day: 1 + Math.floor(random() * 28) }, endDate: null };
    case 1:
      return { date: { precision: 'month', year, month }, endDate: random() < 0.3 ? { precision: 'month', year: year + 1, month } : null };
    case 2:
      return { date: { precision: 'season', year, season: seasons[Math.floor(random() * 4)]! }, endDate: null };
    case 3:
      return { date: { precision: 'year', year }, endDate: random() < 0.3 ? { precision: 'year', year: Math.min(year + 2, 2026) } : null };
    default:
      return { date: { precision: 'about', year }, endDate: null };
  }
}

function seedTimeline(dbName: string, passphrase: string, count: number): Promise<TimelineSeedResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const random = seededRandom(5_400);
    const start = performance.now();
    const familyId = await createFamily(session, {
      code: 'AIKA-400',
      label: 'Aikajana 400',
      responsibleMemberId: null,
      children: [
        { id: 'bench-c1', pseudonym: 'Tuuli', birthYear: 2012 },
        { id: 'bench-c2', pseudonym: 'Ilmari', birthYear: 2016 },
      ],
    });
    const people = ['äiti', 'isä', 'Tuuli', 'Ilmari', 'mummo', 'koulukuraattori'];
    for (let index = 0; index < count; index++) {
      const { date, endDate } = sampleDate(random, index);
      const event: TimelineEventPayload = {
        date,
        endDate,
        title: `Tapahtuma ${index + 1}: ${['muutto', 'koulun vaihto', 'sairaalajakso', 'tapaaminen', 'ilmoitus'][index % 5]}`,
        category: timelineCategories[index % timelineCategories.length]!,
        people: [people[index % people.length]!, people[(index * 7) % people.length]!].filter((name, at, all) => all.indexOf(name) === at),
        source: index % 2 === 0 ? 'familyAccount' : 'agencyRecord',
        sourceNote: index % 3 === 0 ? 'Asiakirja' : '',
        actionTaken: '',
        ownView: index % 4 === 0 ? 'Perheen oma näkemys tapahtumasta.' : '',
        shownToFamily: index % 2 === 0,
      };
      await addTimelineEvent(session, { familyId, event });
    }
    return { familyId, events: count, ms: elapsed(start) };
  });
}

const rawTimelineRead = (dbName: string, familyId: string) =>
  rawRead(dbName, (idb) => idb.transaction('timelineEvents', 'readonly').objectStore('timelineEvents').index('familyId').getAll(familyId));

/** A child's drawing of `points` points: strokes of about 100 points each, wandering like a hand. */
function sampleDrawing(random: () => number, points: number): Drawing {
  const strokes: Stroke[] = [];
  let left = points;
  while (left > 0) {
    const length = Math.min(left, 100);
    let x = 100 + random() * 800;
    let y = 100 + random() * 800;
    const strokePoints = Array.from({ length }, () => {
      x = Math.max(0, Math.min(1000, x + (random() - 0.5) * 40));
      y = Math.max(0, Math.min(1000, y + (random() - 0.5) * 40));
      return { x: Math.round(x), y: Math.round(y), pressure: Math.round(random() * 100) };
    });
    strokes.push({ pointer: 'touch', colour: 'blue', width: 'medium', points: strokePoints });
    left -= length;
  }
  return { strokes };
}

function drawingSave(dbName: string, passphrase: string, options: { points: number; samples: number }): Promise<DrawingSaveResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const random = seededRandom(2_000);
    const familyId = await createFamily(session, {
      code: 'TALO-2000',
      label: 'Kolme taloa',
      responsibleMemberId: null,
      children: [{ id: 'bench-child', pseudonym: 'Aava', birthYear: 2017 }],
    });
    const day = new Date().toISOString().slice(0, 10);
    const id = await createThreeHousesSession(session, {
      familyId,
      session: newSession({ childId: 'bench-child', date: day, worker: { memberId: null, name: 'Bench' } }),
    });
    const saveMs: number[] = [];
    const encodeMs: number[] = [];
    const rawPutMs: number[] = [];
    let encodedChars = 0;
    let drawing: Drawing = { strokes: [] };
    for (let sample = 0; sample < options.samples; sample++) {
      drawing = sampleDrawing(random, options.points);
      let start = performance.now();
      const encoded = drawingForStorage(drawing);
      encodeMs.push(elapsed(start));
      if (!encoded.ok) throw new Error(`the sample drawing was refused: ${encoded.issue.key}`);
      encodedChars = encoded.value?.length ?? 0;
      start = performance.now();
      // As the canvas saves a finished stroke: encode, then apply to the session as stored now.
      const stored = drawingForStorage(drawing);
      if (!stored.ok) throw new Error('refused');
      await updateThreeHousesSession(session, id, (current) => valid(setHouseDrawing(current, 'worries', stored.value)));
      saveMs.push(elapsed(start));
      const row = (await session.db.threeHousesSessions.get(id))!;
      start = performance.now();
      await session.db.threeHousesSessions.put({ ...row, id: 'bench-raw-put' });
      rawPutMs.push(elapsed(start));
    }
    await session.db.threeHousesSessions.delete('bench-raw-put');
    return { points: drawingPointCount(drawing), strokes: drawing.strokes.length, encodedChars, saveMs, encodeMs, rawPutMs };
  });
}

/**
 * A family with one network map of `count` contacts spread unevenly over the sectors and rings (as
 * a real map is: most in the family and relatives, close), with names of realistic length; then the
 * pure layout of those contacts timed alone, 50 times.
 */
function seedNetworkMap(dbName: string, passphrase: string, count: number): Promise<NetworkMapSeedResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const random = seededRandom(4_000);
    const start = performance.now();
    const familyId = await createFamily(session, {
      code: 'KARTTA-40',
      label: 'Verkostokartta 40',
      responsibleMemberId: null,
      children: [{ id: 'bench-nm-child', pseudonym: 'Tuuli', birthYear: 2015 }],
    });
    const names = ['Mummo', 'Pappa', 'Täti Anna', 'Koulukuraattori', 'Luokanopettaja', 'Paras kaveri', 'Naapurin Eetu', 'Perhetyöntekijä', 'Jalkapallovalmentaja', 'Kummisetä'];
    const sectorWeights = [4, 3, 2, 1.5, 1, 1.5, 1];
    const pickSector = () => {
      let roll = random() * sectorWeights.reduce((sum, weight) => sum + weight, 0);
      for (let index = 0; index < sectorWeights.length; index++) {
        roll -= sectorWeights[index]!;
        if (roll <= 0) return networkSectors[index]!;
      }
      return networkSectors[0]!;
    };
    const contacts: NetworkContact[] = Array.from({ length: count }, (_, index) => ({
      id: `bench-nm-${index}`,
      name: `${names[index % names.length]} ${index + 1}`,
      role: index % 3 === 0 ? 'rooli tai palvelu' : '',
      kind: index % 4 === 0 ? 'service' : 'person',
      sector: pickSector(),
      distance: networkDistances[Math.min(2, Math.floor(random() * random() * 4))]!,
      quality: relationQualities[index % relationQualities.length]!,
      description: index % 2 === 0 ? 'Kuvaus suhteesta perheen omin sanoin.' : '',
      ownWords: index % 2 === 0,
      teamNote: '',
    }));
    const mapId = await createNetworkMap(session, {
      familyId,
      map: { title: 'Bench', date: new Date().toISOString().slice(0, 10), centre: { kind: 'child', childId: 'bench-nm-child' }, drawnWithFamily: false, shownToFamily: false, sharedWithNetwork: false, contacts, teamNotes: '' },
    });
    const ms = elapsed(start);
    const layoutMs: number[] = [];
    for (let sample = 0; sample < 50; sample++) {
      const at = performance.now();
      layoutNetworkMap(contacts);
      layoutMs.push(elapsed(at));
    }
    return { familyId, mapId, contacts: count, ms, layoutMs };
  });
}

window.kehaMethodBench = { seedTimeline, rawTimelineRead, drawingSave, seedNetworkMap };
