// The family's timeline as a capture tool: in a deep-dive phase that offers it, the chair can put
// the timeline on the room's screen (every event in date order, without the team's internal notes,
// and the children's births), and the family's record says how many events the meeting added or
// changed. See docs/architecture.md: Capture tools (the registry).
import { sortTimelineEvents } from '../../timeline/dateRange';
import { withoutInternalNotes, type FamilyFacingEvent } from '../../timeline/filters';
import type { TimelineDate } from '../../timeline/timelineDate';
import type { TimelineCategory, TimelineEvent } from '../../timeline/timelineEvent';
import { captureTool, recordMention, roomSection, type RecordMentionContext, type RoomContext } from './types';

/** A child of the family as the room's timeline and three houses name it. */
export type RoomChild = { id: string; pseudonym: string; birthYear: number | null };

/** What the chair's window loads for the room: the family's children and timeline events. */
export type TimelineRoomData = { children: readonly RoomChild[]; events: readonly TimelineEvent[] };

/** What the room may see: every event without the internal notes (action taken, source note), and the children's births. */
export type TimelineSeen = { events: FamilyFacingEvent[]; children: RoomChild[] };

/** An event as the room's timeline draws it; `id` is its position (`e1`, `e2`…), not the record's id. */
export type RoomTimelineEvent = { id: string; date: TimelineDate; endDate: TimelineDate | null; title: string; category: TimelineCategory };
/** A child's birth on the room's timeline; `id` is its position (`c1`…). */
export type RoomTimelineChild = { id: string; pseudonym: string; birthYear: number | null };
export type RoomTimeline = { events: RoomTimelineEvent[]; children: RoomTimelineChild[] };

/** What the family's record is told: how many of the family's events this meeting added and changed. */
export type TimelineRecordData = { added: number; changed: number };

export const timelineTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'timeline',
    chairShows: true,
    see: (context: RoomContext<TimelineRoomData>): TimelineSeen | null => {
      const familyId = context.deepDive?.familyId;
      if (!familyId || !context.loaded) return null;
      return {
        events: sortTimelineEvents(context.loaded.events.filter((event) => event.familyId === familyId)).map(withoutInternalNotes),
        children: context.loaded.children.map((child) => ({ id: child.id, pseudonym: child.pseudonym, birthYear: child.birthYear })),
      };
    },
    draw: (seen): RoomTimeline => ({
      events: seen.events.map((event, index) => ({ id: `e${index + 1}`, date: event.date, endDate: event.endDate, title: event.title, category: event.category })),
      children: seen.children.map((child, index) => ({ id: `c${index + 1}`, pseudonym: child.pseudonym, birthYear: child.birthYear })),
    }),
    fields: [
      '.events',
      '.events[].id',
      '.events[].date',
      '.events[].date.precision',
      '.events[].date.year',
      '.events[].date.month',
      '.events[].date.day',
      '.events[].date.season',
      '.events[].endDate',
      '.events[].endDate.precision',
      '.events[].endDate.year',
      '.events[].endDate.month',
      '.events[].endDate.day',
      '.events[].endDate.season',
      '.events[].title',
      '.events[].category',
      '.children',
      '.children[].id',
      '.children[].pseudonym',
      '.children[].birthYear',
    ],
  }),
  record: recordMention({
    /** "Timeline updated: 3 events (2 added, 1 changed)" when the meeting changed the family's timeline. */
    mentions: ({ t, data }: RecordMentionContext<TimelineRecordData>) => {
      const changed = data ? data.added + data.changed : 0;
      return data && changed > 0 ? [{ text: `${t('record.timelineUpdated', { count: changed })} (${t('record.timelineUpdatedDetail', data)})`, details: [] }] : [];
    },
  }),
});
