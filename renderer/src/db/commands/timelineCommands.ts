// The timeline's writes for screens (docs/architecture.md: Writes: commands).
import { addTimelineEvent, deleteTimelineEvent, restoreTimelineEvent, updateTimelineEvent } from '../repositories/timelineRepository';
import { undoable, useCommands } from './commands';

export { TimelineFullError, type TimelineEditPlace } from '../repositories/timelineRepository';

const timelineCommands = {
  addTimelineEvent,
  updateTimelineEvent,
  deleteTimelineEvent: undoable(deleteTimelineEvent, restoreTimelineEvent),
};

export const useTimelineCommands = () => useCommands(timelineCommands);

/** Reads the meeting's capture tools load for the room's screen and the record (meetings/tools/). */
export { listTimelineEvents, timelineChangesInMeeting } from '../repositories/timelineRepository';
