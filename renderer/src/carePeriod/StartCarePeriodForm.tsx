// "Start a care period": the child who is the patient (the only child by default), the start (today
// by default), the planned end and the unit, checked before anything is saved (a child, a real date,
// the end not before the start, a unit, no other care period of the child at that time); what was
// typed stays in the form with the message when something is refused. Used on the family page and
// in the meeting's goals panel.
import { useId, useState, type FormEvent } from 'react';
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { validateCarePeriodDate, validateCarePeriodDates, validateCarePeriodUnit } from '../../../shared/carePeriod/carePeriod';
import { storageErrorText } from '../db/storageErrors';
import { TextField } from '../components/TextField';
import { useNotify } from '../components/Notifications';
import type { Family } from '../../../shared/family/family';
import { childName } from './childName';
import { useCarePeriodCommands, CarePeriodExistsError, CarePeriodRefusedError } from '../db/commands/carePeriodCommands';

type Field = 'child' | 'start' | 'plannedEnd' | 'unit' | 'form';

export function StartCarePeriodForm({ family, onDone }: { family: Family; onDone: (started: boolean) => void }) {
  const { t } = useTranslation();
  const commands = useCarePeriodCommands();
  const session = commands.context;
  const notify = useNotify();
  const id = useId();
  const [start, setStart] = useState(() => format(session.now(), 'yyyy-MM-dd'));
  const [plannedEnd, setPlannedEnd] = useState('');
  const [unit, setUnit] = useState('');
  const [childId, setChildId] = useState(() => (family.children.length === 1 ? family.children[0]!.id : ''));
  const [error, setError] = useState<{ field: Field; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const refuse = (field: Field, text: string) => {
    setError({ field, text });
    if (field !== 'form') document.getElementById(`${id}-${field}`)?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!family.children.some((child) => child.id === childId)) return refuse('child', t('carePeriod.children.chooseChild'));
    const first = validateCarePeriodDate(start);
    if (!first.ok) return refuse('start', t(first.issue.key, first.issue.values));
    const dates = validateCarePeriodDates(start, plannedEnd);
    if (!dates.ok) return refuse('plannedEnd', t(dates.issue.key, dates.issue.values));
    const name = validateCarePeriodUnit(unit);
    if (!name.ok) return refuse('unit', t(name.issue.key, name.issue.values));
    setBusy(true);
    try {
      await commands.createCarePeriod.orThrow({ familyId: family.id, childId, ...dates.value, unit: name.value });
      notify({ message: (t) => t('carePeriod.section.created') });
      onDone(true);
    } catch (caught) {
      setBusy(false);
      if (caught instanceof CarePeriodExistsError) refuse('start', t('carePeriod.children.exists'));
      else if (caught instanceof CarePeriodRefusedError) refuse('form', t(caught.issue.key, caught.issue.values));
      else refuse('form', storageErrorText(caught, t));
    }
  }

  const errorOf = (field: Field) => (error?.field === field ? error.text : null);
  if (family.children.length === 0) {
    return (
      <div className="care-period-start">
        <p>{t('carePeriod.children.noChildren')}</p>
        <button type="button" className="button" autoFocus onClick={() => onDone(false)}>
          {t('carePeriod.section.cancel')}
        </button>
      </div>
    );
  }
  return (
    <form className="care-period-start" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('carePeriod.section.startTitle')}</h3>
      <div className="care-period-fields">
        <div className="field">
          <label htmlFor={`${id}-child`}>{t('carePeriod.children.child')}</label>
          <select
            id={`${id}-child`}
            value={childId}
            onChange={(event) => setChildId(event.target.value)}
            aria-invalid={errorOf('child') ? true : undefined}
            aria-describedby={`${id}-child-help${errorOf('child') ? ` ${id}-child-error` : ''}`}
          >
            {family.children.length > 1 && <option value="">{t('carePeriod.children.chooseChild')}</option>}
            {family.children.map((child) => (
              <option key={child.id} value={child.id}>
                {childName(child)}
              </option>
            ))}
          </select>
          <p className="help" id={`${id}-child-help`}>
            {t('carePeriod.children.childHelp')}
          </p>
          {errorOf('child') && (
            <p className="error" id={`${id}-child-error`} role="alert">
              {errorOf('child')}
            </p>
          )}
        </div>
        <DateInput id={`${id}-start`} label={t('carePeriod.section.startDate')} value={start} onChange={setStart} error={errorOf('start')} />
        <DateInput id={`${id}-plannedEnd`} label={t('carePeriod.section.plannedEnd')} value={plannedEnd} onChange={setPlannedEnd} error={errorOf('plannedEnd')} />
        <TextField
          id={`${id}-unit`}
          label={t('carePeriod.section.unit')}
          value={unit}
          onChange={setUnit}
          help={t('carePeriod.section.unitHelp')}
          error={errorOf('unit')}
        />
      </div>
      {error?.field === 'form' && (
        <p className="error" role="alert">
          {error.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('carePeriod.section.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('carePeriod.section.create')}
        </button>
      </div>
    </form>
  );
}

function DateInput({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | null }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
