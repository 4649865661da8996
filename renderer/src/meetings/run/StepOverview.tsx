// The agenda as the run sees it: every step with its planned and actual time and whether it is
// done, skipped, now or still to come; the current step is marked in words as well as colour.
import { useTranslation } from 'react-i18next';
import { stepTimes, type StepTime } from '../../../../shared/meeting/engine';
import { plannedMinutesText } from '../../../../shared/i18n/timeText';
import { ClockText } from '../../components/ClockText';
import { useLanguage } from '../../i18n/i18n';
import type { RunContext } from './runContext';
import { useNow } from './useNow';
import { PseudonymCode } from '../../components/PseudonymCode';
import { localized } from '../../../../shared/meeting/template';

export function StepOverview({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const { meeting, steps } = context;
  const times = stepTimes(meeting.run, steps, now);
  return (
    <section className="run-overview" aria-labelledby="run-overview-heading">
      <h2 id="run-overview-heading">{t('run.overview.heading')}</h2>
      <ol className="run-steps">
        {steps.map((step) => {
          const time = times[step.index]!;
          const deepDive = step.agendaItemId ? meeting.deepDives.find((item) => item.id === step.agendaItemId) : undefined;
          const family = deepDive ? context.familiesById.get(deepDive.familyId) : undefined;
          const current = time.outcome === 'current';
          return (
            <li key={step.key} className={`run-step run-step-${time.outcome}`} aria-current={current ? 'step' : undefined}>
              <span className="run-step-name">
                {localized(step.phase.name, language)}
                {deepDive && <span className="run-step-family"> · {family ? <PseudonymCode code={family.code} /> : t('run.family.deleted')}</span>}
              </span>
              <StepTimesText time={time} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A step's planned and (once reached) actual time, and its outcome in words: the overview's and the agenda list's. */
export function StepTimesText({ time }: { time: StepTime }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <span className="run-step-times">
        {t('run.overview.planned', { time: plannedMinutesText(time.plannedMs, language, (key, values) => t(key, values ?? {})) })}
        {time.outcome !== 'notReached' && (
          <>
            {' · '}
            <ClockText text={(duration) => t('run.overview.actual', { time: duration(time.actualMs) })} />
          </>
        )}
      </span>
      <span className="run-step-outcome">{t(`run.overview.${time.outcome}`)}</span>
    </>
  );
}
