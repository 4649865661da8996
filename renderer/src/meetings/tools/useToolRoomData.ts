// Loads, for the room's screen, what the current step's tools need read from the database (the
// renderer entries' `loadRoom`: the family's timeline, the children's three houses, the care
// period's goals), for the current deep-dive family only, and only while the section can show:
// in a step that offers the tool, and, for a tool whose section waits for the chair, once the chair
// has put it on the screen (the sessions carry drawings). One live query, re-read when any of it
// changes. Each result is tagged with the family it was read for: while the next family's data
// loads, the live query keeps the previous result, which must never show under the next family.
// See docs/architecture.md: Capture tools (the registry).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Family } from '../../../../shared/family/family';
import { meetingDay, type Meeting } from '../../../../shared/meeting/meeting';
import type { RoomShows } from '../../../../shared/meeting/sharedScreen';
import { toolEntry, type LoadedForRoom, type MeetingTool } from '../../../../shared/meeting/tools/registry';
import { useSession } from '../../db/sessionContext';
import type { Session } from '../../db/session';
import type { RoomLoadRequest } from './toolView';
import { toolViews } from './toolViews';

type Loader = (session: Session, request: RoomLoadRequest) => Promise<unknown>;

export function useToolRoomData(meeting: Meeting, family: Family | null, tools: readonly MeetingTool[], shows: RoomShows): LoadedForRoom | undefined {
  const session = useSession();
  const wanted = family
    ? tools.filter((tool) => {
        const entry = toolEntry(tool);
        return 'loadRoom' in toolViews[tool] && entry.perFamily && entry.room && (!entry.room.chairShows || shows[tool] === true);
      })
    : [];
  const day = meetingDay(meeting);
  return useLiveQuery(async () => {
    if (!family || wanted.length === 0) return {};
    const entries = await Promise.all(
      wanted.map(async (tool) => {
        const load = (toolViews[tool] as { loadRoom: Loader }).loadRoom;
        return [tool, { familyId: family.id, data: await load(session, { family, meeting }) }] as const;
      }),
    );
    return Object.fromEntries(entries) as LoadedForRoom;
    // The meeting is read for its id and day only (the care period current on the meeting's day).
  }, [session, family, wanted.join('|'), meeting.id, day]);
}
