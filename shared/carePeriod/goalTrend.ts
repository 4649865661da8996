// How a care-period goal has moved over the interim reviews: its ratings in meeting order, each
// with the change since the previous rating, and overall the latest rating, the one before it, the
// change since then and since the first, and the direction (up, down or flat). A review where the
// goal was not rated (null) stays in the list but is skipped when comparing. Pure, for the family
// page, the meeting's goals panel and the patient-record summary alike.

/** One review's rating of a goal: its meeting, when the meeting took place (epoch ms), and 0–10 or null. */
export type RatingPoint = { meetingId: string; date: number; rating: number | null };

export type TrendDirection = 'up' | 'down' | 'flat';

export type GoalTrend = {
  /** Every review in meeting order; `change` is against the previous rated review (null for the first rating or an unrated review). */
  points: (RatingPoint & { change: number | null })[];
  /** How many reviews rated the goal. */
  ratedCount: number;
  first: number | null;
  latest: number | null;
  /** The rating before the latest one. */
  previous: number | null;
  sincePrevious: number | null;
  sinceFirst: number | null;
  /** From the previous rating to the latest; null until the goal has been rated twice. */
  direction: TrendDirection | null;
};

/**
 * The trend of one goal from its ratings. Meant for ratings ordered by meeting date; they are
 * ordered here too (by date, keeping the given order for the same instant), so a caller's slip
 * cannot reverse a direction.
 */
export function goalTrend(ratings: readonly RatingPoint[]): GoalTrend {
  const ordered = ratings.map((point, index) => ({ point, index })).sort((a, b) => a.point.date - b.point.date || a.index - b.index);
  const points: GoalTrend['points'] = [];
  const rated: number[] = [];
  for (const { point } of ordered) {
    const before = rated.at(-1);
    points.push({ ...point, change: point.rating === null || before === undefined ? null : point.rating - before });
    if (point.rating !== null) rated.push(point.rating);
  }
  const first = rated[0] ?? null;
  const latest = rated.at(-1) ?? null;
  const previous = rated.length >= 2 ? rated.at(-2)! : null;
  const sincePrevious = latest !== null && previous !== null ? latest - previous : null;
  return {
    points,
    ratedCount: rated.length,
    first,
    latest,
    previous,
    sincePrevious,
    sinceFirst: latest !== null && first !== null && rated.length >= 2 ? latest - first : null,
    direction: sincePrevious === null ? null : directionOf(sincePrevious),
  };
}

export function directionOf(change: number): TrendDirection {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
}

/**
 * A goal as one review left it: this review's rating, the latest rating of an earlier review, the
 * change between them and its direction. Reviews after this one are not looked at (a record
 * stays what it was when later reviews rate the goal again).
 */
export type GoalAtReview = {
  rating: number | null;
  previous: { rating: number; date: number } | null;
  change: number | null;
  direction: TrendDirection | null;
  /** The trend up to and including this review. */
  trend: GoalTrend;
};

export function goalAtReview(ratings: readonly RatingPoint[], review: { meetingId: string; date: number }): GoalAtReview {
  const upToReview = ratings.filter((point) => point.meetingId === review.meetingId || point.date < review.date);
  const trend = goalTrend(upToReview);
  const own = trend.points.find((point) => point.meetingId === review.meetingId);
  const earlier = trend.points.filter((point) => point.meetingId !== review.meetingId && point.rating !== null).at(-1);
  const rating = own?.rating ?? null;
  const previous = earlier ? { rating: earlier.rating!, date: earlier.date } : null;
  const change = rating !== null && previous ? rating - previous.rating : null;
  return { rating, previous, change, direction: change === null ? null : directionOf(change), trend };
}
