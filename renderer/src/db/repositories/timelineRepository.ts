// A family's timeline: its events, each one sealed row with only ids and the instants it
// was added and changed in the clear. Every payload is checked with the domain's schema on the way in
// (an end before the start, an impossible date or an over-long title never reaches the disk), edits
// merge with what another window wrote in between, and a deleted event comes back with undo.
import { limits } from '../../../../shared/limits';
import { sortTimelineEvents } from '../../../../shared/timeline/dateRange';
import { timelineEventPayloadSchema, type TimelineEvent, type TimelineEventPayload } from '../../../../shared/timeline/timelineEvent';
import type { TimelineEventMeetings, TimelineEventRow } from '../database';
import { openList, openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

/** The family already has limits.timelineEvents events: nothing was added. */
export class TimelineFullError extends Error {
  constructor(readonly familyId: string) {
    super(`The timeline of family ${familyId} already has ${limits.timelineEvents} events`);
    this.name = 'TimelineFullError';
  }
}

/** The event as screens use it; which meetings touched it stays in the row (only the record asks, through timelineChangesInMeeting). */
export function openTimelineEvent(session: Session, row: TimelineEventRow): Promise<TimelineEvent> {
  const { meetings: _meetings, ...rest } = row;
  return openRecord(session, session.db.timelineEvents, rest, timelineEventPayloadSchema);
}

/** A family's events in the timeline's order (by date of mixed precision, see sortTimelineEvents). */
export async function listTimelineEvents(session: Session, familyId: string): Promise<TimelineEvent[]> {
  const rows = await session.db.timelineEvents.where('familyId').equals(familyId).toArray();
  return sortTimelineEvents(await openList(session, session.db.timelineEvents, rows, (row) => openTimelineEvent(session, row)));
}

export async function readTimelineEvent(session: Session, id: string): Promise<TimelineEvent | undefined> {
  const row = await session.db.timelineEvents.get(id);
  return row && openTimelineEvent(session, row);
}

/** Where an edit is made: in a meeting (its id, for the meeting's record) or outside one (null). */
export type TimelineEditPlace = { meetingId: string | null };
const outsideMeetings: TimelineEditPlace = { meetingId: null };

/**
 * Adds an event to a family's timeline; refused (ZodError, nothing written) if the payload breaks
 * the schema. Added in a meeting, the event remembers it (see TimelineEventRow.meetings).
 */
export async function addTimelineEvent(
  session: Session,
  input: { familyId: string; event: TimelineEventPayload },
  place: TimelineEditPlace = outsideMeetings,
): Promise<string> {
  const id = crypto.randomUUID();
  const at = session.now().toISOString();
  const { db } = session;
  const payload = await sealPayload(session, db.timelineEvents, { id, familyId: input.familyId, createdAt: at, updatedAt: at }, timelineEventPayloadSchema.parse(input.event));
  await db.transaction('rw', db.timelineEvents, async () => {
    if ((await db.timelineEvents.where('familyId').equals(input.familyId).count()) >= limits.timelineEvents) {
      throw new TimelineFullError(input.familyId);
    }
    const meetings: TimelineEventMeetings = { addedIn: place.meetingId, changedIn: [] };
    await db.timelineEvents.add({ id, familyId: input.familyId, createdAt: at, updatedAt: at, meetings, payload });
  });
  return id;
}

/**
 * Changes the fields of an event that `change` names, on top of the event as it is stored now: an
 * edit of other fields made in another window in between is kept. A change that breaks the schema
 * is refused (ZodError) and nothing is written; an event deleted meanwhile gives RecordMissingError.
 */
export function updateTimelineEvent(
  session: Session,
  id: string,
  change: Partial<TimelineEventPayload>,
  place: TimelineEditPlace = outsideMeetings,
): Promise<void> {
  return updateSealed(session, session.db.timelineEvents, id, timelineEventPayloadSchema, (current, row) => ({
    payload: { ...current, ...change },
    fields: place.meetingId === null ? {} : { meetings: withChangeIn(row.meetings, place.meetingId) },
  }));
}

function withChangeIn(meetings: TimelineEventMeetings | undefined, meetingId: string): TimelineEventMeetings {
  const known = meetings ?? { addedIn: null, changedIn: [] };
  if (known.addedIn === meetingId || known.changedIn.includes(meetingId)) return known;
  return { addedIn: known.addedIn, changedIn: [...known.changedIn, meetingId] };
}

/** What a meeting did to a family's timeline: events added in it, and earlier events changed in it. */
export type TimelineMeetingChanges = { added: number; changed: number };

/** How many of a family's events were added or changed in a meeting (deleted ones are gone and not counted). */
export async function timelineChangesInMeeting(session: Session, familyId: string, meetingId: string): Promise<TimelineMeetingChanges> {
  const rows = await session.db.timelineEvents.where('familyId').equals(familyId).toArray();
  let added = 0;
  let changed = 0;
  for (const row of rows) {
    if (row.meetings?.addedIn === meetingId) added++;
    else if (row.meetings?.changedIn.includes(meetingId)) changed++;
  }
  return { added, changed };
}

/** Deletes one event and returns it as stored (still encrypted), for undo. */
export function deleteTimelineEvent(session: Session, id: string): Promise<TimelineEventRow | undefined> {
  return takeRow(session.db.timelineEvents, id);
}

/** Undo of deleteTimelineEvent: the event back exactly as it was. */
export async function restoreTimelineEvent(session: Session, row: TimelineEventRow): Promise<void> {
  await session.db.timelineEvents.put(row);
}
