// The review's "not revisited for N weeks" setting: a number field that saves itself (whole
// weeks, 1–limits.staleWeeksMax). A bad value stays in the field with a message and is not saved;
// the flags keep following the last saved N.
import { useTranslation } from 'react-i18next';
import { validateStaleWeeks } from '../../../../shared/hypothesis/review';
import { limits } from '../../../../shared/limits';
import { AutosaveField } from '../../components/AutosaveField';
import { useHypothesisCommands } from '../../db/commands/hypothesisCommands';

export function StaleWeeksField({ weeks }: { weeks: number }) {
  const { t } = useTranslation();
  const commands = useHypothesisCommands();
  return (
    <AutosaveField
      label={t('review.staleWeeks')}
      help={t('review.staleWeeksHelp', { max: limits.staleWeeksMax })}
      multiline={false}
      className="stale-weeks-field"
      stored={String(weeks)}
      validate={validateStaleWeeks}
      save={(value) => commands.saveStaleWeeks.orThrow(value)}
      explainError={() => null}
    />
  );
}
