// What span of time a timeline date covers, where it sorts, and which translation pieces describe it.
// A date on the timeline is often approximate ("spring 2019", "about 2015"), so every date is an
// interval, not an instant: the visual timeline draws it as a range, the list sorts it by a key.
//
// The calendar is read in UTC: a date is a calendar date with no time of day and no time zone, so
// "15 March 2019" is the same interval on every computer. Intervals are half-open, [start, end).
import type { Season, TimelineDate } from './timelineDate';

/** Epoch milliseconds, half-open: `start` is the first instant covered, `end` the first one after it. */
export type TimeRange = { start: number; end: number };

/**
 * The months of each season in Finland, as the calendar convention most people use: spring March–May,
 * summer June–August, autumn September–November, winter December–February. Winter spans the year
 * end: "winter 2019" means December 2019 to February 2020 (the winter that begins in 2019) and is
 * labelled "winter 2019–2020", so nobody has to guess which January is meant.
 */
export const seasonStartMonth: Readonly<Record<Season, number>> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
export const seasonLengthMonths = 3;

/** "about 2015" covers this many years on each side of 2015: 2014–2016 inclusive. */
export const aboutYearsEitherSide = 1;

const DAY_MS = 86_400_000;

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Date.UTC for any year: Date.UTC maps years 0–99 to 1900–1999, which a timeline never wants. */
function utc(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The interval a date covers: a day that day; a month that month; a season its three months (winter
 * into the next year); a year that year; "about" a year that year with one year either side.
 */
export function dateRange(date: TimelineDate): TimeRange {
  switch (date.precision) {
    case 'day': {
      const start = utc(date.year, date.month, date.day);
      return { start, end: start + DAY_MS };
    }
    case 'month':
      return { start: utc(date.year, date.month, 1), end: utc(date.year, date.month + 1, 1) };
    case 'season': {
      const first = seasonStartMonth[date.season];
      return { start: utc(date.year, first, 1), end: utc(date.year, first + seasonLengthMonths, 1) };
    }
    case 'year':
      return { start: utc(date.year, 1, 1), end: utc(date.year + 1, 1, 1) };
    case 'about':
      return { start: utc(date.year - aboutYearsEitherSide, 1, 1), end: utc(date.year + aboutYearsEitherSide + 1, 1, 1) };
  }
}

/** The span an event covers: from the start of its date to the end of its end date (or of its date). */
export function eventRange(date: TimelineDate, endDate: TimelineDate | null): TimeRange {
  const start = dateRange(date);
  if (endDate === null) return start;
  return { start: start.start, end: Math.max(start.end, dateRange(endDate).end) };
}

/**
 * The instant a date is "filed under": the first day it names. For "about 2015" that is 1 January
 * 2015 (the year said, not the uncertainty around it); for "winter 2019" 1 December 2019.
 */
export function nominalStart(date: TimelineDate): number {
  return date.precision === 'about' ? utc(date.year, 1, 1) : dateRange(date).start;
}

/** Among dates filed under the same day, the coarser first: a year reads like a heading for its months and days. */
const precisionRank: Readonly<Record<TimelineDate['precision'], number>> = { about: 0, year: 1, season: 2, month: 3, day: 4 };

/**
 * A number that sorts dates of mixed precision chronologically (as genealogy programs do): by the
 * day each date is filed under (see nominalStart), and on the same day the coarser precision first,
 * so "2019", "spring 2019", "March 2019", "1 March 2019" read in that order, and "about 2015" sits at
 * the start of 2015 rather than among the events of 2014.
 */
export function dateSortKey(date: TimelineDate): number {
  // Distinct days differ by 86.4 M ms, so multiplying by 8 and adding a rank below 8 keeps the order.
  return nominalStart(date) * 8 + precisionRank[date.precision];
}

/** Orders events for the list view: by date (dateSortKey), then the one ending first, then title, then id. */
export function compareTimelineEvents(
  a: { id: string; date: TimelineDate; endDate: TimelineDate | null; title: string },
  b: { id: string; date: TimelineDate; endDate: TimelineDate | null; title: string },
): number {
  return (
    dateSortKey(a.date) - dateSortKey(b.date) ||
    eventRange(a.date, a.endDate).end - eventRange(b.date, b.endDate).end ||
    a.title.localeCompare(b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Events sorted as compareTimelineEvents does, computing each event's keys once (fast for hundreds of events). */
export function sortTimelineEvents<T extends { id: string; date: TimelineDate; endDate: TimelineDate | null; title: string }>(events: readonly T[]): T[] {
  const keyed = events.map((event) => ({ event, key: dateSortKey(event.date), end: eventRange(event.date, event.endDate).end }));
  keyed.sort(
    (a, b) =>
      a.key - b.key ||
      a.end - b.end ||
      a.event.title.localeCompare(b.event.title) ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.event);
}

/**
 * How to say a date in the user's language: a translation key in the `timeline` section and its
 * values; `names` are values that are themselves translation keys (a month or season name) and must be
 * translated first. formatTimelineDate does both steps given the screen's `t`.
 */
export type DateLabel = { key: string; values: Record<string, number>; names: Record<string, string> };

export function dateLabel(date: TimelineDate): DateLabel {
  switch (date.precision) {
    case 'day':
      return { key: 'timeline.date.day', values: { year: date.year, month: date.month, day: date.day }, names: { monthName: monthNameKey(date.month) } };
    case 'month':
      return { key: 'timeline.date.month', values: { year: date.year, month: date.month }, names: { monthName: monthNameKey(date.month) } };
    case 'season':
      return date.season === 'winter'
        ? { key: 'timeline.date.winter', values: { year: date.year, nextYear: date.year + 1 }, names: { season: seasonNameKey('winter') } }
        : { key: 'timeline.date.season', values: { year: date.year }, names: { season: seasonNameKey(date.season) } };
    case 'year':
      return { key: 'timeline.date.year', values: { year: date.year }, names: {} };
    case 'about':
      return { key: 'timeline.date.about', values: { year: date.year }, names: {} };
  }
}

export const monthNameKey = (month: number) => `timeline.monthName.m${month}`;
export const seasonNameKey = (season: Season) => `timeline.season.${season}`;

/** The screen's translate function (i18next's `t` fits). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function formatTimelineDate(date: TimelineDate, t: Translate): string {
  const label = dateLabel(date);
  const names = Object.fromEntries(Object.entries(label.names).map(([name, key]) => [name, t(key)]));
  return t(label.key, { ...label.values, ...names });
}

/** A date, or a date and its end ("spring 2019 – autumn 2020"). */
export function formatTimelineSpan(date: TimelineDate, endDate: TimelineDate | null, t: Translate): string {
  const start = formatTimelineDate(date, t);
  return endDate === null ? start : t('timeline.date.span', { start, end: formatTimelineDate(endDate, t) });
}
