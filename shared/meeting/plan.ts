// Planning rules: the plan a new meeting starts from (everyone on the team taking part, each of the
// template's roles held by the first active member whose default role it is, every active family
// on the quick round), the usual meeting time, and the edits and warnings of the meeting planner.
import { addDays, addWeeks, format, setHours, setMinutes, startOfMinute } from 'date-fns';
import type { Family } from '../family/family';
import type { Member } from '../team/member';
import { invalid, valid, type Validated } from '../validation';
import { roleHolder, type GuestRelation, type MeetingPlan, type Participant } from './meeting';
import { meetingScopedRoles, type MeetingTemplate } from './template';

type PlanMember = Pick<Member, 'id' | 'status' | 'defaultRole'>;
type PlanFamily = Pick<Family, 'id' | 'status' | 'code'>;

/**
 * A fresh plan for a meeting with `template`: active members take part; each of the template's
 * roles that is a standard team role (renamed or not) goes to the first active member with that
 * default role, and roles the template added start unassigned; the quick round lists every active
 * family by code.
 */
export function defaultPlan(
  template: Pick<MeetingTemplate, 'roles' | 'kind' | 'phases'>,
  members: readonly PlanMember[],
  families: readonly PlanFamily[],
  newId: () => string,
): MeetingPlan {
  const active = members.filter((member) => member.status === 'active');
  const roles: MeetingPlan['roles'] = {};
  for (const role of meetingScopedRoles(template)) roles[role.id] = active.find((member) => member.defaultRole === role.id)?.id ?? null;
  return {
    roles,
    participants: active.map((member) => ({ kind: 'member' as const, id: member.id })),
    // A one-family meeting (an interim review) has no quick round: no other family is named in it.
    quickRound: isOneFamilyMeeting(template)
      ? []
      : families
          .filter((family) => family.status === 'active')
          .sort((a, b) => a.code.localeCompare(b.code, 'fi'))
          .map((family) => ({ id: newId(), familyId: family.id })),
    deepDives: [],
    closingNote: '',
  };
}

// ---------------------------------------------------------------------------------------------
// One-family meetings

/**
 * Whether a template's meetings are about one family only: an interim review of a child's care
 * period (its kind, or a phase that works on the care period's goals, as a team's copy of the
 * interim review keeps whatever it is renamed to). Such a meeting has no quick round and one family
 * on its agenda, and nothing of any other family is offered, shown or recorded in it.
 */
export function isOneFamilyMeeting(template: Pick<MeetingTemplate, 'kind' | 'phases'>): boolean {
  return template.kind === 'interimReview' || template.phases.some((phase) => phase.tools.includes('carePeriodGoals'));
}

/**
 * The plan as `template`'s meetings have it: for a one-family meeting no quick round and only its
 * first family; any other plan as it is. Applied whenever a plan is saved or its template changes.
 */
export function planForTemplate<P extends Pick<MeetingPlan, 'quickRound' | 'deepDives'>>(plan: P, template: Pick<MeetingTemplate, 'kind' | 'phases'>): P {
  if (!isOneFamilyMeeting(template)) return plan;
  if (plan.quickRound.length === 0 && plan.deepDives.length <= 1) return plan;
  return { ...plan, quickRound: [], deepDives: plan.deepDives.slice(0, 1) };
}

/**
 * The open tasks of earlier meetings a planner offers for review: for a one-family meeting only
 * that family's (none until it is chosen); otherwise every family's. Never this meeting's own.
 */
export function openActionsToReview<A extends { familyId: string; meetingId: string }>(
  actions: readonly A[],
  meeting: Pick<MeetingPlan, 'deepDives'> & { id: string; template: Pick<MeetingTemplate, 'kind' | 'phases'> },
): A[] {
  const earlier = actions.filter((action) => action.meetingId !== meeting.id);
  if (!isOneFamilyMeeting(meeting.template)) return earlier;
  const families = new Set(meeting.deepDives.map((item) => item.familyId));
  return earlier.filter((action) => families.has(action.familyId));
}

/** The time a new meeting is suggested for: 09:00 on the next day after `now`. */
export function suggestedMeetingTime(now: Date): Date {
  return startOfMinute(setMinutes(setHours(addDays(now, 1), 9), 0));
}

