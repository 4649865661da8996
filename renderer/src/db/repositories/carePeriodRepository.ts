// A child's care periods (LIPSY) and their goals' ratings at the interim reviews. A care
// period belongs to the child who is the patient (the child's id in the payload; one care period
// at a time per child, several over time) and is found through its family: one sealed row per
// care period (dates in the clear, the unit, the child and the goals in the payload);
// each rating is one sealed row per meeting and goal (`${meetingId}|${goalId}`, ids in the clear,
// the 0–10 rating and the comment in the payload). Edits merge with what another window wrote in
// between (updateSealed); a removed goal takes its ratings along in the same transaction and undo
// brings both back. Family deletion and demo removal take these tables along (familyRepository,
// demoRepository).
import { format } from 'date-fns';
import {
  carePeriodPayloadSchema,
  checkGoalCount,
  currentCarePeriod,
  overlapsChildCarePeriod,
  goalRatingId,
  goalRatingPayloadSchema,
  validateCarePeriodDates,
  type CarePeriod,
  type CarePeriodDates,
  type CarePeriodGoal,
  type CarePeriodPayload,
  type GoalRating,
  type GoalRatingPayload,
} from '../../../../shared/carePeriod/carePeriod';
import type { CarePeriodForRecord } from '../../../../shared/carePeriod/summaryCarePeriod';
import type { ValidationIssue } from '../../../../shared/validation';
import type { CarePeriodRow, GoalRatingRow } from '../database';
import { createOrUpdateSealed, openList, openPayload, openRecord, sealPayload, updateSealed } from '../sealedRecords';
import type { Session } from '../session';
import { meetingStart } from '../../../../shared/meeting/meeting';

/** A change the care period's rules refuse (dates in the wrong order, one goal too many); nothing was written. */
export class CarePeriodRefusedError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(`Care period change refused: ${issue.key}`);
    this.name = 'CarePeriodRefusedError';
  }
}

/** The child already has a care period at that time (started in another window?): nothing was written. */
export class CarePeriodExistsError extends Error {
  constructor(readonly childId: string) {
    super(`Child ${childId} already has a care period at that time`);
    this.name = 'CarePeriodExistsError';
  }
}

export function openCarePeriod(session: Session, row: CarePeriodRow): Promise<CarePeriod> {
  return openRecord(session, session.db.carePeriods, row, carePeriodPayloadSchema);
}

/** Every care period of the family's children (and those stored before they named their child), latest start first. */
export async function listFamilyCarePeriods(session: Session, familyId: string): Promise<CarePeriod[]> {
  const rows = await session.db.carePeriods.where('familyId').equals(familyId).toArray();
  const periods = await openList(session, session.db.carePeriods, rows, (row) => openCarePeriod(session, row));
  return periods.sort((a, b) => b.start.localeCompare(a.start));
}

/** The family's care period current on `day` (yyyy-MM-dd; see currentCarePeriod), or null when it has none. */
export async function readCarePeriodOn(session: Session, familyId: string, day: string): Promise<CarePeriod | null> {
  return currentCarePeriod(await listFamilyCarePeriods(session, familyId), day);
}

/** The family's care period current today, or null when it has none. */
export function readFamilyCarePeriod(session: Session, familyId: string): Promise<CarePeriod | null> {
  return readCarePeriodOn(session, familyId, format(session.now(), 'yyyy-MM-dd'));
}

export type NewCarePeriod = CarePeriodDates & { familyId: string; childId: string; unit: string; goals?: readonly CarePeriodGoal[] };

/**
 * Starts a child's care period; refused if its dates are wrong or overlap a care period the child
 * already has (checked in the transaction that writes, so another window's counts).
 */
