// Meetings: plan (create, edit, duplicate for next week, cancel and restore) and run (every phase
// change is one atomic transaction over the clear run state, checked against what the caller saw,
// so two windows pressing "next" at once move the meeting one step, not two). A meeting's template
// snapshot is stored once per distinct content in `meetingTemplates` and joined on reading; the
// meetings list reads light summaries that need no template beyond its (cached) name.
import * as engine from '../../../../shared/meeting/engine';
import { mayDrive, withDriver, type RunDriver } from '../../../../shared/meeting/driver';
import { familyPayloadSchema } from '../../../../shared/family/family';
import {
  agendaOutline,
  currentFamilyRoles,
  meetingPayloadSchema,
  type Meeting,
  type MeetingPlan,
  type MeetingStatus,
} from '../../../../shared/meeting/meeting';
import { isOneFamilyMeeting, planForTemplate, rolesForTemplate, setGuestScores } from '../../../../shared/meeting/plan';
import { parseTemplate, upgradeTemplate, type LocalizedText, type MeetingTemplate } from '../../../../shared/meeting/template';
import type { FamilyRow, KehaDatabase, MeetingRow, MeetingTemplateRow } from '../database';
import { deepFreeze, openList, openPayload, RecordMissingError, sameBytes, sealPayload, updateSealed } from '../sealedRecords';
import { meetingWithoutFamilies, planNamesFamilies, planWithFamiliesBack, runOnSteps } from '../../../../shared/meeting/withoutFamilies';
import type { EncryptedPayload } from '../../vault/vaultCrypto';
import type { Session } from '../session';

export class MeetingNotEditableError extends Error {
  constructor(readonly status: MeetingStatus) {
    super(`A ${status} meeting's plan cannot be changed`);
    this.name = 'MeetingNotEditableError';
  }
}

export async function decryptMeeting(session: Session, row: MeetingRow): Promise<Meeting> {
  const [plan, templates] = await Promise.all([
    openPayload(session, session.db.meetings, row, meetingPayloadSchema),
    templateSnapshots(session.db, [row.templateId]),
  ]);
  return joinMeeting(row, plan, templates.get(row.templateId)!);
}

