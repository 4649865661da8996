// Which timeline events a screen shows: filtered by category and person; the family-facing view,
// reduced by one pure function to what the family may see, so a screen in family mode cannot show an
// internal field because it never receives it. (What a meeting changed is counted from the meetings
// each event remembers: timelineRepository's timelineChangesInMeeting.)
import type { TimelineDate } from './timelineDate';
import type { TimelineCategory, TimelineEvent, TimelineSource } from './timelineEvent';
import { sortTimelineEvents } from './dateRange';

export type TimelineFilter = {
  /** Categories to show; empty shows every category. */
  categories: readonly TimelineCategory[];
  /** People to show events of (an event involving any of them is shown); empty shows everyone's. */
  people: readonly string[];
};

export const noTimelineFilter: TimelineFilter = { categories: [], people: [] };

/** The events the filter lets through, in their given order. People match ignoring case and surrounding space. */
export function filterTimelineEvents<T extends Pick<TimelineEvent, 'category' | 'people'>>(events: readonly T[], filter: TimelineFilter): T[] {
  const categories = new Set(filter.categories);
  const people = new Set(filter.people.map(personKey));
  return events.filter(
    (event) =>
      (categories.size === 0 || categories.has(event.category)) &&
      (people.size === 0 || event.people.some((person) => people.has(personKey(person)))),
  );
}

/** Everyone named in the events, once each (the first spelling met), sorted in Finnish order: the person filter's choices. */
export function peopleInTimeline(events: readonly Pick<TimelineEvent, 'people'>[]): string[] {
  const byKey = new Map<string, string>();
  for (const event of events) for (const person of event.people) if (!byKey.has(personKey(person))) byKey.set(personKey(person), person.trim());
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'fi'));
}

/** How many events each category has, for the filter's labels ("Health (4)"). */
export function countByCategory(events: readonly Pick<TimelineEvent, 'category'>[]): Record<TimelineCategory, number> {
  const counts: Record<TimelineCategory, number> = {
    family: 0,
    moves: 0,
    health: 0,
    school: 0,
    services: 0,
    childProtection: 0,
    incidents: 0,
    strengths: 0,
  };
  for (const event of events) counts[event.category]++;
  return counts;
}

/**
 * An event as the family sees it. Exactly these fields: id, date, end date, title, category, people
 * involved, whose account it is (source), and the child's or family's own view. Left out: the action
 * taken and the source note (internal working notes), the "shown to the family" flag (always true
 * here), and the family id and bookkeeping instants.
 */
export type FamilyFacingEvent = {
  id: string;
  date: TimelineDate;
  endDate: TimelineDate | null;
  title: string;
  category: TimelineCategory;
  people: string[];
  source: TimelineSource | null;
  ownView: string;
};

/**
 * The family-facing timeline: only events marked as shown to the family, each reduced to a
 * FamilyFacingEvent (a new object with only those fields, nothing copied by spreading), in date order.
 */
export function familyFacingTimeline(events: readonly TimelineEvent[]): FamilyFacingEvent[] {
  return sortTimelineEvents(events.filter((event) => event.shownToFamily)).map(withoutInternalNotes);
}

/**
 * One event reduced to the FamilyFacingEvent fields (a new object, nothing copied by spreading): for
 * the family-facing timeline above and for the meeting room's screen, which shows every event but
 * never the internal notes.
 */
export function withoutInternalNotes(event: TimelineEvent): FamilyFacingEvent {
  return {
    id: event.id,
    date: event.date,
    endDate: event.endDate,
    title: event.title,
    category: event.category,
    people: [...event.people],
    source: event.source,
    ownView: event.ownView,
  };
}

const personKey = (person: string) => person.trim().toLocaleLowerCase('fi');
