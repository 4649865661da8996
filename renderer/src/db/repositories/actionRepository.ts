// Actions agreed in a meeting (what, owner, due date) and questions to take to the family. Open
// actions carry into later meetings until someone marks them done, here or on the family page.
import { actionPayloadSchema, type Action, type ActionKind, type ActionPayload, type ActionStatus, type FamilyAnswer } from '../../../../shared/meeting/meeting';
import type { ActionRow } from '../database';
import { openList, openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

function decryptAction(session: Session, row: ActionRow): Promise<Action> {
  return openRecord(session, session.db.actions, row, actionPayloadSchema);
}

const byCreated = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

async function decryptAll(session: Session, rows: ActionRow[]): Promise<Action[]> {
  return (await openList(session, session.db.actions, rows, (row) => decryptAction(session, row))).sort(byCreated);
}

export async function listActionsForMeeting(session: Session, meetingId: string): Promise<Action[]> {
  return decryptAll(session, await session.db.actions.where('meetingId').equals(meetingId).toArray());
}

export async function listActionsForFamily(session: Session, familyId: string): Promise<Action[]> {
  return decryptAll(session, await session.db.actions.where('familyId').equals(familyId).toArray());
}

/** Every open action and family question, from every meeting. */
export async function listOpenActions(session: Session): Promise<Action[]> {
  return decryptAll(session, await session.db.actions.where('status').equals('open').toArray());
}

export type NewAction = Omit<ActionPayload, 'answer'> & { kind: ActionKind; familyId: string; meetingId: string; due: string | null };

export async function addAction(session: Session, input: NewAction): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const payload = actionPayloadSchema.parse({
    text: input.text,
    ownerId: input.ownerId,
    ownerName: input.ownerName,
    ...(input.hypothesisId ? { hypothesisId: input.hypothesisId } : {}),
  });
  const clear = {
    id,
    kind: input.kind,
    familyId: input.familyId,
    meetingId: input.meetingId,
    status: 'open' as const,
    due: input.due,
    createdAt: timestamp,
    updatedAt: timestamp,
    doneAt: null,
  };
  await session.db.actions.add({ ...clear, payload: await sealPayload(session, session.db.actions, clear, payload) });
  return id;
}

export function updateAction(
  session: Session,
  id: string,
  change: Partial<ActionPayload> & { due?: string | null },
): Promise<void> {
  const { due, ...payloadChange } = change;
  return updateSealed(session, session.db.actions, id, actionPayloadSchema, (payload) => ({
    payload: { ...payload, ...payloadChange },
    fields: due === undefined ? {} : { due },
  }));
}

/** What a question for the family was before its answer changed (for undo). */
export type AnswerChange = { id: string; previous: { answer: FamilyAnswer | null; status: ActionStatus; doneAt: string | null } };

/**
 * Records the family's answer to a question taken to them (null clears it). Recording an answer
 * marks the question done; clearing it leaves the status as it is. Returns what it was before, for
 * `restoreFamilyAnswer` (Undo).
 */
export async function setFamilyAnswer(session: Session, id: string, answer: FamilyAnswer | null): Promise<AnswerChange> {
  let previous: AnswerChange['previous'] | null = null;
  await updateSealed(session, session.db.actions, id, actionPayloadSchema, (payload, row) => {
    if (row.kind !== 'familyQuestion') throw new Error(`Action ${id} is not a question for the family`);
    previous = { answer: payload.answer ?? null, status: row.status, doneAt: row.doneAt };
    const { answer: _old, ...rest } = payload;
    const doneNow = answer !== null && row.status === 'open';
    return {
      payload: answer === null ? rest : { ...rest, answer },
      fields: doneNow ? { status: 'done' as const, doneAt: session.now().toISOString() } : {},
    };
  });
  return { id, previous: previous! };
}

/** Puts back a question's answer and status as `setFamilyAnswer` found them. */
export function restoreFamilyAnswer(session: Session, change: AnswerChange): Promise<void> {
  const { answer, status, doneAt } = change.previous;
  return updateSealed(session, session.db.actions, change.id, actionPayloadSchema, (payload) => {
    const { answer: _current, ...rest } = payload;
    return { payload: answer === null ? rest : { ...rest, answer }, fields: { status, doneAt } };
  });
}

export async function setActionStatus(session: Session, id: string, status: ActionStatus): Promise<void> {
  const timestamp = session.now().toISOString();
  const updated = await session.db.actions.update(id, {
    status,
    doneAt: status === 'done' ? timestamp : null,
    updatedAt: timestamp,
  });
  if (updated === 0) throw new Error(`Action ${id} does not exist`);
}

/** Deletes an action and returns its stored row, still encrypted, for undo. */
export function deleteAction(session: Session, id: string): Promise<ActionRow | undefined> {
  return takeRow(session.db.actions, id);
}

export async function restoreAction(session: Session, row: ActionRow): Promise<void> {
  await session.db.actions.put(row);
}
