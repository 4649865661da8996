// Families and their children: create, read, edit, delete with undo.
import {
  familyPayloadSchema,
  type Child,
  type Family,
  type FamilyPayload,
  type FamilyStatus,
} from '../../../../shared/family/family';
import { normalizePseudonymCode, validatePseudonymCode } from '../../../../shared/family/pseudonymCode';
import type {
  ActionRow,
  CarePeriodRow,
  FamilyRow,
  GoalRatingRow,
  HypothesisRevisionRow,
  HypothesisRow,
  MeetingNoteRow,
  RiskRoundRow,
  SummaryTransferRow,
  ThreeHousesSessionRow,
  NetworkMapRow,
  TimelineEventRow,
} from '../database';
import { forgetRecords, openList, openPayload, sealPayload, updateSealed } from '../sealedRecords';
import type { Session } from '../session';
import { recordActivity } from './activityRepository';
import { applyMeetingScrubs, prepareMeetingScrubs, prepareMeetingsBack, sameMeetingRow, type MeetingScrub } from './meetingRepository';

export class CodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`The pseudonym code ${code} is taken`);
    this.name = 'CodeTakenError';
  }
}

export class InvalidCodeError extends Error {
  constructor(readonly code: string) {
    super(`"${code}" is not a valid pseudonym code`);
    this.name = 'InvalidCodeError';
  }
}

/** The UI validates as the user types; this is the last line, so no caller can store a bad code. */
function checkedCode(code: string): string {
  const result = validatePseudonymCode(code, new Set());
  if (!result.ok) throw new InvalidCodeError(code);
  return result.value;
}

const asCodeTaken = (code: string) => (error: unknown) => {
  if (error instanceof Error && error.name === 'ConstraintError') throw new CodeTakenError(code);
  throw error;
};