function joinMeeting(row: MeetingRow, plan: MeetingPlan, template: MeetingTemplate): Meeting {
  return {
    ...agendaAsShown(row, plan, template),
    id: row.id,
    status: row.status,
    scheduledAt: row.scheduledAt,
    template,
    run: row.run,
    demo: row.demo === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * A one-family meeting stored before it kept to one family (an interim review planned with every
 * family on a quick round it never had): while planned, its plan as it is saved from now on; once
 * run, its families as they were, without the quick round no phase of it showed.
 */
function agendaAsShown(row: MeetingRow, plan: MeetingPlan, template: MeetingTemplate): MeetingPlan {
  if (!isOneFamilyMeeting(template)) return plan;
  return row.status === 'planned' ? planForTemplate(plan, template) : { ...plan, quickRound: [] };
}

/** Every meeting, latest scheduled first. */
export async function listMeetings(session: Session): Promise<Meeting[]> {
  const rows = await session.db.meetings.orderBy('scheduledAt').reverse().toArray();
  const templates = await templateSnapshots(session.db, rows.map((row) => row.templateId));
  return openList(session, session.db.meetings, rows, async (row) => {
    const plan = await openPayload(session, session.db.meetings, row, meetingPayloadSchema);
    return joinMeeting(row, plan, templates.get(row.templateId)!);
  });
}

export async function readMeeting(session: Session, id: string): Promise<Meeting | null> {
  const row = await session.db.meetings.get(id);
  return row ? decryptMeeting(session, row) : null;
}

/** The meetings being run now (started, not finished), latest scheduled first: what to offer to go back to after a restart. */
export async function listRunningMeetings(session: Session): Promise<Meeting[]> {
  const rows = await session.db.meetings.where('status').equals('running').toArray();
  rows.sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  return openList(session, session.db.meetings, rows, (row) => decryptMeeting(session, row));
}

/** What the list of meetings shows of one meeting. */
export type MeetingSummary = {
  id: string;
  status: MeetingStatus;
  scheduledAt: string;
  /** The name of the meeting's template snapshot. */
  templateName: LocalizedText;
  /** The deep dives' families and questions, in agenda order. */
  deepDives: readonly { id: string; familyId: string; question: string }[];
  /** When the meeting started (epoch ms), or null if it has not. */
  startedAt: number | null;
  demo: boolean;
};

/**
 * Every meeting as the meetings list shows it, latest scheduled first: no run state and no
 * template beyond its name (from the cached snapshot), so a list of years of meetings stays light.
 * Payloads are decrypted once per write (openPayload's cache) for the deep-dive families.
 */
export async function listMeetingSummaries(session: Session): Promise<MeetingSummary[]> {
  const rows = await session.db.meetings.orderBy('scheduledAt').reverse().toArray();
  const templates = await templateSnapshots(session.db, rows.map((row) => row.templateId));
  return openList(session, session.db.meetings, rows, async (row): Promise<MeetingSummary> => {
    const plan = await openPayload(session, session.db.meetings, row, meetingPayloadSchema);
    return {
      id: row.id,
      status: row.status,
      scheduledAt: row.scheduledAt,
      templateName: templates.get(row.templateId)!.name,
      deepDives: plan.deepDives.map((item) => ({ id: item.id, familyId: item.familyId, question: item.question })),
      startedAt: row.run.startedAt,
      demo: row.demo === 1,
    };
  });
}

export type NewMeeting = {
  scheduledAt: string;
  template: MeetingTemplate;
  plan: MeetingPlan;
};

export async function createMeeting(session: Session, input: NewMeeting, demo: boolean = false): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const snapshot = await snapshotOf(input.template);
  // The meeting assigns its template's roles, whatever roles the plan was drafted with.
  const plan = meetingPayloadSchema.parse(planForTemplate({ ...input.plan, roles: rolesForTemplate(input.plan.roles, snapshot.template) }, snapshot.template));
  const clear: Omit<MeetingRow, 'payload'> = {
    id,
    status: 'planned',
    scheduledAt: checkedInstant(input.scheduledAt),
    demo: demo ? 1 : 0,
    createdAt: timestamp,
    updatedAt: timestamp,
    templateId: snapshot.id,
    outline: agendaOutline(plan),
    run: engine.notStartedRun,
  };
  const row: MeetingRow = { ...clear, payload: await sealPayload(session, session.db.meetings, clear, plan) };
  const { db } = session;
  await db.transaction('rw', [db.meetings, db.meetingTemplates], async () => {
    await storeSnapshot(db, snapshot);
    await db.meetings.add(row);
  });
  return id;
}

/**
 * Changes a planned meeting's plan, and optionally its time and template. Refuses once the
 * meeting has started: the run's steps are built from the plan, so it is frozen from then on.
 * A new template's snapshot row is written in the same transaction as the meeting.
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
  // The template the plan is saved for: the new one, or the one the meeting has now.
  const current = fields.template ?? (await currentTemplate(session.db, id));
  const planChange = (plan: MeetingPlan, row: MeetingRow) => {
    if (row.status !== 'planned') throw new MeetingNotEditableError(row.status);
    const next = current ? planForTemplate(change(plan), current) : change(plan);
    return { payload: next, fields: { ...clear, outline: agendaOutline(next) } };
  };
  if (fields.template === undefined) return updateSealed(session, session.db.meetings, id, meetingPayloadSchema, planChange);
  const snapshot = await snapshotOf(fields.template);
  return updateSealed(
    session,
    session.db.meetings,
    id,
    meetingPayloadSchema,
    (plan, row) => {
      const next = planChange(plan, row);
      // Holders of roles the new template also has stay; its other roles start unassigned.
      const payload = { ...next.payload, roles: rolesForTemplate(next.payload.roles, snapshot.template) };
      return { ...next, payload, fields: { ...next.fields, templateId: snapshot.id } };
    },
    { tables: [session.db.meetingTemplates], write: () => storeSnapshot(session.db, snapshot) },
  );
}

async function currentTemplate(db: KehaDatabase, meetingId: string): Promise<MeetingTemplate | null> {
  const row = await db.meetings.get(meetingId);
  if (!row) return null;
  return (await templateSnapshots(db, [row.templateId])).get(row.templateId) ?? null;
}

/**
 * The chair includes a guest in (or leaves them out of) one family's safety round, before or during
 * the meeting: the only change to the plan a running meeting takes, as it leaves the steps as they are.
 */
export async function setGuestScoring(session: Session, id: string, guestId: string, deepDiveId: string, scores: boolean): Promise<void> {
  return updateSealed(session, session.db.meetings, id, meetingPayloadSchema, (plan, row) => {
    if (row.status !== 'planned' && row.status !== 'running') throw new MeetingNotEditableError(row.status);
    return { payload: setGuestScores(plan, guestId, deepDiveId, scores), fields: {} };
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
        // The copy's families' roles are read from the families until it finishes in turn.
        deepDives: source.deepDives.map(({ familyRoles: _asTheyWere, ...item }) => ({ ...item, id: newId() })),
        closingNote: '',
        // Next week keeps this meeting's slot and minutes (docs/domain.md: The time slot).
        ...(source.slotMinutes !== undefined ? { slotMinutes: source.slotMinutes } : {}),
        ...(source.phaseMinutes ? { phaseMinutes: { ...source.phaseMinutes } } : {}),
        ...(source.fixedPhases ? { fixedPhases: [...source.fixedPhases] } : {}),
      },
    },
    // A copy is the team's own meeting: real work planned in it is never taken for demonstration data.
    false,
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

export type RunAction = engine.RunAction;

/** What the caller saw when it decided on the action. */
export type SeenRun = engine.SeenRun;

export type RunResult =
  | { ok: true; run: engine.MeetingRunState }
  /** `changedElsewhere`: the meeting is no longer where the caller saw it (another window moved it first); nothing was done. */
  | { ok: false; reason: Exclude<engine.RefusalReason, 'notWhereSeen'> | 'changedElsewhere' | 'missing' | 'cancelled' | 'notDriver' };

/**
 * Applies one engine transition to the stored run, in one transaction, only if the run is still
 * where the caller saw it. The steps come from the stored template snapshot and agenda outline.
 *
 * Finishing also stores, in the plan, each deep-dive family's own role holders as they are at that
 * moment, so the meeting's record keeps naming them whatever later changes in the family
 * (`familyRolesAt`). The plan is sealed before the transaction (encrypting cannot run inside one)
 * and written with the run only if neither it nor those families changed meanwhile; else again.
 *
 * `by`: the computer pressing (docs/domain.md: The team on several computers). Starting makes it the
 * run's driver; any other move is refused (`notDriver`) when another computer drives the run. Left
 * out (the benchmark, older callers), the run moves as before and gets no driver.
 */
export async function runMeeting(session: Session, id: string, action: RunAction, seen: SeenRun, by?: RunDriver): Promise<RunResult> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const finishing = action === 'finish' ? await planAtFinish(session, id) : null;
    if (action === 'finish' && !finishing) return { ok: false, reason: 'missing' };
    const now = session.now().getTime();
    const tables = finishing ? [db.meetings, db.meetingTemplates, db.families] : [db.meetings, db.meetingTemplates];
    const result = await db.transaction('rw', tables, async (): Promise<RunResult | 'changed'> => {
      const row = await db.meetings.get(id);
      if (!row) return { ok: false, reason: 'missing' };
      if (row.status === 'cancelled') return { ok: false, reason: 'cancelled' };
      // From the in-memory cache when this window has read the snapshot before; else read here, in the transaction.
      const template = (await templateSnapshots(db, [row.templateId])).get(row.templateId)!;
      const steps = engine.buildMeetingSteps(template, row.outline);
      if (by && action !== 'start' && !mayDrive(row.run, by.computerId)) return { ok: false, reason: 'notDriver' };
      const transition = engine.transitionFrom(seen, action, row.run, steps, now);
      if (!transition.ok) return { ok: false, reason: transition.reason === 'notWhereSeen' ? 'changedElsewhere' : transition.reason };
      const run = by && action === 'start' ? withDriver(transition.state, by) : transition.state;
      const status: MeetingStatus = run.status === 'finished' ? 'finished' : 'running';
      const change: Partial<MeetingRow> = { run, status, updatedAt: session.now().toISOString() };
      if (finishing) {
        if (payloadVersions(row, await db.families.bulkGet(finishing.familyIds)) !== finishing.builtFrom) return 'changed';
        change.payload = finishing.payload;
      }
      await db.meetings.update(id, change);
      return { ok: true, run };
    });
    if (result !== 'changed') return result;
  }
  throw new Error(`Could not finish meetings/${id}: it kept changing`);
}

