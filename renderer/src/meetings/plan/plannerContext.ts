// What every planner section needs: the meeting, whether it can still be edited, the saver, and
// how to name participants and families (a deleted family is named as such, never by a stale code).
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Family } from '../../../../shared/family/family';
import type { Meeting, Participant } from '../../../../shared/meeting/meeting';
import type { Member } from '../../../../shared/team/member';
import type { usePlanSaver } from './usePlanSaver';

export type Planner = {
  meeting: Meeting;
  readOnly: boolean;
  saver: ReturnType<typeof usePlanSaver>;
  members: readonly Member[];
  families: readonly Family[];
  familiesById: ReadonlyMap<string, Family>;
  membersById: ReadonlyMap<string, Member>;
  /** Says something to screen-reader users (a move, a removal). */
  announce: (text: string) => void;
};

export const PlannerContext = createContext<Planner | null>(null);

export function usePlanner(): Planner {
  const planner = useContext(PlannerContext);
  if (!planner) throw new Error('usePlanner outside the planner');
  return planner;
}

/** A participant's name as lists show it: members by name, guests by name (and organisation). */
export function participantName(participant: Participant, membersById: ReadonlyMap<string, Member>, t: TFunction): string {
  if (participant.kind === 'guest') {
    return participant.organisation
      ? `${participant.name}, ${participant.organisation}`
      : t('meetings.guestLabel', { name: participant.name });
  }
  return membersById.get(participant.id)?.name ?? '?';
}

/** The name of whoever has `id` in this plan: a participant, or a member who no longer takes part. */
export function personName(id: string, meeting: Meeting, membersById: ReadonlyMap<string, Member>, t: TFunction): string {
  const participant = meeting.participants.find((candidate) => candidate.id === id);
  if (participant) return participantName(participant, membersById, t);
  return membersById.get(id)?.name ?? '?';
}

/** A family's pseudonym code, or "Deleted family". */
export function familyCode(familyId: string, familiesById: ReadonlyMap<string, Family>, t: TFunction): string {
  return familiesById.get(familyId)?.code ?? t('meetings.deletedFamily');
}

/** The role label with a lower-case first letter, for use inside a sentence. */
export function roleInSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}
