// Hypotheses and their history. A hypothesis row holds the current card and status; every change
// appends a revision (never rewritten) in the same transaction, tied to the meeting it happened in
// or, outside a meeting, dated now. A past meeting's view is rebuilt from the revisions, so editing
// a hypothesis later never changes what that meeting recorded.
import {
  hypothesisCardSchema,
  revisionPayloadSchema,
  type Hypothesis,
  type HypothesisCard,
  type HypothesisChange,
  type HypothesisRevision,
  type RevisionPayload,
} from '../../../../shared/hypothesis/hypothesis';
import { applyChange, inHistoryOrder } from '../../../../shared/hypothesis/revisions';
import type { HypothesisRevisionRow, HypothesisRow } from '../database';
import { openList, openRecord, RecordMissingError, sealPayload, sameBytes } from '../sealedRecords';
import type { Session } from '../session';

/** Where a change happens: in a running meeting, or outside any (then it is dated now). */
export type RevisionContext = { meetingId: string | null };

export function openHypothesis(session: Session, row: HypothesisRow): Promise<Hypothesis> {
  return openRecord(session, session.db.hypotheses, row, hypothesisCardSchema);
}

export function openRevision(session: Session, row: HypothesisRevisionRow): Promise<HypothesisRevision> {
  return openRecord(session, session.db.hypothesisRevisions, row, revisionPayloadSchema);
}

const byCreated = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

async function openAll(session: Session, rows: HypothesisRow[]): Promise<Hypothesis[]> {
  return (await openList(session, session.db.hypotheses, rows, (row) => openHypothesis(session, row))).sort(byCreated);
}

async function openRevisions(session: Session, rows: HypothesisRevisionRow[]): Promise<HypothesisRevision[]> {
  return inHistoryOrder(await openList(session, session.db.hypothesisRevisions, rows, (row) => openRevision(session, row)));
}

export async function listHypothesesForFamily(session: Session, familyId: string): Promise<Hypothesis[]> {
  return openAll(session, await session.db.hypotheses.where('familyId').equals(familyId).toArray());
}

/**
 * Every hypothesis row as stored, card still sealed: status and dates are in the clear, so a screen
 * over thousands (the therapist's review) can sort and count them and open cards as it needs them.
 */
export function listHypothesisRows(session: Session): Promise<HypothesisRow[]> {
  return session.db.hypotheses.toArray();
}

/** Every hypothesis of every family, cards opened. */
export async function listAllHypotheses(session: Session): Promise<Hypothesis[]> {
  return openAll(session, await session.db.hypotheses.toArray());
}

export async function readHypothesis(session: Session, id: string): Promise<Hypothesis | undefined> {
  const row = await session.db.hypotheses.get(id);
  return row && openHypothesis(session, row);
}

/** One hypothesis's revisions, oldest first. */
export async function listRevisions(session: Session, hypothesisId: string): Promise<HypothesisRevision[]> {
  return openRevisions(session, await session.db.hypothesisRevisions.where('hypothesisId').equals(hypothesisId).toArray());
}

/** Every revision of a family's hypotheses, by hypothesis and then oldest first. */
export async function listRevisionsForFamily(session: Session, familyId: string): Promise<HypothesisRevision[]> {
  return openRevisions(session, await session.db.hypothesisRevisions.where('familyId').equals(familyId).toArray());
}

/**
 * Every revision of the hypotheses a meeting touched (all of their history, not only the
 * meeting's revisions), so the meeting's view can be rebuilt with `hypothesesInMeeting`.
 */
export async function listRevisionsForMeeting(session: Session, meetingId: string): Promise<HypothesisRevision[]> {
  const table = session.db.hypothesisRevisions;
  const touched = new Set((await table.where('meetingId').equals(meetingId).toArray()).map((row) => row.hypothesisId));
  if (touched.size === 0) return [];
  return openRevisions(session, await table.where('hypothesisId').anyOf([...touched]).toArray());
}

