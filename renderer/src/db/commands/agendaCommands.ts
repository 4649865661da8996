// The writes of a running meeting's agenda: add a deep dive now, reorder those not yet reached,
// move one to next week's meeting (with Undo), and jump to any step. docs/architecture.md: Writes:
// commands, and The agenda during the meeting.
import {
  addDeepDiveNow,
  jumpInMeeting,
  moveToNextWeek,
  reorderDeepDive,
  undoMoveToNextWeek,
} from '../repositories/agendaRepository';
import { undoable, useCommands } from './commands';

export type { AgendaResult, MovedToNextWeek } from '../repositories/agendaRepository';
export { AgendaRefusedError } from '../repositories/agendaRepository';

const agendaCommands = {
  addDeepDiveNow,
  reorderDeepDive,
  moveToNextWeek: undoable(moveToNextWeek, (session, result) => (result.ok ? undoMoveToNextWeek(session, result.moved) : Promise.resolve())),
  jumpInMeeting,
};

/**
 * The agenda's commands bound to the session: `addDeepDiveNow(meetingId, {familyId, question,
 * presenterId})`, `moveToNextWeek(fromMeetingId, {familyId, question, presenterId, deepDiveId?})`
 * (with `moveToNextWeek.undo(result)`), `reorderDeepDive` and `jumpInMeeting`. Each resolves to
 * `{ ok: true, … }` or `{ ok: false, reason }` (a refusal; nothing was written).
 */
export const useAgendaCommands = () => useCommands(agendaCommands);
