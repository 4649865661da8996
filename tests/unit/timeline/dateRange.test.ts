// Covers what a timeline date covers in time (shared/timeline/dateRange.ts): each precision's span,
// the Finnish seasons and winter across the year end, "about" as a year either side, the order of
// dates of mixed precision in the list, and how each reads in Finnish and English.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareTimelineEvents,
  dateLabel,
  dateRange,
  dateSortKey,
  daysInMonth,
  eventRange,
  formatTimelineDate,
  formatTimelineSpan,
  sortTimelineEvents,
  type Translate,
} from '../../../shared/timeline/dateRange';
import type { TimelineDate } from '../../../shared/timeline/timelineDate';
import { timelineT } from './timelineTexts';

const iso = (time: number) => new Date(time).toISOString();
const span = (date: TimelineDate) => {
  const range = dateRange(date);
  return [iso(range.start), iso(range.end)];
};

describe('dateRange: the interval a date covers, [start, end) in UTC', () => {
  it('a day is that day', () => {
    expect(span({ precision: 'day', year: 2019, month: 3, day: 15 })).toEqual(['2019-03-15T00:00:00.000Z', '2019-03-16T00:00:00.000Z']);
    expect(span({ precision: 'day', year: 2019, month: 12, day: 31 })).toEqual(['2019-12-31T00:00:00.000Z', '2020-01-01T00:00:00.000Z']);
  });

  it('a month is that month, February of a leap year included', () => {
    expect(span({ precision: 'month', year: 2024, month: 2 })).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(span({ precision: 'month', year: 2019, month: 12 })).toEqual(['2019-12-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z']);
  });

  it.each<[TimelineDate & { precision: 'season' }, string, string]>([
    [{ precision: 'season', year: 2019, season: 'spring' }, '2019-03-01', '2019-06-01'],
    [{ precision: 'season', year: 2019, season: 'summer' }, '2019-06-01', '2019-09-01'],
    [{ precision: 'season', year: 2019, season: 'autumn' }, '2019-09-01', '2019-12-01'],
    [{ precision: 'season', year: 2019, season: 'winter' }, '2019-12-01', '2020-03-01'],
    [{ precision: 'season', year: 2023, season: 'winter' }, '2023-12-01', '2024-03-01'],
  ])('a season is its three months in Finland: %o covers %s to %s', (date, from, to) => {
    expect(span(date)).toEqual([`${from}T00:00:00.000Z`, `${to}T00:00:00.000Z`]);
  });

  it('season boundaries: the last day of May is spring, the first of June summer; New Year’s Day belongs to the winter begun in December', () => {
    const inside = (day: TimelineDate, season: TimelineDate) => {
      const a = dateRange(day);
      const b = dateRange(season);
      return a.start >= b.start && a.end <= b.end;
    };
    const spring = { precision: 'season', year: 2019, season: 'spring' } as const;
    const summer = { precision: 'season', year: 2019, season: 'summer' } as const;
    expect(inside({ precision: 'day', year: 2019, month: 5, day: 31 }, spring)).toBe(true);
    expect(inside({ precision: 'day', year: 2019, month: 6, day: 1 }, spring)).toBe(false);
    expect(inside({ precision: 'day', year: 2019, month: 6, day: 1 }, summer)).toBe(true);
    expect(inside({ precision: 'day', year: 2019, month: 2, day: 28 }, spring)).toBe(false);
    expect(inside({ precision: 'day', year: 2020, month: 1, day: 1 }, { precision: 'season', year: 2019, season: 'winter' })).toBe(true);
    expect(inside({ precision: 'day', year: 2020, month: 2, day: 29 }, { precision: 'season', year: 2019, season: 'winter' })).toBe(true);
    expect(inside({ precision: 'day', year: 2019, month: 1, day: 15 }, { precision: 'season', year: 2019, season: 'winter' })).toBe(false);
  });

  it('a year is that year; "about" a year is that year with one year either side', () => {
    expect(span({ precision: 'year', year: 2015 })).toEqual(['2015-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z']);
    expect(span({ precision: 'about', year: 2015 })).toEqual(['2014-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z']);
  });

  it('the span is the same on a computer in any time zone (dates are calendar dates)', () => {
    expect(dateRange({ precision: 'day', year: 1905, month: 6, day: 1 }).start).toBe(Date.UTC(1905, 5, 1));
  });

  it('an event with an end covers from its start to the end of its end date', () => {
    const range = eventRange({ precision: 'season', year: 2019, season: 'spring' }, { precision: 'year', year: 2020 });
    expect([iso(range.start), iso(range.end)]).toEqual(['2019-03-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
    // An end inside the start's own span never shortens it.
    const inside = eventRange({ precision: 'year', year: 2019 }, { precision: 'month', year: 2019, month: 2 });
    expect(iso(inside.end)).toBe('2020-01-01T00:00:00.000Z');
  });

  it('daysInMonth knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2026, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2026, 4), daysInMonth(2026, 12)]).toEqual([29, 28, 28, 29, 30, 31]);
  });
});

describe('sorting dates of mixed precision', () => {
  const event = (id: string, date: TimelineDate, endDate: TimelineDate | null = null, title = id) => ({ id, date, endDate, title });

  it('reads chronologically: the coarser date first on the same day, "about" under the year it names', () => {
    const events = [
      event('1 Mar 2019', { precision: 'day', year: 2019, month: 3, day: 1 }),
      event('winter 2018–2019', { precision: 'season', year: 2018, season: 'winter' }),
      event('March 2019', { precision: 'month', year: 2019, month: 3 }),
      event('about 2015', { precision: 'about', year: 2015 }),
      event('spring 2019', { precision: 'season', year: 2019, season: 'spring' }),
      event('2019', { precision: 'year', year: 2019 }),
      event('10 Feb 2019', { precision: 'day', year: 2019, month: 2, day: 10 }),
      event('June 2014', { precision: 'month', year: 2014, month: 6 }),
      event('2015', { precision: 'year', year: 2015 }),
      event('2 Jan 2015', { precision: 'day', year: 2015, month: 1, day: 2 }),
    ];
    expect(sortTimelineEvents(events)).toEqual([...events].sort(compareTimelineEvents));
    expect(sortTimelineEvents(events).map((entry) => entry.id)).toEqual([
      'June 2014',
      'about 2015',
      '2015',
      '2 Jan 2015',
      'winter 2018–2019',
      '2019',
      '10 Feb 2019',
      'spring 2019',
      'March 2019',
      '1 Mar 2019',
    ]);
  });

  it('on the same date the one ending first comes first, then by title, then id', () => {
    const year = { precision: 'year', year: 2019 } as const;
    const events = [
      event('c', year, { precision: 'year', year: 2021 }, 'Asunnoton'),
      event('b', year, null, 'Koulu alkoi'),
      event('a', year, null, 'Koulu alkoi'),
      event('d', year, null, 'Eläin kotiin'),
    ];
    expect([...events].sort(compareTimelineEvents).map((entry) => entry.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortTimelineEvents(events).map((entry) => entry.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sort keys of dates before 1970 keep their order', () => {
    expect(dateSortKey({ precision: 'year', year: 1950 })).toBeLessThan(dateSortKey({ precision: 'day', year: 1950, month: 1, day: 1 }));
    expect(dateSortKey({ precision: 'day', year: 1949, month: 12, day: 31 })).toBeLessThan(dateSortKey({ precision: 'about', year: 1950 }));
  });
});

describe('how dates read', () => {
  let fi: Translate;
  let en: Translate;
  beforeAll(async () => {
    fi = await timelineT('fi');
    en = await timelineT('en');
  });

  it.each<[TimelineDate, string, string]>([
    [{ precision: 'day', year: 2019, month: 3, day: 15 }, '15.3.2019', '15 March 2019'],
    [{ precision: 'month', year: 2019, month: 3 }, 'maaliskuu 2019', 'March 2019'],
    [{ precision: 'season', year: 2019, season: 'spring' }, 'kevät 2019', 'spring 2019'],
    [{ precision: 'season', year: 2019, season: 'summer' }, 'kesä 2019', 'summer 2019'],
    [{ precision: 'season', year: 2019, season: 'autumn' }, 'syksy 2019', 'autumn 2019'],
    [{ precision: 'season', year: 2019, season: 'winter' }, 'talvi 2019–2020', 'winter 2019–2020'],
    [{ precision: 'year', year: 2015 }, '2015', '2015'],
    [{ precision: 'about', year: 2015 }, 'noin 2015', 'about 2015'],
  ])('%o reads "%s" in Finnish and "%s" in English', (date, finnish, english) => {
    expect(formatTimelineDate(date, fi)).toBe(finnish);
    expect(formatTimelineDate(date, en)).toBe(english);
  });

  it('every month has its name in both languages', () => {
    for (let month = 1; month <= 12; month++) {
      const date = { precision: 'month', year: 2020, month } as const;
      expect(formatTimelineDate(date, fi)).toMatch(/^[a-zäö]+kuu 2020$/);
      expect(formatTimelineDate(date, en)).toMatch(/^[A-Z][a-z]+ 2020$/);
    }
  });

  it('a lasting event reads as a span', () => {
    const start = { precision: 'season', year: 2019, season: 'spring' } as const;
    const end = { precision: 'month', year: 2020, month: 6 } as const;
    expect(formatTimelineSpan(start, end, fi)).toBe('kevät 2019 – kesäkuu 2020');
    expect(formatTimelineSpan(start, end, en)).toBe('spring 2019 – June 2020');
    expect(formatTimelineSpan(start, null, en)).toBe('spring 2019');
  });

  it('gives the pieces to a screen that formats for itself', () => {
    expect(dateLabel({ precision: 'season', year: 2019, season: 'spring' })).toEqual({ key: 'timeline.date.season', values: { year: 2019 }, names: { season: 'timeline.season.spring' } });
    expect(dateLabel({ precision: 'about', year: 2015 })).toEqual({ key: 'timeline.date.about', values: { year: 2015 }, names: {} });
  });
});
