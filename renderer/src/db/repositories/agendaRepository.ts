// The agenda of a running meeting, changed while it runs (shared/meeting/agendaEditing.ts): adding a
// deep dive, reordering those not yet reached, moving one to next week's meeting (and its Undo), and
// jumping to any step. Each change is one transaction that writes the plan (sealed), the agenda
// outline and the run moved onto the new steps together, and only if the meeting rows are still
// exactly as they were read (the payload's IV and every clear field, the run included): a chair
// pressing "next" in another window meanwhile makes the change be worked out again on the new run,
// never applied over it (docs/architecture.md: The agenda during the meeting).
import * as engine from '../../../../shared/meeting/engine';
import { mayDrive, type RunDriver } from '../../../../shared/meeting/driver';
import {
  addDeepDiveNow as addToAgenda,
  findNextWeekMeeting,
  moveDeepDiveAway,
  planWithDeepDiveForNextWeek,
  planWithoutDeepDive,
  putDeepDiveBack,
  reorderDeepDive as reorderOnAgenda,
  type AgendaEdit,
  type AgendaMeeting,
  type AgendaRefusal,
  type DeepDiveRequest,
} from '../../../../shared/meeting/agendaEditing';
import { agendaOutline, meetingPayloadSchema, type DeepDive, type MeetingPlan } from '../../../../shared/meeting/meeting';
import { defaultPlan, isOneFamilyMeeting, oneWeekLater, planForTemplate } from '../../../../shared/meeting/plan';
import type { MeetingRow } from '../database';
import { openPayload, sealPayload } from '../sealedRecords';
import type { Session } from '../session';
import { listFamilies } from './familyRepository';
import { sameMeetingRow, templateSnapshots, type RunResult, type SeenRun } from './meetingRepository';
import { listMembers } from './teamRepository';

export type AgendaResult<T> = ({ ok: true } & T) | { ok: false; reason: AgendaRefusal | 'missing' };

/**
 * A family added to a running meeting's deep dives, after all of them. `deepDiveId` (optional) is
 * the new agenda item's id, for a screen that shows the change before it is stored.
 */
export async function addDeepDiveNow(
  session: Session,
  meetingId: string,
  request: DeepDiveRequest & { deepDiveId?: string },
): Promise<AgendaResult<{ deepDiveId: string }>> {
  const deepDiveId = request.deepDiveId ?? crypto.randomUUID();
  return editRunningMeeting(session, meetingId, (meeting, now) => addToAgenda(meeting, request, deepDiveId, now), () => ({ deepDiveId }));
}

/** A deep dive not yet reached moved to `toPosition` among those not yet reached; `seenOrder` is the deep dives' order the chair saw. */
export async function reorderDeepDive(
  session: Session,
  meetingId: string,
  deepDiveId: string,
  toPosition: number,
  seenOrder: readonly string[],
): Promise<AgendaResult<object>> {
  return editRunningMeeting(session, meetingId, (meeting, now) => reorderOnAgenda(meeting, deepDiveId, toPosition, seenOrder, now), () => ({}));
}

/** What `moveToNextWeek` did, for its Undo. */
export type MovedToNextWeek = {
  fromMeetingId: string;
  toMeetingId: string;
  /** When next week's meeting is planned (ISO instant). */
  toScheduledAt: string;
  /** The deep dive on next week's agenda. */
  toDeepDiveId: string;
  /** Whether the deep dive was added there (false: the family already had one, which is kept). */
  added: boolean;
  /** Whether next week's meeting was created for it. */
  created: boolean;
  /** The deep dive taken off this meeting's agenda, its place and when; absent when none was. */
  removed?: { deepDive: DeepDive; index: number; at: number };
};

/**
 * Puts a family on next week's plan as a deep dive with its question and presenter: the planned
 * meeting closest to a week after this one (`findNextWeekMeeting`), or a new one created as the
 * planner would (this meeting's template, the default plan, a week later). With `deepDiveId`, the
 * deep dive (not yet reached) leaves this meeting's agenda in the same transaction.
 */
