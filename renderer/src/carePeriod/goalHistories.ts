// Helpers the care-period screens share: each goal's ratings as points for goalTrend with the
// comments beside them, and review dates in the UI language (date-fns locale).
import { useCallback } from 'react';
import type { CarePeriod, GoalRating } from '../../../shared/carePeriod/carePeriod';
import type { RatingPoint } from '../../../shared/carePeriod/goalTrend';
import { formatDate, useLanguage } from '../i18n/i18n';

export type GoalHistory = { points: RatingPoint[]; comments: Map<string, string> };

/**
 * The ratings of a care period's goals, by goal id, in meeting order. Every interim review that
 * rated any of the goals counts for each goal: where it did not rate this one, the goal shows that
 * review as not rated (a gap said in words, never a missing row).
 */
export function goalHistories(ratings: readonly GoalRating[], carePeriod: Pick<CarePeriod, 'id' | 'goals'>): Map<string, GoalHistory> {
  const own = ratings.filter((rating) => rating.carePeriodId === carePeriod.id);
  const reviews = new Map<string, number>();
  for (const rating of own) reviews.set(rating.meetingId, rating.meetingDate);
  const ordered = [...reviews].sort((a, b) => a[1] - b[1]);
  const histories = new Map<string, GoalHistory>();
  for (const goal of carePeriod.goals) {
    const byMeeting = new Map(own.filter((rating) => rating.goalId === goal.id).map((rating) => [rating.meetingId, rating]));
    histories.set(goal.id, {
      points: ordered.map(([meetingId, date]) => ({ meetingId, date, rating: byMeeting.get(meetingId)?.rating ?? null })),
      comments: new Map([...byMeeting].flatMap(([meetingId, rating]) => (rating.comment.trim() ? [[meetingId, rating.comment] as const] : []))),
    });
  }
  return histories;
}

export const noHistory: GoalHistory = { points: [], comments: new Map() };

/** A review's date (epoch ms) as a short date in the UI language. */
export function useDayText(): (epochMs: number) => string {
  const language = useLanguage();
  return useCallback((epochMs: number) => formatDate(new Date(epochMs).toISOString(), language, 'short'), [language]);
}
