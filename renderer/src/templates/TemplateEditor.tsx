// The editor of a team's template: its names and meeting type, its roles, and its phases (each
// opened in the phase editor). Every valid change is saved at once; see useTemplateSaver.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInKinds } from '../../../shared/meeting/template';
import { setKind, setTemplateName } from '../../../shared/meeting/templateEditing';
import { useLocalValue } from '../meetings';
import { PhasesEditor } from './PhasesEditor';
import { RolesEditor } from './RolesEditor';
import { kindName, useTemplateEditor } from './templateEditorContext';
import { TemplateTextField } from './TemplateTextField';

type TemplateEditorProps = { selectedPhaseId: string | null; onSelectPhase: (phaseId: string) => void };

export function TemplateEditor({ selectedPhaseId, onSelectPhase }: TemplateEditorProps) {
  return (
    <div className="template-editor">
      <GeneralSection />
      <RolesEditor />
      <PhasesEditor selectedId={selectedPhaseId} onSelect={onSelectPhase} />
    </div>
  );
}

function GeneralSection() {
  const { t } = useTranslation();
  const id = useId();
  const { template, saver } = useTemplateEditor();
  const kind = useLocalValue(template.kind);
  const kinds: string[] = [...builtInKinds];
  // A template from a file may name a kind of its own; it stays selectable.
  if (!kinds.includes(template.kind)) kinds.push(template.kind);

  return (
    <section aria-labelledby={`${id}-heading`} className="template-section">
      <h2 id={`${id}-heading`}>{t('templates.editor.general')}</h2>
      <p className="help">{t('templates.editor.languageFallbackHelp')}</p>
      <div className="two-languages">
        <TemplateTextField label={t('templates.editor.nameFi')} path="name.fi" stored={template.name.fi} edit={(current, text) => setTemplateName(current, 'fi', text)} />
        <TemplateTextField label={t('templates.editor.nameEn')} path="name.en" stored={template.name.en} edit={(current, text) => setTemplateName(current, 'en', text)} />
      </div>
      <div className="field kind-field">
        <label htmlFor={`${id}-kind`}>{t('templates.editor.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind.value}
          onChange={(event) => {
            const value = event.target.value;
            kind.set(value);
            void saver.apply((current) => setKind(current, value)).then((saved) => saved || kind.reset());
          }}
        >
          {kinds.map((value) => (
            <option key={value} value={value}>
              {kindName(value, t)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
