// The care-period goals on the room's shared screen, in an interim review's goals phase: each goal
// of the current family with its ratings at earlier reviews (date and value) and this review's
// rating once the team gives it, with the change since the previous rating. Large, for reading
// across the room. Pure rendering of the view the facilitator window sent (no comments, nothing of
// another family: shared/meeting/sharedScreen.ts decides); nothing here reads the database.
import { useTranslation } from 'react-i18next';
import type { RoomGoal } from '../../../../shared/meeting/sharedScreen';
import { useDayText } from '../../carePeriod';

export function SharedScreenGoals({ goals }: { goals: readonly RoomGoal[] }) {
  const { t } = useTranslation();
  const dayText = useDayText();
  return (
    <section aria-labelledby="screen-goals" className="shared-screen-goals">
      <h2 id="screen-goals">{t('carePeriod.room.heading')}</h2>
      {goals.length === 0 ? (
        <p className="empty">{t('carePeriod.room.noGoals')}</p>
      ) : (
        <ol className="shared-screen-goal-list">
          {goals.map((goal, index) => (
            <li key={index} data-testid="screen-goal">
              <h3>
                <span className="shared-screen-goal-number">{t('carePeriod.room.goal', { number: index + 1 })}:</span> {goal.text}
              </h3>
              <p className="shared-screen-goal-now" data-testid="screen-goal-rating">
                <span className="shared-screen-label">{t('carePeriod.room.thisReview')}: </span>
                {goal.rating === null ? (
                  <span className="shared-screen-status">{t('carePeriod.room.notYet')}</span>
                ) : (
                  <>
                    <strong className="shared-screen-goal-value">{t('carePeriod.record.ratingValue', { rating: goal.rating })}</strong>
                    {goal.direction !== null && goal.change !== null && (
                      <span className="shared-screen-status"> — {t(`carePeriod.trend.${goal.direction}`, { change: Math.abs(goal.change) })}</span>
                    )}
                  </>
                )}
              </p>
              <p className="shared-screen-goal-earlier" data-testid="screen-goal-earlier">
                <span className="shared-screen-label">{t('carePeriod.room.earlier')}: </span>
                {goal.earlier.length === 0
                  ? t('carePeriod.room.noEarlier')
                  : goal.earlier.map((point) => t('carePeriod.room.ratingOn', { rating: point.rating, date: dayText(point.date) })).join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
