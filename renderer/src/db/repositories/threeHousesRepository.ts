// A child's three-houses sessions: one sealed row per session, with the family's and the
// child's ids, the session's calendar date and the instants it was made and changed in the clear;
// the houses, their drawings, the worker and the child's consent are in the payload. Changes are the
// domain's pure edits (addItem, renameHouse, setConsent…) applied to the session as stored now, so an
// edit made in another window in between is kept; an edit the domain refuses changes nothing.
import { format } from 'date-fns';
import type { ThreeHousesSession } from '../../../../shared/threeHouses/session';
import { threeHousesSessionSchema, validateSession } from '../../../../shared/threeHouses/session';
import type { Validated, ValidationIssue } from '../../../../shared/validation';
import type { ThreeHousesSessionRow } from '../database';
import { openList, openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

/** A session as screens use it: the payload with the row's ids and instants. */
export type ThreeHousesSessionRecord = ThreeHousesSession & {
  id: string;
  familyId: string;
  /** ISO instants: when the session was recorded and last changed (its own day is `date`). */
  createdAt: string;
  updatedAt: string;
};

/**
 * A session or a change to one that the domain's rules refuse: `issue` is the translation key and
 * values to show (e.g. threeHouses.validation.tooManyItems). Nothing was written.
 */
export class ThreeHousesRefusedError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(`Three-houses session refused: ${issue.key}`);
    this.name = 'ThreeHousesRefusedError';
  }
}

export function openThreeHousesSession(session: Session, row: ThreeHousesSessionRow): Promise<ThreeHousesSessionRecord> {
  return openRecord(session, session.db.threeHousesSessions, row, threeHousesSessionSchema);
}

/** Newest session first: by its date, then by when it was recorded, then by id (a stable order). */
const newestFirst = (a: ThreeHousesSessionRow, b: ThreeHousesSessionRow) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function openAll(session: Session, rows: ThreeHousesSessionRow[]): Promise<ThreeHousesSessionRecord[]> {
  return openList(session, session.db.threeHousesSessions, rows.sort(newestFirst), (row) => openThreeHousesSession(session, row));
}

/** Every session of a family's children, newest first. */
export async function listThreeHousesSessionsForFamily(session: Session, familyId: string): Promise<ThreeHousesSessionRecord[]> {
  return openAll(session, await session.db.threeHousesSessions.where('familyId').equals(familyId).toArray());
}

/**
 * One child's sessions, newest first (the latest is the one the meeting shows; compare picks two).
 * Child ids are unique within a family only, so the family is named too.
 */
export async function listThreeHousesSessionsForChild(session: Session, familyId: string, childId: string): Promise<ThreeHousesSessionRecord[]> {
  const rows = await session.db.threeHousesSessions.where('childId').equals(childId).toArray();
  return openAll(session, rows.filter((row) => row.familyId === familyId));
}

export async function readThreeHousesSession(session: Session, id: string): Promise<ThreeHousesSessionRecord | undefined> {
  const row = await session.db.threeHousesSessions.get(id);
  return row && openThreeHousesSession(session, row);
}

/**
 * The session checked as the domain checks a whole one (its shape, a real date not after today,
 * items that are not only spaces), the first problem thrown as ThreeHousesRefusedError. The child's
 * birth year is the form's to check (validateSessionDate); here it is not known.
 */
function checked(payload: unknown, today: Date): ThreeHousesSession {
  const result = validateSession(payload, { birthYear: null, today });
  if (!result.ok) throw new ThreeHousesRefusedError(result.issue);
  // Parsed by the payload schema, so anything not in the payload (a record's id and instants passed back in) is dropped.
  return result.value;
}

/** Records a new session (start one with the domain's newSession). Refused, writing nothing, if the domain refuses it. */
export async function createThreeHousesSession(session: Session, input: { familyId: string; session: ThreeHousesSession }): Promise<string> {
  const id = crypto.randomUUID();
  const now = session.now();
  const at = now.toISOString();
  const value = checked(input.session, now);
  const { db } = session;
  const clear = { id, familyId: input.familyId, childId: value.childId, date: value.date, createdAt: at, updatedAt: at };
  await db.threeHousesSessions.add({ ...clear, payload: await sealPayload(session, db.threeHousesSessions, clear, value) });
  return id;
}

/**
 * Applies one of the domain's edits to the session as stored now, e.g.
 * `(s) => addItem(s, 'worries', item)`, `(s) => renameHouse(s, 'dreams', 'Toivetalo')`, or for the
 * edits that cannot fail `(s) => valid(setConsent(s, 'court', 'notGiven', today))`. If another window
 * wrote in between, its change is read and this one applied again on top, so neither is lost.
 * A change the domain refuses throws ThreeHousesRefusedError and writes nothing; a session deleted
 * meanwhile gives RecordMissingError. Returns the session as saved.
 */
export async function updateThreeHousesSession(
  session: Session,
  id: string,
  change: (current: ThreeHousesSession) => Validated<ThreeHousesSession>,
): Promise<ThreeHousesSession> {
  let saved: ThreeHousesSession | undefined;
  const today = session.now();
  await updateSealed(session, session.db.threeHousesSessions, id, threeHousesSessionSchema, (current) => {
    const next = change(current);
    if (!next.ok) throw new ThreeHousesRefusedError(next.issue);
    saved = checked(next.value, today);
    // The clear copies of the child and the date follow the payload.
    return { payload: saved, fields: { childId: saved.childId, date: saved.date } };
  });
  return saved!;
}

/** Deletes one session and returns it as stored (still encrypted), for undo. */
export function deleteThreeHousesSession(session: Session, id: string): Promise<ThreeHousesSessionRow | undefined> {
  return takeRow(session.db.threeHousesSessions, id);
}

/** Undo of deleteThreeHousesSession: the session back exactly as it was. */
export async function restoreThreeHousesSession(session: Session, row: ThreeHousesSessionRow): Promise<void> {
  await session.db.threeHousesSessions.put(row);
}

/**
 * Each child's latest session as of an instant (e.g. a meeting's end): dated on or before that
 * instant's local day and recorded by then, so a session recorded later never changes what a past
 * meeting's record says. Read from the clear fields only: nothing is decrypted. One per child, in
 * no particular order.
 */
export async function latestThreeHousesSessionsAsOf(
  session: Session,
  familyId: string,
  asOf: number,
): Promise<{ id: string; childId: string; date: string }[]> {
  const day = format(asOf, 'yyyy-MM-dd');
  const instant = new Date(asOf).toISOString();
  const rows = await session.db.threeHousesSessions.where('familyId').equals(familyId).toArray();
  const latest = new Map<string, ThreeHousesSessionRow>();
  for (const row of rows.filter((candidate) => candidate.date <= day && candidate.createdAt <= instant).sort(newestFirst)) {
    if (!latest.has(row.childId)) latest.set(row.childId, row);
  }
  return [...latest.values()].map(({ id, childId, date }) => ({ id, childId, date }));
}
