// Meetings: plan (create, edit, duplicate for next week, cancel and restore) and run (every phase
// change is one atomic transaction over the clear run state, checked against what the caller saw,
// so two windows pressing "next" at once move the meeting one step, not two).
import * as engine from '../../../../shared/meeting/engine';
import {
  agendaOutline,
  meetingPayloadSchema,
  type Meeting,
  type MeetingPlan,
  type MeetingStatus,
} from '../../../../shared/meeting/meeting';
import { parseTemplate, type MeetingTemplate } from '../../../../shared/meeting/template';
import type { MeetingRow } from '../database';
import { openPayload, sealPayload, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

export class MeetingNotEditableError extends Error {
  constructor(readonly status: MeetingStatus) {
    super(`A ${status} meeting's plan cannot be changed`);
    this.name = 'MeetingNotEditableError';
  }
}

export async function decryptMeeting(session: Session, row: MeetingRow): Promise<Meeting> {
  const plan = await openPayload(session, session.db.meetings, row, meetingPayloadSchema);
  return {
    ...plan,
    id: row.id,
    status: row.status,
    scheduledAt: row.scheduledAt,
    template: row.template,
    run: row.run,
    demo: row.demo === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Every meeting, latest scheduled first. */
export async function listMeetings(session: Session): Promise<Meeting[]> {
  const rows = await session.db.meetings.orderBy('scheduledAt').reverse().toArray();
  return Promise.all(rows.map((row) => decryptMeeting(session, row)));
}

export async function readMeeting(session: Session, id: string): Promise<Meeting | null> {
  const row = await session.db.meetings.get(id);
  return row ? decryptMeeting(session, row) : null;
}

export type NewMeeting = {
  scheduledAt: string;
  template: MeetingTemplate;
  plan: MeetingPlan;
};

export async function createMeeting(session: Session, input: NewMeeting, demo: boolean = false): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const template = checkedTemplate(input.template);
  const plan = meetingPayloadSchema.parse(input.plan);
  const row: MeetingRow = {
    id,
    status: 'planned',
    scheduledAt: checkedInstant(input.scheduledAt),
    demo: demo ? 1 : 0,
    createdAt: timestamp,
    updatedAt: timestamp,
    template,
    outline: agendaOutline(plan),
    run: engine.notStartedRun,
    payload: await sealPayload(session, session.db.meetings, id, plan),
  };
  await session.db.meetings.add(row);
  return id;
}

/**
 * Changes a planned meeting's plan, and optionally its time and template. Refuses once the
 * meeting has started: the run's steps are built from the plan, so it is frozen from then on.
 */
export async function updateMeetingPlan(
  session: Session,
  id: string,
  change: (plan: MeetingPlan) => MeetingPlan,
  fields: { scheduledAt?: string; template?: MeetingTemplate } = {},
): Promise<void> {
  // async, so a bad time or template rejects the promise like every other refusal (not a synchronous throw).
  const clear: Partial<MeetingRow> = {};
  if (fields.scheduledAt !== undefined) clear.scheduledAt = checkedInstant(fields.scheduledAt);
  if (fields.template !== undefined) clear.template = checkedTemplate(fields.template);
  return updateSealed(session, session.db.meetings, id, meetingPayloadSchema, (plan, row) => {
    if (row.status !== 'planned') throw new MeetingNotEditableError(row.status);
    const next = change(plan);
    return { payload: next, fields: { ...clear, outline: agendaOutline(next) } };
  });
}

/**
 * A copy of a meeting's plan as a new planned meeting at `scheduledAt` (typically a week later),
 * with the same template snapshot, roles, participants, quick round and deep dives. Agenda items
 * get new ids: they are new items on a new agenda.
 */
export async function duplicateMeeting(session: Session, id: string, scheduledAt: string): Promise<string> {
  const source = await readMeeting(session, id);
  if (!source) throw new Error(`Meeting ${id} does not exist`);
  const newId = () => crypto.randomUUID();
  return createMeeting(
    session,
    {
      scheduledAt,
      template: source.template,
      plan: {
        roles: { ...source.roles },
        participants: source.participants.map((participant) => ({ ...participant })),
        quickRound: source.quickRound.map((item) => ({ ...item, id: newId() })),
        deepDives: source.deepDives.map((item) => ({ ...item, id: newId() })),
        closingNote: '',
      },
    },
    source.demo,
  );
}

/** Cancels a planned meeting; `restoreMeeting` undoes it. Nothing is deleted. */
export function cancelMeeting(session: Session, id: string): Promise<void> {
  return setStatus(session, id, 'planned', 'cancelled');
}

export function restoreMeeting(session: Session, id: string): Promise<void> {
  return setStatus(session, id, 'cancelled', 'planned');
}

async function setStatus(session: Session, id: string, from: MeetingStatus, to: MeetingStatus): Promise<void> {
  await session.db.transaction('rw', session.db.meetings, async () => {
    const row = await session.db.meetings.get(id);
    if (!row) throw new Error(`Meeting ${id} does not exist`);
    if (row.status !== from) throw new MeetingNotEditableError(row.status);
    await session.db.meetings.update(id, { status: to, updatedAt: session.now().toISOString() });
  });
}

/** Writes the closing note (what was agreed), in any status but cancelled. */
export function setClosingNote(session: Session, id: string, closingNote: string): Promise<void> {
  return updateSealed(session, session.db.meetings, id, meetingPayloadSchema, (plan, row) => {
    if (row.status === 'cancelled') throw new MeetingNotEditableError(row.status);
    return { payload: { ...plan, closingNote } };
  });
}

// ---------------------------------------------------------------------------------------------
// Running

export const runActions = ['start', 'next', 'previous', 'skip', 'pause', 'resume', 'finish'] as const;
export type RunAction = (typeof runActions)[number];

/** What the caller saw when it decided on the action. */
export type SeenRun = Pick<engine.MeetingRunState, 'status' | 'stepIndex'>;

export type RunResult =
  | { ok: true; run: engine.MeetingRunState }
  /** `changedElsewhere`: another window moved the meeting first; nothing was done. */
  | { ok: false; reason: engine.RefusalReason | 'changedElsewhere' | 'missing' | 'cancelled' };

/**
 * Applies one engine transition to the stored run, in one transaction, only if the run is still
 * where the caller saw it. The steps come from the stored template snapshot and agenda outline.
 */
export async function runMeeting(session: Session, id: string, action: RunAction, seen: SeenRun): Promise<RunResult> {
  const now = session.now().getTime();
  return session.db.transaction('rw', session.db.meetings, async (): Promise<RunResult> => {
    const row = await session.db.meetings.get(id);
    if (!row) return { ok: false, reason: 'missing' };
    if (row.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (row.run.status !== seen.status || row.run.stepIndex !== seen.stepIndex) {
      return { ok: false, reason: 'changedElsewhere' };
    }
    const steps = engine.buildMeetingSteps(row.template, row.outline);
    const transition = engine[action](row.run, steps, now);
    if (!transition.ok) return { ok: false, reason: transition.reason };
    const status: MeetingStatus = transition.state.status === 'finished' ? 'finished' : 'running';
    await session.db.meetings.update(id, { run: transition.state, status, updatedAt: session.now().toISOString() });
    return { ok: true, run: transition.state };
  });
}

function checkedTemplate(template: MeetingTemplate): MeetingTemplate {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`Invalid template: ${parsed.issue.key} at ${String(parsed.issue.values.path)}`);
  return parsed.value;
}

function checkedInstant(value: string): string {
  const time = Date.parse(value);
  if (!Number.isFinite(time)) throw new Error(`Not a date and time: ${value}`);
  return new Date(time).toISOString();
}
