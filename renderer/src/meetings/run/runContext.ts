// What every part of the facilitator view needs to know about the meeting being run, worked out
// once: its steps, the current step and deep dive, and names for participants and families.
import type { Family } from '../../../../shared/family/family';
import { buildMeetingSteps, type MeetingStep } from '../../../../shared/meeting/engine';
import { agendaOutline, type DeepDive, type Meeting, type Participant } from '../../../../shared/meeting/meeting';
import type { LocalizedText } from '../../../../shared/meeting/template';
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
  participants: { id: string; name: string; guest: boolean }[];
  /**
   * Who holds a role (one of the template's role ids) for the current step: in a deep-dive phase
   * the responsible social worker is that family's presenter; otherwise the meeting's role
   * assignment. null: unassigned.
   */
  holderOf: (role: string) => string | null;
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
  const participants = meeting.participants.map((participant) => ({
    id: participant.id,
    name: participantName(participant),
    guest: participant.kind === 'guest',
  }));
  const byId = new Map(participants.map((participant) => [participant.id, participant.name]));
  const nameOf = (id: string) => byId.get(id) ?? memberNames.get(id) ?? null;
  const holderIdOf = (role: string) =>
    role === 'responsibleSocialWorker' && deepDive?.presenterId ? deepDive.presenterId : (meeting.roles[role] ?? null);
  const holderOf = (role: string) => {
    const id = holderIdOf(role);
    return id ? nameOf(id) : null;
  };
  return {
    meeting,
    steps,
    step,
    deepDive,
    family: deepDive ? (familiesById.get(deepDive.familyId) ?? null) : undefined,
    familiesById,
    nameOf,
    participants,
    holderOf,
    holderIdOf,
  };
}

export { localized } from '../../../../shared/meeting/template';
