// Covers shared/hypothesis/review.ts: the therapist review's filters, age buckets, the "not
// revisited for N weeks" flag and its boundaries, the order, and the N-weeks input. Fixed dates only.
import { describe, expect, it } from 'vitest';
import { emptyCard, type Hypothesis, type HypothesisStatus, type LensTag } from '../../../shared/hypothesis/hypothesis';
import {
  ageBucket,
  emptyReviewFilter,
  filterReview,
  isFilterEmpty,
  isStale,
  prepareReview,
  reviewHypotheses,
  validateStaleWeeks,
  type ReviewFilter,
  type ReviewOrder,
} from '../../../shared/hypothesis/review';
import type { PhaseRole } from '../../../shared/meeting/template';

const day = 24 * 60 * 60 * 1000;
const week = 7 * day;
// Local time, so calendar-month arithmetic does not depend on the machine's time zone.
const now = new Date(2026, 5, 15, 12, 0, 0);
const at = (msBeforeNow: number) => new Date(now.getTime() - msBeforeNow).toISOString();

let counter = 0;
function hypothesis(options: {
  family?: string;
  status?: HypothesisStatus;
  created?: string;
  revisited?: string;
  roles?: PhaseRole[];
  tags?: LensTag[];
  wording?: string;
}): Hypothesis {
  const created = options.created ?? at(10 * day);
  return {
    ...emptyCard(options.wording ?? `Hypothesis ${++counter}`),
    proposers: (options.roles ?? []).map((role) => ({ role, name: '' })),
    lensTags: options.tags ?? [],
    id: `h${String(++counter).padStart(3, '0')}`,
    familyId: options.family ?? 'f1',
    meetingId: null,
    status: options.status ?? 'open',
    createdAt: created,
    updatedAt: options.revisited ?? created,
    revisitedAt: options.revisited ?? created,
    revisionCount: 1,
  };
}

const codes = new Map([
  ['f1', 'KOIVU-12'],
  ['f2', 'AHO-3'],
  ['f3', 'AHO-20'],
]);
const review = (items: Hypothesis[], filter: Partial<ReviewFilter> = {}, options: { staleWeeks?: number; order?: ReviewOrder } = {}) =>
  reviewHypotheses(items, codes, { ...emptyReviewFilter, ...filter }, { now, staleWeeks: options.staleWeeks ?? 4, order: options.order ?? 'oldestFirst' });
const wordings = (entries: { hypothesis: Hypothesis }[]) => entries.map((entry) => entry.hypothesis.wording);

describe('not revisited for N weeks', () => {
  it('flags an open hypothesis exactly N weeks after its last revision, not a millisecond before', () => {
    expect(isStale({ status: 'open', revisitedAt: at(4 * week) }, now, 4)).toBe(true);
    expect(isStale({ status: 'open', revisitedAt: at(4 * week - 1) }, now, 4)).toBe(false);
    expect(isStale({ status: 'open', revisitedAt: at(4 * week + day) }, now, 4)).toBe(true);
  });

  it('follows the chosen N: five weeks without a look is stale at 4 and at 5, not at 6', () => {
    const revisitedAt = at(5 * week);
    expect(isStale({ status: 'open', revisitedAt }, now, 4)).toBe(true);
    expect(isStale({ status: 'open', revisitedAt }, now, 5)).toBe(true);
    expect(isStale({ status: 'open', revisitedAt }, now, 6)).toBe(false);
    expect(isStale({ status: 'open', revisitedAt: at(week) }, now, 1)).toBe(true);
  });

  it('flags strengthened and weakened hypotheses but never a dropped one', () => {
    const revisitedAt = at(52 * week);
    expect(isStale({ status: 'strengthened', revisitedAt }, now, 4)).toBe(true);
    expect(isStale({ status: 'weakened', revisitedAt }, now, 4)).toBe(true);
    expect(isStale({ status: 'dropped', revisitedAt }, now, 4)).toBe(false);
  });

  it('counts from the latest revision, not from when the hypothesis was made', () => {
    const old = hypothesis({ created: at(40 * week), revisited: at(2 * week) });
    expect(review([old])[0]!.stale).toBe(false);
  });

  it('counts the stale hypotheses of all the data, and can list only them', () => {
    const items = [
      hypothesis({ wording: 'stale open', revisited: at(6 * week), created: at(6 * week) }),
      hypothesis({ wording: 'stale weakened', status: 'weakened', created: at(9 * week) }),
      hypothesis({ wording: 'dropped long ago', status: 'dropped', created: at(30 * week) }),
      hypothesis({ wording: 'fresh', created: at(day) }),
    ];
    expect(prepareReview(items, codes, { now, staleWeeks: 4 }).staleCount).toBe(2);
    expect(wordings(review(items, { staleOnly: true }))).toEqual(['stale weakened', 'stale open']);
    expect(prepareReview(items, codes, { now, staleWeeks: 7 }).staleCount).toBe(1);
  });
});

