// The care-period goals in an interim review (the 'carePeriodGoals' capture tool): for the deep-dive
// family, each goal set at admission with its trend so far (earlier reviews and this one) and this
// review's rating (0–10 or not rated) and comment, both saved as they are given. With no care
// period, or no goals yet, it says so and lets the team start one or add goals right here.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { validateRatingComment, type CarePeriod, type CarePeriodGoal } from '../../../shared/carePeriod/carePeriod';
import { goalAtReview, type GoalAtReview } from '../../../shared/carePeriod/goalTrend';
import type { Family } from '../../../shared/family/family';
import { AutosaveField } from '../components/AutosaveField';
import { useFamilyGoalRatings, useReviewCarePeriod } from '../db/carePeriodHooks';
import { meetingStart } from '../../../shared/meeting/meeting';
import type { RunContext } from '../meetings';
import { AddGoalForm } from './AddGoalForm';
import { NoCarePeriod } from './CarePeriodSection';
import { GoalRatingScale } from './GoalRatingScale';
import { GoalTrendChart } from './GoalTrendChart';
import { goalHistories, noHistory, useDayText, type GoalHistory } from './goalHistories';
import './carePeriod.css';
import { useCarePeriodCommands, type RatingTarget } from '../db/commands/carePeriodCommands';

export function CarePeriodGoalsPanel({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const family = context.family;
  return (
    <section className="run-panel run-care-period" aria-labelledby="run-care-period-heading">
      <h2 id="run-care-period-heading">{t('carePeriod.panel.heading')}</h2>
      {family ? <FamilyGoals context={context} family={family} /> : <p className="empty">{t('carePeriod.panel.deletedFamily')}</p>}
    </section>
  );
}

function FamilyGoals({ context, family }: { context: RunContext; family: Family }) {
  const { t } = useTranslation();
  // The child's care period current on the meeting's day.
  const carePeriod = useReviewCarePeriod(family.id, context.meeting);
  const ratings = useFamilyGoalRatings(family.id);
  if (carePeriod === undefined || ratings === undefined) return <p role="status">{t('app.loading')}</p>;
  if (carePeriod === null) return <NoCarePeriod family={family} text={t('carePeriod.panel.noCarePeriod', { code: family.code })} onStarted={() => undefined} />;
  // The trend "so far": reviews up to this one (a later review, planned ahead, is not counted).
  const review = { meetingId: context.meeting.id, date: meetingStart(context.meeting) };
  const histories = goalHistories(ratings, carePeriod);
  return (
    <>
      {carePeriod.goals.length === 0 ? (
        <p className="empty">{t('carePeriod.panel.noGoals')}</p>
      ) : (
        <>
          <p className="help">{t('carePeriod.panel.intro')}</p>
          {carePeriod.goals.map((goal, index) => (
            <GoalReview
              key={goal.id}
              target={{ carePeriodId: carePeriod.id, familyId: family.id, goalId: goal.id, meetingId: review.meetingId }}
              goal={goal}
              number={index + 1}
              history={histories.get(goal.id) ?? noHistory}
              review={review}
            />
          ))}
        </>
      )}
      <AddGoalsHere carePeriod={carePeriod} />
    </>
  );
}

/** Goals can be added in the meeting too (a goal forgotten at admission); out of the way unless there are none. */
function AddGoalsHere({ carePeriod }: { carePeriod: CarePeriod }) {
  const { t } = useTranslation();
  if (carePeriod.goals.length === 0) return <AddGoalForm carePeriod={carePeriod} autoFocus={false} />;
  return (
    <details className="care-period-more-goals">
      <summary>{t('carePeriod.section.addGoal')}</summary>
      <AddGoalForm carePeriod={carePeriod} autoFocus={false} />
    </details>
  );
}

type GoalReviewProps = {
  target: RatingTarget;
  goal: CarePeriodGoal;
  number: number;
  history: GoalHistory;
  review: { meetingId: string; date: number };
};

function GoalReview({ target, goal, number, history, review }: GoalReviewProps) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const dayText = useDayText();
  const headingId = useId();
  const atReview = goalAtReview(history.points, review);
  const stored = history.points.find((point) => point.meetingId === review.meetingId);
  return (
    <section className="goal-review" aria-labelledby={headingId} data-testid="goal-review">
      <h3 id={headingId}>{t('carePeriod.panel.goal', { number, text: goal.text })}</h3>
      <div className="goal-review-body">
        <div className="goal-review-trend">
          <GoalTrendChart trend={atReview.trend} number={number} dayText={dayText} />
          <p className="goal-review-so-far" data-testid="goal-so-far">
            {soFarText(atReview, dayText, t)}
          </p>
        </div>
        <div className="goal-review-inputs">
          <GoalRatingScale
            stored={stored?.rating ?? null}
            save={(rating) => commands.saveGoalRating.orThrow(target, { rating })}
            describedBy={headingId}
          />
          <AutosaveField
            label={t('carePeriod.panel.comment', { number })}
            help={null}
            multiline
            className="goal-comment"
            stored={history.comments.get(review.meetingId) ?? ''}
            validate={validateRatingComment}
            save={(comment) => commands.saveGoalRating.orThrow(target, { comment })}
            explainError={() => null}
          />
        </div>
      </div>
    </section>
  );
}

/** "Previous rating 3 (3.3.2031). Up by 3 since the previous review. So far: 3 → 6", or "First rating of this goal." */
function soFarText(goal: GoalAtReview, dayText: (epochMs: number) => string, t: TFunction): string {
  const parts = [
    goal.previous ? t('carePeriod.panel.previousRating', { rating: goal.previous.rating, date: dayText(goal.previous.date) }) : t('carePeriod.panel.firstRating'),
  ];
  if (goal.direction !== null && goal.change !== null) parts.push(`${t(`carePeriod.trend.${goal.direction}`, { change: Math.abs(goal.change) })}.`);
  const rated = goal.trend.points.filter((point) => point.rating !== null);
  if (rated.length > 0) parts.push(`${t('carePeriod.panel.trendSoFar')}: ${rated.map((point) => point.rating).join(' → ')}`);
  return parts.join(' ');
}
