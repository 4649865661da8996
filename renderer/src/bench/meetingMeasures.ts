// Bench-only (KEHA_BENCH=1): the meeting measures of `npm run bench` that need no screen, run on
// the bench page with the app's own code: the notes autosave's write itself (saveMeetingNote)
// against a raw IndexedDB put of the same encrypted record, and producing every summary of a
// meeting (shared/meeting/summary.ts) against JSON.stringify of the same inputs.
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import i18next from 'i18next';
import type { Language } from '../../../shared/i18n/messages';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { agendaOutline } from '../../../shared/meeting/meeting';
import { buildFamilySummaries, buildMeetingRecord, type SummarySource } from '../../../shared/meeting/summary';
import { renderMarkdown, renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { openDatabase } from '../db/database';
import { listActionsForMeeting } from '../db/repositories/actionRepository';
import { listFamilies } from '../db/repositories/familyRepository';
import { listRevisionsForMeeting } from '../db/repositories/hypothesisRepository';
import { noteId, readMeetingNotes, saveMeetingNote } from '../db/repositories/meetingNoteRepository';
import { listMeetingSummaries, readMeeting, runMeeting } from '../db/repositories/meetingRepository';
import { listRiskRoundsForMeeting } from '../db/repositories/riskRoundRepository';
import { listMembers } from '../db/repositories/teamRepository';
import { unlockVaultIn } from '../db/repositories/vaultRepository';
import { sealPayload } from '../db/sealedRecords';
import type { Session } from '../db/session';
import { initI18n } from '../i18n/i18n';
import { toSummarySource } from '../meetings/record/useSummarySource';

/** Every sample in ms, in the order taken (the script takes medians and p95s over all runs). */
export type NoteWriteResult = {
  /** saveMeetingNote of the note grown by one character (read, decrypt, encrypt, strict-durability write). */
  saveMs: number[];
  /** A raw IndexedDB put of the same stored (encrypted) row, strict durability like the app's database. */
  rawPutMs: number[];
  /** The same raw put with the browser's default durability, for information. */
  rawPutDefaultMs: number[];
  /** sealPayload alone (AES-GCM of the note), for information. */
  sealMs: number[];
  noteChars: number;
};

export type SummariesResult = {
  /** Building every document and rendering each as plain text and Markdown. */
  summaryMs: number[];
  /** Building the documents alone. */
  buildMs: number[];
  stringifyMs: number[];
  /** Documents produced: one per deep-dive family, plus the whole record. */
  summaries: number;
  /** Characters of plain text and Markdown produced, and of the JSON of the inputs. */
  chars: number;
  inputChars: number;
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openRaw(dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

/** Puts `row` into `store` in its own transaction and resolves when the transaction has committed. */
function rawPut(idb: IDBDatabase, store: string, row: unknown, durability: IDBTransactionDurability): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(store, 'readwrite', { durability });
    transaction.objectStore(store).put(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

async function unlocked<T>(dbName: string, passphrase: string, work: (session: Session) => Promise<T>): Promise<T> {
  const db = openDatabase(dbName);
  await db.open();
  try {
    const dataKey = await unlockVaultIn(db, passphrase);
    return await work({ db, dataKey, now: () => new Date() });
  } finally {
    db.close();
  }
}

const noteStart =
  'Perhe kertoi, että arki on viime viikkoina rauhoittunut, mutta aamut ovat edelleen vaikeita. ' +
  'Koulu on ollut yhteydessä poissaoloista; opettaja toivoo yhteistä tapaamista. ' +
  'Sovittiin, että vastuusosiaalityöntekijä kysyy perheeltä, mikä on auttanut aiemmin. ';

/**
 * The notes autosave's write, as the facilitator's notes field makes it (saveMeetingNote for a
 * note a character longer each time), alternating with a raw put of the row it stored. Uses the
 * running meeting's last step, which the facilitator measures never reach with their notes.
 */
export async function noteWrite(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<NoteWriteResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const meeting = await readMeeting(session, meetingId);
    if (!meeting) throw new Error(`No meeting ${meetingId}`);
    const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
    const step = steps.at(-1)!;
    const target = { meetingId, stepKey: step.key, familyId: null };
    const id = noteId(meetingId, step.key);
    let text = noteStart;
    await saveMeetingNote(session, target, text); // creates the record; every sample below updates it
    const idb = await openRaw(dbName);
    const result: NoteWriteResult = { saveMs: [], rawPutMs: [], rawPutDefaultMs: [], sealMs: [], noteChars: 0 };
    try {
      // Warm both paths once before timing.
      await saveMeetingNote(session, target, (text += 'a'));
      await rawPut(idb, 'meetingNotes', await request(idb.transaction('meetingNotes').objectStore('meetingNotes').get(id)), 'strict');
      for (let sample = 0; sample < samples; sample++) {
        text += 'abcdefghij'[sample % 10];
        let start = performance.now();
        await saveMeetingNote(session, target, text);
        result.saveMs.push(performance.now() - start);

        const row = await request(idb.transaction('meetingNotes').objectStore('meetingNotes').get(id));
        start = performance.now();
        await rawPut(idb, 'meetingNotes', row, 'strict');
        result.rawPutMs.push(performance.now() - start);
        start = performance.now();
        await rawPut(idb, 'meetingNotes', row, 'default');
        result.rawPutDefaultMs.push(performance.now() - start);
        start = performance.now();
        await sealPayload(session, session.db.meetingNotes, row, { text });
        result.sealMs.push(performance.now() - start);
      }
      result.noteChars = text.length;
      return result;
    } finally {
      idb.close();
    }
  });
}

/** Samples in ms, as in NoteWriteResult. */
export type TransitionResult = {
  /** runMeeting(…, 'next', …): the phase change's one transaction (read the row, engine, write the run state). */
  transitionMs: number[];
  /** A raw put of the same meeting row, strict durability. */
  rawPutMs: number[];
};

/**
 * The data side of advancing a phase, without the screen: the repository's runMeeting('next') on
 * a copy of the running meeting's row (same size, same template snapshot and run state; deleted
 * afterwards, so the meeting the facilitator measures use is untouched), alternating with a raw
 * put of the same row.
 */
export async function runTransitions(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<TransitionResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const original = await session.db.meetings.get(meetingId);
    const meeting = await readMeeting(session, meetingId);
    if (!original || !meeting) throw new Error(`No meeting ${meetingId}`);
    const copyId = `bench-transitions-${crypto.randomUUID()}`;
    await session.db.meetings.add({ ...original, id: copyId });
    const idb = await openRaw(dbName);
    const result: TransitionResult = { transitionMs: [], rawPutMs: [] };
    try {
      const steps = buildMeetingSteps(meeting.template, original.outline);
      let seen = { status: original.run.status, stepIndex: original.run.stepIndex };
      for (let sample = 0; sample < samples && seen.stepIndex + 1 < steps.length; sample++) {
        let start = performance.now();
        const moved = await runMeeting(session, copyId, 'next', seen);
        result.transitionMs.push(performance.now() - start);
        if (!moved.ok) throw new Error(`runMeeting refused: ${moved.reason}`);
        seen = { status: moved.run.status, stepIndex: moved.run.stepIndex };
        const row = await request(idb.transaction('meetings').objectStore('meetings').get(copyId));
        start = performance.now();
        await rawPut(idb, 'meetings', row, 'strict');
        result.rawPutMs.push(performance.now() - start);
      }
      return result;
    } finally {
      idb.close();
      await session.db.meetings.delete(copyId);
    }
  });
}