describe('age since the hypothesis was made', () => {
  const local = (year: number, month: number, date: number, ms = 0) => new Date(new Date(year, month, date, 12).getTime() + ms).toISOString();

  it.each([
    ['made today', local(2026, 5, 15), 'underMonth'],
    ['a millisecond under a month', local(2026, 4, 15, 1), 'underMonth'],
    ['exactly a month', local(2026, 4, 15), 'oneToThreeMonths'],
    ['a millisecond under three months', local(2026, 2, 15, 1), 'oneToThreeMonths'],
    ['exactly three months', local(2026, 2, 15), 'threeToTwelveMonths'],
    ['a millisecond under a year', local(2025, 5, 15, 1), 'threeToTwelveMonths'],
    ['exactly a year', local(2025, 5, 15), 'overYear'],
    ['five years', local(2021, 0, 3), 'overYear'],
  ] as const)('%s → %s', (_label, createdAt, bucket) => {
    expect(ageBucket(createdAt, now)).toBe(bucket);
    expect(review([hypothesis({ created: createdAt })])[0]!.age).toBe(bucket);
  });

  it('filters by one age bucket', () => {
    const items = [
      hypothesis({ wording: 'new', created: at(3 * day) }),
      hypothesis({ wording: 'two months', created: at(60 * day) }),
      hypothesis({ wording: 'half a year', created: at(180 * day) }),
      hypothesis({ wording: 'two years', created: at(730 * day) }),
    ];
    expect(wordings(review(items, { age: 'oneToThreeMonths' }))).toEqual(['two months']);
    expect(wordings(review(items, { age: 'overYear' }))).toEqual(['two years']);
    expect(wordings(review(items, { age: 'underMonth' }))).toEqual(['new']);
  });
});