export async function decryptFamily(session: Session, row: FamilyRow): Promise<Family> {
  const payload = await openPayload(session, session.db.families, row, familyPayloadSchema);
  return {
    ...payload,
    id: row.id,
    code: row.code,
    status: row.status,
    demo: row.demo === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listFamilies(session: Session): Promise<Family[]> {
  const rows = await session.db.families.toArray();
  return openList(session, session.db.families, rows, (row) => decryptFamily(session, row));
}

export async function readFamily(session: Session, id: string): Promise<Family | null> {
  const row = await session.db.families.get(id);
  return row ? decryptFamily(session, row) : null;
}

/** Normalized codes of all families except `exceptId` (for uniqueness checks while typing). */
export async function takenCodes(session: Session, exceptId: string | null): Promise<Set<string>> {
  const rows = await session.db.families.toArray();
  return new Set(rows.filter((row) => row.id !== exceptId).map((row) => normalizePseudonymCode(row.code)));
}

export type NewFamily = {
  code: string;
  label: string;
  responsibleMemberId: string | null;
  socialCounsellorId?: string | null;
  children?: Child[];
  notes?: string;
  status?: FamilyStatus;
};

export async function createFamily(session: Session, input: NewFamily, demo: boolean = false): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const payload: FamilyPayload = familyPayloadSchema.parse({
    label: input.label,
    responsibleMemberId: input.responsibleMemberId,
    ...(input.socialCounsellorId ? { socialCounsellorId: input.socialCounsellorId } : {}),
    children: input.children ?? [],
    notes: input.notes ?? '',
  });
  const code = checkedCode(input.code);
  const status = input.status ?? 'active';
  const clear: Omit<FamilyRow, 'payload'> = {
    id,
    code,
    status,
    demo: demo ? 1 : 0,
    createdAt: timestamp,
    updatedAt: timestamp,
    closedAt: status === 'closed' ? timestamp : null,
  };
  const row: FamilyRow = { ...clear, payload: await sealPayload(session, session.db.families, clear, payload) };
  const { db } = session;
  // Demonstration families are logged once, as the demo being loaded.
  await db
    .transaction('rw', [db.families, db.activityLog], async () => {
      await db.families.add(row);
      if (!demo) await recordActivity(db, 'familyCreated', code, session.now());
    })
    .catch(asCodeTaken(code));
  return id;
}

export function updateFamilyPayload(
  session: Session,
  id: string,
  change: (payload: FamilyPayload) => FamilyPayload,
): Promise<void> {
  return updateSealed(session, session.db.families, id, familyPayloadSchema, (payload) => ({ payload: change(payload) }));
}

export async function setFamilyCode(session: Session, id: string, code: string): Promise<void> {
  const normalized = checkedCode(code);
  return updateSealed(session, session.db.families, id, familyPayloadSchema, (payload) => ({
    payload,
    fields: { code: normalized },
  })).catch(asCodeTaken(normalized));
}

/** Sets the status; closing keeps when (`closedAt`, the start of the retention time), reopening clears it. */
export function setFamilyStatus(session: Session, id: string, status: FamilyStatus): Promise<void> {
  return updateSealed(session, session.db.families, id, familyPayloadSchema, (payload, row) => {
    if (row.status === status) return { payload };
    return { payload, fields: { status, closedAt: status === 'closed' ? session.now().toISOString() : null } };
  });
}

/** When a closed family was closed (ISO instant): `closedAt`, or for a family closed before it was kept, its last change; null when active. */
export function closedSince(row: Pick<FamilyRow, 'status' | 'closedAt' | 'updatedAt'>): string | null {
  if (row.status !== 'closed') return null;
  return row.closedAt ?? row.updatedAt;
}

/**
 * Everything captured about a set of families, as stored (still encrypted): what meetings captured
 * (hypotheses with their history, risk rounds, actions, the notes of their deep-dive steps), their
 * method work (timeline events, their children's three-houses sessions, network maps) and care periods with the
 * goals' ratings. Taken and put back whole, so undo restores every row exactly.
 */
export type FamilyOwnedRows = {
  hypotheses: HypothesisRow[];
  hypothesisRevisions: HypothesisRevisionRow[];
  riskRounds: RiskRoundRow[];
  actions: ActionRow[];
  meetingNotes: MeetingNoteRow[];
  timelineEvents: TimelineEventRow[];
  threeHousesSessions: ThreeHousesSessionRow[];
  networkMaps: NetworkMapRow[];
  carePeriods: CarePeriodRow[];
  goalRatings: GoalRatingRow[];
  summaryTransfers: SummaryTransferRow[];
};

/**
 * A deleted family as stored with everything captured about it, and the meetings it was taken out of
 * as they were, so undo puts all of it back. `erased` is set when the family was erased while this
 * copy was held for undo: the copy is emptied then and can no longer be restored.
 */
export type DeletedFamily = FamilyOwnedRows & { family: FamilyRow; meetings: MeetingScrub[]; erased?: true };

/** Every table a family's deletion takes rows from (and its undo puts them back into). */
export const familyTables = (db: Session['db']) => [
  db.families,
  db.hypotheses,
  db.hypothesisRevisions,
  db.riskRounds,
  db.actions,
  db.meetingNotes,
  db.timelineEvents,
  db.threeHousesSessions,
  db.networkMaps,
  db.carePeriods,
  db.goalRatings,
  db.summaryTransfers,
];

/** Reads (inside a transaction over `familyTables`) every row owned by one of `familyIds`. */
export async function readFamilyOwnedRows(db: Session['db'], familyIds: readonly string[]): Promise<FamilyOwnedRows> {
  const ids = [...familyIds];
  const owned = new Set(ids);
  return {
    hypotheses: await db.hypotheses.where('familyId').anyOf(ids).toArray(),
    hypothesisRevisions: await db.hypothesisRevisions.where('familyId').anyOf(ids).toArray(),
    riskRounds: await db.riskRounds.where('familyId').anyOf(ids).toArray(),
    actions: await db.actions.where('familyId').anyOf(ids).toArray(),
    // Notes are indexed by meeting only; a family's notes are those of its deep-dive steps.
    meetingNotes: await db.meetingNotes.filter((note) => note.familyId !== null && owned.has(note.familyId)).toArray(),
    timelineEvents: await db.timelineEvents.where('familyId').anyOf(ids).toArray(),
    threeHousesSessions: await db.threeHousesSessions.where('familyId').anyOf(ids).toArray(),
    networkMaps: await db.networkMaps.where('familyId').anyOf(ids).toArray(),
    carePeriods: await db.carePeriods.where('familyId').anyOf(ids).toArray(),
    goalRatings: await db.goalRatings.where('familyId').anyOf(ids).toArray(),
    summaryTransfers: await db.summaryTransfers.where('familyId').anyOf(ids).toArray(),
  };
}

/** Deletes the given rows (inside a transaction over `familyTables`). */
export async function deleteFamilyOwnedRows(db: Session['db'], rows: FamilyOwnedRows): Promise<void> {
  await db.hypotheses.bulkDelete(rows.hypotheses.map((row) => row.id));
  await db.hypothesisRevisions.bulkDelete(rows.hypothesisRevisions.map((row) => row.id));
  await db.riskRounds.bulkDelete(rows.riskRounds.map((row) => row.id));
  await db.actions.bulkDelete(rows.actions.map((row) => row.id));
  await db.meetingNotes.bulkDelete(rows.meetingNotes.map((row) => row.id));
  await db.timelineEvents.bulkDelete(rows.timelineEvents.map((row) => row.id));
  await db.threeHousesSessions.bulkDelete(rows.threeHousesSessions.map((row) => row.id));
  await db.networkMaps.bulkDelete(rows.networkMaps.map((row) => row.id));
  await db.carePeriods.bulkDelete(rows.carePeriods.map((row) => row.id));
  await db.goalRatings.bulkDelete(rows.goalRatings.map((row) => row.id));
  await db.summaryTransfers.bulkDelete(rows.summaryTransfers.map((row) => row.id));
}

/** Puts the given rows back exactly as they were (inside a transaction over `familyTables`). */
export async function putFamilyOwnedRows(db: Session['db'], rows: FamilyOwnedRows): Promise<void> {
  await db.hypotheses.bulkPut(rows.hypotheses);
  await db.hypothesisRevisions.bulkPut(rows.hypothesisRevisions);
  await db.riskRounds.bulkPut(rows.riskRounds);
  await db.actions.bulkPut(rows.actions);
  await db.meetingNotes.bulkPut(rows.meetingNotes);
  await db.timelineEvents.bulkPut(rows.timelineEvents);
  await db.threeHousesSessions.bulkPut(rows.threeHousesSessions);
  await db.networkMaps.bulkPut(rows.networkMaps);
  await db.carePeriods.bulkPut(rows.carePeriods);
  await db.goalRatings.bulkPut(rows.goalRatings);
  await db.summaryTransfers.bulkPut(rows.summaryTransfers);
}

/** Drops the given rows (deleted or erased) from this session's in-memory caches. */
export function forgetOwnedRows(session: Session, rows: FamilyOwnedRows & { families?: readonly { id: string }[] }): void {
  for (const [table, list] of Object.entries(rows)) {
    if (Array.isArray(list)) forgetRecords(session, table, (list as { id: string }[]).map((row) => row.id));
  }
}

/** A family erased while a copy of it was held for undo: it cannot come back. */
export class FamilyErasedError extends Error {
  constructor(readonly familyId: string) {
    super(`The family ${familyId} was erased and cannot be restored`);
    this.name = 'FamilyErasedError';
  }
}

/** Deleted families held for undo in this window, by family id (see `dropPendingUndo`). */
const pendingUndo = new Map<string, Set<DeletedFamily>>();
const erasedListeners = new Set<(familyId: string) => void>();

/**
 * Empties every copy of a family held for undo in this window and marks it erased, so Undo cannot
 * bring it back, and tells listeners (the notification bar drops an Undo about the family).
 */
export function dropPendingUndo(familyId: string): void {
  for (const copy of pendingUndo.get(familyId) ?? []) {
    for (const key of Object.keys(copy) as (keyof DeletedFamily)[]) {
      if (Array.isArray(copy[key])) (copy[key] as unknown[]).length = 0;
    }
    copy.family = { ...copy.family, code: '', payload: { iv: new Uint8Array(0), data: new ArrayBuffer(0) } };
    copy.erased = true;
  }
  pendingUndo.delete(familyId);
  for (const listener of erasedListeners) listener(familyId);
}

/** Calls `listener` with the id of each family erased in this window (or announced erased by another); returns the unsubscribe. */
export function onFamilyErased(listener: (familyId: string) => void): () => void {
  erasedListeners.add(listener);
  return () => erasedListeners.delete(listener);
}

/**
 * Deletes a family and everything captured about it in one transaction, and takes it out of every
 * meeting that planned or ran it (the meetings stay for the other families); returns it all for undo.
 */
export async function deleteFamily(session: Session, id: string): Promise<DeletedFamily | undefined> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    if (!(await db.families.get(id))) return undefined;
    const scrubs = await prepareMeetingScrubs(session, [id]);
    const result = await db.transaction('rw', [...familyTables(db), db.meetings, db.activityLog], async () => {
      const family = await db.families.get(id);
      if (!family) return undefined;
      if (!(await applyMeetingScrubs(db, scrubs))) return 'changed' as const;
      const deleted: DeletedFamily = { family, ...(await readFamilyOwnedRows(db, [id])), meetings: scrubs };
      await db.families.delete(id);
      await deleteFamilyOwnedRows(db, deleted);
      await recordActivity(db, 'familyDeleted', family.code, session.now());
      return deleted;
    });
    if (result === 'changed') continue;
    if (result) {
      forgetOwnedRows(session, result);
      forgetRecords(session, 'families', [id]);
      const held = pendingUndo.get(id) ?? new Set();
      pendingUndo.set(id, held.add(result));
    }
    return result;
  }
  throw new Error(`Could not delete families/${id}: its meetings kept changing`);
}

