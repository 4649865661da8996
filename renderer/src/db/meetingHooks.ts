// Reactive reads for the meeting screens: each re-runs when its tables change, in this window or
// another (Dexie propagates changes between tabs), which is how a second facilitator window and the
// family page stay current.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Meeting, RiskRound } from '../../../shared/meeting/meeting';
import { useSession } from './sessionContext';
import { listActionsForFamily, listActionsForMeeting, listOpenActions } from './repositories/actionRepository';
import { readMeetingNotes, type MeetingNote } from './repositories/meetingNoteRepository';
import { listMeetings, listMeetingSummaries, listRunningMeetings, readMeeting, type MeetingSummary } from './repositories/meetingRepository';
import { listRevealedRiskRoundsForFamily, listRiskRoundsForMeeting } from './repositories/riskRoundRepository';

export function useMeetings(): Meeting[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listMeetings(session), [session]);
}

/** What the meetings list shows of every meeting (no run state, no template beyond its name), latest first. */
export function useMeetingSummaries(): MeetingSummary[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listMeetingSummaries(session), [session]);
}

/** The meetings being run now (usually none or one). */
export function useRunningMeetings(): Meeting[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listRunningMeetings(session), [session]);
}

/** undefined while loading, null when the meeting does not exist. */
export function useMeeting(id: string): Meeting | null | undefined {
  const session = useSession();
  return useLiveQuery(() => readMeeting(session, id), [session, id]);
}

export function useMeetingNotes(meetingId: string): Map<string, MeetingNote> | undefined {
  const session = useSession();
  return useLiveQuery(() => readMeetingNotes(session, meetingId), [session, meetingId]);
}

export function useMeetingRiskRounds(meetingId: string): RiskRound[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listRiskRoundsForMeeting(session, meetingId), [session, meetingId]);
}

export function useFamilyRiskRounds(familyId: string): RiskRound[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listRevealedRiskRoundsForFamily(session, familyId), [session, familyId]);
}

export function useMeetingActions(meetingId: string): Action[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listActionsForMeeting(session, meetingId), [session, meetingId]);
}

export function useFamilyActions(familyId: string): Action[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listActionsForFamily(session, familyId), [session, familyId]);
}

export function useOpenActions(): Action[] | undefined {
  const session = useSession();
  return useLiveQuery(() => listOpenActions(session), [session]);
}
