// The family therapist's review of hypotheses across all families, as pure rules: which
// hypotheses match a filter, how old each is, which have not been revisited for N weeks, and the
// order they are listed in. Works on the hypotheses' clear fields (status, dates) and their
// current cards; it never needs their revisions.
//
// Decisions (documented in docs, tested in tests/unit/hypothesis/review.test.ts):
// - Age is the time since the hypothesis was made (createdAt), in calendar months counted back
//   from `now`: "under a month" (made after now − 1 month), "1–3 months" (now − 3 months < made ≤
//   now − 1 month), "3–12 months" (now − 12 months < made ≤ now − 3 months), "a year or more"
//   (made ≤ now − 12 months). A hypothesis exactly one month old is in "1–3 months".
// - "Not revisited for N weeks": its latest revision (revisitedAt) is at least N × 7 days before
//   `now` (exactly N weeks counts). Only hypotheses the team still holds (open, strengthened,
//   weakened) can be stale: a dropped hypothesis needs no revisiting.
// - Within a filter group (statuses, proposer roles, lens tags) any chosen value matches; an
//   empty group matches everything; the groups and the family and age choices all apply together.
// - Sorted by last revisited, oldest first by default (the ones most in need of a look come
//   first), or newest first; ties by family code, then by when the hypothesis was made.
import { subMonths } from 'date-fns';
import { limits } from '../limits';
import type { PhaseRole } from '../meeting/template';
import { invalid, valid, type Validated } from '../validation';
import type { Hypothesis, HypothesisStatus, LensTag } from './hypothesis';

export const ageBuckets = ['underMonth', 'oneToThreeMonths', 'threeToTwelveMonths', 'overYear'] as const;
export type AgeBucket = (typeof ageBuckets)[number];

export const defaultStaleWeeks = 4;

/** Statuses of hypotheses the team still holds, and so should revisit. */
export const heldStatuses: readonly HypothesisStatus[] = ['open', 'strengthened', 'weakened'];

export type ReviewFilter = {
  statuses: HypothesisStatus[];
  /** One family, or null for all families. */
  familyId: string | null;
  proposerRoles: PhaseRole[];
  lensTags: LensTag[];
  age: AgeBucket | null;
  /** Only the hypotheses not revisited for N weeks. */
  staleOnly: boolean;
};

export const emptyReviewFilter: ReviewFilter = {
  statuses: [],
  familyId: null,
  proposerRoles: [],
  lensTags: [],
  age: null,
  staleOnly: false,
};

export type ReviewOrder = 'oldestFirst' | 'newestFirst';

/** One listed hypothesis with what the review works out about it. */
export type ReviewEntry = {
  hypothesis: Hypothesis;
  /** The family's pseudonym code ('' if the family is gone). */
  familyCode: string;
  age: AgeBucket;
  stale: boolean;
};

/** Every hypothesis with its age and staleness, in both orders, ready to be filtered many times. */
export type PreparedReview = {
  oldestFirst: ReviewEntry[];
  newestFirst: ReviewEntry[];
  staleCount: number;
};

const week = 7 * 24 * 60 * 60 * 1000;

export function ageBucket(createdAt: string, now: Date): AgeBucket {
  return bucketOf(Date.parse(createdAt), ageLimits(now));
}

export function isStale(hypothesis: Pick<Hypothesis, 'status' | 'revisitedAt'>, now: Date, staleWeeks: number): boolean {
  return staleBy(hypothesis, now.getTime() - staleWeeks * week);
}

/** The instants one, three and twelve calendar months before `now`. */
function ageLimits(now: Date): [number, number, number] {
  return [subMonths(now, 1).getTime(), subMonths(now, 3).getTime(), subMonths(now, 12).getTime()];
}

function bucketOf(made: number, [month, threeMonths, year]: [number, number, number]): AgeBucket {
  if (made > month) return 'underMonth';
  if (made > threeMonths) return 'oneToThreeMonths';
  if (made > year) return 'threeToTwelveMonths';
  return 'overYear';
}

function staleBy(hypothesis: Pick<Hypothesis, 'status' | 'revisitedAt'>, staleBefore: number): boolean {
  return heldStatuses.includes(hypothesis.status) && Date.parse(hypothesis.revisitedAt) <= staleBefore;
}