/**
 * Makes `by` the driver of a running meeting (docs/domain.md: The team on several computers): for
 * when the chair's computer is gone. The run is otherwise as it was (the phase, the timers).
 */
export async function takeOverMeeting(session: Session, id: string, by: RunDriver): Promise<RunResult> {
  const { db } = session;
  return db.transaction('rw', db.meetings, async (): Promise<RunResult> => {
    const row = await db.meetings.get(id);
    if (!row) return { ok: false, reason: 'missing' };
    if (row.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (row.run.status === 'notStarted') return { ok: false, reason: 'notStarted' };
    if (row.run.status === 'finished') return { ok: false, reason: 'finished' };
    const run = withDriver(row.run, by);
    await db.meetings.update(id, { run, updatedAt: session.now().toISOString() });
    return { ok: true, run };
  });
}

/**
 * A meeting's plan as finishing stores it: each deep dive with its family's own role holders as
 * the family holds them now, sealed; with the families read and the payload versions it was built
 * from. null if the meeting does not exist.
 */
async function planAtFinish(
  session: Session,
  id: string,
): Promise<{ payload: EncryptedPayload; familyIds: string[]; builtFrom: string } | null> {
  const { db } = session;
  const row = await db.meetings.get(id);
  if (!row) return null;
  const plan = await openPayload(session, db.meetings, row, meetingPayloadSchema);
  const familyIds = plan.deepDives.map((item) => item.familyId);
  const familyRows = await db.families.bulkGet(familyIds);
  // A family that cannot be read (null) never blocks the finish: its deep dive keeps reading the family live.
  const families = await Promise.all(
    familyRows.map((family) => (family ? openPayload(session, db.families, family, familyPayloadSchema).catch(() => null) : undefined)),
  );
  const deepDives = plan.deepDives.map((item, index) => {
    const family = families[index];
    return family === null ? item : { ...item, familyRoles: currentFamilyRoles(family) };
  });
  // Finishing changes the run, status and updatedAt, none of which a meeting's payload is bound to.
  const payload = await sealPayload(session, db.meetings, row, meetingPayloadSchema.parse({ ...plan, deepDives }));
  return { payload, familyIds, builtFrom: payloadVersions(row, familyRows) };
}

/** Which versions of the meeting's and its families' payloads these are: every write gives a payload a fresh IV. */
function payloadVersions(meeting: MeetingRow, families: readonly (FamilyRow | undefined)[]): string {
  return [meeting, ...families].map((row) => (row ? Array.from(row.payload.iv).join('.') : 'none')).join('|');
}

function checkedTemplate(template: MeetingTemplate): MeetingTemplate {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`Invalid template: ${parsed.issue.key} at ${String(parsed.issue.values.path)}`);
  return parsed.value;
}

