// The meeting templates (#/templates): the built-in ones (view read-only, clone), the team's own
// (open in the editor, export as a file, delete with undo) and "Import template…".
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInTemplates } from '../../../shared/meeting/builtInTemplates';
import { localized, type MeetingTemplate } from '../../../shared/meeting/template';
import { routeHref } from '../app/router';
import { useTeamTemplates } from '../db/templateHooks';
import { useLanguage } from '../i18n/i18n';
import { kindName } from './templateEditorContext';
import { TemplateImport } from './TemplateImport';
import { useTemplateActions } from './useTemplateActions';
import { useTemplateExport } from './useTemplateExport';
import './templates.css';

export function TemplatesScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const teamTemplates = useTeamTemplates();
  const { clone, remove } = useTemplateActions();
  const exportTemplate = useTemplateExport();

  return (
    <div className="screen templates">
      <h1 tabIndex={-1}>{t('templates.title')}</h1>
      <p className="templates-intro">{t('templates.intro')}</p>
      <TemplateImport />

      <section aria-labelledby={`${id}-builtIn`} className="template-group">
        <h2 id={`${id}-builtIn`}>{t('templates.builtIn.heading')}</h2>
        <ul className="template-list" aria-labelledby={`${id}-builtIn`}>
          {builtInTemplates.map((template) => (
            <TemplateItem key={template.id} template={template} builtIn>
              <button type="button" className="button" aria-label={t('templates.builtIn.cloneLabel', { name: localized(template.name, language) })} onClick={() => void clone(template)}>
                {t('templates.builtIn.clone')}
              </button>
            </TemplateItem>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-team`} className="template-group">
        <h2 id={`${id}-team`}>{t('templates.team.heading')}</h2>
        {teamTemplates === undefined ? (
          <p role="status">{t('app.loading')}</p>
        ) : teamTemplates.length === 0 ? (
          <p className="empty">{t('templates.team.empty')}</p>
        ) : (
          <ul className="template-list" aria-labelledby={`${id}-team`}>
            {teamTemplates.map(({ template }) => (
              <TemplateItem key={template.id} template={template}>
                <button type="button" className="button" aria-label={t('templates.team.exportLabel', { name: localized(template.name, language) })} onClick={() => void exportTemplate(template)}>
                  {t('templates.team.export')}
                </button>
                <button type="button" className="button danger-outline" aria-label={t('templates.team.deleteLabel', { name: localized(template.name, language) })} onClick={() => void remove(template)}>
                  {t('templates.team.delete')}
                </button>
              </TemplateItem>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** One template in a list: its name (a link to it), type, number of phases and roles, and its buttons. */
function TemplateItem({ template, builtIn = false, children }: { template: MeetingTemplate; builtIn?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="card template-item">
      <div className="template-item-main">
        <a className="template-name" href={routeHref({ name: 'template', id: template.id })}>
          {localized(template.name, language)}
        </a>
        {builtIn && <span className="badge">{t('templates.builtIn.badge')}</span>}
        <span className="muted">
          {kindName(template.kind, t)} · {t('templates.phaseCount', { count: template.phases.length })} · {t('templates.roleCount', { count: template.roles.length })}
        </span>
      </div>
      <div className="card-buttons">{children}</div>
    </li>
  );
}