export async function createCarePeriod(session: Session, input: NewCarePeriod): Promise<string> {
  const dates = checked(validateCarePeriodDates(input.start, input.plannedEnd));
  const id = crypto.randomUUID();
  const at = session.now().toISOString();
  const { db } = session;
  const clear = { id, familyId: input.familyId, ...dates, createdAt: at, updatedAt: at };
  const payload = await sealPayload(
    session,
    db.carePeriods,
    clear,
    carePeriodPayloadSchema.parse({ unit: input.unit, goals: input.goals ?? [], childId: input.childId }),
  );
  // Whose each care period is, is in its payload: decrypted before the transaction (decrypting
  // inside would end it). One started meanwhile in another window that overlaps the dates is taken
  // to be this child's: refused, and the next try knows whose it is.
  const known = await listFamilyCarePeriods(session, input.familyId);
  if (overlapsChildCarePeriod(known, input.childId, dates)) throw new CarePeriodExistsError(input.childId);
  const knownIds = new Set(known.map((period) => period.id));
  await db.transaction('rw', db.carePeriods, async () => {
    const rows = await db.carePeriods.where('familyId').equals(input.familyId).toArray();
    const newcomers = rows.filter((row) => !knownIds.has(row.id)).map((row) => ({ ...row, childId: input.childId }));
    if (overlapsChildCarePeriod(newcomers, input.childId, dates)) throw new CarePeriodExistsError(input.childId);
    await db.carePeriods.add({ ...clear, payload });
  });
  return id;
}

/** Sets whose care period it is (for one stored before care periods named their child). */
export function setCarePeriodChild(session: Session, id: string, childId: string): Promise<void> {
  return updateCarePeriodPayload(session, id, (payload) => ({ ...payload, childId }));
}

/**
 * Changes the start or the planned end on top of the stored dates: the pair must still be in order
 * (checked against what is stored at the moment of writing, so another window's change counts).
 */
export function setCarePeriodDates(session: Session, id: string, change: Partial<CarePeriodDates>): Promise<void> {
  return updateSealed(session, session.db.carePeriods, id, carePeriodPayloadSchema, (payload, row) => {
    const dates = checked(validateCarePeriodDates(change.start ?? row.start, change.plannedEnd ?? row.plannedEnd));
    return { payload, fields: dates };
  });
}

export function setCarePeriodUnit(session: Session, id: string, unit: string): Promise<void> {
  return updateCarePeriodPayload(session, id, (payload) => ({ ...payload, unit }));
}

/** Adds a goal at the end; refused when the period already has the most goals it can. Returns the goal's id. */
export async function addGoal(session: Session, id: string, text: string): Promise<string> {
  const goal: CarePeriodGoal = { id: crypto.randomUUID(), text };
  await updateCarePeriodPayload(session, id, (payload) => {
    checked(checkGoalCount(payload.goals));
    return { ...payload, goals: [...payload.goals, goal] };
  });
  return goal.id;
}

/** Rewords a goal (its ratings stay with it: they refer to its id). */
export function setGoalText(session: Session, id: string, goalId: string, text: string): Promise<void> {
  return updateCarePeriodPayload(session, id, (payload) => ({
    ...payload,
    goals: payload.goals.map((goal) => (goal.id === goalId ? { ...goal, text } : goal)),
  }));
}

/** How many reviews have rated a goal (read from the clear fields; nothing decrypted). */
export function countGoalRatings(session: Session, carePeriodId: string, goalId: string): Promise<number> {
  return session.db.goalRatings.where('carePeriodId').equals(carePeriodId).filter((row) => row.goalId === goalId).count();
}

/** A goal taken out of its care period, with its ratings as stored, for undo. */
export type RemovedGoal = { carePeriodId: string; goal: CarePeriodGoal; index: number; ratings: GoalRatingRow[] };

/**
 * Takes a goal out of the care period and its ratings with it, in one transaction (a rating never
 * outlives its goal unseen); returns both for undo, or undefined if the goal was already gone.
 */
export async function removeGoal(session: Session, carePeriodId: string, goalId: string): Promise<RemovedGoal | undefined> {
  const { db } = session;
  let removed: RemovedGoal | undefined;
  await updateSealed(
    session,
    db.carePeriods,
    carePeriodId,
    carePeriodPayloadSchema,
    (payload) => {
      const index = payload.goals.findIndex((goal) => goal.id === goalId);
      removed = index < 0 ? undefined : { carePeriodId, goal: payload.goals[index]!, index, ratings: [] };
      return { payload: { ...payload, goals: payload.goals.filter((goal) => goal.id !== goalId) } };
    },
    {
      tables: [db.goalRatings],
      write: async () => {
        if (!removed) return;
        const ratings = await db.goalRatings.where('carePeriodId').equals(carePeriodId).filter((row) => row.goalId === goalId).toArray();
        await db.goalRatings.bulkDelete(ratings.map((row) => row.id));
        removed.ratings = ratings;
      },
    },
  );
  return removed;
}