/**
 * Works out every hypothesis's family code, age and staleness once (for a given `now` and N), and
 * sorts them both ways, so that each filter change only has to walk a list.
 */
export function prepareReview(
  hypotheses: readonly Hypothesis[],
  familyCodes: ReadonlyMap<string, string>,
  options: { now: Date; staleWeeks: number },
): PreparedReview {
  const bucketLimits = ageLimits(options.now);
  const staleBefore = options.now.getTime() - options.staleWeeks * week;
  let staleCount = 0;
  const entries = hypotheses.map((hypothesis): ReviewEntry => {
    const age = bucketOf(Date.parse(hypothesis.createdAt), bucketLimits);
    const stale = staleBy(hypothesis, staleBefore);
    if (stale) staleCount++;
    return { hypothesis, familyCode: familyCodes.get(hypothesis.familyId) ?? '', age, stale };
  });
  const tieBreak = (a: ReviewEntry, b: ReviewEntry) =>
    compareFamilyCodes(a.familyCode, b.familyCode) ||
    a.hypothesis.createdAt.localeCompare(b.hypothesis.createdAt) ||
    a.hypothesis.id.localeCompare(b.hypothesis.id);
  const revisited = (a: ReviewEntry, b: ReviewEntry) => compareText(a.hypothesis.revisitedAt, b.hypothesis.revisitedAt);
  return {
    oldestFirst: [...entries].sort((a, b) => revisited(a, b) || tieBreak(a, b)),
    newestFirst: [...entries].sort((a, b) => revisited(b, a) || tieBreak(a, b)),
    staleCount,
  };
}

/** The entries matching `filter`, in the chosen order. */
export function filterReview(prepared: PreparedReview, filter: ReviewFilter, order: ReviewOrder): ReviewEntry[] {
  const statuses = filter.statuses.length ? new Set<string>(filter.statuses) : null;
  const roles = filter.proposerRoles.length ? new Set<string>(filter.proposerRoles) : null;
  const tags = filter.lensTags.length ? new Set<string>(filter.lensTags) : null;
  return prepared[order].filter(
    ({ hypothesis, age, stale }) =>
      (filter.familyId === null || hypothesis.familyId === filter.familyId) &&
      (statuses === null || statuses.has(hypothesis.status)) &&
      (filter.age === null || age === filter.age) &&
      (!filter.staleOnly || stale) &&
      (roles === null || hypothesis.proposers.some((proposer) => proposer.role !== null && roles.has(proposer.role))) &&
      (tags === null || hypothesis.lensTags.some((tag) => tags.has(tag))),
  );
}

/** The whole review in one call: prepare, then filter. */
export function reviewHypotheses(
  hypotheses: readonly Hypothesis[],
  familyCodes: ReadonlyMap<string, string>,
  filter: ReviewFilter,
  options: { now: Date; staleWeeks: number; order: ReviewOrder },
): ReviewEntry[] {
  return filterReview(prepareReview(hypotheses, familyCodes, options), filter, options.order);
}

export function isFilterEmpty(filter: ReviewFilter): boolean {
  return (
    filter.statuses.length === 0 &&
    filter.familyId === null &&
    filter.proposerRoles.length === 0 &&
    filter.lensTags.length === 0 &&
    filter.age === null &&
    !filter.staleOnly
  );
}

/** The "not revisited for N weeks" setting as typed: whole weeks from 1 to limits.staleWeeksMax. */
export function validateStaleWeeks(raw: string): Validated<number> {
  const text = raw.trim();
  if (text === '') return invalid('review.staleWeeksRequired', { max: limits.staleWeeksMax });
  if (!/^\d+$/.test(text)) return invalid('review.staleWeeksWhole', { max: limits.staleWeeksMax });
  const weeks = Number(text);
  if (weeks < 1 || weeks > limits.staleWeeksMax) return invalid('review.staleWeeksRange', { max: limits.staleWeeksMax });
  return valid(weeks);
}

let codeCollator: Intl.Collator | null = null;

/** Family codes in Finnish alphabetical order, numbers as numbers (AHO-3 before AHO-20). One collator, made on first use. */
export function compareFamilyCodes(a: string, b: string): number {
  codeCollator ??= new Intl.Collator('fi', { numeric: true });
  return codeCollator.compare(a, b);
}

/** ISO instants in UTC compare as text. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
