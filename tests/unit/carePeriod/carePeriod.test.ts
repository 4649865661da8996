// Covers shared/carePeriod/carePeriod.ts and goalTrend.ts: the care period's field rules (real
// dates, the planned end not before the start, goal texts and count, the 0–10 rating), the payload
// schemas, and a goal's trend over the interim reviews (values, change since the previous and the
// first rating, direction), with unrated reviews kept but skipped when comparing.
import { describe, expect, it } from 'vitest';
import {
  carePeriodLimits,
  carePeriodPayloadSchema,
  checkGoalCount,
  goalRatingId,
  goalRatingPayloadSchema,
  validateCarePeriodDate,
  validateCarePeriodDates,
  validateCarePeriodUnit,
  validateGoalText,
  validateRating,
} from '../../../shared/carePeriod/carePeriod';
import { goalAtReview, goalTrend, type RatingPoint } from '../../../shared/carePeriod/goalTrend';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';

const day = 24 * 60 * 60 * 1000;
const point = (meetingId: string, week: number, rating: number | null): RatingPoint => ({ meetingId, date: Date.UTC(2031, 2, 3) + week * 7 * day, rating });

describe('care period dates', () => {
  it('take real calendar days only', () => {
    expect(validateCarePeriodDate('2031-03-03')).toEqual({ ok: true, value: '2031-03-03' });
    expect(validateCarePeriodDate(' 2031-03-03 ')).toEqual({ ok: true, value: '2031-03-03' });
    expect(validateCarePeriodDate('')).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
    for (const bad of ['2031-02-30', '2031-13-01', '3.3.2031', '2031-3-3', 'maaliskuu']) {
      expect(validateCarePeriodDate(bad), bad).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.dateFormat' } });
    }
    expect(validateCarePeriodDate('0226-03-03')).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.dateRange', values: { min: 2000, max: 2100 } } });
  });

  it('refuse a planned end before the start, and take the same day', () => {
    expect(validateCarePeriodDates('2031-03-03', '2031-04-28')).toEqual({ ok: true, value: { start: '2031-03-03', plannedEnd: '2031-04-28' } });
    expect(validateCarePeriodDates('2031-03-03', '2031-03-03')).toMatchObject({ ok: true });
    expect(validateCarePeriodDates('2031-03-03', '2031-03-02')).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.endBeforeStart' } });
    // Each date's own problem comes first.
    expect(validateCarePeriodDates('2031-02-30', '2031-03-02')).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.dateFormat' } });
    expect(validateCarePeriodDates('2031-03-03', '')).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
  });
});

describe('unit, goals and ratings', () => {
  it('need a unit and goal texts within their limits', () => {
    expect(validateCarePeriodUnit('  LIPSY perheosasto ')).toEqual({ ok: true, value: 'LIPSY perheosasto' });
    expect(validateCarePeriodUnit('  ')).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
    expect(validateGoalText('Tuuli nukkuu omassa sängyssään')).toMatchObject({ ok: true });
    expect(validateGoalText('')).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
    expect(validateGoalText('x'.repeat(carePeriodLimits.goalText + 1))).toMatchObject({ ok: false, issue: { key: 'validation.tooLong' } });
  });

  it('allow at most the limit of goals', () => {
    const goals = Array.from({ length: carePeriodLimits.goals }, (_, index) => ({ id: `g${index}`, text: `Goal ${index}` }));
    expect(checkGoalCount(goals.slice(1))).toEqual({ ok: true, value: true });
    expect(checkGoalCount(goals)).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.tooManyGoals', values: { max: 12 } } });
    expect(carePeriodPayloadSchema.safeParse({ unit: 'LIPSY', goals: [...goals, { id: 'x', text: 'one more' }] }).success).toBe(false);
    expect(carePeriodPayloadSchema.safeParse({ unit: 'LIPSY', goals: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }] }).success).toBe(false);
    expect(carePeriodPayloadSchema.safeParse({ unit: 'LIPSY', goals: [{ id: 'a', text: '  ' }] }).success).toBe(false);
  });

  it('rate 0–10 in whole numbers, or not at all', () => {
    expect(validateRating('')).toEqual({ ok: true, value: null });
    expect(validateRating('0')).toEqual({ ok: true, value: 0 });
    expect(validateRating(' 10 ')).toEqual({ ok: true, value: 10 });
    for (const bad of ['11', '-1', '5.5', '5,5', 'seven', '100']) {
      expect(validateRating(bad), bad).toMatchObject({ ok: false, issue: { key: 'carePeriod.validation.rating', values: { min: 0, max: 10 } } });
    }
    expect(goalRatingPayloadSchema.safeParse({ rating: 7, comment: '' }).success).toBe(true);
    expect(goalRatingPayloadSchema.safeParse({ rating: null, comment: 'Ei arvioitu' }).success).toBe(true);
    expect(goalRatingPayloadSchema.safeParse({ rating: 7.5, comment: '' }).success).toBe(false);
    expect(goalRatingPayloadSchema.safeParse({ rating: 11, comment: '' }).success).toBe(false);
    expect(goalRatingId('m-1', 'g-1')).toBe('m-1|g-1');
  });

  it('has every message in Finnish and English', () => {
    for (const key of Object.keys(en.carePeriod.validation) as (keyof typeof en.carePeriod.validation)[]) {
      expect(en.carePeriod.validation[key]).not.toBe('');
      expect(fi.carePeriod.validation[key]).not.toBe(en.carePeriod.validation[key]);
    }
  });
});