/**
 * Puts a deleted family back exactly as it was, with everything captured about it and its place in
 * the meetings (fails if its code was taken meanwhile, or with FamilyErasedError if it was erased).
 */
export async function restoreFamily(session: Session, deleted: DeletedFamily): Promise<void> {
  const { db } = session;
  if (deleted.erased) throw new FamilyErasedError(deleted.family.id);
  for (let attempt = 0; attempt < 8; attempt++) {
    const meetings = await prepareMeetingsBack(session, deleted.meetings, [deleted.family.id]);
    if (deleted.erased) throw new FamilyErasedError(deleted.family.id);
    const done = await db
      .transaction('rw', [...familyTables(db), db.meetings, db.activityLog], async () => {
        const current = await db.meetings.bulkGet(meetings.map((write) => write.expected.id));
        if (!meetings.every((write, index) => sameMeetingRow(current[index], write.expected))) return false;
        await db.families.add(deleted.family);
        await putFamilyOwnedRows(db, deleted);
        await db.meetings.bulkPut(meetings.map((write) => write.put));
        await recordActivity(db, 'familyRestored', deleted.family.code, session.now());
        return true;
      })
      .catch(asCodeTaken(deleted.family.code));
    if (done) {
      pendingUndo.get(deleted.family.id)?.delete(deleted);
      return;
    }
  }
  throw new Error(`Could not restore families/${deleted.family.id}: its meetings kept changing`);
}

