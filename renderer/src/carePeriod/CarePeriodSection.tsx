// The family page's care periods (docs/domain.md: LIPSY interim reviews). A care period is the child's who is the patient,
// and a child can have several over time: they are shown under their child, the current one open
// (its start, planned end and unit, each saved as it is changed, and the goals set at admission with
// their ratings over the interim reviews) and the child's other ones folded below it. Care periods
// saved before they named their child show under the family's only child, or else as "child not
// set" with a way to set it. A family without care periods (every child-protection family) gets no
// section at all, only a small "Start a care period…" button.
import { useId, useState } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import {
  carePeriodsByChild,
  validateCarePeriodDates,
  validateCarePeriodUnit,
  type CarePeriod,
  type ChildCarePeriods,
  type GoalRating,
} from '../../../shared/carePeriod/carePeriod';
import type { Family } from '../../../shared/family/family';
import { valid } from '../../../shared/validation';
import { AutosaveField } from '../components/AutosaveField';
import { useNotify } from '../components/Notifications';
import { useFamilyCarePeriods, useFamilyGoalRatings } from '../db/carePeriodHooks';
import { formatDate, useLanguage } from '../i18n/i18n';
import { CarePeriodGoals } from './CarePeriodGoals';
import { childName } from './childName';
import { StartCarePeriodForm } from './StartCarePeriodForm';
import './carePeriod.css';
import { useCarePeriodCommands, CarePeriodRefusedError } from '../db/commands/carePeriodCommands';

export function CarePeriodSection({ family }: { family: Family }) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const session = commands.context;
  const periods = useFamilyCarePeriods(family.id);
  const ratings = useFamilyGoalRatings(family.id);
  // Just started here: the new care period's "New goal" field takes the focus once it is shown.
  const [started, setStarted] = useState(false);
  if (periods === undefined || ratings === undefined) return null;
  const groups = carePeriodsByChild(periods, family.children, format(session.now(), 'yyyy-MM-dd'));
  if (groups.length === 0) {
    return (
      <div className="care-period-start-link">
        <StartCarePeriod family={family} discreet onStarted={() => setStarted(true)} />
      </div>
    );
  }
  return (
    <section className="care-period" aria-labelledby="care-period-heading" data-testid="care-period">
      <h2 id="care-period-heading">{t('carePeriod.children.heading')}</h2>
      {groups.map((group) => (
        <ChildCarePeriodsView key={group.childId ?? 'none'} family={family} group={group} ratings={ratings} focusNewGoal={started} />
      ))}
      <StartCarePeriod family={family} discreet onStarted={() => setStarted(true)} />
    </section>
  );
}

/** The empty state of the meeting's goals panel, with the start form behind one button (`text` says why there is nothing). */
export function NoCarePeriod({ family, text, onStarted }: { family: Family; text: string; onStarted: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="care-period-empty">
      <p className="empty">{text}</p>
      <p className="help">{t('carePeriod.section.emptyHelp')}</p>
      <StartCarePeriod family={family} discreet={false} onStarted={onStarted} />
    </div>
  );
}

/** "Start a care period" and, once pressed, its form. `discreet`: a small button, not the page's main action. */
function StartCarePeriod({ family, discreet, onStarted }: { family: Family; discreet: boolean; onStarted: () => void }) {
  const { t } = useTranslation();
  // 'cancelled': the form was closed without starting, so the button takes the focus back.
  const [state, setState] = useState<'idle' | 'starting' | 'cancelled'>('idle');
  if (state === 'starting') {
    return (
      <StartCarePeriodForm
        family={family}
        onDone={(started) => {
          setState(started ? 'idle' : 'cancelled');
          if (started) onStarted();
        }}
      />
    );
  }
  return (
    <button type="button" className={discreet ? 'button quiet' : 'button primary'} autoFocus={state === 'cancelled'} onClick={() => setState('starting')}>
      {discreet ? t('carePeriod.children.startLink') : t('carePeriod.section.start')}
    </button>
  );
}

type ChildCarePeriodsViewProps = { family: Family; group: ChildCarePeriods<CarePeriod>; ratings: readonly GoalRating[]; focusNewGoal: boolean };

