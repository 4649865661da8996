// Covers the rules of a timeline date (shared/timeline/timelineDate.ts) and the event payload
// (shared/timeline/timelineEvent.ts): every precision accepted with exactly its parts, every mistake a
// worker can type answered with its own message in Finnish and English, an end compared with the start
// as ranges, and stored payloads refused when they are not in the right shape.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import {
  dateToDraft,
  timelineDateSchema,
  validateTimelineDate,
  validateTimelineDates,
  type TimelineDateDraft,
} from '../../../shared/timeline/timelineDate';
import {
  timelineCategories,
  timelineCategoryStyle,
  timelineEventPayloadSchema,
  validateTimelinePeople,
  validateTimelineText,
  validateTimelineTitle,
  type TimelineEventPayload,
} from '../../../shared/timeline/timelineEvent';
import { timelineEn, timelineFi } from '../../../shared/i18n/sections/timeline';
import { invalid, valid } from '../../../shared/validation';
import { expectTranslatedIssue } from './timelineTexts';

// Monday 23 November 2026, afternoon, local time: a year ahead is 23 November 2027.
const now = new Date(2026, 10, 23, 15, 0);

describe('validateTimelineDate: what is accepted', () => {
  it.each<[string, TimelineDateDraft, unknown]>([
    ['a day, typed as text', { precision: 'day', year: ' 2019 ', month: '3', day: '15' }, { precision: 'day', year: 2019, month: 3, day: 15 }],
    ['a day, as numbers', { precision: 'day', year: 2019, month: 3, day: 15 }, { precision: 'day', year: 2019, month: 3, day: 15 }],
    ['29 February of a leap year', { precision: 'day', year: 2024, month: 2, day: 29 }, { precision: 'day', year: 2024, month: 2, day: 29 }],
    ['a month', { precision: 'month', year: '2019', month: '03', day: '' }, { precision: 'month', year: 2019, month: 3 }],
    ['a season', { precision: 'season', year: 2019, season: 'spring', month: null }, { precision: 'season', year: 2019, season: 'spring' }],
    ['a winter', { precision: 'season', year: 2019, season: 'winter' }, { precision: 'season', year: 2019, season: 'winter' }],
    ['a year', { precision: 'year', year: 2015, month: '', day: '', season: '' }, { precision: 'year', year: 2015 }],
    ['about a year', { precision: 'about', year: 2015 }, { precision: 'about', year: 2015 }],
    ['the earliest year', { precision: 'year', year: limits.timelineEarliestYear }, { precision: 'year', year: 1900 }],
    ['exactly a year ahead', { precision: 'day', year: 2027, month: 11, day: 23 }, { precision: 'day', year: 2027, month: 11, day: 23 }],
    ['next year as a whole', { precision: 'year', year: 2027 }, { precision: 'year', year: 2027 }],
  ])('accepts %s, keeping only the parts of its precision', (_name, draft, expected) => {
    expect(validateTimelineDate(draft, now)).toEqual(valid(expected));
  });

  it('a stored date goes back into the form and comes out the same', () => {
    for (const date of [
      { precision: 'day', year: 2019, month: 3, day: 15 },
      { precision: 'month', year: 2019, month: 12 },
      { precision: 'season', year: 2019, season: 'autumn' },
      { precision: 'year', year: 2001 },
      { precision: 'about', year: 1985 },
    ] as const) {
      expect(validateTimelineDate(dateToDraft(date), now)).toEqual(valid(date));
    }
  });
});

