// What every part of the facilitator view needs to know about the meeting being run, worked out
// once: its steps, the current step and deep dive, and names for participants and families.
import type { Family } from '../../../../shared/family/family';
import { buildMeetingSteps, type MeetingStep } from '../../../../shared/meeting/engine';
import {
  agendaOutline,
  expectedScorers,
  familyRoleHolder,
  familyRolesAt,
  participantsAt,
  type DeepDive,
  type Meeting,
  type Participant,
} from '../../../../shared/meeting/meeting';
import { familyScopedRoles, type LocalizedText } from '../../../../shared/meeting/template';
import type { Language } from '../../../../shared/i18n/messages';
import type { Member } from '../../../../shared/team/member';

export type RunContext = {
  meeting: Meeting;
  steps: MeetingStep[];
  /** The step the meeting is on; undefined before the start, after the finish or if the steps changed. */
  step: MeetingStep | undefined;
  deepDive: DeepDive | undefined;
  /** The family of the current deep dive; null if it was deleted; undefined in a once-a-meeting phase. */
  family: Family | null | undefined;
  familiesById: ReadonlyMap<string, Family>;
  /** A participant's display name (member's name, or the guest's name). */
  nameOf: (participantId: string) => string | null;
  /**
   * Who takes part in the current step: the team, and in a deep-dive phase the guests invited to
   * that family's discussion (a guest takes part only there).
   */
  participants: { id: string; name: string; guest: boolean }[];
  /** Who is expected to score in the current deep dive's safety round (guests only when the chair included them). */
  scorers: { id: string; name: string; guest: boolean }[];
  /**
   * Who holds a role (one of the template's role ids) for the current step: a family's own role
   * (its responsible worker, its social counsellor) is held by that family's own worker in its deep
   * dive and by nobody in a once-a-meeting phase (each family has its own); any other role as the
   * meeting assigned it. null: unassigned.
   */
  holderOf: (role: string) => string | null;
  /** Whether a role belongs to each family rather than to the meeting (see `roleScope`). */
  isFamilyRole: (role: string) => boolean;
  /** Who holds a role for the current step, as a participant id (see holderOf). */
  holderIdOf: (role: string) => string | null;
};

export function buildRunContext(meeting: Meeting, members: readonly Member[], families: readonly Family[]): RunContext {
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  const active = meeting.run.status === 'running' || meeting.run.status === 'paused';
  const step = active ? steps[meeting.run.stepIndex] : undefined;
  const deepDive = step?.agendaItemId ? meeting.deepDives.find((item) => item.id === step.agendaItemId) : undefined;
  const familiesById = new Map(families.map((family) => [family.id, family]));
  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  const participantName = (participant: Participant) =>
    participant.kind === 'guest' ? participant.name : (memberNames.get(participant.id) ?? '?');
  const shown = (participant: Participant) => ({
    id: participant.id,
    name: participantName(participant),
    guest: participant.kind === 'guest',
  });
  const present = participantsAt(meeting, deepDive?.id ?? null);
  const participants = present.map(shown);
  const scorers = deepDive ? expectedScorers(meeting, deepDive.id).map(shown) : [];
  const byId = new Map(meeting.participants.map((participant) => [participant.id, participantName(participant)]));
  const nameOf = (id: string) => byId.get(id) ?? memberNames.get(id) ?? null;
  const family = deepDive ? familiesById.get(deepDive.familyId) : undefined;
  const familyRoleIds = new Set(familyScopedRoles(meeting.template).map((role) => role.id));
  const isFamilyRole = (role: string) => familyRoleIds.has(role);
  const familyRoles = deepDive ? familyRolesAt(meeting, deepDive, family) : null;
  const holderIdOf = (role: string) =>
    isFamilyRole(role) ? (familyRoles ? familyRoleHolder(familyRoles, role) : null) : (meeting.roles[role] ?? null);
  const holderOf = (role: string) => {
    const id = holderIdOf(role);
    return id ? nameOf(id) : null;
  };
  return {
    meeting,
    steps,
    step,
    deepDive,
    family: deepDive ? (family ?? null) : undefined,
    familiesById,
    nameOf,
    participants,
    scorers,
    holderOf,
    isFamilyRole,
    holderIdOf,
  };
}

export { localized } from '../../../../shared/meeting/template';
