// Starting a new three-houses session with a child: the date (today unless changed; not in the
// future, not before the child's birth year) and the worker, chosen from the team or typed.
// Problems are shown at their field and nothing typed is lost; once saved the session opens.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Family } from '../../../shared/family/family';
import { limits } from '../../../shared/limits';
import { newSession, validateSessionDate } from '../../../shared/threeHouses/session';
import { validateText } from '../../../shared/validation';
import { navigate } from '../app/router';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { useMembers } from '../db/hooks';
import { localDay } from './sessionFormat';
import { TextInput } from '../components/TextField';
import { useThreeHousesCommands, ThreeHousesRefusedError } from '../db/commands/threeHousesCommands';

const someoneElse = '__other__';

export function NewSessionForm({ family, child, childId, childName }: { family: Family; child: Child | null; childId: string; childName: string }) {
  const { t } = useTranslation();
  const commands = useThreeHousesCommands();
  const session = commands.context;
  const notify = useNotify();
  const members = useMembers();
  const id = useId();
  const active = (members ?? []).filter((member) => member.status === 'active');
  const [date, setDate] = useState(() => localDay(session.now()));
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ date?: string; worker?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  if (child === null) return null;
  // The family's responsible worker is the first guess; otherwise the first active member.
  const defaultMember = active.find((member) => member.id === family.responsibleMemberId) ?? active[0];
  const choice = picked ?? (defaultMember ? defaultMember.id : someoneElse);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checkedDate = validateSessionDate(date, child!.birthYear, session.now());
    const member = active.find((entry) => entry.id === choice);
    const name = member ? { ok: true as const, value: member.name } : validateText(typed, { max: limits.memberName, required: true });
    const found = {
      date: checkedDate.ok ? undefined : t(checkedDate.issue.key, checkedDate.issue.values),
      worker: name.ok ? undefined : typed.trim() === '' ? t('threeHouses.newSession.workerRequired') : t(name.issue.key, name.issue.values),
    };
    setErrors(found);
    if (!checkedDate.ok) return document.getElementById(`${id}-date`)?.focus();
    if (!name.ok) return document.getElementById(`${id}-worker-name`)?.focus();
    setBusy(true);
    try {
      const sessionId = await commands.createThreeHousesSession.orThrow({
        familyId: family.id,
        session: newSession({ childId, date: checkedDate.value, worker: { memberId: member?.id ?? null, name: name.value } }),
      });
      notify({ message: (t) => t('threeHouses.newSession.created') });
      navigate({ name: 'threeHouses', familyId: family.id, childId, view: { kind: 'session', sessionId } });
    } catch (error) {
      setErrors({ form: error instanceof ThreeHousesRefusedError ? t(error.issue.key, error.issue.values) : storageErrorText(error, t) });
      setBusy(false);
    }
  }

  return (
    <section className="card three-houses-new" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t('threeHouses.newSession.heading')} <span className="subtitle">· {childName}</span>
      </h2>
      <form onSubmit={submit} noValidate>
        <div className="three-houses-new-fields">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('threeHouses.newSession.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={errors.date ? `${id}-date-error` : undefined}
            />
            {errors.date && (
              <p className="error" id={`${id}-date-error`} role="alert">
                {errors.date}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-worker`}>{t('threeHouses.newSession.worker')}</label>
            <select id={`${id}-worker`} value={choice} onChange={(event) => setPicked(event.target.value)}>
              {active.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
              <option value={someoneElse}>{t('threeHouses.newSession.someoneElse')}</option>
            </select>
          </div>
          {choice === someoneElse && (
            <div className="field">
              <label htmlFor={`${id}-worker-name`}>{t('threeHouses.newSession.workerName')}</label>
              <TextInput
                id={`${id}-worker-name`}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                aria-invalid={errors.worker ? true : undefined}
                aria-describedby={errors.worker ? `${id}-worker-error` : undefined}
              />
              {errors.worker && (
                <p className="error" id={`${id}-worker-error`} role="alert">
                  {errors.worker}
                </p>
              )}
            </div>
          )}
        </div>
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {t('threeHouses.newSession.create')}
        </button>
      </form>
    </section>
  );
}