describe('validateTimelineDate: every mistake has a clear message in both languages', () => {
  it.each<[string, TimelineDateDraft, string, Record<string, string | number>]>([
    ['no precision chosen', { precision: null, year: 2019 }, 'timeline.validation.precisionMissing', {}],
    ['an unknown precision', { precision: 'week', year: 2019 }, 'timeline.validation.precisionMissing', {}],
    ['no year', { precision: 'year', year: '  ' }, 'timeline.validation.yearMissing', {}],
    ['a year in words', { precision: 'year', year: 'viime vuonna' }, 'timeline.validation.yearFormat', {}],
    ['a two-digit year', { precision: 'year', year: '19' }, 'timeline.validation.yearFormat', {}],
    ['a fractional year', { precision: 'year', year: 2019.5 }, 'timeline.validation.yearFormat', {}],
    ['a day with precision "year"', { precision: 'year', year: 2019, day: 4 }, 'timeline.validation.dayNotForPrecision', {}],
    ['a day with precision "month"', { precision: 'month', year: 2019, month: 4, day: '4' }, 'timeline.validation.dayNotForPrecision', {}],
    ['a month with precision "about"', { precision: 'about', year: 2019, month: 4 }, 'timeline.validation.monthNotForPrecision', {}],
    ['a month with precision "season"', { precision: 'season', year: 2019, month: 4, season: 'spring' }, 'timeline.validation.monthNotForPrecision', {}],
    ['a season with precision "month"', { precision: 'month', year: 2019, month: 4, season: 'spring' }, 'timeline.validation.seasonNotForPrecision', {}],
    ['no month', { precision: 'month', year: 2019, month: '' }, 'timeline.validation.monthMissing', {}],
    ['month 13', { precision: 'month', year: 2019, month: '13' }, 'timeline.validation.monthOutOfRange', { month: '13' }],
    ['month 0', { precision: 'day', year: 2019, month: 0, day: 1 }, 'timeline.validation.monthOutOfRange', { month: '0' }],
    ['a month name', { precision: 'month', year: 2019, month: 'maaliskuu' }, 'timeline.validation.monthOutOfRange', { month: 'maaliskuu' }],
    ['no day', { precision: 'day', year: 2019, month: 3 }, 'timeline.validation.dayMissing', {}],
    ['31 February', { precision: 'day', year: 2026, month: 2, day: 31 }, 'timeline.validation.dayNotInMonth', { day: '31', month: 2, year: 2026, lastDay: 28 }],
    ['29 February of a common year', { precision: 'day', year: 2026, month: 2, day: 29 }, 'timeline.validation.dayNotInMonth', { day: '29', month: 2, year: 2026, lastDay: 28 }],
    ['31 April', { precision: 'day', year: 2019, month: '4', day: '31' }, 'timeline.validation.dayNotInMonth', { day: '31', month: 4, year: 2019, lastDay: 30 }],
    ['day 0', { precision: 'day', year: 2019, month: 1, day: '0' }, 'timeline.validation.dayNotInMonth', { day: '0', month: 1, year: 2019, lastDay: 31 }],
    ['no season', { precision: 'season', year: 2019, season: null }, 'timeline.validation.seasonMissing', {}],
    ['an unknown season', { precision: 'season', year: 2019, season: 'monsoon' }, 'timeline.validation.seasonUnknown', {}],
    ['a year before 1900', { precision: 'about', year: 1899 }, 'timeline.validation.tooEarly', { year: 1900 }],
    ['a day after a year from today', { precision: 'day', year: 2027, month: 11, day: 24 }, 'timeline.validation.tooLate', { latest: '2027-11-23' }],
    ['a year two years ahead', { precision: 'year', year: 2028 }, 'timeline.validation.tooLate', { latest: '2027-11-23' }],
    ['"about" two years ahead (judged by the year said, not its uncertainty)', { precision: 'about', year: 2028 }, 'timeline.validation.tooLate', { latest: '2027-11-23' }],
    ['a winter starting after a year from today', { precision: 'season', year: 2027, season: 'winter' }, 'timeline.validation.tooLate', { latest: '2027-11-23' }],
  ])('refuses %s', (_name, draft, key, values) => {
    const result = validateTimelineDate(draft, now);
    expect(result).toEqual(invalid(key, values));
    expectTranslatedIssue(result, key);
  });

  it('the latest date follows the computer’s own calendar day, not UTC', () => {
    // Just after local midnight on 24 November 2026 the latest day is 24 November 2027, whatever the zone.
    const justAfterMidnight = new Date(2026, 10, 24, 0, 0, 1);
    expect(validateTimelineDate({ precision: 'day', year: 2027, month: 11, day: 24 }, justAfterMidnight).ok).toBe(true);
  });

  it('every validation message exists in both languages, and no other', () => {
    expect(Object.keys(timelineFi.validation).sort()).toEqual(Object.keys(timelineEn.validation).sort());
    for (const text of [...Object.values(timelineEn.validation), ...Object.values(timelineFi.validation)]) expect(text.trim()).not.toBe('');
  });
});