describe('filters', () => {
  const items = [
    hypothesis({ wording: 'A', family: 'f1', status: 'open', roles: ['familyTherapist'], tags: ['gender', 'culture'], created: at(5 * day) }),
    hypothesis({ wording: 'B', family: 'f2', status: 'strengthened', roles: ['team'], tags: ['class'], created: at(4 * day) }),
    hypothesis({ wording: 'C', family: 'f1', status: 'dropped', roles: ['responsibleSocialWorker', 'familyTherapist'], created: at(3 * day) }),
    hypothesis({ wording: 'D', family: 'f3', status: 'weakened', roles: [], tags: ['culture'], created: at(2 * day) }),
  ];

  it('shows everything with no filter', () => {
    expect(wordings(review(items))).toEqual(['A', 'B', 'C', 'D']);
    expect(isFilterEmpty(emptyReviewFilter)).toBe(true);
    expect(isFilterEmpty({ ...emptyReviewFilter, lensTags: ['age'] })).toBe(false);
  });

  it('matches any of the chosen statuses', () => {
    expect(wordings(review(items, { statuses: ['open', 'weakened'] }))).toEqual(['A', 'D']);
    expect(wordings(review(items, { statuses: ['dropped'] }))).toEqual(['C']);
  });

  it('keeps one family', () => {
    expect(wordings(review(items, { familyId: 'f1' }))).toEqual(['A', 'C']);
    expect(review(items, { familyId: 'nobody' })).toEqual([]);
  });

  it('matches a hypothesis when any proposer held a chosen role; one with no proposer matches no role', () => {
    expect(wordings(review(items, { proposerRoles: ['familyTherapist'] }))).toEqual(['A', 'C']);
    expect(wordings(review(items, { proposerRoles: ['team', 'responsibleSocialWorker'] }))).toEqual(['B', 'C']);
  });

  it('matches any of the chosen lens tags; an untagged hypothesis matches no tag', () => {
    expect(wordings(review(items, { lensTags: ['culture'] }))).toEqual(['A', 'D']);
    expect(wordings(review(items, { lensTags: ['class', 'gender'] }))).toEqual(['A', 'B']);
    expect(review(items, { lensTags: ['spirituality'] })).toEqual([]);
  });

  it('applies every group together', () => {
    expect(wordings(review(items, { familyId: 'f1', proposerRoles: ['familyTherapist'], statuses: ['open'] }))).toEqual(['A']);
    expect(wordings(review(items, { lensTags: ['culture'], statuses: ['strengthened', 'weakened'] }))).toEqual(['D']);
  });

  it('filtering the prepared review again gives the same rows as a fresh review', () => {
    const prepared = prepareReview(items, codes, { now, staleWeeks: 4 });
    const filter = { ...emptyReviewFilter, statuses: ['open', 'dropped'] as HypothesisStatus[] };
    expect(filterReview(prepared, filter, 'newestFirst')).toEqual(review(items, filter, { order: 'newestFirst' }));
  });
});

describe('order', () => {
  it('lists the least recently revisited first, then by family code (numbers in codes compared as numbers), and can turn it around', () => {
    const sameTime = at(3 * week);
    const items = [
      hypothesis({ wording: 'recent', family: 'f1', created: at(20 * week), revisited: at(day) }),
      hypothesis({ wording: 'AHO-20', family: 'f3', revisited: sameTime, created: at(10 * week) }),
      hypothesis({ wording: 'KOIVU-12', family: 'f1', revisited: sameTime, created: at(10 * week) }),
      hypothesis({ wording: 'AHO-3', family: 'f2', revisited: sameTime, created: at(10 * week) }),
      hypothesis({ wording: 'oldest', family: 'f2', created: at(40 * week), revisited: at(30 * week) }),
    ];
    expect(wordings(review(items))).toEqual(['oldest', 'AHO-3', 'AHO-20', 'KOIVU-12', 'recent']);
    expect(wordings(review(items, {}, { order: 'newestFirst' }))).toEqual(['recent', 'AHO-3', 'AHO-20', 'KOIVU-12', 'oldest']);
  });

  it('lists a hypothesis of a family that is gone with an empty code rather than dropping it', () => {
    const entries = review([hypothesis({ family: 'removed' })]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.familyCode).toBe('');
  });
});

describe('the N-weeks setting as typed', () => {
  it.each([
    ['4', 4],
    [' 12 ', 12],
    ['1', 1],
    ['104', 104],
  ])('accepts %j', (raw, weeks) => {
    expect(validateStaleWeeks(raw)).toEqual({ ok: true, value: weeks });
  });

  it.each([
    ['', 'review.staleWeeksRequired'],
    ['   ', 'review.staleWeeksRequired'],
    ['0', 'review.staleWeeksRange'],
    ['105', 'review.staleWeeksRange'],
    ['2.5', 'review.staleWeeksWhole'],
    ['-3', 'review.staleWeeksWhole'],
    ['neljä', 'review.staleWeeksWhole'],
    ['4 viikkoa', 'review.staleWeeksWhole'],
  ])('refuses %j with a message saying what fits', (raw, key) => {
    const result = validateStaleWeeks(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue).toEqual({ key, values: { max: 104 } });
  });
});