/** Undo of removeGoal: the goal back in its place (or last, if the list got shorter) with its ratings, in one transaction. */
export async function restoreGoal(session: Session, removed: RemovedGoal): Promise<void> {
  const { db } = session;
  await updateSealed(
    session,
    db.carePeriods,
    removed.carePeriodId,
    carePeriodPayloadSchema,
    (payload) => {
      if (payload.goals.some((goal) => goal.id === removed.goal.id)) return { payload };
      const goals = [...payload.goals];
      goals.splice(Math.min(removed.index, goals.length), 0, removed.goal);
      return { payload: { ...payload, goals } };
    },
    { tables: [db.goalRatings], write: async () => void (await db.goalRatings.bulkPut(removed.ratings)) },
  );
}

// ---------------------------------------------------------------------------------------------
// Ratings

export type RatingTarget = { carePeriodId: string; familyId: string; goalId: string; meetingId: string };

/**
 * Saves this review's rating of a goal, or its comment: only the fields given change, on top of
 * what is stored now, so the rating chosen in one window and the comment typed in another both stay.
 */
export async function saveGoalRating(session: Session, target: RatingTarget, change: Partial<GoalRatingPayload>): Promise<void> {
  const { db } = session;
  const id = goalRatingId(target.meetingId, target.goalId);
  const apply = (current: GoalRatingPayload) => goalRatingPayloadSchema.parse({ ...current, ...change });
  await createOrUpdateSealed(
    session,
    db.goalRatings,
    id,
    goalRatingPayloadSchema,
    async () => {
      const at = session.now().toISOString();
      const clear = { id, ...target, createdAt: at, updatedAt: at };
      return { ...clear, payload: await sealPayload(session, db.goalRatings, clear, apply({ rating: null, comment: '' })) };
    },
    (current) => ({ payload: apply(current) }),
  );
}

/**
 * Every rating of the family's goals with the date of its meeting, in meeting order. Ratings of a
 * cancelled meeting, or of one that no longer exists, are left out: that review did not happen.
 * Meeting dates come from the meetings' clear fields (nothing of the meetings is decrypted).
 */
export async function listFamilyGoalRatings(session: Session, familyId: string): Promise<GoalRating[]> {
  const { db } = session;
  const rows = await db.goalRatings.where('familyId').equals(familyId).toArray();
  const meetingIds = [...new Set(rows.map((row) => row.meetingId))];
  const meetings = new Map((await db.meetings.bulkGet(meetingIds)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
  const ratings = await openList(session, db.goalRatings, rows, async (row): Promise<GoalRating | null> => {
    const meeting = meetings.get(row.meetingId);
    if (!meeting || meeting.status === 'cancelled') return null;
    const payload = await openPayload(session, db.goalRatings, row, goalRatingPayloadSchema);
    const { payload: _sealed, createdAt: _created, ...clear } = row;
    return { ...payload, ...clear, meetingDate: meetingStart(meeting) };
  });
  return ratings.filter((rating) => rating !== null).sort((a, b) => a.meetingDate - b.meetingDate);
}

// ---------------------------------------------------------------------------------------------

function updateCarePeriodPayload(session: Session, id: string, change: (payload: CarePeriodPayload) => CarePeriodPayload): Promise<void> {
  return updateSealed(session, session.db.carePeriods, id, carePeriodPayloadSchema, (payload) => ({ payload: change(payload) }));
}

function checked<T>(result: { ok: true; value: T } | { ok: false; issue: ValidationIssue }): T {
  if (!result.ok) throw new CarePeriodRefusedError(result.issue);
  return result.value;
}

/**
 * The care period an interim review on `day` (yyyy-MM-dd) works on, as its record needs it (see
 * CarePeriodForRecord): the family's child's care period current that day; null when it has none.
 */
export async function readCarePeriodForRecord(session: Session, familyId: string, day: string): Promise<CarePeriodForRecord | null> {
  const [carePeriod, ratings] = await Promise.all([readCarePeriodOn(session, familyId, day), listFamilyGoalRatings(session, familyId)]);
  if (!carePeriod) return null;
  return {
    unit: carePeriod.unit,
    start: carePeriod.start,
    plannedEnd: carePeriod.plannedEnd,
    goals: carePeriod.goals,
    ratings: ratings
      .filter((rating) => rating.carePeriodId === carePeriod.id)
      .map((rating) => ({ goalId: rating.goalId, meetingId: rating.meetingId, date: rating.meetingDate, rating: rating.rating, comment: rating.comment })),
  };
}
