// A meeting as the domain sees it: its plan (roles, participants, quick round, deep dives), and what
// the team captures while it runs (phase notes, hypotheses, risk rounds, actions and questions for
// the family). Sensitive content lives in the encrypted payload schemas below; ids, status, dates,
// the template snapshot and the run's timestamps are stored in the clear (docs/architecture.md: Data).
// Do not change a payload schema without a migration (a new optional field, absent from older
// records, needs none).
import { format } from 'date-fns';
import { z } from 'zod';
import { limits } from '../limits';
import type { Family } from '../family/family';
import { isTeamRole, standardRoleNames } from '../team/roles';
import { calendarDay, startOfLocalDay, validateText, type Validated, invalid, valid } from '../validation';
import type { AgendaOutline, MeetingRunState } from './engine';
import { templateLimits, templateRole, wholeTeam, type LocalizedText, type MeetingTemplate, type PhaseRole } from './template';
import { slotLimits } from './timeSlot';

/** planned → running → finished; a planned meeting can be cancelled (and restored). */
export const meetingStatuses = ['planned', 'running', 'finished', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

const id = z.string().min(1).max(64);
/** A plan's minutes of a phase: as a template plans them (0 to its maximum, in half minutes). */
const planMinutes = z.number().min(templateLimits.minMinutes).max(templateLimits.maxMinutes).multipleOf(0.5);

/** Who a guest is to the family: a partner from its network (school, psychiatry…), or the family itself. */
export const guestRelations = ['network', 'family'] as const;
export type GuestRelation = (typeof guestRelations)[number];

/** A deep dive a guest takes part in, and whether the chair included them in that family's safety round. */
export const guestJoinSchema = z.object({ deepDiveId: id, scores: z.boolean() });
export type GuestJoin = z.infer<typeof guestJoinSchema>;

/**
 * A team member taking part (id is the member's id), or a guest (name and organisation only).
 * A guest takes part only in the deep dives listed in `joins`; a guest stored before guests were
 * invited per family has no `joins` and counts, as then, as taking part in the whole meeting.
 */
export const participantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), id }),
  z.object({
    kind: z.literal('guest'),
    id,
    name: z.string().min(1).max(limits.guestName),
    organisation: z.string().max(limits.guestOrganisation),
    /** Absent: a network partner. */
    relation: z.enum(guestRelations).optional(),
    joins: z.array(guestJoinSchema).max(limits.deepDives).optional(),
  }),
]);
export type Participant = z.infer<typeof participantSchema>;
export type Guest = Extract<Participant, { kind: 'guest' }>;

/** A family on the quick round. */
export const quickRoundItemSchema = z.object({ id, familyId: id });
export type QuickRoundItem = z.infer<typeof quickRoundItemSchema>;

/**
 * Who holds a family's own roles (see `roleScope`), by template role id: member ids, null when
 * nobody does. The family keeps them (`responsibleMemberId`, `socialCounsellorId`); a finished
 * meeting keeps a copy per deep dive (see `familyRolesAt`).
 */
export const familyRolesSchema = z.object({
  responsibleSocialWorker: z.string().nullable(),
  socialCounsellor: z.string().nullable(),
});
export type FamilyRoles = z.infer<typeof familyRolesSchema>;

/** A deep-dive family: who presents it and the question for the team. */
export const deepDiveSchema = z.object({
  id,
  familyId: id,
  /** A participant id, or null while nobody is chosen. */
  presenterId: id.nullable(),
  question: z.string().max(limits.agendaQuestion),
  /**
   * The family's own role holders as they were when the meeting finished, so its record keeps
   * naming them after the family's workers change. Absent while the meeting is planned or running,
   * and in meetings finished before they were kept.
   */
  familyRoles: familyRolesSchema.optional(),
});
export type DeepDive = z.infer<typeof deepDiveSchema>;

/**
 * How the agenda changed while the meeting ran (shared/meeting/agendaEditing.ts): a deep dive added,
 * moved to another place among those not yet reached, or moved to next week's meeting. Each change
 * keeps the deep dive's family, question and presenter as they were, so the record can say what moved.
 */
export const agendaChangeKinds = ['added', 'reordered', 'movedToNextWeek'] as const;
export type AgendaChangeKind = (typeof agendaChangeKinds)[number];

/** The most agenda changes a meeting keeps (the oldest go first). */
export const maxAgendaChanges = 200;

