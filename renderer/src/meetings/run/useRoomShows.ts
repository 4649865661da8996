// What the facilitator has put on the room's screen in each step of a meeting (the timeline, the
// three houses, the agenda, what the meeting agreed). Kept for the browser tab in sessionStorage, per meeting, so stepping out of the run
// (to a child's sessions, say) and back finds the room's screen as it was. Only step keys and
// booleans are stored: nothing of the family.
import { useCallback, useState } from 'react';
import type { RoomShows, RoomShowsMeeting } from '../../../../shared/meeting/sharedScreen';

/** Every choice the chair can make for the room's screen in one step. */
export type RoomChoices = RoomShows & RoomShowsMeeting;

export const nothingShown: RoomChoices = { timeline: false, threeHouses: false, agenda: false, agreed: false };

const storageKey = (meetingId: string) => `keha.roomShows.${meetingId}`;

function read(meetingId: string): Record<string, RoomChoices> {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(storageKey(meetingId)) ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const shows: Record<string, RoomChoices> = {};
    for (const [step, entry] of Object.entries(value)) {
      const { timeline, threeHouses, agenda, agreed } = (entry ?? {}) as Partial<RoomChoices>;
      shows[step] = { timeline: timeline === true, threeHouses: threeHouses === true, agenda: agenda === true, agreed: agreed === true };
    }
    return shows;
  } catch {
    return {};
  }
}

/** The choices for one step, and a setter for one method's choice in that step. */
export function useRoomShows(meetingId: string, stepKey: string): [RoomChoices, (method: keyof RoomChoices, shown: boolean) => void] {
  const [all, setAll] = useState(() => read(meetingId));
  const set = useCallback(
    (method: keyof RoomChoices, shown: boolean) =>
      setAll((current) => {
        const next = { ...current, [stepKey]: { ...(current[stepKey] ?? nothingShown), [method]: shown } };
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