// ---------------------------------------------------------------------------------------------
// Template snapshots (database.ts MeetingTemplateRow)

/**
 * Snapshots by id, frozen. A row's id is the hash of its content, so a row never changes: the
 * cache is valid for every session and database, and needs no invalidation (locking only ends the
 * session; templates hold no client data).
 */
const snapshotCache = new Map<string, MeetingTemplate>();

/** The checked template and its snapshot row. */
async function snapshotOf(template: MeetingTemplate): Promise<MeetingTemplateRow> {
  const checked = checkedTemplate(template);
  return { id: await templateSnapshotId(checked), template: checked };
}

/** A template's snapshot id: SHA-256 (hex) of its canonical JSON (keys sorted at every level). */
export async function templateSnapshotId(template: MeetingTemplate): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(template)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** JSON with object keys sorted (and undefined members left out, as JSON.stringify does), so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Adds the snapshot row unless it is there (same id, same content: nothing to overwrite). Call
 * inside the transaction that writes the meeting referring to it. The cache fills on reading.
 */
async function storeSnapshot(db: KehaDatabase, snapshot: MeetingTemplateRow): Promise<void> {
  if ((await db.meetingTemplates.where('id').equals(snapshot.id).count()) === 0) await db.meetingTemplates.add(snapshot);
}

/** The snapshots of `ids`, from the cache or (the rest, in one read) from the table; joins the caller's transaction if any. */
export async function templateSnapshots(db: KehaDatabase, ids: readonly string[]): Promise<ReadonlyMap<string, MeetingTemplate>> {
  const wanted = new Set(ids);
  const missing = [...wanted].filter((id) => !snapshotCache.has(id));
  if (missing.length > 0) {
    const rows = await db.meetingTemplates.bulkGet(missing);
    rows.forEach((row, index) => {
      if (!row) throw new RecordMissingError(db.meetingTemplates.name, missing[index]!);
      // Snapshots stored before template version 2 are read with the standard roles (in memory only:
      // the row, and so its content-hash id, stay as they were).
      snapshotCache.set(row.id, deepFreeze(upgradeTemplate(row.template) as MeetingTemplate));
    });
  }
  return new Map([...wanted].map((id) => [id, snapshotCache.get(id)!]));
}


