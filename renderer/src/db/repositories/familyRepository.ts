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
  ThreeHousesSessionRow,
  TimelineEventRow,
} from '../database';
import { openList, openPayload, sealPayload, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

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
  const row: FamilyRow = {
    id,
    code,
    status: input.status ?? 'active',
    demo: demo ? 1 : 0,
    createdAt: timestamp,
    updatedAt: timestamp,
    payload: await sealPayload(session, session.db.families, id, payload),
  };
  await session.db.families.add(row).catch(asCodeTaken(code));
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

export function setFamilyStatus(session: Session, id: string, status: FamilyStatus): Promise<void> {
  return updateSealed(session, session.db.families, id, familyPayloadSchema, (payload) => ({ payload, fields: { status } }));
}

/**
 * A deleted family as stored, still encrypted, with everything meetings captured about it
 * (hypotheses with their history, risk rounds, actions, the notes of its deep-dive steps) and its
 * method work (timeline events, its children's three-houses sessions) and its care period with the
 * goals' ratings, so undo puts all of it back.
 * Meeting agendas keep the family's id and show it as a deleted family.
 */
export type DeletedFamily = {
  family: FamilyRow;
  hypotheses: HypothesisRow[];
  hypothesisRevisions: HypothesisRevisionRow[];
  riskRounds: RiskRoundRow[];
  actions: ActionRow[];
  meetingNotes: MeetingNoteRow[];
  timelineEvents: TimelineEventRow[];
  threeHousesSessions: ThreeHousesSessionRow[];
  carePeriods: CarePeriodRow[];
  goalRatings: GoalRatingRow[];
};

/** Every table a family's deletion takes rows from (and its undo puts them back into). */
const familyTables = (db: Session['db']) => [
  db.families,
  db.hypotheses,
  db.hypothesisRevisions,
  db.riskRounds,
  db.actions,
  db.meetingNotes,
  db.timelineEvents,
  db.threeHousesSessions,
  db.carePeriods,
  db.goalRatings,
];

/** Deletes a family and everything captured about it in one transaction; returns it all for undo. */
export function deleteFamily(session: Session, id: string): Promise<DeletedFamily | undefined> {
  const { db } = session;
  return db.transaction('rw', familyTables(db), async () => {
    const family = await db.families.get(id);
    if (!family) return undefined;
    const deleted: DeletedFamily = {
      family,
      hypotheses: await db.hypotheses.where('familyId').equals(id).toArray(),
      hypothesisRevisions: await db.hypothesisRevisions.where('familyId').equals(id).toArray(),
      riskRounds: await db.riskRounds.where('familyId').equals(id).toArray(),
      actions: await db.actions.where('familyId').equals(id).toArray(),
      // Notes are indexed by meeting only; a family's notes are those of its deep-dive steps.
      meetingNotes: await db.meetingNotes.filter((note) => note.familyId === id).toArray(),
      timelineEvents: await db.timelineEvents.where('familyId').equals(id).toArray(),
      threeHousesSessions: await db.threeHousesSessions.where('familyId').equals(id).toArray(),
      carePeriods: await db.carePeriods.where('familyId').equals(id).toArray(),
      goalRatings: await db.goalRatings.where('familyId').equals(id).toArray(),
    };
    await db.families.delete(id);
    await db.hypotheses.bulkDelete(deleted.hypotheses.map((row) => row.id));
    await db.hypothesisRevisions.bulkDelete(deleted.hypothesisRevisions.map((row) => row.id));
    await db.riskRounds.bulkDelete(deleted.riskRounds.map((row) => row.id));
    await db.actions.bulkDelete(deleted.actions.map((row) => row.id));
    await db.meetingNotes.bulkDelete(deleted.meetingNotes.map((row) => row.id));
    await db.timelineEvents.bulkDelete(deleted.timelineEvents.map((row) => row.id));
    await db.threeHousesSessions.bulkDelete(deleted.threeHousesSessions.map((row) => row.id));
    await db.carePeriods.bulkDelete(deleted.carePeriods.map((row) => row.id));
    await db.goalRatings.bulkDelete(deleted.goalRatings.map((row) => row.id));
    return deleted;
  });
}

/** Puts a deleted family back exactly as it was, with everything captured about it (fails if its code was taken meanwhile). */
export async function restoreFamily(session: Session, deleted: DeletedFamily): Promise<void> {
  const { db } = session;
  await db
    .transaction('rw', familyTables(db), async () => {
      await db.families.add(deleted.family);
      await db.hypotheses.bulkPut(deleted.hypotheses);
      await db.hypothesisRevisions.bulkPut(deleted.hypothesisRevisions);
      await db.riskRounds.bulkPut(deleted.riskRounds);
      await db.actions.bulkPut(deleted.actions);
      await db.meetingNotes.bulkPut(deleted.meetingNotes);
      await db.timelineEvents.bulkPut(deleted.timelineEvents);
      await db.threeHousesSessions.bulkPut(deleted.threeHousesSessions);
      await db.carePeriods.bulkPut(deleted.carePeriods);
      await db.goalRatings.bulkPut(deleted.goalRatings);
    })
    .catch(asCodeTaken(deleted.family.code));
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
