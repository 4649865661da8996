// The prompts of the current phase for each role ("team" is the whole team), each headed by the
// role and who holds it in this meeting, the phase's lead first.
import { useTranslation } from 'react-i18next';
import { phaseRoles, type PhaseRole } from '../../../../shared/meeting/template';
import type { TeamRole } from '../../../../shared/team/roles';
import { useLanguage } from '../../i18n/i18n';
import { roleLabel } from './roleLabel';
import type { RunContext } from './runContext';

export function RolePrompts({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phase = context.step?.phase;
  if (!phase) return null;
  const roles = phaseRoles
    .filter((role) => (phase.prompts[role]?.length ?? 0) > 0)
    .sort((a, b) => Number(b === phase.leadRole) - Number(a === phase.leadRole));
  const holder = (role: PhaseRole) => {
    if (role === 'team') return null;
    return context.holderOf(role as TeamRole);
  };
  return (
    <section className="run-prompts" aria-labelledby="run-prompts-heading">
      <h2 id="run-prompts-heading">{t('run.prompts')}</h2>
      {roles.length === 0 && <p className="empty">{t('run.noPrompts')}</p>}
      {roles.map((role) => (
        <div key={role} className="run-prompt-group">
          <h3>
            {roleLabel(t, role)}
            {role !== 'team' && (
              <span className="run-prompt-holder">
                {' '}
                – {holder(role) ?? <span className="run-unassigned">{t('run.unassigned')}</span>}
              </span>
            )}
          </h3>
          <ul>
            {phase.prompts[role]!.map((prompt, index) => (
              <li key={index}>{prompt[language]}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
