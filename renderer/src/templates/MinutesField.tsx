// A phase's planned minutes (for the whole phase, or per quick-round family) as an autosaving
// field: "10", "2.5" or "2,5"; a draft that is not a number, or outside 0–240 in half minutes,
// stays in the field with its message and is not saved.
import { useTranslation } from 'react-i18next';
import { templateLimits, type TemplatePhase } from '../../../shared/meeting/template';
import { issueAt, phaseTiming, setPhaseMinutes, updatePhase } from '../../../shared/meeting/templateEditing';
import type { Validated } from '../../../shared/validation';
import { AutosaveField } from '../components/AutosaveField';
import { useLanguage } from '../i18n/i18n';
import { minutesNumber, useTemplateEditor } from './templateEditorContext';
import { explainTemplateError } from './TemplateTextField';
import { fieldIssue } from './templateIssueText';

export function MinutesField({ phase, index }: { phase: TemplatePhase; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { template, saver } = useTemplateEditor();
  const perFamily = phaseTiming(phase) === 'perFamily';
  const stored = perFamily ? phase.plannedMinutesPerFamily : phase.plannedMinutes;
  const path = `phases.${index}.${perFamily ? 'plannedMinutesPerFamily' : 'plannedMinutes'}`;
  const edit = (minutes: number) => (current: typeof template) => updatePhase(current, phase.id, (inner) => setPhaseMinutes(inner, minutes));

  function validate(draft: string): Validated<number> {
    const text = draft.trim().replace(',', '.');
    const minutes = Number(text);
    if (text === '' || !Number.isFinite(minutes)) return { ok: false, issue: { key: 'templates.editor.minutesFormat', values: {} } };
    const issue = issueAt(template, edit(minutes), path);
    return issue ? { ok: false, issue: fieldIssue(issue, draft, template, t, language) } : { ok: true, value: minutes };
  }

  return (
    // Keyed by the timing, so switching between minutes for the phase and per family starts afresh.
    <AutosaveField
      key={path}
      label={perFamily ? t('templates.editor.minutesPerFamily') : t('templates.editor.minutes')}
      help={t('templates.editor.minutesHelp', { min: templateLimits.minMinutes, max: templateLimits.maxMinutes })}
      multiline={false}
      className="template-field minutes-field"
      stored={stored === undefined ? '' : minutesNumber(stored, language)}
      validate={validate}
      save={async (minutes) => {
        await saver.save(edit(minutes));
      }}
      explainError={(error) => explainTemplateError(error, template, t, language)}
    />
  );
}
