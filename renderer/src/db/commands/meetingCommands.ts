// The meetings' writes for screens: planning, running, the record and what a meeting captures
// (actions, notes, risk rounds, transfer marks). docs/architecture.md: Writes: commands.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionStatus } from '../../../../shared/meeting/meeting';
import { addAction, deleteAction, restoreAction, restoreFamilyAnswer, setActionStatus, setFamilyAnswer, updateAction } from '../repositories/actionRepository';
import { listFamilies } from '../repositories/familyRepository';
import { cancelMeeting, createMeeting, duplicateMeeting, restoreMeeting, runMeeting, setClosingNote, setGuestScoring, takeOverMeeting } from '../repositories/meetingRepository';
import { saveMeetingNote } from '../repositories/meetingNoteRepository';
import { markTransferred, removeTransferMark, restoreTransferMark, listTransfers } from '../repositories/retentionRepository';
import { recordPaperRiskRound, recordRiskScore, revealRiskRound, undoPaperRiskRound, withdrawRiskScore } from '../repositories/riskRoundRepository';
import { listMembers } from '../repositories/teamRepository';
import { timelineChangesInMeeting } from '../repositories/timelineRepository';
import type { Session } from '../session';
import { useSession } from '../sessionContext';
import { undoable, useCommands } from './commands';

export type { MeetingSummary, RunAction, RunResult, SeenRun } from '../repositories/meetingRepository';
export type { MeetingNote } from '../repositories/meetingNoteRepository';
export { RiskRoundRevealedError, RiskRoundStartedError } from '../repositories/riskRoundRepository';
export { summariesOf, transferId, untransferredCounts } from '../repositories/retentionRepository';

/** Sets an action's status; its inverse puts back the status it had (`previous`). */
const changeActionStatus = undoable(
  async (session: Session, id: string, status: ActionStatus, previous: ActionStatus) => {
    await setActionStatus(session, id, status);
    return { id, previous };
  },
  (session, changed) => setActionStatus(session, changed.id, changed.previous),
);

const meetingCommands = {
  createMeeting,
  listMembers,
  listFamilies,
  runMeeting,
  takeOverMeeting,
  duplicateMeeting,
  cancelMeeting: undoable(
    async (session: Session, id: string) => {
      await cancelMeeting(session, id);
      return id;
    },
    restoreMeeting,
  ),
  restoreMeeting,
  setClosingNote,
  saveMeetingNote,
  setGuestScoring,
  recordRiskScore,
  revealRiskRound,
  withdrawRiskScore,
  recordPaperRiskRound: undoable(recordPaperRiskRound, undoPaperRiskRound),
  addAction: undoable(addAction, deleteAction),
  updateAction,
  deleteAction: undoable(deleteAction, restoreAction),
  changeActionStatus,
  /** The family's answer to a question taken to them (null clears it); Undo puts back what was there. */
  setFamilyAnswer: undoable(setFamilyAnswer, restoreFamilyAnswer),
  markTransferred,
  removeTransferMark: undoable(removeTransferMark, restoreTransferMark),
};

export const useMeetingCommands = () => useCommands(meetingCommands);

/** The summary transfer marks of one family (or all), live. */
export function useTransfers(familyId?: string) {
  const session = useSession();
  return useLiveQuery(() => listTransfers(session.db, familyId), [session, familyId]);
}

/** What this meeting changed on the family's timeline, live. */
export function useTimelineChangesInMeeting(familyId: string, meetingId: string) {
  const session = useSession();
  return useLiveQuery(() => timelineChangesInMeeting(session, familyId, meetingId), [session, familyId, meetingId]);
}