export async function moveToNextWeek(
  session: Session,
  fromMeetingId: string,
  request: DeepDiveRequest & { deepDiveId?: string },
): Promise<AgendaResult<{ moved: MovedToNextWeek }>> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const now = session.now();
    const fromRow = await db.meetings.get(fromMeetingId);
    if (!fromRow) return { ok: false, reason: 'missing' };
    const fromTemplate = (await templateSnapshots(db, [fromRow.templateId])).get(fromRow.templateId)!;
    if (isOneFamilyMeeting(fromTemplate)) return { ok: false, reason: 'oneFamilyMeeting' };
    const rows = await db.meetings.toArray();
    const target = findNextWeekMeeting(
      rows.map((row) => ({ ...row, demo: row.demo === 1 })),
      { id: fromRow.id, scheduledAt: fromRow.scheduledAt, demo: fromRow.demo === 1 },
    );
    const targetRow = target ? rows.find((row) => row.id === target.id)! : null;
    const members = await listMembers(session);
    const memberIds = new Set(members.map((member) => member.id));
    const newId = () => crypto.randomUUID();
    const toMeetingId = targetRow?.id ?? newId();

    const writes: MeetingWrite[] = [];
    let removed: MovedToNextWeek['removed'];
    if (request.deepDiveId !== undefined) {
      const fromPlan = await openPayload(session, db.meetings, fromRow, meetingPayloadSchema);
      if (fromRow.status !== 'running') return { ok: false, reason: 'notRunning' };
      const edit = moveDeepDiveAway({ plan: fromPlan, run: fromRow.run, template: fromTemplate }, request.deepDiveId, toMeetingId, now.getTime());
      if (!edit.ok) return edit;
      removed = { deepDive: edit.deepDive!, index: edit.index!, at: now.getTime() };
      writes.push({ kind: 'update', row: fromRow, plan: edit.plan, fields: { outline: agendaOutline(edit.plan), run: edit.run } });
    }
    let placed: { deepDiveId: string; added: boolean };
    if (targetRow) {
      const template = (await templateSnapshots(db, [targetRow.templateId])).get(targetRow.templateId)!;
      const plan = await openPayload(session, db.meetings, targetRow, meetingPayloadSchema);
      const next = planWithDeepDiveForNextWeek(plan, request, (id) => memberIds.has(id), newId);
      placed = next;
      if (next.added || next.plan !== plan) writes.push({ kind: 'update', row: targetRow, plan: planForTemplate(next.plan, template), fields: { outline: agendaOutline(next.plan) } });
    } else {
      const families = await listFamilies(session);
      const next = planWithDeepDiveForNextWeek(defaultPlan(fromTemplate, members, families, newId), request, (id) => memberIds.has(id), newId);
      placed = next;
      const timestamp = now.toISOString();
      writes.push({
        kind: 'create',
        plan: next.plan,
        row: {
          id: toMeetingId,
          status: 'planned',
          scheduledAt: oneWeekLater(fromRow.scheduledAt),
          demo: fromRow.demo,
          createdAt: timestamp,
          updatedAt: timestamp,
          // The same template snapshot as this meeting: the same kind of meeting, as "duplicate for next week" has it.
          templateId: fromRow.templateId,
          outline: agendaOutline(next.plan),
          run: engine.notStartedRun,
        },
      });
    }
    const written = await writeMeetings(session, writes);
    if (!written) continue;
    return {
      ok: true,
      moved: {
        fromMeetingId,
        toMeetingId,
        toScheduledAt: targetRow?.scheduledAt ?? oneWeekLater(fromRow.scheduledAt),
        toDeepDiveId: placed.deepDiveId,
        added: placed.added,
        created: !targetRow,
        ...(removed && { removed }),
      },
    };
  }
  throw new Error(`Could not move to next week from meetings/${fromMeetingId}: it kept changing`);
}

/**
 * Undo of `moveToNextWeek`: the deep dive back on this meeting's agenda (where it was, or after
 * the deep dives reached since) and off next week's, all in one transaction; a next week's meeting
 * created for it and not changed since goes again.
 */
export async function undoMoveToNextWeek(session: Session, moved: MovedToNextWeek): Promise<void> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const writes: MeetingWrite[] = [];
    if (moved.removed) {
      const fromRow = await db.meetings.get(moved.fromMeetingId);
      if (fromRow) {
        const template = (await templateSnapshots(db, [fromRow.templateId])).get(fromRow.templateId)!;
        const plan = await openPayload(session, db.meetings, fromRow, meetingPayloadSchema);
        const edit = putDeepDiveBack({ plan, run: fromRow.run, template }, moved.removed.deepDive, moved.removed.index, moved.removed.at);
        if (!edit.ok && edit.reason !== 'alreadyOnAgenda') throw new AgendaRefusedError(edit.reason);
        if (edit.ok) writes.push({ kind: 'update', row: fromRow, plan: edit.plan, fields: { outline: agendaOutline(edit.plan), run: edit.run } });
      }
    }
    const toRow = await db.meetings.get(moved.toMeetingId);
    if (toRow && toRow.status === 'planned' && moved.added) {
      if (moved.created && toRow.updatedAt === toRow.createdAt) writes.push({ kind: 'delete', row: toRow });
      else {
        const plan = await openPayload(session, db.meetings, toRow, meetingPayloadSchema);
        const next = planWithoutDeepDive(plan, moved.toDeepDiveId);
        writes.push({ kind: 'update', row: toRow, plan: next, fields: { outline: agendaOutline(next) } });
      }
    }
    if (await writeMeetings(session, writes)) return;
  }
  throw new Error(`Could not undo the move to next week from meetings/${moved.fromMeetingId}: it kept changing`);
}

