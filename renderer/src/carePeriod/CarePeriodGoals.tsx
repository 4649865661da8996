// The care period's goals on the family page: each goal's text saved as it is typed, its ratings
// over the interim reviews (a small chart and the same figures in a table), and removal with undo.
// A goal that has been rated is removed only after a confirmation that says its ratings go too
// (undo brings both back).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateGoalText, type CarePeriod, type CarePeriodGoal, type GoalRating } from '../../../shared/carePeriod/carePeriod';
import { goalTrend } from '../../../shared/carePeriod/goalTrend';
import { AutosaveField } from '../components/AutosaveField';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { AddGoalForm } from './AddGoalForm';
import { GoalRatingsTable } from './GoalRatingsTable';
import { GoalTrendChart } from './GoalTrendChart';
import { goalHistories, noHistory, useDayText, type GoalHistory } from './goalHistories';
import { useCarePeriodCommands } from '../db/commands/carePeriodCommands';

type CarePeriodGoalsProps = {
  carePeriod: CarePeriod;
  ratings: readonly GoalRating[];
  /** The care period was just started here: the "New goal" field takes the focus. */
  focusNewGoal: boolean;
};

export function CarePeriodGoals({ carePeriod, ratings, focusNewGoal }: CarePeriodGoalsProps) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const histories = goalHistories(ratings, carePeriod);
  // A rated goal waits here for the confirmation.
  const [confirming, setConfirming] = useState<{ goal: CarePeriodGoal; number: number; ratings: number } | null>(null);
  const report = commands.report;

  async function askToRemove(goal: CarePeriodGoal, number: number) {
    try {
      const rated = await commands.countGoalRatings.orThrow(carePeriod.id, goal.id);
      if (rated > 0) setConfirming({ goal, number, ratings: rated });
      else await remove(goal, number);
    } catch (error) {
      report(error);
    }
  }

  async function remove(goal: CarePeriodGoal, number: number) {
    setConfirming(null);
    try {
      const removed = await commands.removeGoal.orThrow(carePeriod.id, goal.id);
      if (!removed) return;
      commands.done((t) => t('carePeriod.section.goalRemoved', { number }), { undo: () => commands.removeGoal.undo(removed) });
    } catch (error) {
      report(error);
    }
  }

  return (
    <div className="care-period-goals">
      <h3 id="care-period-goals">{t('carePeriod.section.goals')}</h3>
      {carePeriod.goals.length === 0 ? (
        <p className="empty">{t('carePeriod.section.noGoals')}</p>
      ) : (
        <ol className="goal-list" aria-labelledby="care-period-goals">
          {carePeriod.goals.map((goal, index) => (
            <GoalItem
              key={goal.id}
              carePeriodId={carePeriod.id}
              goal={goal}
              number={index + 1}
              history={histories.get(goal.id) ?? noHistory}
              onRemove={() => void askToRemove(goal, index + 1)}
            />
          ))}
        </ol>
      )}
      <AddGoalForm carePeriod={carePeriod} autoFocus={focusNewGoal} />
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('carePeriod.section.removeGoalTitle', { number: confirming?.number ?? 0 })}
        body={t('carePeriod.section.removeGoalWithRatings', { count: confirming?.ratings ?? 0 })}
        confirmLabel={t('carePeriod.section.removeGoalConfirm')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void remove(confirming.goal, confirming.number)}
      />
    </div>
  );
}

type GoalItemProps = { carePeriodId: string; goal: CarePeriodGoal; number: number; history: GoalHistory; onRemove: () => void };

function GoalItem({ carePeriodId, goal, number, history, onRemove }: GoalItemProps) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const dayText = useDayText();
  const headingId = useId();
  const trend = goalTrend(history.points);
  return (
    <li className="goal-item" data-testid="care-period-goal">
      <div className="goal-item-head">
        <AutosaveField
          label={t('carePeriod.section.goalLabel', { number })}
          help={null}
          multiline={false}
          className="goal-text"
          stored={goal.text}
          validate={validateGoalText}
          save={(text) => commands.setGoalText.orThrow(carePeriodId, goal.id, text)}
          explainError={() => null}
        />
        <button type="button" className="button quiet" onClick={onRemove}>
          {t('carePeriod.section.removeGoal', { number })}
        </button>
      </div>
      <h4 id={headingId} className="goal-ratings-heading">
        {t('carePeriod.section.ratings', { number })}
      </h4>
      {trend.points.length === 0 ? (
        <p className="empty">{t('carePeriod.section.noRatings')}</p>
      ) : (
        <div className="goal-trend">
          <GoalTrendChart trend={trend} number={number} dayText={dayText} />
          <GoalRatingsTable trend={trend} comments={history.comments} labelledBy={headingId} dayText={dayText} />
        </div>
      )}
    </li>
  );
}