/** One child's care periods: the current one open, the others folded; or the care periods whose child is not set. */
function ChildCarePeriodsView({ family, group, ratings, focusNewGoal }: ChildCarePeriodsViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const child = family.children.find((candidate) => candidate.id === group.childId);
  const name = child ? childName(child) : t('carePeriod.children.childNotSet');
  return (
    <section className="care-period-child" aria-labelledby={`${id}-child`}>
      <h3 id={`${id}-child`}>{name}</h3>
      <CarePeriodView family={family} carePeriod={group.current} ratings={ratings} focusNewGoal={focusNewGoal} childSet={group.childId !== null} />
      {group.others.length > 0 && (
        <details className="care-period-others">
          <summary>{t('carePeriod.children.others', { name, count: group.others.length })}</summary>
          {group.others.map((carePeriod) => (
            <CarePeriodView key={carePeriod.id} family={family} carePeriod={carePeriod} ratings={ratings} focusNewGoal={false} childSet={group.childId !== null} />
          ))}
        </details>
      )}
    </section>
  );
}

type CarePeriodViewProps = { family: Family; carePeriod: CarePeriod; ratings: readonly GoalRating[]; focusNewGoal: boolean; childSet: boolean };

function CarePeriodView({ family, carePeriod, ratings, focusNewGoal, childSet }: CarePeriodViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const dates = { start: formatDate(carePeriod.start, language, 'short'), plannedEnd: formatDate(carePeriod.plannedEnd, language, 'short') };
  return (
    <article className="care-period-one" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('carePeriod.children.period', dates)}</h4>
      {!childSet && <SetChild family={family} carePeriod={carePeriod} />}
      <CarePeriodFields carePeriod={carePeriod} />
      <CarePeriodGoals carePeriod={carePeriod} ratings={ratings} focusNewGoal={focusNewGoal} />
    </article>
  );
}

/** For a care period saved without its child: whose it is. */
function SetChild({ family, carePeriod }: { family: Family; carePeriod: CarePeriod }) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const notify = useNotify();
  const id = useId();
  async function choose(childId: string) {
    const child = family.children.find((candidate) => candidate.id === childId);
    if (!child) return;
    try {
      await commands.setCarePeriodChild.orThrow(carePeriod.id, childId);
      notify({ message: (t) => t('carePeriod.children.childSet', { name: childName(child) }) });
    } catch (error) {
      commands.report(error);
    }
  }
  return (
    <div className="field care-period-set-child">
      <label htmlFor={id}>{t('carePeriod.children.setChild')}</label>
      <select id={id} value="" aria-describedby={`${id}-help`} onChange={(event) => void choose(event.target.value)}>
        <option value="">{t('carePeriod.children.chooseChild')}</option>
        {family.children.map((child) => (
          <option key={child.id} value={child.id}>
            {childName(child)}
          </option>
        ))}
      </select>
      <p className="help" id={`${id}-help`}>
        {family.children.length === 0 ? t('carePeriod.children.noChildren') : t('carePeriod.children.childNotSetHelp')}
      </p>
    </div>
  );
}

function CarePeriodFields({ carePeriod }: { carePeriod: CarePeriod }) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
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
        save={(start) => commands.setCarePeriodDates.orThrow(carePeriod.id, { start })}
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
        save={(plannedEnd) => commands.setCarePeriodDates.orThrow(carePeriod.id, { plannedEnd })}
        explainError={explain}
      />
      <AutosaveField
        label={t('carePeriod.section.unit')}
        help={t('carePeriod.section.unitHelp')}
        multiline={false}
        className="care-period-unit"
        stored={carePeriod.unit}
        validate={validateCarePeriodUnit}
        save={(unit) => commands.setCarePeriodUnit.orThrow(carePeriod.id, unit)}
        explainError={explain}
      />
    </div>
  );
}

const onlyStart = (result: ReturnType<typeof validateCarePeriodDates>) => (result.ok ? valid(result.value.start) : result);
const onlyEnd = (result: ReturnType<typeof validateCarePeriodDates>) => (result.ok ? valid(result.value.plannedEnd) : result);
