// The quick round: every family on the list in agenda order (pseudonym code and label, and the
// family's own workers, who go through it), with a tick for each one gone through. The ticks are only a checklist for the chair in this window;
// what matters is written in the phase's notes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentFamilyRoles, familyRoleHolder } from '../../../../shared/meeting/meeting';
import { familyScopedRoles, localized } from '../../../../shared/meeting/template';
import { useLanguage } from '../../i18n/i18n';
import type { RunContext } from './runContext';
import { PseudonymCode } from '../../components/PseudonymCode';

export function QuickRoundPanel({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const language = useLanguage();
  const items = context.meeting.quickRound;
  // Each family is gone through by its own worker: the family's own roles, named per family.
  const familyRoles = familyScopedRoles(context.meeting.template);
  const toggle = (id: string) =>
    setDone((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="run-panel run-quick-round" aria-labelledby="run-quick-round-heading">
      <h2 id="run-quick-round-heading">{t('run.quickRound.heading')}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('run.quickRound.none')}</p>
      ) : (
        <>
          <p className="run-quick-progress" aria-live="polite">
            {t('run.quickRound.progress', { done: items.filter((item) => done.has(item.id)).length, count: items.length })}
          </p>
          <ol className="run-quick-list">
            {items.map((item) => {
              const family = context.familiesById.get(item.familyId);
              return (
                <li key={item.id}>
                  <label className="inline-check run-quick-item">
                    <input type="checkbox" checked={done.has(item.id)} onChange={() => toggle(item.id)} />
                    <span className="run-family-code">{family ? <PseudonymCode code={family.code} /> : t('run.family.deleted')}</span>
                    {family?.label && <span className="run-quick-label">{family.label}</span>}
                  </label>
                  {family && (
                    <span className="run-quick-workers help">
                      {familyRoles
                        .map((role) => {
                          const holder = familyRoleHolder(currentFamilyRoles(family), role.id);
                          const name = holder ? context.nameOf(holder) : null;
                          const roleName = localized(role.name, language);
                          return name ? t('run.quickRound.worker', { role: roleName, name }) : t('run.quickRound.noWorker', { role: roleName });
                        })
                        .join(' · ')}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
