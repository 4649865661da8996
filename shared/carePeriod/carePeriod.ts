// A family's care period (hoitojakso; docs/domain.md: LIPSY interim reviews): the unit, the
// start and the planned end, and the goals set at admission; and each goal's progress rating
// (0–10, or not rated) with a comment, recorded at every interim review. This file holds the
// encrypted payloads' schemas and the field rules, each refusal a translation key with its values
// (shared/i18n/sections/carePeriod.ts) so the screens can say it in the user's language.
import { z } from 'zod';
import { calendarDay, invalid, valid, validateText, type Validated } from '../validation';

/** Limits for what a user types about a care period. Lowering one needs a thought about stored data. */
export const carePeriodLimits = {
  /** The unit's name ("LIPSY, perheosasto"). */
  unit: 120,
  /** One goal, as the admission agreed it. */
  goalText: 300,
  goals: 12,
  /** A rating's comment (what the review said about the goal). */
  ratingComment: 1_000,
  /** Dates of a care period: the years a real one can fall in (guards typing slips such as 0226). */
  earliestYear: 2000,
  latestYear: 2100,
} as const;

/** The progress scale of a goal: 0 (not at all) to 10 (reached). */
export const ratingScale = { min: 0, max: 10 } as const;

/** Translation keys of the care period's own messages (general ones come from `validation.*`). */
export const carePeriodIssueKeys = {
  dateFormat: 'carePeriod.validation.dateFormat',
  dateRange: 'carePeriod.validation.dateRange',
  endBeforeStart: 'carePeriod.validation.endBeforeStart',
  /** Values: max. */
  tooManyGoals: 'carePeriod.validation.tooManyGoals',
  /** Values: min, max. */
  rating: 'carePeriod.validation.rating',
} as const;
const keys = carePeriodIssueKeys;

/** A goal set at admission. The id is stable (ratings refer to it); the text may be reworded. */
export const carePeriodGoalSchema = z.object({
  id: z.string().min(1).max(64),
  text: z.string().trim().min(1).max(carePeriodLimits.goalText),
});
export type CarePeriodGoal = z.infer<typeof carePeriodGoalSchema>;

/**
 * The care period's encrypted content. Do not change without a migration. `childId`: the child who
 * is the patient (a care period is the child's, not the family's); absent on care periods stored
 * before it was asked, which read through `carePeriodChildId`.
 */
export const carePeriodPayloadSchema = z
  .object({
    unit: z.string().trim().min(1).max(carePeriodLimits.unit),
    goals: z.array(carePeriodGoalSchema).max(carePeriodLimits.goals),
    childId: z.string().min(1).max(64).optional(),
  })
  .superRefine((payload, context) => {
    const ids = new Set<string>();
    payload.goals.forEach((goal, index) => {
      if (ids.has(goal.id)) context.addIssue({ code: 'custom', path: ['goals', index, 'id'], message: 'Two goals share an id.' });
      ids.add(goal.id);
    });
  });
export type CarePeriodPayload = z.infer<typeof carePeriodPayloadSchema>;

/** The dates, in the clear on the row (yyyy-MM-dd). */
export type CarePeriodDates = { start: string; plannedEnd: string };

/** A care period as screens use it. */
export type CarePeriod = CarePeriodPayload &
  CarePeriodDates & {
    id: string;
    familyId: string;
    createdAt: string;
    updatedAt: string;
  };

/** One goal's rating at one interim review: encrypted content. Do not change without a migration. */
export const goalRatingPayloadSchema = z.object({
  /** 0–10, or null: not rated at this review (yet, or on purpose). */
  rating: z.number().int().min(ratingScale.min).max(ratingScale.max).nullable(),
  comment: z.string().max(carePeriodLimits.ratingComment),
});
export type GoalRatingPayload = z.infer<typeof goalRatingPayloadSchema>;

/** A rating as screens use it, with the date of its meeting (when it took place, epoch ms). */
export type GoalRating = GoalRatingPayload & {
  id: string;
  carePeriodId: string;
  familyId: string;
  goalId: string;
  meetingId: string;
  meetingDate: number;
  updatedAt: string;
};

// ---------------------------------------------------------------------------------------------
// Field rules

/** One date of a care period: a real calendar day (yyyy-MM-dd, as a date field gives it) in a plausible year. */
export function validateCarePeriodDate(raw: string): Validated<string> {
  const text = raw.trim();
  if (text === '') return invalid('validation.required');
  const date = calendarDay(text);
  if (!date) return invalid(keys.dateFormat);
  if (date.getFullYear() < carePeriodLimits.earliestYear || date.getFullYear() > carePeriodLimits.latestYear) {
    return invalid(keys.dateRange, { min: carePeriodLimits.earliestYear, max: carePeriodLimits.latestYear });
  }
  return valid(text);
}