export async function createHypothesis(
  session: Session,
  input: { familyId: string; card: HypothesisCard; reason?: string } & RevisionContext,
): Promise<string> {
  const id = crypto.randomUUID();
  const revisionId = crypto.randomUUID();
  const at = session.now().toISOString();
  const card = hypothesisCardSchema.parse(input.card);
  const revision: RevisionPayload = revisionPayloadSchema.parse({ card, reason: input.reason ?? '' });
  const row: Omit<HypothesisRow, 'payload'> = {
    id,
    familyId: input.familyId,
    meetingId: input.meetingId,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    revisitedAt: at,
    revisionCount: 1,
  };
  const revisionRow: Omit<HypothesisRevisionRow, 'payload'> = {
    id: revisionId,
    hypothesisId: id,
    familyId: input.familyId,
    seq: 1,
    meetingId: input.meetingId,
    at,
    status: 'open',
  };
  const [payload, revisionPayload] = await Promise.all([
    sealPayload(session, session.db.hypotheses, row, card),
    sealPayload(session, session.db.hypothesisRevisions, revisionRow, revision),
  ]);
  const { db } = session;
  await db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
    await db.hypotheses.add({ ...row, payload });
    await db.hypothesisRevisions.add({ ...revisionRow, payload: revisionPayload });
  });
  return id;
}

/**
 * Appends one revision: the changed card fields and/or status, with a reason. A change that
 * changes nothing records that the hypothesis was revisited and still holds. Retries if another
 * window revised the same hypothesis in between, so neither revision is lost.
 */
export async function reviseHypothesis(session: Session, id: string, change: HypothesisChange, context: RevisionContext): Promise<void> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = await db.hypotheses.get(id);
    if (!row) throw new RecordMissingError(db.hypotheses.name, id);
    const current = await openHypothesis(session, row);
    const next = applyChange({ card: current, status: current.status }, change);
    // The schema keeps the card's fields only (the hypothesis's clear fields are dropped).
    const card = hypothesisCardSchema.parse(next.card);
    const revisionId = crypto.randomUUID();
    const at = session.now().toISOString();
    const seq = row.revisionCount + 1;
    const { payload: _old, ...before } = row;
    const nextRow: Omit<HypothesisRow, 'payload'> = { ...before, status: next.status, updatedAt: at, revisitedAt: at, revisionCount: seq };
    const revisionRow: Omit<HypothesisRevisionRow, 'payload'> = {
      id: revisionId,
      hypothesisId: id,
      familyId: row.familyId,
      seq,
      meetingId: context.meetingId,
      at,
      status: next.status,
    };
    const [payload, revisionPayload] = await Promise.all([
      sealPayload(session, db.hypotheses, nextRow, card),
      sealPayload(session, db.hypothesisRevisions, revisionRow, revisionPayloadSchema.parse({ card, reason: change.reason ?? '' })),
    ]);
    const written = await db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
      const latest = await db.hypotheses.get(id);
      if (!latest) throw new RecordMissingError(db.hypotheses.name, id);
      if (latest.revisionCount !== row.revisionCount || !sameBytes(latest.payload.iv, row.payload.iv)) return false;
      await db.hypotheses.put({ ...latest, ...nextRow, payload });
      await db.hypothesisRevisions.add({ ...revisionRow, payload: revisionPayload });
      return true;
    });
    if (written) return;
  }
  throw new Error(`Could not save hypotheses/${id}: it kept changing`);
}

/** A deleted hypothesis with its whole history, still encrypted, for undo. */
export type DeletedHypothesis = { row: HypothesisRow; revisions: HypothesisRevisionRow[] };

/** Deletes a hypothesis and its history (a card made by mistake); returns them for undo. */
export function deleteHypothesis(session: Session, id: string): Promise<DeletedHypothesis | undefined> {
  const { db } = session;
  return db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
    const row = await db.hypotheses.get(id);
    if (!row) return undefined;
    const revisions = await db.hypothesisRevisions.where('hypothesisId').equals(id).toArray();
    await db.hypotheses.delete(id);
    await db.hypothesisRevisions.bulkDelete(revisions.map((revision) => revision.id));
    return { row, revisions };
  });
}

export async function restoreHypothesis(session: Session, deleted: DeletedHypothesis): Promise<void> {
  const { db } = session;
  await db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
    await db.hypotheses.put(deleted.row);
    await db.hypothesisRevisions.bulkPut(deleted.revisions);
  });
}
