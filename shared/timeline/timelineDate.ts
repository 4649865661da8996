// A date on the family timeline and its rules. Dates are often approximate (docs/domain.md: Timeline), so
// a date names its precision and only the parts that precision has:
//   { precision: 'day', year, month, day }     15 March 2019
//   { precision: 'month', year, month }        March 2019
//   { precision: 'season', year, season }      spring 2019 (winter 2019 = Dec 2019–Feb 2020, see dateRange.ts)
//   { precision: 'year', year }                2019
//   { precision: 'about', year }               about 2015 (2014–2016)
// Months are 1–12. A part the precision does not have is absent, never null or 0, so a stored date
// is unambiguous. What a date covers in time is in dateRange.ts.
import { z } from 'zod';
import { limits } from '../limits';
import { invalid, valid, type Validated, type ValidationIssue } from '../validation';
import { daysInMonth, dateRange, nominalStart } from './dateRange';

/** From the most to the least exact. Ids are stable data keys: do not change without a migration. */
export const datePrecisions = ['day', 'month', 'season', 'year', 'about'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Seasons in Finland, in the order of the year. Ids are stable data keys. */
export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof seasons)[number];

const year = z.number().int().min(limits.timelineEarliestYear).max(9999);
const month = z.number().int().min(1).max(12);

/** A stored date (inside the encrypted event payload). Do not change without a migration. */
export const timelineDateSchema = z
  .discriminatedUnion('precision', [
    z.strictObject({ precision: z.literal('day'), year, month, day: z.number().int().min(1).max(31) }),
    z.strictObject({ precision: z.literal('month'), year, month }),
    z.strictObject({ precision: z.literal('season'), year, season: z.enum(seasons) }),
    z.strictObject({ precision: z.literal('year'), year }),
    z.strictObject({ precision: z.literal('about'), year }),
  ])
  .superRefine((date, context) => {
    if (date.precision === 'day' && date.day > daysInMonth(date.year, date.month)) {
      context.addIssue({ code: 'custom', path: ['day'], message: `${date.year}-${date.month} has no day ${date.day}` });
    }
  });
export type TimelineDate = z.infer<typeof timelineDateSchema>;

/**
 * A date as a form holds it while the user types: any part may be missing or still text. The
 * precision decides which parts must be there; a part it does not have must be left empty.
 */
export type TimelineDateDraft = {
  precision: string | null;
  year?: number | string | null;
  month?: number | string | null;
  day?: number | string | null;
  season?: string | null;
};

const needs: Readonly<Record<DatePrecision, { month: boolean; day: boolean; season: boolean }>> = {
  day: { month: true, day: true, season: false },
  month: { month: true, day: false, season: false },
  season: { month: false, day: false, season: true },
  year: { month: false, day: false, season: false },
  about: { month: false, day: false, season: false },
};

/**
 * Checks a date typed into the event form. The first problem found is returned, as a key in the
 * `timeline.validation` section: no precision, a missing or malformed part, a part the precision does
 * not have (a day with precision "year"), a day the month does not have (31 February), a month
 * outside 1–12, a year before limits.timelineEarliestYear, or a date starting more than
 * limits.timelineFutureYears after today (today read from the computer's local calendar).
 */
