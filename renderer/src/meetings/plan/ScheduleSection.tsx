// When the meeting is and which meeting type (template) it follows: a built-in template or one of
// the team's own. Switching is allowed while the meeting is planned: the new template's snapshot
// replaces the old one. A meeting keeps its snapshot when its template is edited or deleted.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../../../../shared/meeting/plan';
import { useTemplateChoices } from '../../db/templateHooks';
import { templateChoiceName } from './templateChoiceName';
import { useLanguage } from '../../i18n/i18n';
import { usePlanner } from './plannerContext';
import { useLocalValue } from './useLocalValue';
import { localized } from '../../../../shared/meeting/template';
import { withTemplateMinutes } from '../../../../shared/meeting/timeSlot';

export function ScheduleSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meeting, readOnly, saver, announce } = usePlanner();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => toLocalDateTimeInput(meeting.scheduledAt));
  const [error, setError] = useState<string | null>(null);
  const templateChoice = useLocalValue(meeting.template.id);
  const choices = useTemplateChoices();

  // Follow a change saved elsewhere (another window, duplicate) unless the user is typing here.
  useEffect(() => {
    if (document.activeElement === input.current) return;
    setDraft(toLocalDateTimeInput(meeting.scheduledAt));
    setError(null);
  }, [meeting.scheduledAt]);

  function changeTime(raw: string) {
    setDraft(raw);
    const parsed = fromLocalDateTimeInput(raw);
    if (!parsed.ok) {
      setError(t(parsed.issue.key, parsed.issue.values));
      return;
    }
    setError(null);
    if (parsed.value !== meeting.scheduledAt) void saver.apply((plan) => plan, { scheduledAt: parsed.value });
  }

  function changeTemplate(templateId: string) {
    const template = choices.find((candidate) => candidate.id === templateId);
    if (!template || template.id === meeting.template.id) return;
    templateChoice.set(templateId);
    // The plan's own minutes were for the old template's phases: the new one starts from its own.
    saver.save((plan) => withTemplateMinutes(plan), { template }).then(
      () => announce(t('meetings.templateChanged', { template: localized(template.name, language) })),
      () => templateChoice.reset(),
    );
  }

  // The meeting's own snapshot stays listed when its template was deleted since.
  const templates = choices.some((template) => template.id === meeting.template.id) ? choices : [meeting.template, ...choices];
  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section">
      <h2 id={`${id}-heading`}>{t('meetings.schedule')}</h2>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('meetings.dateTime')}</label>
        <input
          ref={input}
          id={`${id}-time`}
          type="datetime-local"
          value={draft}
          disabled={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-time-error` : undefined}
          onChange={(event) => changeTime(event.target.value)}
        />
        {error && (
          <p className="error" id={`${id}-time-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-template`}>{t('meetings.template')}</label>
        <select id={`${id}-template`} value={templateChoice.value} disabled={readOnly} onChange={(event) => changeTemplate(event.target.value)}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {templateChoiceName(t, template, language)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
