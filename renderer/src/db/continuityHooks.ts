// Reactive reads for continuity from one meeting to the next (docs/domain.md: Continuity): what the
// last meeting agreed, for the opening, and a deep-dive family's last summary at a glance. Each
// re-runs when its tables change (a task marked done in another window shows here at once); the
// rules are shared/meeting/continuity.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  answersByHypothesis,
  familyGlance,
  lastMeetingBefore,
  meetingDayOf,
  tasksByOwner,
  type AnsweredQuestion,
  type FamilyGlance,
  type MeetingForContinuity,
  type OwnerTasks,
} from '../../../shared/meeting/continuity';
import type { LocalizedText } from '../../../shared/meeting/template';
import { listActionsForFamily, listActionsForMeeting } from './repositories/actionRepository';
import { listHypothesesForFamily, listRevisionsForFamily } from './repositories/hypothesisRepository';
import { listMeetings } from './repositories/meetingRepository';
import { listRevealedRiskRoundsForFamily } from './repositories/riskRoundRepository';
import type { Session } from './session';
import { useSession } from './sessionContext';

/** The last meeting (see `lastMeetingBefore`) and its tasks by owner, states taken on this meeting's day. */
export type LastMeetingTasks = {
  last: { id: string; at: number; templateName: LocalizedText; day: string } | null;
  /** This meeting's day (yyyy-MM-dd), against which a task is overdue. */
  day: string;
  owners: OwnerTasks[];
};

/**
 * Reads what the last meeting before `meeting` agreed (the opening's list): every meeting's plan,
 * then that meeting's actions. The same reads as `useLastMeetingTasks`, for the bench.
 */
export async function readLastMeetingTasks(session: Session, meeting: MeetingForContinuity): Promise<LastMeetingTasks> {
  const meetings = await listMeetings(session);
  const current = meetings.find((entry) => entry.id === meeting.id) ?? meeting;
  const day = meetingDayOf(current);
  const last = lastMeetingBefore(meetings, current);
  if (!last) return { last: null, day, owners: [] };
  const actions = await listActionsForMeeting(session, last.id);
  return {
    last: { id: last.id, at: last.run.startedAt ?? Date.parse(last.scheduledAt), templateName: last.template.name, day: meetingDayOf(last) },
    day,
    owners: tasksByOwner(actions, last.id, day),
  };
}

/** Reads a deep-dive family's last summary at a glance, from the family's own rows and the meetings' plans (as `useFamilyGlance`, for the bench). */
export async function readFamilyGlance(session: Session, familyId: string, meeting: MeetingForContinuity): Promise<FamilyGlance> {
  const [meetings, hypotheses, revisions, actions, riskRounds] = await Promise.all([
    listMeetings(session),
    listHypothesesForFamily(session, familyId),
    listRevisionsForFamily(session, familyId),
    listActionsForFamily(session, familyId),
    listRevealedRiskRoundsForFamily(session, familyId),
  ]);
  const current = meetings.find((entry) => entry.id === meeting.id) ?? meeting;
  return familyGlance({ familyId, meeting: current, meetings, hypotheses, revisions, actions, riskRounds });
}

/** What the last meeting before `meeting` agreed; undefined while loading. */
export function useLastMeetingTasks(meeting: MeetingForContinuity): LastMeetingTasks | undefined {
  const session = useSession();
  const { id, scheduledAt } = meeting;
  const startedAt = meeting.run.startedAt;
  // The querier is written out here, not a call of readLastMeetingTasks: Dexie observes the reads of
  // an async querier it runs itself (a read after a decryption in a function called from it was not
  // observed, so "Mark done" did not show until the next change).
  return useLiveQuery(async () => {
    const meetings = await listMeetings(session);
    const current = meetings.find((entry) => entry.id === id) ?? meeting;
    const day = meetingDayOf(current);
    const last = lastMeetingBefore(meetings, current);
    if (!last) return { last: null, day, owners: [] };
    const actions = await listActionsForMeeting(session, last.id);
    return {
      last: { id: last.id, at: last.run.startedAt ?? Date.parse(last.scheduledAt), templateName: last.template.name, day: meetingDayOf(last) },
      day,
      owners: tasksByOwner(actions, last.id, day),
    };
  }, [session, id, scheduledAt, startedAt]);
}

/** A deep-dive family's last summary at a glance, read from the family's own rows only; undefined while loading. */
export function useFamilyGlance(familyId: string, meeting: MeetingForContinuity): FamilyGlance | undefined {
  const session = useSession();
  const { id, scheduledAt } = meeting;
  const startedAt = meeting.run.startedAt;
  return useLiveQuery(async () => {
    const [meetings, hypotheses, revisions, actions, riskRounds] = await Promise.all([
      listMeetings(session),
      listHypothesesForFamily(session, familyId),
      listRevisionsForFamily(session, familyId),
      listActionsForFamily(session, familyId),
      listRevealedRiskRoundsForFamily(session, familyId),
    ]);
    const current = meetings.find((entry) => entry.id === id) ?? meeting;
    return familyGlance({ familyId, meeting: current, meetings, hypotheses, revisions, actions, riskRounds });
  }, [session, familyId, id, scheduledAt, startedAt]);
}

/** The family's answers beside the hypotheses they test, and those of no hypothesis; undefined while loading. */
export function useFamilyAnswers(familyId: string): { byHypothesis: Map<string, AnsweredQuestion[]>; unlinked: AnsweredQuestion[] } | undefined {
  const session = useSession();
  return useLiveQuery(async () => {
    const [hypotheses, revisions, actions] = await Promise.all([
      listHypothesesForFamily(session, familyId),
      listRevisionsForFamily(session, familyId),
      listActionsForFamily(session, familyId),
    ]);
    return answersByHypothesis(familyId, hypotheses, revisions, actions);
  }, [session, familyId]);
}