export function validateTimelineDate(draft: TimelineDateDraft, now: Date): Validated<TimelineDate> {
  const precision = draft.precision;
  if (!isPrecision(precision)) return invalid('timeline.validation.precisionMissing');
  const rules = needs[precision];

  const yearValue = readNumber(draft.year);
  if (yearValue === 'empty') return invalid('timeline.validation.yearMissing');
  if (yearValue === 'malformed' || yearValue < 1000 || yearValue > 9999) return invalid('timeline.validation.yearFormat');

  const monthValue = readNumber(draft.month);
  const dayValue = readNumber(draft.day);
  const seasonValue = draft.season == null ? '' : draft.season.trim();
  if (!rules.day && dayValue !== 'empty') return invalid('timeline.validation.dayNotForPrecision');
  if (!rules.month && monthValue !== 'empty') return invalid('timeline.validation.monthNotForPrecision');
  if (!rules.season && seasonValue !== '') return invalid('timeline.validation.seasonNotForPrecision');

  let date: TimelineDate;
  if (precision === 'day' || precision === 'month') {
    if (monthValue === 'empty') return invalid('timeline.validation.monthMissing');
    if (monthValue === 'malformed' || monthValue < 1 || monthValue > 12) {
      return invalid('timeline.validation.monthOutOfRange', { month: String(draft.month).trim() });
    }
    if (precision === 'day') {
      if (dayValue === 'empty') return invalid('timeline.validation.dayMissing');
      const lastDay = daysInMonth(yearValue, monthValue);
      if (dayValue === 'malformed' || dayValue < 1 || dayValue > lastDay) {
        return invalid('timeline.validation.dayNotInMonth', { day: String(draft.day).trim(), month: monthValue, year: yearValue, lastDay });
      }
      date = { precision, year: yearValue, month: monthValue, day: dayValue };
    } else date = { precision, year: yearValue, month: monthValue };
  } else if (precision === 'season') {
    if (seasonValue === '') return invalid('timeline.validation.seasonMissing');
    if (!isSeason(seasonValue)) return invalid('timeline.validation.seasonUnknown');
    date = { precision, year: yearValue, season: seasonValue };
  } else date = { precision, year: yearValue };

  if (date.year < limits.timelineEarliestYear) return invalid('timeline.validation.tooEarly', { year: limits.timelineEarliestYear });
  const latest = latestStart(now);
  if (nominalStart(date) > latest) return invalid('timeline.validation.tooLate', { latest: new Date(latest).toISOString().slice(0, 10) });
  return valid(date);
}

export type TimelineDatesChecked = {
  date: Validated<TimelineDate>;
  /** null when the event has no end (it happened at one time, however approximate). */
  endDate: Validated<TimelineDate | null>;
};

/**
 * Checks an event's date and optional end date, each for its own field. An end is refused if it is
 * certainly before the start: compared as ranges, the end date's whole span is over before the start
 * date's span begins ("2018" cannot end an event of "spring 2019", but "2019" can end one of "spring
 * 2019": the event then lasts into 2019 at most).
 */
export function validateTimelineDates(draft: TimelineDateDraft, endDraft: TimelineDateDraft | null, now: Date): TimelineDatesChecked {
  const date = validateTimelineDate(draft, now);
  if (endDraft === null || isEmptyDraft(endDraft)) return { date, endDate: valid(null) };
  const endDate = validateTimelineDate(endDraft, now);
  if (date.ok && endDate.ok) {
    const issue = endBeforeStartIssue(date.value, endDate.value);
    if (issue) return { date, endDate: { ok: false, issue } };
  }
  return { date, endDate };
}

/** The end-before-start issue for two valid dates, or null. Also used by the stored payload's schema. */
export function endBeforeStartIssue(date: TimelineDate, endDate: TimelineDate): ValidationIssue | null {
  return dateRange(endDate).end <= dateRange(date).start ? { key: 'timeline.validation.endBeforeStart', values: {} } : null;
}

/** An end date the user left wholly empty (precision not chosen, nothing typed) means "no end". */
export function isEmptyDraft(draft: TimelineDateDraft): boolean {
  return [draft.precision, draft.year, draft.month, draft.day, draft.season].every((part) => part == null || String(part).trim() === '');
}

/** A stored date back into the form's shape, to edit it. */
export function dateToDraft(date: TimelineDate): TimelineDateDraft {
  return {
    precision: date.precision,
    year: date.year,
    month: 'month' in date ? date.month : null,
    day: date.precision === 'day' ? date.day : null,
    season: date.precision === 'season' ? date.season : null,
  };
}

export const isPrecision = (value: unknown): value is DatePrecision =>
  typeof value === 'string' && (datePrecisions as readonly string[]).includes(value);
export const isSeason = (value: unknown): value is Season => typeof value === 'string' && (seasons as readonly string[]).includes(value);

/** The latest day a date may start on: today, limits.timelineFutureYears later (in UTC calendar terms). */
function latestStart(now: Date): number {
  return Date.UTC(now.getFullYear() + limits.timelineFutureYears, now.getMonth(), now.getDate());
}

/** A whole number from a form part: 'empty' for nothing typed, 'malformed' for anything but digits. */
function readNumber(part: number | string | null | undefined): number | 'empty' | 'malformed' {
  if (part == null) return 'empty';
  if (typeof part === 'number') return Number.isInteger(part) ? part : 'malformed';
  const text = part.trim();
  if (text === '') return 'empty';
  return /^\d{1,4}$/.test(text) ? Number(text) : 'malformed';
}
