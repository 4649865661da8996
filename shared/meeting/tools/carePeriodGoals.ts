// The care-period goals as a capture tool (an interim review's goals phase): on the room's screen,
// each of the family's goals with its ratings at earlier reviews (rated ones, oldest first; no
// comments) and this review's rating once given, with the change since the previous rating.
// See docs/architecture.md: Capture tools (the registry).
import type { CarePeriodGoal } from '../../carePeriod/carePeriod';
import { goalAtReview, type TrendDirection } from '../../carePeriod/goalTrend';
import { meetingStart } from '../meeting';
import { captureTool, roomSection, type RoomContext } from './types';

/** What the chair's window loads for the room: the family's care period on the meeting's day and its goal ratings. */
export type CarePeriodGoalsRoomData = {
  /** Null when the family has no care period. */
  carePeriod: { id: string; goals: readonly CarePeriodGoal[] } | null;
  ratings: readonly { carePeriodId: string; familyId: string; goalId: string; meetingId: string; meetingDate: number; rating: number | null }[];
};

export type RoomGoal = {
  text: string;
  /** Earlier reviews' ratings (epoch ms of the meeting), oldest first; reviews after this one are not shown. */
  earlier: { date: number; rating: number }[];
  /** This review's rating, or null until it is given. */
  rating: number | null;
  change: number | null;
  direction: TrendDirection | null;
};

export const carePeriodGoalsTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'carePeriodGoals',
    chairShows: false,
    /** Each goal as this review sees it (later reviews left out, as in the goals panel); only the family's own care period's ratings. */
    see: ({ deepDive, meeting, loaded }: RoomContext<CarePeriodGoalsRoomData>): RoomGoal[] | null => {
      if (!deepDive || !loaded) return null;
      const carePeriod = loaded.carePeriod;
      if (!carePeriod) return [];
      const review = { meetingId: meeting.id, date: meetingStart(meeting) };
      const own = loaded.ratings.filter((rating) => rating.familyId === deepDive.familyId && rating.carePeriodId === carePeriod.id);
      return carePeriod.goals.map((goal) => {
        const points = own
          .filter((rating) => rating.goalId === goal.id)
          .map((rating) => ({ meetingId: rating.meetingId, date: rating.meetingDate, rating: rating.rating }));
        const atReview = goalAtReview(points, review);
        const earlier = atReview.trend.points.flatMap((point) =>
          point.meetingId !== review.meetingId && point.rating !== null ? [{ date: point.date, rating: point.rating }] : [],
        );
        return { text: goal.text, earlier, rating: atReview.rating, change: atReview.change, direction: atReview.direction };
      });
    },
    draw: (goals): RoomGoal[] =>
      goals.map((goal) => ({
        text: goal.text,
        earlier: goal.earlier.map((point) => ({ date: point.date, rating: point.rating })),
        rating: goal.rating,
        change: goal.change,
        direction: goal.direction,
      })),
    fields: ['[]', '[].text', '[].earlier', '[].earlier[].date', '[].earlier[].rating', '[].rating', '[].change', '[].direction'],
  }),
});
