// What the facilitator has put on the room's screen in each step of a meeting (the tools whose room
// section waits for the chair: the timeline, the three houses, the agenda, what the meeting
// agreed). Kept for the browser tab in sessionStorage, per meeting, so stepping out of the run (to a
// child's sessions, say) and back finds the room's screen as it was. Only step keys, tool ids and
// booleans are stored: nothing of the family.
import { useCallback, useState } from 'react';
import type { RoomShows } from '../../../../shared/meeting/sharedScreen';
import { meetingTools, type MeetingTool } from '../../../../shared/meeting/tools/registry';

/** Every choice the chair can make for the room's screen in one step, by tool (absent: not shown). */
export type RoomChoices = RoomShows;

export const nothingShown: RoomChoices = {};

const storageKey = (meetingId: string) => `keha.roomShows.${meetingId}`;

function read(meetingId: string): Record<string, RoomChoices> {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(storageKey(meetingId)) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const shows: Record<string, RoomChoices> = {};
    for (const [step, entry] of Object.entries(value)) {
      const stored = (entry ?? {}) as Record<string, unknown>;
      shows[step] = Object.fromEntries(meetingTools.filter((tool) => stored[tool] === true).map((tool) => [tool, true]));
    }
    return shows;
  } catch {
    return {};
  }
}

/** The choices for one step, and a setter for one tool's choice in that step. */
export function useRoomShows(meetingId: string, stepKey: string): [RoomChoices, (tool: MeetingTool, shown: boolean) => void] {
  const [all, setAll] = useState(() => read(meetingId));
  const set = useCallback(
    (tool: MeetingTool, shown: boolean) =>
      setAll((current) => {
        const next = { ...current, [stepKey]: { ...(current[stepKey] ?? nothingShown), [tool]: shown } };
        try {
          window.sessionStorage.setItem(storageKey(meetingId), JSON.stringify(next));
        } catch {
          // Storage full or unavailable: the choice still holds while this page is open.
        }
        return next;
      }),
    [meetingId, stepKey],
  );
  return [all[stepKey] ?? nothingShown, set];
}
