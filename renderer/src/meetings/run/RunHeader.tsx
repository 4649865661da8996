// "Where we are": the phase's name and purpose, step n of N, who leads it (the role as the
// meeting's template names it and who holds it in this meeting, or clearly "unassigned"), and in
// a deep-dive phase the family: its pseudonym code, which deep dive it is, the family's own workers
// (its responsible worker…), the presenter, the question for the team and the family's guests.
import { useTranslation } from 'react-i18next';
import { familyScopedRoles, localized, wholeTeam } from '../../../../shared/meeting/template';
import { useLanguage } from '../../i18n/i18n';
import { roleLabel } from './roleLabel';
import type { RunContext } from './runContext';
import { PseudonymCode } from '../../components/PseudonymCode';

export function RunHeader({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { step, meeting, steps } = context;
  if (!step) return null;
  const phase = step.phase;
  const lead = phase.leadRole;
  const holder = lead === wholeTeam ? null : context.holderOf(lead);
  return (
    <header className="run-head">
      <p className="run-step-of">
        {localized(meeting.template.name, language)} · {t('run.stepOf', { number: step.index + 1, count: steps.length })}
      </p>
      <h1 tabIndex={-1}>{localized(phase.name, language)}</h1>
      {phase.purpose && <p className="run-purpose">{localized(phase.purpose, language)}</p>}
      <p className="run-lead">
        <span className="run-label">{t('run.lead')}:</span> {roleLabel(t, language, meeting.template, lead)}
        {lead !== wholeTeam &&
          (holder ? (
            <> – <strong>{holder}</strong></>
          ) : context.isFamilyRole(lead) && !context.deepDive ? (
            <> – {t('run.eachFamilysOwn')}</>
          ) : (
            <>
              {' '}
              – <strong className="run-unassigned">{t('run.unassigned')}</strong>{' '}
              <span className="help">{t('run.unassignedHint')}</span>
            </>
          ))}
      </p>
      {context.deepDive && step.deepDiveNumber !== null && <FamilyCard context={context} number={step.deepDiveNumber} />}
    </header>
  );
}

function FamilyCard({ context, number }: { context: RunContext; number: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deepDive = context.deepDive!;
  const family = context.family;
  const presenter = deepDive.presenterId ? context.nameOf(deepDive.presenterId) : null;
  const familyRoles = familyScopedRoles(context.meeting.template);
  const guests = context.participants.filter((participant) => participant.guest);
  const present = new Set(context.participants.map((participant) => participant.id));
  return (
    <section className="run-family card" aria-labelledby="run-family-heading">
      <h2 id="run-family-heading">
        <span className="run-label">{t('run.family.heading')}:</span>{' '}
        {family ? (
          <span className="run-family-code">
            <PseudonymCode code={family.code} />
          </span>
        ) : (
          <span className="run-family-code run-deleted">{t('run.family.deleted')}</span>
        )}{' '}
        <span className="run-family-number">({t('run.family.number', { number, count: context.meeting.deepDives.length })})</span>
      </h2>
      {family?.label && <p className="run-family-label">{family.label}</p>}
      {family === null && <p className="help">{t('run.family.deletedHint')}</p>}
      <dl className="run-facts">
        {familyRoles.map((role) => (
          <div key={role.id}>
            <dt>{localized(role.name, language)}</dt>
            <dd>
              {context.holderOf(role.id) ?? <span className="run-unassigned">{t('run.family.noWorker')}</span>}
              {context.holderOf(role.id) && !present.has(context.holderIdOf(role.id)!) && (
                <span className="help"> ({t('run.family.notPresent')})</span>
              )}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('run.family.presenter')}</dt>
          <dd>{presenter ?? <span className="run-unassigned">{t('run.family.noPresenter')}</span>}</dd>
        </div>
        <div className="run-question">
          <dt>{t('run.family.question')}</dt>
          <dd>{deepDive.question.trim() ? deepDive.question : <span className="empty">{t('run.family.noQuestion')}</span>}</dd>
        </div>
        {guests.length > 0 && (
          <div>
            <dt>{t('run.family.guests')}</dt>
            <dd>{guests.map((guest) => guest.name).join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