/** The same time a week later (for "duplicate for next week"). */
export function oneWeekLater(iso: string): string {
  return addWeeks(new Date(iso), 1).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Editing a plan. Pure functions over MeetingPlan, so the planner screen only says what changed.

/** Moves the item at `from` to `to` (both clamped to the list); returns a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/**
 * Moves the items with `keys` before or after the item `target` (a drop in a reorderable list);
 * the moved items keep their relative order.
 */
export function moveByDrop<T extends { id: string }>(
  items: readonly T[],
  keys: ReadonlySet<string>,
  target: string,
  position: 'before' | 'after',
): T[] {
  if (keys.has(target)) return [...items];
  const moved = items.filter((item) => keys.has(item.id));
  const rest = items.filter((item) => !keys.has(item.id));
  const at = rest.findIndex((item) => item.id === target);
  if (at < 0) return [...items];
  const index = position === 'before' ? at : at + 1;
  return [...rest.slice(0, index), ...moved, ...rest.slice(index)];
}

/**
 * The plan's roles for a meeting that now follows `template` (a new meeting, or a planned one whose
 * template changed): holders of the roles the template has are kept, its other roles start
 * unassigned, and roles it does not have are dropped. In the template's order.
 */
export function rolesForTemplate(roles: MeetingPlan['roles'], template: Pick<MeetingTemplate, 'roles'>): MeetingPlan['roles'] {
  return Object.fromEntries(meetingScopedRoles(template).map((role) => [role.id, roles[role.id] ?? null]));
}

/** A participant leaves the plan: every role they held becomes unassigned (presenters are kept, and warned about). */
export function removeParticipant(plan: MeetingPlan, participantId: string): { plan: MeetingPlan; clearedRoles: string[] } {
  const clearedRoles = Object.keys(plan.roles).filter((role) => plan.roles[role] === participantId);
  const roles = { ...plan.roles };
  for (const role of clearedRoles) roles[role] = null;
  return {
    plan: { ...plan, roles, participants: plan.participants.filter((participant) => participant.id !== participantId) },
    clearedRoles,
  };
}

/**
 * Undoes `removeParticipant`: puts the participant back at `index` and gives back the roles they
 * held, where nobody else has taken them since.
 */
export function restoreParticipant(plan: MeetingPlan, participant: Participant, index: number, roles: readonly string[]): MeetingPlan {
  if (plan.participants.some((existing) => existing.id === participant.id)) return plan;
  const participants = [...plan.participants];
  participants.splice(Math.max(0, Math.min(index, participants.length)), 0, participant);
  const nextRoles = { ...plan.roles };
  // Only roles the plan still has (its template may have changed in between).
  for (const role of roles) if (Object.hasOwn(nextRoles, role) && !nextRoles[role]) nextRoles[role] = participant.id;
  return { ...plan, participants, roles: nextRoles };
}

/** A team member joins the plan (no-op when already in). */
export function addMemberParticipant(plan: MeetingPlan, memberId: string): MeetingPlan {
  if (plan.participants.some((participant) => participant.id === memberId)) return plan;
  return { ...plan, participants: [...plan.participants, { kind: 'member', id: memberId }] };
}

/** A deep-dive family added at the end; its responsible worker presents when they take part. */
export function addDeepDive(
  plan: MeetingPlan,
  family: Pick<Family, 'id' | 'responsibleMemberId'>,
  newId: () => string,
): MeetingPlan {
  if (plan.deepDives.some((item) => item.familyId === family.id)) return plan;
  const presenterId =
    family.responsibleMemberId && plan.participants.some((participant) => participant.id === family.responsibleMemberId)
      ? family.responsibleMemberId
      : null;
  return { ...plan, deepDives: [...plan.deepDives, { id: newId(), familyId: family.id, presenterId, question: '' }] };
}

/** Something in a plan the team should know before the meeting; none of them stops it from starting. */
export type PlanWarning =
  /** The meeting will have only the once-per-meeting phases. */
  | { kind: 'noDeepDive' }
  /** `role` is one of the template's role ids. */
  | { kind: 'roleUnassigned'; role: string }
  /** A family on the agenda no longer exists (deleted, perhaps in another window). */
  | { kind: 'deletedFamily'; itemId: string; list: 'quickRound' | 'deepDives' }
  | { kind: 'noPresenter'; itemId: string; familyId: string }
  /** The chosen presenter no longer takes part in the meeting. */
  | { kind: 'presenterNotParticipant'; itemId: string; familyId: string; presenterId: string }
  /** A guest invited to no deep dive: they would take part in nothing and be in no summary. */
  | { kind: 'guestInNoDeepDive'; guestId: string; name: string };

/**
 * The warnings for a plan, in the order a planner reads them: agenda first, then the template's
 * roles (in its order), presenters and guests.
 */
export function planWarnings(
  plan: MeetingPlan,
  template: Pick<MeetingTemplate, 'roles'>,
  existingFamilyIds: ReadonlySet<string>,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (plan.deepDives.length === 0) warnings.push({ kind: 'noDeepDive' });
  for (const item of plan.deepDives) {
    if (!existingFamilyIds.has(item.familyId)) warnings.push({ kind: 'deletedFamily', itemId: item.id, list: 'deepDives' });
  }
  for (const item of plan.quickRound) {
    if (!existingFamilyIds.has(item.familyId)) warnings.push({ kind: 'deletedFamily', itemId: item.id, list: 'quickRound' });
  }
  const participantIds = new Set(plan.participants.map((participant) => participant.id));
  for (const role of meetingScopedRoles(template)) {
    if (roleHolder(plan, role.id) === null) warnings.push({ kind: 'roleUnassigned', role: role.id });
  }
  for (const item of plan.deepDives) {
    if (!existingFamilyIds.has(item.familyId)) continue;
    if (item.presenterId === null) warnings.push({ kind: 'noPresenter', itemId: item.id, familyId: item.familyId });
    else if (!participantIds.has(item.presenterId)) {
      warnings.push({ kind: 'presenterNotParticipant', itemId: item.id, familyId: item.familyId, presenterId: item.presenterId });
    }
  }
  const deepDiveIds = new Set(plan.deepDives.map((item) => item.id));
  for (const participant of plan.participants) {
    if (participant.kind === 'guest' && participant.joins && !participant.joins.some((join) => deepDiveIds.has(join.deepDiveId))) {
      warnings.push({ kind: 'guestInNoDeepDive', guestId: participant.id, name: participant.name });
    }
  }
  return warnings;
}

/**
 * A guest joins (name and organisation only; validate them first): a network partner or a family
 * member, taking part in the deep dives `deepDiveIds` (none yet, by default) and scoring in none
 * of their rounds until the chair includes them.
 */
export function addGuest(
  plan: MeetingPlan,
  guest: { name: string; organisation: string; relation: GuestRelation; deepDiveIds: readonly string[] },
  newId: () => string,
): MeetingPlan {
  const { deepDiveIds, ...rest } = guest;
  const joins = deepDiveIds.map((deepDiveId) => ({ deepDiveId, scores: false }));
  return { ...plan, participants: [...plan.participants, { kind: 'guest', id: newId(), ...rest, joins }] };
}

/**
 * A guest takes part in the deep dive `deepDiveId`, or no longer does. A guest who took part in the
 * whole meeting (stored before per-family invitations) is from then on invited per deep dive, to
 * every deep dive but the one left.
 */
export function setGuestJoins(plan: MeetingPlan, guestId: string, deepDiveId: string, joins: boolean): MeetingPlan {
  return updateGuest(plan, guestId, (current) => {
    if (!joins) return current.filter((join) => join.deepDiveId !== deepDiveId);
    return current.some((join) => join.deepDiveId === deepDiveId) ? current : [...current, { deepDiveId, scores: false }];
  });
}

/** The chair includes a guest in (or leaves them out of) the safety round of a deep dive they take part in. */
export function setGuestScores(plan: MeetingPlan, guestId: string, deepDiveId: string, scores: boolean): MeetingPlan {
  return updateGuest(plan, guestId, (current) => current.map((join) => (join.deepDiveId === deepDiveId ? { ...join, scores } : join)));
}

function updateGuest(plan: MeetingPlan, guestId: string, change: (joins: { deepDiveId: string; scores: boolean }[]) => { deepDiveId: string; scores: boolean }[]): MeetingPlan {
  return {
    ...plan,
    participants: plan.participants.map((participant) => {
      if (participant.kind !== 'guest' || participant.id !== guestId) return participant;
      // A whole-meeting guest (no joins) took part, and scored, in every deep dive.
      const current = participant.joins ?? plan.deepDives.map((item) => ({ deepDiveId: item.id, scores: true }));
      return { ...participant, joins: change(current) };
    }),
  };
}

/** An ISO instant as the value of a `datetime-local` field (local time, minutes). */
export function toLocalDateTimeInput(iso: string): string {
  return format(new Date(iso), "yyyy-MM-dd'T'HH:mm");
}

/** A `datetime-local` field's value as an ISO instant; empty or malformed input is refused. */
export function fromLocalDateTimeInput(raw: string): Validated<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(raw.trim());
  if (!match) return invalid('meetings.dateTimeFormat');
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day || date.getHours() !== hours) {
    return invalid('meetings.dateTimeFormat');
  }
  return valid(date.toISOString());
}
