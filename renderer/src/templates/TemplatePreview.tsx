// The live preview beside the editor (and the read-only view of a built-in template): the meeting
// as the facilitator would see it, step by step as the run engine builds it for a sample agenda
// (deep-dive and quick-round families, adjustable), each step with its name, planned time, who
// leads it, what the facilitator view shows and the prompts per role; and the projected length.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildMeetingSteps, plannedForMeeting } from '../../../shared/meeting/engine';
import { localized, templateAudiences, type MeetingTemplate } from '../../../shared/meeting/template';
import { useLanguage } from '../i18n/i18n';
import { roleLabel } from '../meetings';
import { durationText, toolName } from './templateEditorContext';

const limits = { deepDives: 6, quickRound: 40 } as const;

export function TemplatePreview({ template, openPhaseId }: { template: MeetingTemplate; openPhaseId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [deepDives, setDeepDives] = useState(2);
  const [quickRound, setQuickRound] = useState(8);
  const steps = buildMeetingSteps(template, {
    deepDiveItemIds: Array.from({ length: deepDives }, (_, index) => `sample-${index + 1}`),
    quickRoundFamilyCount: quickRound,
  });
  const audiences = templateAudiences(template);

  return (
    <section className="template-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('templates.preview.heading')}</h2>
      <p className="help">{t('templates.preview.intro')}</p>
      <fieldset className="plain-fieldset preview-outline">
        <legend>{t('templates.preview.outline')}</legend>
        <CountField label={t('templates.preview.deepDives')} value={deepDives} max={limits.deepDives} onChange={setDeepDives} />
        <CountField label={t('templates.preview.quickRound')} value={quickRound} max={limits.quickRound} onChange={setQuickRound} />
      </fieldset>
      <p className="preview-length" data-testid="preview-length">
        <strong>{t('templates.preview.length', { length: durationText(plannedForMeeting(steps), t, language) })}</strong>
        <span className="muted"> · {t('templates.preview.steps', { count: steps.length })}</span>
      </p>
      <h3 className="visually-hidden">{t('templates.preview.agenda')}</h3>
      {steps.length === 0 ? (
        <p className="empty">{t('templates.preview.noSteps')}</p>
      ) : (
        <ol className="preview-steps" aria-label={t('templates.preview.agenda')}>
          {steps.map((step) => {
            const phase = step.phase;
            const promptCount = audiences.reduce((sum, role) => sum + (phase.prompts[role]?.length ?? 0), 0);
            return (
              <li key={step.key} className={`preview-step${phase.id === openPhaseId ? ' preview-step-open' : ''}`}>
                <div className="preview-step-title">
                  <span className="position">{step.index + 1}.</span> <strong>{localized(phase.name, language)}</strong>
                  {step.deepDiveNumber !== null && <span className="muted"> · {t('templates.preview.deepDive', { number: step.deepDiveNumber })}</span>}
                  <span className="preview-step-time">{durationText(step.plannedMs, t, language)}</span>
                </div>
                {phase.purpose && <p className="preview-purpose">{localized(phase.purpose, language)}</p>}
                <p className="preview-lead">{t('templates.preview.lead', { role: roleLabel(t, language, template, phase.leadRole) })}</p>
                <p className="preview-tools muted">
                  {phase.tools.length > 0 ? t('templates.preview.tools', { tools: phase.tools.map((tool) => toolName(tool, t)).join(', ') }) : t('templates.preview.noTools')}
                </p>
                {promptCount === 0 ? (
                  <p className="muted preview-no-prompts">{t('templates.preview.noPrompts')}</p>
                ) : (
                  // The phase being edited shows its prompts open, so edits show as they are made.
                  <details open={phase.id === openPhaseId}>
                    <summary>{t('templates.preview.prompts', { count: promptCount })}</summary>
                    {audiences
                      .filter((role) => (phase.prompts[role]?.length ?? 0) > 0)
                      .sort((a, b) => Number(b === phase.leadRole) - Number(a === phase.leadRole))
                      .map((role) => (
                        <div key={role} className="preview-prompt-group">
                          <p className="preview-prompt-role">{roleLabel(t, language, template, role)}</p>
                          <ul>
                            {phase.prompts[role]!.map((prompt, index) => (
                              <li key={index}>{localized(prompt, language)}</li>
                            ))}
                          </ul>
                        </div>
                      ))}
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** A whole number from 0 to `max` for the sample agenda; a value out of range is brought within it. */
function CountField({ label, value, max, onChange }: { label: string; value: number; max: number; onChange: (value: number) => void }) {
  const id = useId();
  return (
    <div className="field count-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        step={1}
        value={value}
        onChange={(event) => {
          const number = Math.round(Number(event.target.value));
          if (Number.isFinite(number)) onChange(Math.max(0, Math.min(max, number)));
        }}
      />
    </div>
  );
}