/** A child taken out of a family, with the child's three-houses sessions, for undo. */
export type RemovedChild = { familyId: string; child: Child; index: number; threeHousesSessions: ThreeHousesSessionRow[] };

/** How many three-houses sessions a child has (read from the clear fields; nothing decrypted). */
export async function countChildSessions(session: Session, familyId: string, childId: string): Promise<number> {
  return session.db.threeHousesSessions.where('childId').equals(childId).filter((row) => row.familyId === familyId).count();
}

/**
 * Takes a child out of the family and the child's three-houses sessions with it, in one transaction
 * (a session never outlives its child unseen); returns both for undo, or undefined if the child was
 * already gone.
 */
export async function removeChild(session: Session, familyId: string, childId: string): Promise<RemovedChild | undefined> {
  const { db } = session;
  let removed: RemovedChild | undefined;
  await updateSealed(
    session,
    db.families,
    familyId,
    familyPayloadSchema,
    (payload) => {
      const index = payload.children.findIndex((child) => child.id === childId);
      removed = index < 0 ? undefined : { familyId, child: payload.children[index]!, index, threeHousesSessions: [] };
      return { payload: { ...payload, children: payload.children.filter((child) => child.id !== childId) } };
    },
    {
      tables: [db.threeHousesSessions],
      write: async () => {
        if (!removed) return;
        const sessions = await db.threeHousesSessions.where('childId').equals(childId).filter((row) => row.familyId === familyId).toArray();
        await db.threeHousesSessions.bulkDelete(sessions.map((row) => row.id));
        removed.threeHousesSessions = sessions;
      },
    },
  );
  return removed;
}

/** Undo of removeChild: the child back in its place (or last, if the list got shorter) with its sessions, in one transaction. */
export async function restoreChild(session: Session, removed: RemovedChild): Promise<void> {
  const { db } = session;
  await updateSealed(
    session,
    db.families,
    removed.familyId,
    familyPayloadSchema,
    (payload) => {
      if (payload.children.some((child) => child.id === removed.child.id)) return { payload };
      const children = [...payload.children];
      children.splice(Math.min(removed.index, children.length), 0, removed.child);
      return { payload: { ...payload, children } };
    },
    { tables: [db.threeHousesSessions], write: async () => void (await db.threeHousesSessions.bulkPut(removed.threeHousesSessions)) },
  );
}
