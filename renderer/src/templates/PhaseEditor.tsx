// One phase of a team's template: its names and purpose in both languages, how often it happens,
// its planned time (for the phase, or per quick-round family), who leads it, its prompts per role
// and the capture tools it shows; with Move up / Move down and Remove (undone from the message).
import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, meetingTools, templateAudiences, type TemplatePhase } from '../../../shared/meeting/template';
import { idleFamilyTools } from '../../../shared/meeting/tools/registry';
import {
  perFamilyTimingAllowed,
  phaseTiming,
  setPhaseScope,
  setPhaseText,
  setPhaseTiming,
  setPhaseTool,
  updatePhase,
  type PhaseTiming,
} from '../../../shared/meeting/templateEditing';
import { useLanguage } from '../i18n/i18n';
import { roleLabel, MoveButtons, useLocalValue } from '../meetings';
import { MinutesField } from './MinutesField';
import { PromptsEditor } from './PromptsEditor';
import { toolName, useTemplateEditor } from './templateEditorContext';
import { TemplateTextField } from './TemplateTextField';

type PhaseEditorProps = {
  phase: TemplatePhase;
  index: number;
  onMove: (to: number) => void;
  onRemove: () => void;
};

export const PhaseEditor = forwardRef<HTMLHeadingElement, PhaseEditorProps>(function PhaseEditor({ phase, index, onMove, onRemove }, heading) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { template, saver } = useTemplateEditor();
  const count = template.phases.length;
  const name = localized(phase.name, language);
  const change = (edit: (phase: TemplatePhase) => TemplatePhase) => saver.apply((current) => updatePhase(current, phase.id, edit));
  const scope = useLocalValue(phase.scope);
  const timing = useLocalValue<PhaseTiming>(phaseTiming(phase));
  const lead = useLocalValue(phase.leadRole);
  const tools = useLocalValue(phase.tools);
  const idle = idleFamilyTools({ scope: scope.value, tools: tools.value });

  return (
    <section className="card phase-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('templates.editor.phaseHeading', { number: index + 1, name })}
      </h3>
      <div className="two-languages">
        <TemplateTextField
          label={t('templates.editor.phaseNameFi')}
          path={`phases.${index}.name.fi`}
          stored={phase.name.fi}
          edit={(current, text) => updatePhase(current, phase.id, (inner) => setPhaseText(inner, 'name', 'fi', text))}
        />
        <TemplateTextField
          label={t('templates.editor.phaseNameEn')}
          path={`phases.${index}.name.en`}
          stored={phase.name.en}
          edit={(current, text) => updatePhase(current, phase.id, (inner) => setPhaseText(inner, 'name', 'en', text))}
        />
        <TemplateTextField
          label={t('templates.editor.purposeFi')}
          path={`phases.${index}.purpose.fi`}
          stored={phase.purpose?.fi ?? ''}
          edit={(current, text) => updatePhase(current, phase.id, (inner) => setPhaseText(inner, 'purpose', 'fi', text))}
        />
        <TemplateTextField
          label={t('templates.editor.purposeEn')}
          path={`phases.${index}.purpose.en`}
          stored={phase.purpose?.en ?? ''}
          edit={(current, text) => updatePhase(current, phase.id, (inner) => setPhaseText(inner, 'purpose', 'en', text))}
        />
      </div>
      <p className="help purpose-help">{t('templates.editor.purposeHelpOneLanguage')}</p>

      <div className="phase-settings">
        <fieldset className="plain-fieldset">
          <legend>{t('templates.editor.scope')}</legend>
          {(['once', 'perDeepDiveFamily'] as const).map((value) => (
            <label key={value} className="inline-check">
              <input
                type="radio"
                name={`${id}-scope`}
                value={value}
                checked={scope.value === value}
                onChange={() => {
                  scope.set(value);
                  void change((inner) => setPhaseScope(inner, value)).then((saved) => saved || scope.reset());
                }}
              />
              {value === 'once' ? t('templates.editor.scopeOnce') : t('templates.editor.scopePerFamily')}
            </label>
          ))}
        </fieldset>

        <div>
          {perFamilyTimingAllowed(phase) ? (
            <fieldset className="plain-fieldset">
              <legend>{t('templates.editor.timing')}</legend>
              {(['fixed', 'perFamily'] as const).map((value) => (
                <label key={value} className="inline-check">
                  <input
                    type="radio"
                    name={`${id}-timing`}
                    value={value}
                    checked={timing.value === value}
                    onChange={() => {
                      timing.set(value);
                      void change((inner) => setPhaseTiming(inner, value)).then((saved) => saved || timing.reset());
                    }}
                  />
                  {value === 'fixed' ? t('templates.editor.timingFixed') : t('templates.editor.timingPerFamily')}
                </label>
              ))}
            </fieldset>
          ) : null}
          <MinutesField phase={phase} index={index} />
        </div>

        <div className="field">
          <label htmlFor={`${id}-lead`}>{t('templates.editor.leadRole')}</label>
          <select
            id={`${id}-lead`}
            value={lead.value}
            onChange={(event) => {
              const role = event.target.value;
              lead.set(role);
              void change((inner) => ({ ...inner, leadRole: role })).then((saved) => saved || lead.reset());
            }}
          >
            {templateAudiences(template).map((role) => (
              <option key={role} value={role}>
                {roleLabel(t, language, template, role)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <fieldset className="plain-fieldset tool-checks">
        <legend>{t('templates.editor.tools')}</legend>
        <p className="help">{t('templates.editor.toolsHelp')}</p>
        <ul>
          {meetingTools.map((tool) => (
            <li key={tool}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={tools.value.includes(tool)}
                  onChange={(event) => {
                    const shown = event.target.checked;
                    const next = setPhaseTool({ ...phase, tools: [...tools.value] }, tool, shown, meetingTools).tools;
                    tools.set(next);
                    void change((inner) => setPhaseTool(inner, tool, shown, meetingTools)).then((saved) => saved || tools.reset());
                  }}
                />
                {toolName(tool, t)}
              </label>
            </li>
          ))}
        </ul>
        {idle.length > 0 && (
          <p className="inline-warning" role="note">
            {t('templates.editor.idleFamilyTools', { tools: idle.map((tool) => toolName(tool, t)).join(', ') })}
          </p>
        )}
      </fieldset>

      <PromptsEditor phase={phase} index={index} />

      <div className="card-buttons">
        <MoveButtons index={index} count={count} name={name} disabled={false} onMove={onMove} />
        <button
          type="button"
          className="button danger-outline"
          aria-disabled={count <= 1 || undefined}
          aria-describedby={count <= 1 ? `${id}-last` : undefined}
          aria-label={t('templates.editor.removePhaseLabel', { name })}
          onClick={() => count > 1 && onRemove()}
        >
          {t('templates.editor.removePhase')}
        </button>
        {count <= 1 && (
          <p className="help" id={`${id}-last`}>
            {t('templates.editor.lastPhase')}
          </p>
        )}
      </div>
    </section>
  );
});