describe('validateTimelineDates: a date and its end', () => {
  const spring2019 = { precision: 'season', year: 2019, season: 'spring' } as const;

  it('no end, or an end form left wholly empty, means a one-time event', () => {
    expect(validateTimelineDates(spring2019, null, now).endDate).toEqual(valid(null));
    expect(validateTimelineDates(spring2019, { precision: null, year: '', month: '', day: '', season: '' }, now).endDate).toEqual(valid(null));
  });

  it('accepts an end after the start, of any precision', () => {
    const checked = validateTimelineDates(spring2019, { precision: 'day', year: 2020, month: 1, day: 6 }, now);
    expect(checked.date).toEqual(valid(spring2019));
    expect(checked.endDate).toEqual(valid({ precision: 'day', year: 2020, month: 1, day: 6 }));
  });

  it('compares as ranges: an approximate end that overlaps the start is accepted', () => {
    // "spring 2019 until 2019": the end's span (all of 2019) reaches past the start.
    expect(validateTimelineDates(spring2019, { precision: 'year', year: 2019 }, now).endDate.ok).toBe(true);
    // "about 2015 until 2014": about 2015 may have been 2014.
    expect(validateTimelineDates({ precision: 'about', year: 2015 }, { precision: 'year', year: 2014 }, now).endDate.ok).toBe(true);
    // An event lasting within one day.
    expect(validateTimelineDates({ precision: 'day', year: 2019, month: 3, day: 1 }, { precision: 'day', year: 2019, month: 3, day: 1 }, now).endDate.ok).toBe(true);
  });

  it.each<[string, TimelineDateDraft, TimelineDateDraft]>([
    ['a year before a season', spring2019, { precision: 'year', year: 2018 }],
    ['a winter ending before the spring', spring2019, { precision: 'season', year: 2018, season: 'winter' }],
    ['the day before', { precision: 'day', year: 2019, month: 3, day: 1 }, { precision: 'day', year: 2019, month: 2, day: 28 }],
    ['a month before a day', { precision: 'day', year: 2019, month: 3, day: 1 }, { precision: 'month', year: 2019, month: 2 }],
    ['a year entirely before "about"', { precision: 'about', year: 2015 }, { precision: 'year', year: 2013 }],
  ])('refuses an end certainly before the start: %s, on the end field', (_name, start, end) => {
    const checked = validateTimelineDates(start, end, now);
    expect(checked.date.ok).toBe(true);
    expectTranslatedIssue(checked.endDate, 'timeline.validation.endBeforeStart');
  });

  it('each field keeps its own problem: a bad end does not hide a good start, and vice versa', () => {
    const checked = validateTimelineDates({ precision: 'day', year: 2019, month: 2, day: 30 }, { precision: 'month', year: 2019, month: 14 }, now);
    expectTranslatedIssue(checked.date, 'timeline.validation.dayNotInMonth');
    expectTranslatedIssue(checked.endDate, 'timeline.validation.monthOutOfRange');
  });
});