export const agendaChangeSchema = z.object({
  kind: z.enum(agendaChangeKinds),
  /** When the chair made the change (epoch ms). */
  at: z.number().int().nonnegative(),
  deepDiveId: id,
  familyId: id,
  question: z.string().max(limits.agendaQuestion),
  presenterId: id.nullable(),
  /** Reordered: the deep dive's place (1-based) before and after. */
  from: z.number().int().positive().optional(),
  to: z.number().int().positive().optional(),
  /** Moved to next week: the meeting it went to. */
  toMeetingId: id.optional(),
});
export type AgendaChange = z.infer<typeof agendaChangeSchema>;

/** The encrypted part of a meeting record. */
export const meetingPayloadSchema = z.object({
  /**
   * Who holds each of the template's roles this time (by template role id): a participant id, or
   * null (or no entry) when nobody does. Meetings stored before templates had roles of their own
   * hold the five standard role ids, which are the standard template roles' ids too.
   */
  roles: z.record(id, id.nullable()),
  participants: z.array(participantSchema).max(limits.participants),
  quickRound: z.array(quickRoundItemSchema).max(limits.quickRoundItems),
  deepDives: z.array(deepDiveSchema).max(limits.deepDives),
  /** What the chair said was agreed, written at the close. */
  closingNote: z.string().max(limits.meetingNote),
  /**
   * This meeting's time slot in minutes; absent: the team's usual meeting length
   * (docs/domain.md: The time slot). Absent in meetings stored before slots existed.
   */
  slotMinutes: z.number().int().min(slotLimits.min).max(slotLimits.max).optional(),
  /**
   * The plan's own minutes per phase id (per family for a phase planned per family), used instead
   * of the template's; a phase without uses the template's. The template is never changed.
   */
  phaseMinutes: z.record(id, planMinutes).optional(),
  /** The phases whose minutes the chair set by hand: fitting to the slot keeps them. */
  fixedPhases: z.array(id).max(templateLimits.phases).optional(),
  /** The deep dives as planned, kept at the first change of the agenda while the meeting runs; absent while it never changed. */
  plannedDeepDives: z.array(deepDiveSchema).max(limits.deepDives).optional(),
  /** The agenda's changes while the meeting ran, oldest first; absent while it never changed. */
  agendaChanges: z.array(agendaChangeSchema).max(maxAgendaChanges).optional(),
});
export type MeetingPlan = z.infer<typeof meetingPayloadSchema>;

/** A meeting as screens use it: the decrypted plan plus the clear fields. */
export type Meeting = MeetingPlan & {
  id: string;
  status: MeetingStatus;
  /** When the meeting is planned to start (ISO instant). */
  scheduledAt: string;
  /** The template the meeting runs with, copied when it was planned (changes to the template never reach it). */
  template: MeetingTemplate;
  run: MeetingRunState;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
};

/** When a meeting took place (epoch ms): its start, or its planned time if it has not started. */
export function meetingTime(meeting: { startedAt: number | null; scheduledAt: string }): number {
  return meeting.startedAt ?? Date.parse(meeting.scheduledAt);
}

/** `meetingTime` of a meeting whose start is in its run state. */
export function meetingStart(meeting: Pick<Meeting, 'run' | 'scheduledAt'>): number {
  return meetingTime({ startedAt: meeting.run.startedAt, scheduledAt: meeting.scheduledAt });
}

/** The meeting's day (yyyy-MM-dd, local time): when it started, or is planned to (file names, the care period it works on). */
export function meetingDay(meeting: Pick<Meeting, 'run' | 'scheduledAt'>): string {
  return format(meetingStart(meeting), 'yyyy-MM-dd');
}

/** What the meeting engine needs of a plan: the deep dives, the quick round's size and the plan's own minutes (when it has any). */
export function agendaOutline(plan: Pick<MeetingPlan, 'deepDives' | 'quickRound'> & Partial<Pick<MeetingPlan, 'phaseMinutes'>>): AgendaOutline {
  const outline: AgendaOutline = { deepDiveItemIds: plan.deepDives.map((item) => item.id), quickRoundFamilyCount: plan.quickRound.length };
  return plan.phaseMinutes && Object.keys(plan.phaseMinutes).length > 0 ? { ...outline, phaseMinutes: { ...plan.phaseMinutes } } : outline;
}

// ---------------------------------------------------------------------------------------------
// What is captured during the meeting

/** Notes of one step of the run (a phase, or a phase for one deep-dive family). */
export const notePayloadSchema = z.object({ text: z.string().max(limits.meetingNote) });
export type NotePayload = z.infer<typeof notePayloadSchema>;