/**
 * Jumps the run to the step `stepKey` (from the agenda list), only if the run is still where the chair
 * saw it, and (given `by`) only from the computer that drives the run (shared/meeting/driver.ts).
 */
export async function jumpInMeeting(session: Session, meetingId: string, stepKey: string, seen: SeenRun, by?: RunDriver): Promise<RunResult> {
  const { db } = session;
  const now = session.now().getTime();
  return db.transaction('rw', [db.meetings, db.meetingTemplates], async (): Promise<RunResult> => {
    const row = await db.meetings.get(meetingId);
    if (!row) return { ok: false, reason: 'missing' };
    if (row.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (by && !mayDrive(row.run, by.computerId)) return { ok: false, reason: 'notDriver' };
    if (row.run.status !== seen.status || row.run.stepIndex !== seen.stepIndex) return { ok: false, reason: 'changedElsewhere' };
    const template = (await templateSnapshots(db, [row.templateId])).get(row.templateId)!;
    const steps = engine.buildMeetingSteps(template, row.outline);
    const target = steps.find((step) => step.key === stepKey);
    if (!target) return { ok: false, reason: 'stepsChanged' };
    const transition = engine.goTo(row.run, steps, now, target.index);
    if (!transition.ok) return { ok: false, reason: transition.reason === 'notWhereSeen' ? 'changedElsewhere' : transition.reason };
    await db.meetings.update(meetingId, { run: transition.state, updatedAt: session.now().toISOString() });
    return { ok: true, run: transition.state };
  });
}

/** Thrown by an Undo the meeting no longer allows (it finished meanwhile, say). */
export class AgendaRefusedError extends Error {
  constructor(readonly reason: AgendaRefusal) {
    super(`The agenda change was refused: ${reason}`);
    this.name = 'AgendaRefusedError';
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

/** One edit of a running meeting's agenda, worked out again on every attempt from the meeting as read. */
async function editRunningMeeting<T extends object>(
  session: Session,
  meetingId: string,
  edit: (meeting: AgendaMeeting, now: number) => AgendaEdit,
  result: () => T,
): Promise<AgendaResult<T>> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const row = await db.meetings.get(meetingId);
    if (!row) return { ok: false, reason: 'missing' };
    if (row.status !== 'running') return { ok: false, reason: 'notRunning' };
    const template = (await templateSnapshots(db, [row.templateId])).get(row.templateId)!;
    const plan = await openPayload(session, db.meetings, row, meetingPayloadSchema);
    const edited = edit({ plan, run: row.run, template }, session.now().getTime());
    if (!edited.ok) return edited;
    if (edited.plan === plan) return { ok: true, ...result() };
    const written = await writeMeetings(session, [{ kind: 'update', row, plan: edited.plan, fields: { outline: agendaOutline(edited.plan), run: edited.run } }]);
    if (written) return { ok: true, ...result() };
  }
  throw new Error(`Could not change the agenda of meetings/${meetingId}: it kept changing`);
}

type MeetingWrite =
  | { kind: 'update'; row: MeetingRow; plan: MeetingPlan; fields: Partial<Pick<MeetingRow, 'outline' | 'run'>> }
  | { kind: 'create'; row: Omit<MeetingRow, 'payload'>; plan: MeetingPlan }
  | { kind: 'delete'; row: MeetingRow };

/**
 * Seals the plans (encrypting cannot run inside a transaction), then writes every change in one
 * transaction, only if each meeting read is still exactly as it was (and a meeting to create is not
 * there yet). False, writing nothing, when one changed: the caller works its change out again.
 */
async function writeMeetings(session: Session, writes: readonly MeetingWrite[]): Promise<boolean> {
  if (writes.length === 0) return true;
  const { db } = session;
  const updatedAt = session.now().toISOString();
  const sealed = await Promise.all(
    writes.map(async (write) => {
      if (write.kind === 'delete') return write;
      const clear = write.kind === 'create' ? write.row : { ...stripPayload(write.row), ...write.fields, updatedAt };
      const payload = await sealPayload(session, db.meetings, clear, meetingPayloadSchema.parse(write.plan));
      return { ...write, put: { ...clear, payload } as MeetingRow };
    }),
  );
  return db.transaction('rw', db.meetings, async () => {
    for (const write of sealed) {
      const latest = await db.meetings.get(write.row.id);
      if (write.kind === 'create' ? latest !== undefined : !sameMeetingRow(latest, write.row as MeetingRow)) return false;
    }
    for (const write of sealed) {
      if (write.kind === 'delete') await db.meetings.delete(write.row.id);
      else await db.meetings.put(write.put);
    }
    return true;
  });
}

function stripPayload(row: MeetingRow): Omit<MeetingRow, 'payload'> {
  const { payload: _payload, ...clear } = row;
  return clear;
}
