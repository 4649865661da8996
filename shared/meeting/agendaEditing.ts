// The agenda that bends while a meeting runs (docs/domain.md: The agenda during the meeting): the
// chair adds a family to the deep dives, reorders the deep dives not yet reached, or moves one of
// them to next week's meeting. Pure: each edit takes the meeting's plan, run and template and
// returns the new plan and the run moved onto the new steps (engine.rebaseRun), or a refusal.
// Time already spent stays with its step (visits are kept by step key), planned times follow the
// new agenda, and a deep dive the run has reached (any of its steps visited or current) never
// moves. The repository seals the plan and writes it with the outline and run in one transaction.
import { addWeeks, differenceInMinutes } from 'date-fns';
import { buildMeetingSteps, rebaseRun, type MeetingRunState, type MeetingStep } from './engine';
import { agendaOutline, maxAgendaChanges, type AgendaChange, type DeepDive, type MeetingPlan, type MeetingStatus } from './meeting';
import { addMemberParticipant, isOneFamilyMeeting } from './plan';
import type { MeetingTemplate } from './template';
import { limits } from '../limits';

/** What an agenda edit needs of a meeting. */
export type AgendaMeeting = {
  plan: MeetingPlan;
  run: MeetingRunState;
  template: MeetingTemplate;
};

/** A family for the deep dives: its question for the team and who presents it (a participant id, or null). */
export type DeepDiveRequest = { familyId: string; question: string; presenterId: string | null };

export type AgendaRefusal =
  /** The meeting is not running (not started, finished or cancelled). */
  | 'notRunning'
  /** A one-family meeting (an interim review) has exactly one family. */
  | 'oneFamilyMeeting'
  /** The family already has a deep dive on this agenda. */
  | 'alreadyOnAgenda'
  | 'agendaFull'
  /** The deep dive has been reached (a step of it visited or current): it stays where it is. */
  | 'alreadyReached'
  /** The agenda is not what the chair saw (another window changed it, or the deep dive is gone). */
  | 'changedElsewhere'
  /** The run no longer fits the agenda it was run on. */
  | 'stepsChanged';

export type AgendaEdit = { ok: true; plan: MeetingPlan; run: MeetingRunState } | { ok: false; reason: AgendaRefusal };

/** The steps of a meeting's agenda as it is now. */
export function stepsOf(meeting: Pick<AgendaMeeting, 'plan' | 'template'>): MeetingStep[] {
  return buildMeetingSteps(meeting.template, agendaOutline(meeting.plan));
}

/** The deep dives the run has reached: a step of theirs visited or current (by agenda item id). */
export function reachedDeepDiveIds(run: MeetingRunState, steps: readonly MeetingStep[]): Set<string> {
  const reached = new Set<string>();
  if (run.status === 'notStarted') return reached;
  const indices = run.stepLog.map((visit) => visit.stepIndex);
  if (run.status !== 'finished') indices.push(run.stepIndex);
  for (const index of indices) {
    const itemId = steps[index]?.agendaItemId;
    if (itemId) reached.add(itemId);
  }
  return reached;
}

/** Whether the run is going (started and not finished): only then does the agenda bend. */
export function isRunGoing(run: MeetingRunState, status: MeetingStatus = 'running'): boolean {
  return status === 'running' && (run.status === 'running' || run.status === 'paused');
}

/**
 * Adds a family to the deep dives, after all of them (before the once-a-meeting phases that follow
 * the deep dives, such as the close). `deepDiveId` is the new agenda item's id.
 */
export function addDeepDiveNow(meeting: AgendaMeeting, request: DeepDiveRequest, deepDiveId: string, at: number): AgendaEdit {
  if (!isRunGoing(meeting.run)) return { ok: false, reason: 'notRunning' };
  if (isOneFamilyMeeting(meeting.template)) return { ok: false, reason: 'oneFamilyMeeting' };
  const { plan } = meeting;
  if (plan.deepDives.some((item) => item.familyId === request.familyId)) return { ok: false, reason: 'alreadyOnAgenda' };
  if (plan.deepDives.length >= limits.deepDives) return { ok: false, reason: 'agendaFull' };
  const deepDive: DeepDive = { id: deepDiveId, familyId: request.familyId, question: request.question, presenterId: presenterIn(plan, request.presenterId) };
  const next = withChange({ ...plan, deepDives: [...plan.deepDives, deepDive] }, plan, { kind: 'added', at, ...changeOf(deepDive) });
  return rebased(meeting, next);
}

/**
 * The deep dives still to come: those after the last one the run has reached. (A deep dive passed
 * over by a jump is not reached but not to come either: it can be jumped to or moved to next week,
 * not reordered.)
 */