/** Both dates: each a real day, and the planned end not before the start (the same day is allowed). */
export function validateCarePeriodDates(start: string, plannedEnd: string): Validated<CarePeriodDates> {
  const first = validateCarePeriodDate(start);
  if (!first.ok) return first;
  const end = validateCarePeriodDate(plannedEnd);
  if (!end.ok) return end;
  // yyyy-MM-dd texts compare as dates.
  if (end.value < first.value) return invalid(keys.endBeforeStart);
  return valid({ start: first.value, plannedEnd: end.value });
}

export const validateCarePeriodUnit = (raw: string) => validateText(raw, { max: carePeriodLimits.unit, required: true });
export const validateGoalText = (raw: string) => validateText(raw, { max: carePeriodLimits.goalText, required: true });
export const validateRatingComment = (raw: string) => validateText(raw, { max: carePeriodLimits.ratingComment, required: false });

/** Whether one more goal fits; refused with the limit when the period already has the most it can. */
export function checkGoalCount(goals: readonly CarePeriodGoal[]): Validated<true> {
  return goals.length >= carePeriodLimits.goals ? invalid(keys.tooManyGoals, { max: carePeriodLimits.goals }) : valid(true);
}

/** A rating as typed or chosen: '' is "not rated" (null); otherwise a whole number on the 0–10 scale. */
export function validateRating(raw: string): Validated<number | null> {
  const text = raw.trim();
  if (text === '') return valid(null);
  if (!/^\d{1,2}$/.test(text)) return invalid(keys.rating, ratingScale);
  const value = Number(text);
  return value < ratingScale.min || value > ratingScale.max ? invalid(keys.rating, ratingScale) : valid(value);
}

/** The rating's id: one per meeting and goal, so a second window's rating of the same goal meets the first. */
export const goalRatingId = (meetingId: string, goalId: string) => `${meetingId}|${goalId}`;

// ---------------------------------------------------------------------------------------------
// Whose care period, and which one is current

/**
 * The child a care period belongs to: its own, or, for one stored before care periods named their
 * child, the family's only child; null when that is not known (the family page asks for it). A
 * child no longer in the family counts as not known.
 */
export function carePeriodChildId(period: Pick<CarePeriodPayload, 'childId'>, children: readonly { id: string }[]): string | null {
  if (period.childId !== undefined) return children.some((child) => child.id === period.childId) ? period.childId : null;
  return children.length === 1 ? children[0]!.id : null;
}

/**
 * The care period current on `day` (yyyy-MM-dd) among `periods` (one child's, or a family's for an
 * interim review): the one running that day (the latest started, should two be), else the latest
 * that started before it, else the first planned after it; null when there are none.
 */
export function currentCarePeriod<P extends CarePeriodDates>(periods: readonly P[], day: string): P | null {
  const byLatestStart = [...periods].sort((a, b) => b.start.localeCompare(a.start));
  return (
    byLatestStart.find((period) => period.start <= day && day <= period.plannedEnd) ??
    byLatestStart.find((period) => period.start <= day) ??
    byLatestStart.at(-1) ??
    null
  );
}

/** Whether `dates` overlap a care period the child already has (a child has one care period at a time, several over time). */
export function overlapsChildCarePeriod(
  periods: readonly (CarePeriodDates & { childId?: string })[],
  childId: string,
  dates: CarePeriodDates,
): boolean {
  return periods.some((period) => period.childId === childId && period.start <= dates.plannedEnd && dates.start <= period.plannedEnd);
}

/** One child's care periods on the family page: the current one, then the others (latest first). `childId` null: child not set. */
export type ChildCarePeriods<P> = { childId: string | null; current: P; others: P[] };

/**
 * A family's care periods by child, in the order of the family's children, the ones whose child is
 * not set last; a child without care periods has no entry (and a family without any, no list).
 */
export function carePeriodsByChild<P extends CarePeriodDates & Pick<CarePeriodPayload, 'childId'> & { id: string }>(
  periods: readonly P[],
  children: readonly { id: string }[],
  day: string,
): ChildCarePeriods<P>[] {
  const groups = [...children.map((child) => child.id), null].map((childId) => {
    const own = periods.filter((period) => carePeriodChildId(period, children) === childId);
    const current = currentCarePeriod(own, day);
    if (!current) return null;
    const others = own.filter((period) => period !== current).sort((a, b) => b.start.localeCompare(a.start));
    return { childId, current, others };
  });
  return groups.filter((group) => group !== null);
}