describe('event fields', () => {
  it('a title is required, trimmed, and refused one character over its limit', () => {
    expect(validateTimelineTitle('  Muutto Tampereelle ')).toEqual(valid('Muutto Tampereelle'));
    expect(validateTimelineTitle('  ')).toEqual(invalid('validation.required'));
    expect(validateTimelineTitle('ä'.repeat(limits.timelineTitle)).ok).toBe(true);
    expect(validateTimelineTitle('ä'.repeat(limits.timelineTitle + 1))).toEqual(invalid('validation.tooLong', { max: limits.timelineTitle, length: limits.timelineTitle + 1 }));
  });

  it('longer texts may be empty and stop at their limit', () => {
    expect(validateTimelineText('')).toEqual(valid(''));
    expect(validateTimelineText('x'.repeat(limits.timelineText + 1)).ok).toBe(false);
  });

  it('people are one per line, blank lines dropped, a repeated name kept once', () => {
    expect(validateTimelinePeople('äiti\n\n  Isä \nÄITI\nkoulukuraattori\n')).toEqual(valid(['äiti', 'Isä', 'koulukuraattori']));
    expect(validateTimelinePeople('')).toEqual(valid([]));
    const tooMany = Array.from({ length: limits.timelinePeople + 1 }, (_, index) => `henkilö ${index}`).join('\n');
    expect(validateTimelinePeople(tooMany)).toEqual(invalid('validation.tooManyLines', { max: limits.timelinePeople }));
    expect(validateTimelinePeople('x'.repeat(limits.memberName + 1)).ok).toBe(false);
  });

  it('every category has a name in both languages, an icon and a colour token of its own', () => {
    const icons = new Set<string>();
    const colours = new Set<string>();
    for (const category of timelineCategories) {
      expect(timelineEn.category[category].trim()).not.toBe('');
      expect(timelineFi.category[category].trim()).not.toBe('');
      icons.add(timelineCategoryStyle[category].icon);
      colours.add(timelineCategoryStyle[category].colourToken);
      expect(timelineCategoryStyle[category].colourToken).toMatch(/^--timeline-[a-z-]+$/);
    }
    expect(icons.size).toBe(timelineCategories.length);
    expect(colours.size).toBe(timelineCategories.length);
  });
});

describe('stored event payload', () => {
  const payload: TimelineEventPayload = {
    date: { precision: 'season', year: 2019, season: 'spring' },
    endDate: { precision: 'month', year: 2020, month: 6 },
    title: 'Sijoitus sukulaisperheeseen',
    category: 'childProtection',
    people: ['Aino', 'mummo'],
    source: 'agencyRecord',
    sourceNote: 'Päätös 4/2019',
    actionTaken: 'Kiireellinen sijoitus',
    ownView: 'Aino: mummolla oli turvallista.',
    shownToFamily: true,
  };

  it('accepts a whole payload as it is', () => {
    expect(timelineEventPayloadSchema.parse(payload)).toEqual(payload);
  });

  it.each<[string, unknown]>([
    ['a day with precision "year"', { ...payload, date: { precision: 'year', year: 2019, day: 3 } }],
    ['31 February', { ...payload, date: { precision: 'day', year: 2019, month: 2, day: 31 }, endDate: null }],
    ['month 13', { ...payload, date: { precision: 'month', year: 2019, month: 13 } }],
    ['a null part instead of an absent one', { ...payload, date: { precision: 'month', year: 2019, month: 3, day: null } }],
    ['a year before 1900', { ...payload, date: { precision: 'year', year: 1850 } }],
    ['an end before the start', { ...payload, endDate: { precision: 'year', year: 2018 } }],
    ['an unknown category', { ...payload, category: 'weather' }],
    ['an empty title', { ...payload, title: '' }],
    ['an unknown source', { ...payload, source: 'neighbour' }],
    ['no shown-to-family flag', { ...payload, shownToFamily: undefined }],
  ])('refuses %s', (_name, candidate) => {
    expect(timelineEventPayloadSchema.safeParse(candidate).success).toBe(false);
  });

  it('the date schema alone accepts each precision with exactly its parts', () => {
    expect(timelineDateSchema.safeParse({ precision: 'about', year: 2015 }).success).toBe(true);
    expect(timelineDateSchema.safeParse({ precision: 'about', year: 2015, month: 1 }).success).toBe(false);
    expect(timelineDateSchema.safeParse({ precision: 'season', year: 2015 }).success).toBe(false);
  });
});