export type MeetingsDataResult = { firstMs: number; warmMs: number[]; count: number };

/**
 * The data behind the past meetings list, without React: the repository's listMeetingSummaries
 * (Dexie read of every meeting row, decrypting and validating each payload, the template snapshot's
 * name), first right after unlocking, then warm (payloads cached, as on any later visit).
 */
export async function meetingsData(dbName: string, passphrase: string, samples: number): Promise<MeetingsDataResult> {
  return unlocked(dbName, passphrase, async (session) => {
    let start = performance.now();
    const count = (await listMeetingSummaries(session)).length;
    const firstMs = performance.now() - start;
    const warmMs: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      start = performance.now();
      await listMeetingSummaries(session);
      warmMs.push(performance.now() - start);
    }
    return { firstMs, warmMs, count };
  });
}

/**
 * Every summary of a meeting with the data already loaded (as the record screen has it from its
 * live queries): the per-family summaries and the whole meeting record (shared/meeting/summary.ts),
 * each rendered as plain text and as Markdown (what "copy" and "export" produce). The inputs are
 * read once with the repositories, the same reads useSummarySource makes. Baseline: JSON.stringify
 * of the same inputs (Maps as arrays of entries).
 */
export async function summaries(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<SummariesResult> {
  await initI18n('fi');
  return unlocked(dbName, passphrase, async (session) => {
    const { meeting, source } = await readSummarySource(session, meetingId);
    const format = recordFormat('fi');
    const result: SummariesResult = { summaryMs: [], buildMs: [], stringifyMs: [], summaries: 0, chars: 0, inputChars: 0 };
    for (let sample = 0; sample < samples; sample++) {
      let start = performance.now();
      const documents = [...buildFamilySummaries(source, format).map((summary) => summary.document), buildMeetingRecord(source, format)];
      const built = performance.now();
      let chars = 0;
      for (const document of documents) chars += renderPlainText(document).length + renderMarkdown(document).length;
      const end = performance.now();
      result.summaryMs.push(end - start);
      result.buildMs.push(built - start);
      result.summaries = documents.length;
      result.chars = chars;

      start = performance.now();
      const json = JSON.stringify({
        ...source,
        memberNames: [...source.memberNames],
        families: [...source.families],
        notes: [...source.notes],
      });
      result.stringifyMs.push(performance.now() - start);
      result.inputChars = json.length;
    }
    return result;
  });
}

/** The record screen's format (renderer/src/components/document/recordFormat.ts useRecordFormat), without the hook. */
function recordFormat(language: Language): RecordFormat {
  const locale = language === 'fi' ? fiLocale : enGB;
  const t = i18next.getFixedT(language);
  return {
    language,
    t: (key, values) => t(key, values ?? {}),
    formatInstant: (epochMs) => format(new Date(epochMs), t('dates.longWithTime'), { locale }),
    formatDay: (day) => format(parseISO(day), 'P', { locale }),
  };
}

/** A meeting and everything its summaries are built from, read once with the repositories (the reads useSummarySource makes). */
export async function readSummarySource(session: Session, meetingId: string) {
  const meeting = await readMeeting(session, meetingId);
  if (!meeting) throw new Error(`No meeting ${meetingId}`);
  const [notes, hypothesisRevisions, riskRounds, actions, members, families] = await Promise.all([
    readMeetingNotes(session, meetingId),
    listRevisionsForMeeting(session, meetingId),
    listRiskRoundsForMeeting(session, meetingId),
    listActionsForMeeting(session, meetingId),
    listMembers(session),
    listFamilies(session),
  ]);
  const source: SummarySource = toSummarySource({ meeting, notes, hypothesisRevisions, riskRounds, actions, members, families });
  return { meeting, source };
}