export function upcomingDeepDiveIds(meeting: AgendaMeeting): string[] {
  const reached = reachedDeepDiveIds(meeting.run, stepsOf(meeting));
  const deepDives = meeting.plan.deepDives;
  const lastReached = deepDives.reduce((last, item, index) => (reached.has(item.id) ? index : last), -1);
  return deepDives.slice(lastReached + 1).map((item) => item.id);
}

/**
 * Moves a deep dive still to come (`upcomingDeepDiveIds`) to another place among those still to
 * come (`toPosition`, 0-based among them, clamped). `seenOrder` is the deep dives' ids in the order
 * the chair saw: a different order now refuses with `changedElsewhere`.
 */
export function reorderDeepDive(meeting: AgendaMeeting, deepDiveId: string, toPosition: number, seenOrder: readonly string[], at: number): AgendaEdit {
  if (!isRunGoing(meeting.run)) return { ok: false, reason: 'notRunning' };
  const { plan } = meeting;
  if (!sameOrder(plan.deepDives, seenOrder)) return { ok: false, reason: 'changedElsewhere' };
  const from = plan.deepDives.findIndex((item) => item.id === deepDiveId);
  if (from < 0) return { ok: false, reason: 'changedElsewhere' };
  const upcoming = upcomingDeepDiveIds(meeting);
  const fromPosition = upcoming.indexOf(deepDiveId);
  if (fromPosition < 0) return { ok: false, reason: 'alreadyReached' };
  const target = Math.max(0, Math.min(upcoming.length - 1, Math.trunc(toPosition)));
  if (target === fromPosition) return { ok: true, plan, run: meeting.run };
  const firstUpcoming = plan.deepDives.length - upcoming.length;
  const movable = plan.deepDives.slice(firstUpcoming);
  const [moving] = movable.splice(fromPosition, 1);
  movable.splice(target, 0, moving!);
  const deepDives = [...plan.deepDives.slice(0, firstUpcoming), ...movable];
  const next = withChange({ ...plan, deepDives }, plan, { kind: 'reordered', at, ...changeOf(moving!), from: from + 1, to: firstUpcoming + target + 1 });
  return rebased(meeting, next);
}

/** Where a deep dive is among those still to come (0-based) and how many there are; null when it is not to come. */
export function reorderRange(meeting: AgendaMeeting, deepDiveId: string): { position: number; count: number } | null {
  const upcoming = upcomingDeepDiveIds(meeting);
  const position = upcoming.indexOf(deepDiveId);
  return position < 0 ? null : { position, count: upcoming.length };
}

/** Takes a deep dive not yet reached off this meeting's agenda, for next week's meeting `toMeetingId`. */
export function moveDeepDiveAway(meeting: AgendaMeeting, deepDiveId: string, toMeetingId: string, at: number): AgendaEdit & { index?: number; deepDive?: DeepDive } {
  if (!isRunGoing(meeting.run)) return { ok: false, reason: 'notRunning' };
  const { plan } = meeting;
  const index = plan.deepDives.findIndex((item) => item.id === deepDiveId);
  if (index < 0) return { ok: false, reason: 'changedElsewhere' };
  if (reachedDeepDiveIds(meeting.run, stepsOf(meeting)).has(deepDiveId)) return { ok: false, reason: 'alreadyReached' };
  const deepDive = plan.deepDives[index]!;
  const next = withChange(
    { ...plan, deepDives: plan.deepDives.filter((item) => item.id !== deepDiveId) },
    plan,
    { kind: 'movedToNextWeek', at, ...changeOf(deepDive), toMeetingId },
  );
  const edit = rebased(meeting, next);
  return edit.ok ? { ...edit, index, deepDive } : edit;
}

/**
 * Undo of `moveDeepDiveAway`: the deep dive back at `index` (or the nearest later place where it
 * is not before a reached deep dive), and its change taken off the log. Refused if the family is
 * back on the agenda meanwhile.
 */
export function putDeepDiveBack(meeting: AgendaMeeting, deepDive: DeepDive, index: number, movedAt: number): AgendaEdit {
  if (!isRunGoing(meeting.run)) return { ok: false, reason: 'notRunning' };
  const { plan } = meeting;
  if (plan.deepDives.some((item) => item.familyId === deepDive.familyId || item.id === deepDive.id)) return { ok: false, reason: 'alreadyOnAgenda' };
  const reached = reachedDeepDiveIds(meeting.run, stepsOf(meeting));
  const lastReached = plan.deepDives.reduce((last, item, position) => (reached.has(item.id) ? position : last), -1);
  const at = Math.max(lastReached + 1, Math.min(index, plan.deepDives.length));
  const deepDives = [...plan.deepDives];
  deepDives.splice(at, 0, deepDive);
  const agendaChanges = (plan.agendaChanges ?? []).filter(
    (change) => !(change.kind === 'movedToNextWeek' && change.deepDiveId === deepDive.id && change.at === movedAt),
  );
  return rebased(meeting, { ...plan, deepDives, agendaChanges });
}

