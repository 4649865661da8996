// The prompts of the current phase for each of the template's roles and the whole team, each
// headed by the role (as the template names it) and who holds it in this meeting, the phase's lead
// first.
import { useTranslation } from 'react-i18next';
import { localized, templateAudiences, wholeTeam } from '../../../../shared/meeting/template';
import { useLanguage } from '../../i18n/i18n';
import { roleLabel } from './roleLabel';
import type { RunContext } from './runContext';

export function RolePrompts({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phase = context.step?.phase;
  if (!phase) return null;
  const template = context.meeting.template;
  const roles = templateAudiences(template)
    .filter((role) => (phase.prompts[role]?.length ?? 0) > 0)
    .sort((a, b) => Number(b === phase.leadRole) - Number(a === phase.leadRole));
  return (
    <section className="run-prompts" aria-labelledby="run-prompts-heading">
      <h2 id="run-prompts-heading">{t('run.prompts')}</h2>
      {roles.length === 0 && <p className="empty">{t('run.noPrompts')}</p>}
      {roles.map((role) => (
        <div key={role} className="run-prompt-group">
          <h3>
            {roleLabel(t, language, template, role)}
            {role !== wholeTeam && (
              <span className="run-prompt-holder">
                {' '}
                –{' '}
                {context.holderOf(role) ??
                  (context.isFamilyRole(role) && !context.deepDive ? (
                    t('run.eachFamilysOwn')
                  ) : (
                    <span className="run-unassigned">{t('run.unassigned')}</span>
                  ))}
              </span>
            )}
          </h3>
          <ul>
            {phase.prompts[role]!.map((prompt, index) => (
              <li key={index}>{localized(prompt, language)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