/** The lowest and highest point of the safety scale (docs/domain.md: Safety scale; 0 not safe now, 10 safe enough to close). */
export const riskScale = { min: 0, max: 10 } as const;

export const riskScoreSchema = z.object({
  participantId: id,
  /** The participant's name when they scored, so the record still names them if they are removed. */
  participantName: z.string().max(limits.guestName),
  /** null: the participant chose not to score. */
  score: z.number().int().min(riskScale.min).max(riskScale.max).nullable(),
  reason: z.string().max(limits.riskReason),
  /** What would move the score one point up. */
  oneUp: z.string().max(limits.riskReason),
});
export type RiskScore = z.infer<typeof riskScoreSchema>;

export const riskRoundPayloadSchema = z.object({
  scores: z.array(riskScoreSchema).max(limits.participants),
  /** 'chair': the chair entered every score at once from the team's papers (absent: each scored privately here). */
  enteredBy: z.literal('chair').optional(),
});
export type RiskRoundPayload = z.infer<typeof riskRoundPayloadSchema>;

/** One deep-dive family's risk round. Scores stay private until `revealedAt`. */
export type RiskRound = RiskRoundPayload & {
  id: string;
  meetingId: string;
  agendaItemId: string;
  familyId: string;
  /** Epoch ms when the chair revealed the scores; null while they are private. */
  revealedAt: number | null;
  updatedAt: string;
};