function checkedInstant(value: string): string {
  const time = Date.parse(value);
  if (!Number.isFinite(time)) throw new Error(`Not a date and time: ${value}`);
  return new Date(time).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Families taken out of meetings (deletion and erasure of a family)

/** A meeting as it was and as it is to be without some families, both as stored. */
export type MeetingScrub = { before: MeetingRow; after: MeetingRow };

/** Whether a stored meeting row is still exactly `seen`: the same payload (a write gives a fresh IV) and clear fields. */
export function sameMeetingRow(row: MeetingRow | undefined, seen: MeetingRow): boolean {
  if (!row) return false;
  const clear = ({ payload: _payload, ...rest }: MeetingRow) => JSON.stringify(rest);
  return sameBytes(row.payload.iv, seen.payload.iv) && clear(row) === clear(seen);
}

/**
 * Every meeting that plans or ran one of `familyIds`, and the row it becomes without them
 * (`meetingWithoutFamilies`), sealed. Read and sealed outside any transaction (encrypting cannot run
 * inside one); `applyMeetingScrubs` writes them only if nothing changed meanwhile. A meeting whose
 * plan cannot be read is left as it is (it cannot be checked).
 */
export async function prepareMeetingScrubs(session: Session, familyIds: readonly string[]): Promise<MeetingScrub[]> {
  const { db } = session;
  const ids = new Set(familyIds);
  const rows = await db.meetings.toArray();
  const templates = await templateSnapshots(db, rows.map((row) => row.templateId));
  const scrubs: MeetingScrub[] = [];
  for (const row of rows) {
    const plan = await openPayload(session, db.meetings, row, meetingPayloadSchema).catch(() => null);
    if (!plan || !planNamesFamilies(plan, ids)) continue;
    const next = meetingWithoutFamilies({ plan, outline: row.outline, run: row.run, template: templates.get(row.templateId)! }, ids);
    const payload = await sealPayload(session, db.meetings, row, meetingPayloadSchema.parse(next.plan));
    scrubs.push({ before: row, after: { ...row, outline: next.outline, run: next.run, payload, updatedAt: session.now().toISOString() } });
  }
  return scrubs;
}

/** Every family id a readable meeting plan names (quick round and deep dives). */
export async function familiesNamedInMeetings(session: Session): Promise<Set<string>> {
  const named = new Set<string>();
  for (const row of await session.db.meetings.toArray()) {
    const plan = await openPayload(session, session.db.meetings, row, meetingPayloadSchema).catch(() => null);
    for (const item of [...(plan?.quickRound ?? []), ...(plan?.deepDives ?? [])]) named.add(item.familyId);
  }
  return named;
}

/** Writes prepared scrubs inside the caller's transaction (over `meetings`); false, writing nothing, if a meeting changed since. */
export async function applyMeetingScrubs(db: KehaDatabase, scrubs: readonly MeetingScrub[]): Promise<boolean> {
  const current = await db.meetings.bulkGet(scrubs.map((scrub) => scrub.before.id));
  if (!scrubs.every((scrub, index) => sameMeetingRow(current[index], scrub.before))) return false;
  await db.meetings.bulkPut(scrubs.map((scrub) => scrub.after));
  return true;
}

/**
 * What undoing scrubs writes: a meeting unchanged since is put back exactly as it was; one that
 * changed meanwhile (a closing note written, a planned meeting edited) gets the families back into
 * its plan as it is now (`planWithFamiliesBack`), sealed here. `expected` is the row each write assumes.
 */
export async function prepareMeetingsBack(
  session: Session,
  scrubs: readonly MeetingScrub[],
  familyIds: readonly string[],
): Promise<{ expected: MeetingRow; put: MeetingRow }[]> {
  const { db } = session;
  const ids = new Set(familyIds);
  const writes: { expected: MeetingRow; put: MeetingRow }[] = [];
  for (const scrub of scrubs) {
    const current = await db.meetings.get(scrub.before.id);
    if (!current) continue;
    if (sameMeetingRow(current, scrub.after)) {
      writes.push({ expected: current, put: scrub.before });
      continue;
    }
    const [now, then] = await Promise.all([
      openPayload(session, db.meetings, current, meetingPayloadSchema),
      openPayload(session, db.meetings, scrub.before, meetingPayloadSchema),
    ]);
    const template = (await templateSnapshots(db, [current.templateId])).get(current.templateId)!;
    const plan = meetingPayloadSchema.parse(planWithFamiliesBack(now, then, ids));
    const outline = agendaOutline(plan);
    const run =
      JSON.stringify(current.run) === JSON.stringify(scrub.after.run) && current.templateId === scrub.before.templateId
        ? scrub.before.run
        : runOnSteps(current.run, engine.buildMeetingSteps(template, current.outline), engine.buildMeetingSteps(template, outline));
    const payload = await sealPayload(session, db.meetings, current, plan);
    writes.push({ expected: current, put: { ...current, outline, run, payload, updatedAt: session.now().toISOString() } });
  }
  return writes;
}
