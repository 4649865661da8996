// Adds one goal to a care period: typed, checked (required, not too long, at most the limit of
// goals) and added at the end; the field is emptied only if it still holds what was added, so the
// next goal typed meanwhile stays. Used on the family page and in the meeting's goals panel.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { carePeriodLimits, checkGoalCount, validateGoalText, type CarePeriod } from '../../../shared/carePeriod/carePeriod';
import { storageErrorText } from '../db/storageErrors';
import { TextField } from '../components/TextField';
import { useCarePeriodCommands, CarePeriodRefusedError } from '../db/commands/carePeriodCommands';

/** The new goal's field (one per screen). */
const newGoalFieldId = 'care-period-new-goal';

/** `autoFocus`: the field takes the focus when it appears (right after the care period was started). */
export function AddGoalForm({ carePeriod, autoFocus }: { carePeriod: CarePeriod; autoFocus: boolean }) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const count = checkGoalCount(carePeriod.goals);
    if (!count.ok) return setError(t(count.issue.key, count.issue.values));
    const goal = validateGoalText(text);
    if (!goal.ok) return setError(t(goal.issue.key, goal.issue.values));
    try {
      await commands.addGoal.orThrow(carePeriod.id, goal.value);
      setText((current) => (current === text ? '' : current));
      setError(null);
      document.getElementById(newGoalFieldId)?.focus();
    } catch (caught) {
      setError(caught instanceof CarePeriodRefusedError ? t(caught.issue.key, caught.issue.values) : storageErrorText(caught, t));
    }
  }

  return (
    <form className="inline-form add-goal" onSubmit={submit} noValidate aria-label={t('carePeriod.section.addGoal')}>
      <TextField
        id={newGoalFieldId}
        label={t('carePeriod.section.newGoal')}
        value={text}
        onChange={setText}
        help={t('carePeriod.section.newGoalHelp', { max: carePeriodLimits.goals })}
        error={error}
        autoFocus={autoFocus}
      />
      <button type="submit" className="button">
        {t('carePeriod.section.addGoal')}
      </button>
    </form>
  );
}
