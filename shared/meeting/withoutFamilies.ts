// Taking families out of a meeting that planned or ran them, when a family is deleted or erased
// (docs/architecture.md: Retention and the activity log). The meeting stays for the other families;
// what was about the removed ones goes: their deep dives (question, presenter, family roles), their
// quick-round items, the guests invited only for them, and the run's visits to their steps.
// Pure: the repository seals the new plan and writes it with the new outline and run.
import { buildMeetingSteps, type AgendaOutline, type MeetingRunState, type MeetingStep } from './engine';
import { agendaOutline, type MeetingPlan } from './meeting';
import type { MeetingTemplate } from './template';

/** Whether the plan names any of `familyIds` (on the quick round or as a deep dive). */
export function planNamesFamilies(plan: Pick<MeetingPlan, 'quickRound' | 'deepDives'>, familyIds: ReadonlySet<string>): boolean {
  return [...plan.quickRound, ...plan.deepDives].some((item) => familyIds.has(item.familyId));
}

/**
 * The plan without `familyIds`: their deep dives and quick-round items go; a guest invited only to
 * their deep dives goes with them (a guest invited to another family's too stays, for that one);
 * a role held by a guest who went is left unassigned.
 */
export function planWithoutFamilies(plan: MeetingPlan, familyIds: ReadonlySet<string>): MeetingPlan {
  const removedDeepDives = new Set(plan.deepDives.filter((item) => familyIds.has(item.familyId)).map((item) => item.id));
  const participants = plan.participants.flatMap((participant) => {
    if (participant.kind === 'member' || participant.joins === undefined) return [participant];
    const joins = participant.joins.filter((join) => !removedDeepDives.has(join.deepDiveId));
    if (joins.length === 0 && participant.joins.length > 0) return [];
    return [{ ...participant, joins }];
  });
  const staying = new Set(participants.map((participant) => participant.id));
  const roles = Object.fromEntries(Object.entries(plan.roles).map(([role, holder]) => [role, holder !== null && !staying.has(holder) ? null : holder]));
  return {
    ...plan,
    roles,
    participants,
    quickRound: plan.quickRound.filter((item) => !familyIds.has(item.familyId)),
    deepDives: plan.deepDives.filter((item) => !familyIds.has(item.familyId)),
    // What the agenda's changes and the deep dives as planned said of them goes too.
    ...(plan.plannedDeepDives && { plannedDeepDives: plan.plannedDeepDives.filter((item) => !familyIds.has(item.familyId)) }),
    ...(plan.agendaChanges && { agendaChanges: plan.agendaChanges.filter((change) => !familyIds.has(change.familyId)) }),
  };
}

/**
 * A run moved onto other steps of the same template (after deep dives were taken out of, or put back
 * into, the agenda), matching steps by key: visits to steps that are gone are dropped, the others get
 * their new index. A current step that is gone moves to the next step that stays (or the last one).
 */
export function runOnSteps(run: MeetingRunState, from: readonly MeetingStep[], to: readonly MeetingStep[]): MeetingRunState {
  if (run.status === 'notStarted') return run;
  const indexByKey = new Map(to.map((step) => [step.key, step.index]));
  const stepLog = run.stepLog.filter((visit) => indexByKey.has(visit.stepKey)).map((visit) => ({ ...visit, stepIndex: indexByKey.get(visit.stepKey)! }));
  const currentKey = from[run.stepIndex]?.key;
  let stepIndex: number;
  if (currentKey !== undefined && indexByKey.has(currentKey)) stepIndex = indexByKey.get(currentKey)!;
  else {
    const later = from.slice(run.stepIndex + 1).find((step) => indexByKey.has(step.key));
    stepIndex = later ? indexByKey.get(later.key)! : Math.max(0, to.length - 1);
  }
  return { ...run, stepIndex, stepLog };
}

type MeetingParts = { plan: MeetingPlan; outline: AgendaOutline; run: MeetingRunState };

/** A meeting's plan, outline and run without `familyIds` (see `planWithoutFamilies` and `runOnSteps`). */
export function meetingWithoutFamilies(meeting: MeetingParts & { template: MeetingTemplate }, familyIds: ReadonlySet<string>): MeetingParts {
  const plan = planWithoutFamilies(meeting.plan, familyIds);
  const outline = agendaOutline(plan);
  const after = buildMeetingSteps(meeting.template, outline);
  return { plan, outline, run: runOnSteps(meeting.run, buildMeetingSteps(meeting.template, meeting.outline), after) };
}

/**
 * Undo of `planWithoutFamilies` on a plan that changed since (`current`): the removed families'
 * deep dives and quick-round items go back in their places as `before` had them, with the guests
 * who came for them and the roles those guests held (where nobody holds them now).
 */
export function planWithFamiliesBack(current: MeetingPlan, before: MeetingPlan, familyIds: ReadonlySet<string>): MeetingPlan {
  const merge = <T extends { id: string; familyId: string }>(now: readonly T[], then: readonly T[]): T[] => {
    const present = new Map(now.map((item) => [item.id, item]));
    const ordered = then.flatMap((item) => (familyIds.has(item.familyId) ? [item] : present.has(item.id) ? [present.get(item.id)!] : []));
    const placed = new Set(ordered.map((item) => item.id));
    return [...ordered, ...now.filter((item) => !placed.has(item.id))];
  };
  const deepDives = merge(current.deepDives, before.deepDives);
  const restored = new Set(before.deepDives.filter((item) => familyIds.has(item.familyId)).map((item) => item.id));
  const beforeGuests = new Map(before.participants.map((participant) => [participant.id, participant]));
  const participants = current.participants.map((participant) => {
    const then = beforeGuests.get(participant.id);
    if (participant.kind !== 'guest' || participant.joins === undefined || then?.kind !== 'guest' || then.joins === undefined) return participant;
    return { ...participant, joins: [...participant.joins, ...then.joins.filter((join) => restored.has(join.deepDiveId))] };
  });
  const present = new Set(participants.map((participant) => participant.id));
  const cameBack = new Set<string>();
  for (const participant of before.participants) {
    const onlyForThem = participant.kind === 'guest' && !!participant.joins?.length && participant.joins.every((join) => restored.has(join.deepDiveId));
    if (onlyForThem && !present.has(participant.id)) {
      participants.push(participant);
      cameBack.add(participant.id);
    }
  }
  const roles = { ...current.roles };
  for (const [role, holder] of Object.entries(before.roles)) if (holder !== null && cameBack.has(holder) && (roles[role] ?? null) === null) roles[role] = holder;
  const back = <T extends { familyId: string }>(now: readonly T[] | undefined, then: readonly T[] | undefined) =>
    now === undefined && then === undefined ? undefined : [...(now ?? []), ...(then ?? []).filter((item) => familyIds.has(item.familyId))];
  const plannedDeepDives = back(current.plannedDeepDives, before.plannedDeepDives);
  const agendaChanges = back(current.agendaChanges, before.agendaChanges)?.sort((a, b) => a.at - b.at);
  return {
    ...current,
    roles,
    participants,
    quickRound: merge(current.quickRound, before.quickRound),
    deepDives,
    ...(plannedDeepDives && { plannedDeepDives: merge(plannedDeepDives, before.plannedDeepDives ?? []) }),
    ...(agendaChanges && { agendaChanges }),
  };
}
