// One template (#/templates/<id>). A built-in template is shown read-only (its roles and the
// preview) with Clone; a team's own opens in the editor with the live preview beside it, its save
// state, Clone, Export and Delete (undone from the message).
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findBuiltInTemplate } from '../../../shared/meeting/builtInTemplates';
import { localized, type MeetingTemplate } from '../../../shared/meeting/template';
import { navigate, routeHref } from '../app/router';
import { storageErrorText } from '../db/storageErrors';
import { TemplateInvalidError } from '../db/commands/templateCommands';
import { useTeamTemplate } from '../db/templateHooks';
import { useLanguage } from '../i18n/i18n';
import { TemplateEditor } from './TemplateEditor';
import { TemplateEditorContext, kindName, type TemplateEditor as Editor } from './templateEditorContext';
import { templateIssueText } from './templateIssueText';
import { TemplatePreview } from './TemplatePreview';
import { useTemplateActions } from './useTemplateActions';
import { useTemplateExport } from './useTemplateExport';
import { useTemplateSaver, type TemplateSaveState } from './useTemplateSaver';
import './templates.css';

export function TemplateScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const builtIn = findBuiltInTemplate(id);
  const row = useTeamTemplate(id);
  const back = (
    <p>
      <a href={routeHref({ name: 'templates' })}>{t('templates.editor.backToList')}</a>
    </p>
  );
  if (builtIn) return <BuiltInTemplateView template={builtIn} back={back} />;
  if (row === undefined) return <p role="status">{t('app.loading')}</p>;
  if (row === null) {
    return (
      <div className="screen template-screen">
        {back}
        <h1 tabIndex={-1}>{t('templates.title')}</h1>
        <p className="empty">{t('templates.editor.notFound')}</p>
      </div>
    );
  }
  return <TeamTemplateView template={row.template} back={back} />;
}

function BuiltInTemplateView({ template, back }: { template: MeetingTemplate; back: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { clone } = useTemplateActions();
  const id = useId();
  return (
    <div className="screen template-screen">
      {back}
      <div className="screen-title">
        <h1 tabIndex={-1}>
          {localized(template.name, language)} <span className="badge">{t('templates.builtIn.badge')}</span>
        </h1>
        <button type="button" className="button primary" onClick={() => void clone(template)}>
          {t('templates.editor.clone')}
        </button>
      </div>
      <p className="meta">
        {t('templates.editor.kind')}: {kindName(template.kind, t)}
      </p>
      <p className="template-note">{t('templates.editor.builtInNote')}</p>
      <div className="template-workspace">
        <section aria-labelledby={`${id}-roles`} className="template-section template-readonly">
          <h2 id={`${id}-roles`}>{t('templates.editor.roles')}</h2>
          <ol className="readonly-roles">
            {template.roles.map((role) => (
              <li key={role.id}>{localized(role.name, language)}</li>
            ))}
          </ol>
        </section>
        <TemplatePreview template={template} openPhaseId={null} />
      </div>
    </div>
  );
}

function TeamTemplateView({ template, back }: { template: MeetingTemplate; back: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const saver = useTemplateSaver(template.id);
  const { clone, remove } = useTemplateActions();
  const exportTemplate = useTemplateExport();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const [selectedPhaseId, setSelectedPhaseId] = useState<string | null>(template.phases[0]?.id ?? null);
  const editor = useMemo<Editor>(() => ({ template, saver, announce }), [template, saver, announce]);
  const openPhaseId = template.phases.some((phase) => phase.id === selectedPhaseId) ? selectedPhaseId : (template.phases[0]?.id ?? null);

  return (
    <TemplateEditorContext.Provider value={editor}>
      <div className="screen template-screen">
        {back}
        <div className="screen-title">
          <h1 tabIndex={-1}>{localized(template.name, language)}</h1>
          <div className="card-buttons">
            <button type="button" className="button" onClick={() => void clone(template)}>
              {t('templates.editor.clone')}
            </button>
            <button type="button" className="button" onClick={() => void exportTemplate(template)}>
              {t('templates.editor.export')}
            </button>
            <button
              type="button"
              className="button danger-outline"
              onClick={() => {
                navigate({ name: 'templates' });
                void remove(template);
              }}
            >
              {t('templates.editor.delete')}
            </button>
          </div>
        </div>
        <SaveState state={saver.state} template={template} />
        <div className="template-workspace">
          <TemplateEditor selectedPhaseId={openPhaseId} onSelectPhase={setSelectedPhaseId} />
          <TemplatePreview template={template} openPhaseId={openPhaseId} />
        </div>
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
      </div>
    </TemplateEditorContext.Provider>
  );
}

function SaveState({ state, template }: { state: TemplateSaveState; template: MeetingTemplate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  let text = t('templates.editor.customNote');
  if (state.kind === 'saving') text = t('templates.editor.saving');
  if (state.kind === 'saved') text = t('templates.editor.saved');
  if (state.kind === 'failed') {
    text =
      state.error instanceof TemplateInvalidError && state.error.issues[0]
        ? t('templates.editor.notSaved', { reason: templateIssueText(state.error.issues[0], template, t, language) })
        : storageErrorText(state.error, t);
  }
  return (
    <p className={`template-save-state template-save-${state.kind}`} role="status" data-testid="template-save-state">
      {text}
    </p>
  );
}
