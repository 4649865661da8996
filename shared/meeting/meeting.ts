// A meeting as the domain sees it: its plan (roles, participants, quick round, deep dives), and what
// the team captures while it runs (phase notes, hypotheses, risk rounds, actions and questions for
// the family). Sensitive content lives in the encrypted payload schemas below; ids, status, dates,
// the template snapshot and the run's timestamps are stored in the clear (docs/architecture.md: Data).
// Do not change a payload schema without a migration.
import { z } from 'zod';
import { limits } from '../limits';
import { isTeamRole, standardRoleNames } from '../team/roles';
import { calendarDay, startOfLocalDay, validateText, type Validated, invalid, valid } from '../validation';
import type { AgendaOutline, MeetingRunState } from './engine';
import { templateRole, wholeTeam, type LocalizedText, type MeetingTemplate, type PhaseRole } from './template';

/** planned → running → finished; a planned meeting can be cancelled (and restored). */
export const meetingStatuses = ['planned', 'running', 'finished', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

const id = z.string().min(1).max(64);

/** A team member taking part (id is the member's id), or an external guest (name and organisation only). */
export const participantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), id }),
  z.object({
    kind: z.literal('guest'),
    id,
    name: z.string().min(1).max(limits.guestName),
    organisation: z.string().max(limits.guestOrganisation),
  }),
]);
export type Participant = z.infer<typeof participantSchema>;

/** A family on the quick round. */
export const quickRoundItemSchema = z.object({ id, familyId: id });
export type QuickRoundItem = z.infer<typeof quickRoundItemSchema>;

/** A deep-dive family: who presents it and the question for the team. */
export const deepDiveSchema = z.object({
  id,
  familyId: id,
  /** A participant id, or null while nobody is chosen. */
  presenterId: id.nullable(),
  question: z.string().max(limits.agendaQuestion),
});
export type DeepDive = z.infer<typeof deepDiveSchema>;

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

/** What the meeting engine needs of a plan. */
export function agendaOutline(plan: Pick<MeetingPlan, 'deepDives' | 'quickRound'>): AgendaOutline {
  return { deepDiveItemIds: plan.deepDives.map((item) => item.id), quickRoundFamilyCount: plan.quickRound.length };
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

export const riskRoundPayloadSchema = z.object({ scores: z.array(riskScoreSchema).max(limits.participants) });
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

export const actionPayloadSchema = z.object({
  text: z.string().min(1).max(limits.actionText),
  /** A participant id (a member's id for team members); null when nobody owns it (questions for the family). */
  ownerId: id.nullable(),
  /** The owner's name when it was set, so guests and removed members are still named. */
  ownerName: z.string().max(limits.guestName),
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
export type { PhaseRole };
