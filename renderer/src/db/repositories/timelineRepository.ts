// A family's timeline (issue 5): its events, each one sealed row with only ids and the instants it
// was added and changed in the clear. Every payload is checked with the domain's schema on the way in
// (an end before the start, an impossible date or an over-long title never reaches the disk), edits
// merge with what another window wrote in between, and a deleted event comes back with undo.
import { limits } from '../../../../shared/limits';
import { sortTimelineEvents } from '../../../../shared/timeline/dateRange';
import { timelineEventPayloadSchema, type TimelineEvent, type TimelineEventPayload } from '../../../../shared/timeline/timelineEvent';
import type { TimelineEventRow } from '../database';
import { openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

/** The family already has limits.timelineEvents events: nothing was added. */
export class TimelineFullError extends Error {
  constructor(readonly familyId: string) {
    super(`The timeline of family ${familyId} already has ${limits.timelineEvents} events`);
    this.name = 'TimelineFullError';
  }
}

export function openTimelineEvent(session: Session, row: TimelineEventRow): Promise<TimelineEvent> {
  return openRecord(session, session.db.timelineEvents, row, timelineEventPayloadSchema);
}

/** A family's events in the timeline's order (by date of mixed precision, see sortTimelineEvents). */
export async function listTimelineEvents(session: Session, familyId: string): Promise<TimelineEvent[]> {
  const rows = await session.db.timelineEvents.where('familyId').equals(familyId).toArray();
  return sortTimelineEvents(await Promise.all(rows.map((row) => openTimelineEvent(session, row))));
}

export async function readTimelineEvent(session: Session, id: string): Promise<TimelineEvent | undefined> {
  const row = await session.db.timelineEvents.get(id);
  return row && openTimelineEvent(session, row);
}

/** Adds an event to a family's timeline; refused (ZodError, nothing written) if the payload breaks the schema. */
export async function addTimelineEvent(session: Session, input: { familyId: string; event: TimelineEventPayload }): Promise<string> {
  const id = crypto.randomUUID();
  const at = session.now().toISOString();
  const { db } = session;
  const payload = await sealPayload(session, db.timelineEvents, id, timelineEventPayloadSchema.parse(input.event));
  await db.transaction('rw', db.timelineEvents, async () => {
    if ((await db.timelineEvents.where('familyId').equals(input.familyId).count()) >= limits.timelineEvents) {
      throw new TimelineFullError(input.familyId);
    }
    await db.timelineEvents.add({ id, familyId: input.familyId, createdAt: at, updatedAt: at, payload });
  });
  return id;
}

/**
 * Changes the fields of an event that `change` names, on top of the event as it is stored now: an
 * edit of other fields made in another window in between is kept. A change that breaks the schema
 * is refused (ZodError) and nothing is written; an event deleted meanwhile gives RecordMissingError.
 */
export function updateTimelineEvent(session: Session, id: string, change: Partial<TimelineEventPayload>): Promise<void> {
  return updateSealed(session, session.db.timelineEvents, id, timelineEventPayloadSchema, (current) => ({
    payload: { ...current, ...change },
  }));
}

/** Deletes one event and returns it as stored (still encrypted), for undo. */
export function deleteTimelineEvent(session: Session, id: string): Promise<TimelineEventRow | undefined> {
  return takeRow(session.db.timelineEvents, id);
}

/** Undo of deleteTimelineEvent: the event back exactly as it was. */
export async function restoreTimelineEvent(session: Session, row: TimelineEventRow): Promise<void> {
  await session.db.timelineEvents.put(row);
}