// ---------------------------------------------------------------------------------------------
// Next week's meeting

/** How far from exactly one week later a planned meeting may be and still count as "next week's". */
export const nextWeekToleranceDays = 3;

/**
 * Next week's meeting for a meeting scheduled at `scheduledAt`: the planned meeting (of the same
 * kind of data, demo or not) closest to one week later, within `nextWeekToleranceDays`; null when
 * there is none (then one is created as the planner would).
 */
export function findNextWeekMeeting<M extends { id: string; status: MeetingStatus; scheduledAt: string; demo: boolean }>(
  meetings: readonly M[],
  from: { id: string; scheduledAt: string; demo: boolean },
): M | null {
  const target = addWeeks(new Date(from.scheduledAt), 1);
  const tolerance = nextWeekToleranceDays * 24 * 60;
  let best: M | null = null;
  let bestDistance = Infinity;
  for (const meeting of meetings) {
    if (meeting.id === from.id || meeting.status !== 'planned' || meeting.demo !== from.demo) continue;
    const distance = Math.abs(differenceInMinutes(new Date(meeting.scheduledAt), target));
    if (distance <= tolerance && distance < bestDistance) {
      best = meeting;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Next week's plan with the family as a deep dive, its question and presenter. A presenter who is a
 * team member joins the plan's participants if not in them; any other presenter (a guest of this
 * meeting) is left for the planner to choose. A family already on that agenda keeps its deep dive
 * (its question filled in when empty). Returns the deep dive's id there and whether it was added.
 */
export function planWithDeepDiveForNextWeek(
  plan: MeetingPlan,
  request: DeepDiveRequest,
  isMember: (id: string) => boolean,
  newId: () => string,
): { plan: MeetingPlan; deepDiveId: string; added: boolean } {
  const existing = plan.deepDives.find((item) => item.familyId === request.familyId);
  if (existing) {
    const question = existing.question.trim() ? existing.question : request.question;
    const deepDives = plan.deepDives.map((item) => (item.id === existing.id ? { ...item, question } : item));
    return { plan: { ...plan, deepDives }, deepDiveId: existing.id, added: false };
  }
  const presenterId = request.presenterId && isMember(request.presenterId) ? request.presenterId : null;
  const withPresenter = presenterId ? addMemberParticipant(plan, presenterId) : plan;
  const deepDiveId = newId();
  const deepDive: DeepDive = { id: deepDiveId, familyId: request.familyId, question: request.question, presenterId };
  return { plan: { ...withPresenter, deepDives: [...withPresenter.deepDives, deepDive] }, deepDiveId, added: true };
}

/** Undo of `planWithDeepDiveForNextWeek` when it added the deep dive: it goes again. */
export function planWithoutDeepDive(plan: MeetingPlan, deepDiveId: string): MeetingPlan {
  return { ...plan, deepDives: plan.deepDives.filter((item) => item.id !== deepDiveId) };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function rebased(meeting: AgendaMeeting, plan: MeetingPlan): AgendaEdit {
  const oldSteps = stepsOf(meeting);
  const newSteps = stepsOf({ plan, template: meeting.template });
  const moved = rebaseRun(meeting.run, oldSteps, newSteps);
  if (!moved.ok) return { ok: false, reason: moved.reason === 'reachedStepMoved' ? 'alreadyReached' : 'stepsChanged' };
  return { ok: true, plan, run: moved.state };
}

/** The plan with `change` logged, and the deep dives as planned kept at the first change. */
function withChange(next: MeetingPlan, before: MeetingPlan, change: AgendaChange): MeetingPlan {
  const log = [...(before.agendaChanges ?? []), change].slice(-maxAgendaChanges);
  return { ...next, plannedDeepDives: before.plannedDeepDives ?? before.deepDives, agendaChanges: log };
}

function changeOf(deepDive: DeepDive): Pick<AgendaChange, 'deepDiveId' | 'familyId' | 'question' | 'presenterId'> {
  return { deepDiveId: deepDive.id, familyId: deepDive.familyId, question: deepDive.question, presenterId: deepDive.presenterId };
}

/** A presenter kept only if they take part in the meeting. */
function presenterIn(plan: Pick<MeetingPlan, 'participants'>, presenterId: string | null): string | null {
  return presenterId && plan.participants.some((participant) => participant.id === presenterId) ? presenterId : null;
}

function sameOrder(deepDives: readonly DeepDive[], seen: readonly string[]): boolean {
  return deepDives.length === seen.length && deepDives.every((item, index) => item.id === seen[index]);
}
