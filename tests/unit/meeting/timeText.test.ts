// Covers shared/i18n/timeText.ts: one clock format for every duration (h:mm:ss), the same in words
// for screen readers, planned times shown as planned with the language's decimal, and a time of
// day in Finnish with a dot.
import { beforeAll, describe, expect, it } from 'vitest';
import { en as enMessages } from '../../../shared/i18n/en';
import { fi as fiMessages } from '../../../shared/i18n/fi';
import { durationClock, durationWords, plannedMinutesText, timeOfDay, timeOfDayPatterns } from '../../../shared/i18n/timeText';
import type { RecordFormat } from '../../../shared/document/document';
import { recordFormat } from './summaryFixture';

const minute = 60_000;
let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

describe('durationClock', () => {
  it('writes every duration as h:mm:ss, so a phase clock and a meeting clock read alike', () => {
    expect(durationClock(0)).toBe('0:00:00');
    expect(durationClock(7_000)).toBe('0:00:07');
    expect(durationClock(4 * minute + 34_000)).toBe('0:04:34');
    expect(durationClock(5 * minute + 15_000)).toBe('0:05:15');
    expect(durationClock(59 * minute + 59_999)).toBe('0:59:59');
    expect(durationClock(60 * minute)).toBe('1:00:00');
    expect(durationClock(121 * minute)).toBe('2:01:00');
  });

  it('rounds down to whole seconds and treats negative time as zero', () => {
    expect(durationClock(999)).toBe('0:00:00');
    expect(durationClock(1_999)).toBe('0:00:01');
    expect(durationClock(-5_000)).toBe('0:00:00');
  });
});

describe('durationWords', () => {
  it('says a duration in words in both languages', () => {
    expect(durationWords(5 * minute + 15_000, en.t)).toBe('5 min 15 s');
    expect(durationWords(5 * minute + 15_000, fi.t)).toBe('5 min 15 s');
    expect(durationWords(42_000, en.t)).toBe('42 s');
    expect(durationWords(121 * minute, en.t)).toBe('2 h 1 min 0 s');
    expect(durationWords(121 * minute, fi.t)).toBe('2 t 1 min 0 s');
  });
});

describe('plannedMinutesText', () => {
  it('shows what was planned, to the half minute, with the language’s decimal', () => {
    expect(plannedMinutesText(7.5 * minute, 'fi', fi.t)).toBe('7,5 min');
    expect(plannedMinutesText(7.5 * minute, 'en', en.t)).toBe('7.5 min');
    expect(plannedMinutesText(71.5 * minute, 'fi', fi.t)).toBe('71,5 min');
    expect(plannedMinutesText(71.5 * minute, 'en', en.t)).toBe('71.5 min');
    expect(plannedMinutesText(10 * minute, 'fi', fi.t)).toBe('10 min');
    expect(plannedMinutesText(1200 * minute, 'en', en.t)).toBe('1200 min');
  });
});

describe('timeOfDay', () => {
  it('writes a Finnish time of day with a dot and an English one with a colon', () => {
    const evening = new Date(2031, 5, 2, 21, 40);
    const morning = new Date(2031, 5, 2, 9, 5);
    expect(timeOfDay(evening, 'fi')).toBe('21.40');
    expect(timeOfDay(morning.getTime(), 'fi')).toBe('9.05');
    expect(timeOfDay(evening, 'en')).toBe('21:40');
    expect(timeOfDay(morning, 'en')).toBe('09:05');
  });

  it('is the time the long dates with a time end with, so a time of day reads the same everywhere', () => {
    expect(fiMessages.dates.longWithTime.endsWith(` ${timeOfDayPatterns.fi}`)).toBe(true);
    expect(enMessages.dates.longWithTime.endsWith(` ${timeOfDayPatterns.en}`)).toBe(true);
  });
});
