// Hypotheses made in meetings: add, reword, change status, delete with undo. (Issue 4 adds the
// revision history on top of these records.)
import {
  hypothesisPayloadSchema,
  type Hypothesis,
  type HypothesisPayload,
  type HypothesisStatus,
} from '../../../../shared/meeting/meeting';
import type { HypothesisRow } from '../database';
import { openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

function decryptHypothesis(session: Session, row: HypothesisRow): Promise<Hypothesis> {
  return openRecord(session, session.db.hypotheses, row, hypothesisPayloadSchema);
}

const byCreated = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

export async function listHypothesesForFamily(session: Session, familyId: string): Promise<Hypothesis[]> {
  const rows = await session.db.hypotheses.where('familyId').equals(familyId).toArray();
  return (await Promise.all(rows.map((row) => decryptHypothesis(session, row)))).sort(byCreated);
}

export async function listHypothesesForMeeting(session: Session, meetingId: string): Promise<Hypothesis[]> {
  const rows = await session.db.hypotheses.where('meetingId').equals(meetingId).toArray();
  return (await Promise.all(rows.map((row) => decryptHypothesis(session, row)))).sort(byCreated);
}

export async function addHypothesis(
  session: Session,
  input: HypothesisPayload & { familyId: string; meetingId: string },
): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const payload = hypothesisPayloadSchema.parse({ wording: input.wording, proposerRole: input.proposerRole });
  await session.db.hypotheses.add({
    id,
    familyId: input.familyId,
    meetingId: input.meetingId,
    status: 'open',
    createdAt: timestamp,
    updatedAt: timestamp,
    payload: await sealPayload(session, session.db.hypotheses, id, payload),
  });
  return id;
}

export function rewordHypothesis(session: Session, id: string, wording: string): Promise<void> {
  return updateSealed(session, session.db.hypotheses, id, hypothesisPayloadSchema, (payload) => ({
    payload: { ...payload, wording },
  }));
}

export async function setHypothesisStatus(session: Session, id: string, status: HypothesisStatus): Promise<void> {
  const updated = await session.db.hypotheses.update(id, { status, updatedAt: session.now().toISOString() });
  if (updated === 0) throw new Error(`Hypothesis ${id} does not exist`);
}

/** Deletes a hypothesis and returns its stored row, still encrypted, for undo. */
export function deleteHypothesis(session: Session, id: string): Promise<HypothesisRow | undefined> {
  return takeRow(session.db.hypotheses, id);
}

export async function restoreHypothesis(session: Session, row: HypothesisRow): Promise<void> {
  await session.db.hypotheses.put(row);
}
