// The family page's care period (docs/domain.md: LIPSY interim reviews): with none, "No care period" and a way to start
// one; otherwise its start, planned end and unit, each saved as it is changed (the planned end is
// never before the start), and the goals set at admission with their ratings over the interim
// reviews (CarePeriodGoals).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateCarePeriodDates, validateCarePeriodUnit, type CarePeriod } from '../../../shared/carePeriod/carePeriod';
import type { Family } from '../../../shared/family/family';
import { valid } from '../../../shared/validation';
import { useSession } from '../app/sessionContext';
import { AutosaveField } from '../components/AutosaveField';
import { useFamilyCarePeriod, useFamilyGoalRatings } from '../db/carePeriodHooks';
import { CarePeriodRefusedError, setCarePeriodDates, setCarePeriodUnit } from '../db/repositories/carePeriodRepository';
import { CarePeriodGoals } from './CarePeriodGoals';
import { StartCarePeriodForm } from './StartCarePeriodForm';
import './carePeriod.css';

export function CarePeriodSection({ family }: { family: Family }) {
  const { t } = useTranslation();
  const carePeriod = useFamilyCarePeriod(family.id);
  const ratings = useFamilyGoalRatings(family.id);
  // Just started here: the "New goal" field takes the focus once it is shown.
  const [started, setStarted] = useState(false);
  return (
    <section className="care-period" aria-labelledby="care-period-heading" data-testid="care-period">
      <h2 id="care-period-heading">{t('carePeriod.section.heading')}</h2>
      {carePeriod === undefined || ratings === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : carePeriod === null ? (
        <NoCarePeriod familyId={family.id} onStarted={() => setStarted(true)} />
      ) : (
        <>
          <CarePeriodFields carePeriod={carePeriod} />
          <CarePeriodGoals carePeriod={carePeriod} ratings={ratings} focusNewGoal={started} />
        </>
      )}
    </section>
  );
}

/** The empty state, with the start form behind one button (`text` says why there is nothing). */
export function NoCarePeriod({ familyId, text, onStarted }: { familyId: string; text?: string; onStarted: () => void }) {
  const { t } = useTranslation();
  // 'cancelled': the form was closed without starting, so the button takes the focus back.
  const [state, setState] = useState<'idle' | 'starting' | 'cancelled'>('idle');
  if (state === 'starting') {
    return (
      <StartCarePeriodForm
        familyId={familyId}
        onDone={(started) => {
          setState(started ? 'idle' : 'cancelled');
          if (started) onStarted();
        }}
      />
    );
  }
  return (
    <div className="care-period-empty">
      <p className="empty">{text ?? t('carePeriod.section.empty')}</p>
      <p className="help">{t('carePeriod.section.emptyHelp')}</p>
      <button type="button" className="button primary" autoFocus={state === 'cancelled'} onClick={() => setState('starting')}>
        {t('carePeriod.section.start')}
      </button>
    </div>
  );
}

function CarePeriodFields({ carePeriod }: { carePeriod: CarePeriod }) {
  const { t } = useTranslation();
  const session = useSession();
  const explain = (error: unknown) => (error instanceof CarePeriodRefusedError ? error.issue : null);
  return (
    <div className="care-period-fields">
      <AutosaveField
      type="date"
      multiline={false}
        label={t('carePeriod.section.startDate')}
        help={null}
        className="care-period-start-date"
        stored={carePeriod.start}
        validate={(raw) => onlyStart(validateCarePeriodDates(raw, carePeriod.plannedEnd))}
        save={(start) => setCarePeriodDates(session, carePeriod.id, { start })}
        explainError={explain}
      />
      <AutosaveField
      type="date"
      multiline={false}
        label={t('carePeriod.section.plannedEnd')}
        help={null}
        className="care-period-end-date"
        stored={carePeriod.plannedEnd}
        validate={(raw) => onlyEnd(validateCarePeriodDates(carePeriod.start, raw))}
        save={(plannedEnd) => setCarePeriodDates(session, carePeriod.id, { plannedEnd })}
        explainError={explain}
      />
      <AutosaveField
        label={t('carePeriod.section.unit')}
        help={t('carePeriod.section.unitHelp')}
        multiline={false}
        className="care-period-unit"
        stored={carePeriod.unit}
        validate={validateCarePeriodUnit}
        save={(unit) => setCarePeriodUnit(session, carePeriod.id, unit)}
        explainError={explain}
      />
    </div>
  );
}

const onlyStart = (result: ReturnType<typeof validateCarePeriodDates>) => (result.ok ? valid(result.value.start) : result);
const onlyEnd = (result: ReturnType<typeof validateCarePeriodDates>) => (result.ok ? valid(result.value.plannedEnd) : result);