export const actionKinds = ['action', 'familyQuestion'] as const;
export type ActionKind = (typeof actionKinds)[number];
export const actionStatuses = ['open', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/**
 * The family's answer to a question taken to them (docs/domain.md: Continuity): what they said,
 * the day they said it (yyyy-MM-dd) and who asked (a member's id, null when not recorded, with the
 * name they had then so a removed member is still named).
 */
export const familyAnswerSchema = z.object({
  text: z.string().min(1).max(limits.familyAnswer),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  askedById: id.nullable(),
  askedByName: z.string().max(limits.memberName),
});
export type FamilyAnswer = z.infer<typeof familyAnswerSchema>;

export const actionPayloadSchema = z.object({
  text: z.string().min(1).max(limits.actionText),
  /** A participant id (a member's id for team members); null when nobody owns it (questions for the family). */
  ownerId: id.nullable(),
  /** The owner's name when it was set, so guests and removed members are still named. */
  ownerName: z.string().max(limits.guestName),
  /**
   * The hypothesis whose test question this was made from (the plan phase's test questions).
   * Absent for everything typed by hand and for actions stored before it was kept.
   */
  hypothesisId: id.optional(),
  /** A question for the family: the family's answer, once it is recorded. Absent until then, and in older records. */
  answer: familyAnswerSchema.optional(),
});
export type ActionPayload = z.infer<typeof actionPayloadSchema>;

/** An agreed next step (what, owner, due date) or a question to take to the family. */
export type Action = ActionPayload & {
  id: string;
  kind: ActionKind;
  familyId: string;
  meetingId: string;
  status: ActionStatus;
  /** Due date as yyyy-MM-dd, or null. */
  due: string | null;
  createdAt: string;
  updatedAt: string;
  doneAt: string | null;
};

// ---------------------------------------------------------------------------------------------
// Rules for what users type

export const validateGuestName = (raw: string) => validateText(raw, { max: limits.guestName, required: true });
export const validateGuestOrganisation = (raw: string) =>
  validateText(raw, { max: limits.guestOrganisation, required: false });
export const validateAgendaQuestion = (raw: string) => validateText(raw, { max: limits.agendaQuestion, required: false });
export const validateRiskReason = (raw: string) => validateText(raw, { max: limits.riskReason, required: false });
/** Meeting notes are kept exactly as typed (no trimming: a pause after a space must not eat the space). */
export function validateNoteText(raw: string): Validated<string> {
  return raw.length > limits.meetingNote ? invalid('validation.tooLong', { max: limits.meetingNote, length: raw.length }) : valid(raw);
}
export const validateActionText = (raw: string) => validateText(raw, { max: limits.actionText, required: true });

/**
 * A due date typed in a date field (yyyy-MM-dd): empty means none; a date before `today` is
 * refused so a typo never files an action as already overdue.
 */
export function validateDueDate(raw: string, today: Date): Validated<string | null> {
  const text = raw.trim();
  if (text === '') return valid(null);
  const date = calendarDay(text);
  if (!date) return invalid('validation.dateFormat');
  if (date < startOfLocalDay(today)) return invalid('validation.dueDatePast');
  return valid(text);
}

// ---------------------------------------------------------------------------------------------
// Roles: a meeting assigns its template's roles (renamed or added per template)

/**
 * A role's name in both languages as a meeting shows it: the template's own name for it. A role
 * the template does not have (captured with another template) goes by its standard name, or its
 * id. null for the whole team, which every screen words in its own way.
 */
export function meetingRoleName(template: Pick<MeetingTemplate, 'roles'>, role: PhaseRole): LocalizedText | null {
  if (role === wholeTeam) return null;
  const own = templateRole(template, role);
  if (own) return own.name;
  return isTeamRole(role) ? standardRoleNames[role] : { fi: role, en: role };
}

/** Who holds `role` in the plan (a participant id), or null: unassigned, or held by someone no longer taking part. */
export function roleHolder(plan: Pick<MeetingPlan, 'roles' | 'participants'>, role: string): string | null {
  const holder = plan.roles[role] ?? null;
  return holder && plan.participants.some((participant) => participant.id === holder) ? holder : null;
}

/** A family's own role holders as the family records them now (none for a family that no longer exists). */
export function currentFamilyRoles(family: Partial<Pick<Family, 'responsibleMemberId' | 'socialCounsellorId'>> | undefined): FamilyRoles {
  return { responsibleSocialWorker: family?.responsibleMemberId ?? null, socialCounsellor: family?.socialCounsellorId ?? null };
}

/**
 * Who held a deep-dive family's own roles in a meeting. A finished meeting's are those stored when
 * it finished, so the record of a past meeting never changes with the family; a planned or running
 * meeting's, and those of a meeting finished before they were stored, are the family's now.
 */
export function familyRolesAt(
  meeting: Pick<Meeting, 'status'>,
  deepDive: Pick<DeepDive, 'familyRoles'>,
  family: Partial<Pick<Family, 'responsibleMemberId' | 'socialCounsellorId'>> | undefined,
): FamilyRoles {
  if (meeting.status === 'finished' && deepDive.familyRoles) return deepDive.familyRoles;
  return currentFamilyRoles(family);
}

/**
 * Who holds a family role (see `roleScope`) among a family's role holders (`familyRolesAt`, or
 * `currentFamilyRoles`). A family role the family keeps no holder for (one a template added) has none.
 */
export function familyRoleHolder(roles: FamilyRoles, role: string): string | null {
  if (role === 'responsibleSocialWorker') return roles.responsibleSocialWorker;
  if (role === 'socialCounsellor') return roles.socialCounsellor;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Who takes part where: team members in the whole meeting, guests only in their deep dives

/** Whether a guest takes part in the whole meeting (only guests stored before per-family invitations do). */
export function isWholeMeetingGuest(guest: Guest): boolean {
  return guest.joins === undefined;
}

/** Whether `participant` takes part in the deep dive `deepDiveId`. */
export function takesPartIn(participant: Participant, deepDiveId: string): boolean {
  if (participant.kind === 'member' || isWholeMeetingGuest(participant)) return true;
  return participant.joins!.some((join) => join.deepDiveId === deepDiveId);
}

/** Everyone taking part in one family's deep dive: the team, and the guests invited to it. In plan order. */
export function deepDiveParticipants(plan: Pick<MeetingPlan, 'participants'>, deepDiveId: string): Participant[] {
  return plan.participants.filter((participant) => takesPartIn(participant, deepDiveId));
}

/**
 * Who is in the room at a step of the meeting: in a family's deep dive, the team and that deep
 * dive's guests; in a once-a-meeting phase (deepDiveId null), the team and any guest of the whole meeting.
 */
export function participantsAt(plan: Pick<MeetingPlan, 'participants'>, deepDiveId: string | null): Participant[] {
  return deepDiveId === null
    ? plan.participants.filter((participant) => participant.kind === 'member' || isWholeMeetingGuest(participant))
    : deepDiveParticipants(plan, deepDiveId);
}

/**
 * Who is expected to give a safety score in one family's round: the team, and the guests of that
 * deep dive the chair included in the round (by default a guest does not score).
 */
export function expectedScorers(plan: Pick<MeetingPlan, 'participants'>, deepDiveId: string): Participant[] {
  return plan.participants.filter((participant) => {
    if (participant.kind === 'member' || isWholeMeetingGuest(participant)) return true;
    return participant.joins!.some((join) => join.deepDiveId === deepDiveId && join.scores);
  });
}

/** The guest's relation to the family (a guest stored without one is a network partner). */
export function guestRelation(guest: Guest): GuestRelation {
  return guest.relation ?? 'network';
}

export type { PhaseRole };