describe('goalTrend', () => {
  it('is empty before any rating', () => {
    expect(goalTrend([])).toEqual({
      points: [],
      ratedCount: 0,
      first: null,
      latest: null,
      previous: null,
      sincePrevious: null,
      sinceFirst: null,
      direction: null,
    });
  });

  it('has no direction after one rating', () => {
    expect(goalTrend([point('m1', 0, 3)])).toMatchObject({ ratedCount: 1, first: 3, latest: 3, previous: null, sincePrevious: null, sinceFirst: null, direction: null });
  });

  it('gives each review its change since the previous rating, and the change since then and since the first', () => {
    const trend = goalTrend([point('m1', 0, 3), point('m2', 1, 5), point('m3', 2, 4)]);
    expect(trend.points.map((p) => [p.meetingId, p.rating, p.change])).toEqual([
      ['m1', 3, null],
      ['m2', 5, 2],
      ['m3', 4, -1],
    ]);
    expect(trend).toMatchObject({ ratedCount: 3, first: 3, latest: 4, previous: 5, sincePrevious: -1, sinceFirst: 1, direction: 'down' });
    expect(goalTrend([point('m1', 0, 3), point('m2', 1, 6)]).direction).toBe('up');
    expect(goalTrend([point('m1', 0, 6), point('m2', 1, 6)])).toMatchObject({ direction: 'flat', sincePrevious: 0, sinceFirst: 0 });
  });

  it('keeps an unrated review in the list but compares across it', () => {
    const trend = goalTrend([point('m1', 0, 2), point('m2', 1, null), point('m3', 2, 7)]);
    expect(trend.points.map((p) => [p.rating, p.change])).toEqual([
      [2, null],
      [null, null],
      [7, 5],
    ]);
    expect(trend).toMatchObject({ ratedCount: 2, previous: 2, latest: 7, direction: 'up' });
  });

  it('orders ratings by meeting date whatever order they come in', () => {
    const trend = goalTrend([point('m3', 2, 8), point('m1', 0, 2), point('m2', 1, 5)]);
    expect(trend.points.map((p) => p.meetingId)).toEqual(['m1', 'm2', 'm3']);
    expect(trend).toMatchObject({ first: 2, previous: 5, latest: 8, sinceFirst: 6, direction: 'up' });
  });
});

describe('goalAtReview', () => {
  const ratings = [point('m1', 0, 3), point('m2', 1, 6), point('m3', 2, 4)];

  it('compares a review with the latest earlier rating and ignores later reviews', () => {
    expect(goalAtReview(ratings, { meetingId: 'm2', date: ratings[1]!.date })).toMatchObject({
      rating: 6,
      previous: { rating: 3, date: ratings[0]!.date },
      change: 3,
      direction: 'up',
      trend: { ratedCount: 2, latest: 6 },
    });
    expect(goalAtReview(ratings, { meetingId: 'm1', date: ratings[0]!.date })).toMatchObject({ rating: 3, previous: null, change: null, direction: null });
  });

  it('says "not rated" at a review that did not rate the goal, with the earlier rating still shown', () => {
    const review = { meetingId: 'm4', date: ratings[2]!.date + 7 * day };
    expect(goalAtReview([...ratings, { ...review, rating: null }], review)).toMatchObject({ rating: null, previous: { rating: 4 }, change: null, direction: null });
    expect(goalAtReview(ratings, review)).toMatchObject({ rating: null, previous: { rating: 4 } });
  });
});
