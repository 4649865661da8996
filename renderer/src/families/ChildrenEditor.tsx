// A family's children: pseudonym and birth year, edited in place and saved as typed; added with a
// small form; removed with an undo. A child with three-houses sessions is removed only after a
// confirmation that says the sessions go too (undo brings both back).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateBirthYear, validateChildPseudonym, type Child, type Family } from '../../../shared/family/family';
import { storageErrorText } from '../db/storageErrors';
import { AutosaveField } from '../components/AutosaveField';
import { TextField } from '../components/TextField';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFamilyCommands } from '../db/commands/familyCommands';

export function ChildrenEditor({ family }: { family: Family }) {
  const { t } = useTranslation();
  const commands = useFamilyCommands();
  const session = commands.context;

  // A child with sessions waits here for the confirmation.
  const [confirming, setConfirming] = useState<{ child: Child; sessions: number } | null>(null);

  async function askToRemove(child: Child) {
    const sessions = await commands.countChildSessions(family.id, child.id);
    if (sessions === undefined) return;
    if (sessions > 0) setConfirming({ child, sessions });
    else await remove(child);
  }

  async function remove(child: Child) {
    setConfirming(null);
    const removed = await commands.removeChild(family.id, child.id);
    if (!removed) return;
    const name = child.pseudonym || t('family.unnamedChild');
    commands.done((t) => t('family.childRemoved', { name }), { undo: () => commands.removeChild.undo(removed) });
  }

  return (
    <section aria-labelledby="children-heading" className="children">
      <h2 id="children-heading">{t('family.children')}</h2>
      {family.children.length === 0 && <p className="empty">{t('family.noChildren')}</p>}
      <ul className="child-list">
        {family.children.map((child) => (
          <li key={child.id} className="child-row">
            <AutosaveField
              label={t('family.childPseudonym')}
              help={null}
              multiline={false}
              className="child-pseudonym"
              stored={child.pseudonym}
              validate={validateChildPseudonym}
              save={(pseudonym) => commands.changeChild.orThrow(family.id, child.id, { pseudonym })}
              explainError={() => null}
            />
            <AutosaveField
              label={t('family.birthYear')}
              help={null}
              multiline={false}
              className="child-birth-year"
              stored={child.birthYear === null ? '' : String(child.birthYear)}
              validate={(raw) => validateBirthYear(raw, session.now())}
              save={(birthYear) => commands.changeChild.orThrow(family.id, child.id, { birthYear })}
              explainError={() => null}
            />
            <button type="button" className="button quiet" onClick={() => void askToRemove(child)}>
              {t('family.removeChild', { name: child.pseudonym || t('family.unnamedChild') })}
            </button>
          </li>
        ))}
      </ul>
      <AddChildForm family={family} />
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('family.removeChildTitle', { name: confirming?.child.pseudonym || t('family.unnamedChild') })}
        body={t('family.removeChildWithSessions', { count: confirming?.sessions ?? 0 })}
        confirmLabel={t('family.removeChildConfirm')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && void remove(confirming.child)}
      />
    </section>
  );
}

function AddChildForm({ family }: { family: Family }) {
  const { t } = useTranslation();
  const commands = useFamilyCommands();
  const session = commands.context;
  const [pseudonym, setPseudonym] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [error, setError] = useState<{ field: 'pseudonym' | 'birthYear' | 'form'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = validateChildPseudonym(pseudonym);
    const year = validateBirthYear(birthYear, session.now());
    if (!name.ok) {
      setError({ field: 'pseudonym', text: t(name.issue.key, name.issue.values) });
      return;
    }
    if (!year.ok) {
      setError({ field: 'birthYear', text: t(year.issue.key, year.issue.values) });
      return;
    }
    try {
      const child: Child = { id: crypto.randomUUID(), pseudonym: name.value, birthYear: year.value };
      await commands.addChild.orThrow(family.id, child);
      // Empty the form, unless the next child has been typed in while this one was being saved.
      setPseudonym((current) => (current === pseudonym ? '' : current));
      setBirthYear((current) => (current === birthYear ? '' : current));
      setError(null);
      document.getElementById('new-child-pseudonym')?.focus();
    } catch (caught) {
      setError({ field: 'form', text: storageErrorText(caught, t) });
    }
  }

  return (
    <form className="inline-form add-child" onSubmit={submit} noValidate aria-label={t('family.addChild')}>
      <TextField
        id="new-child-pseudonym"
        label={t('family.childPseudonym')}
        value={pseudonym}
        onChange={setPseudonym}
        help={null}
        error={error?.field === 'pseudonym' ? error.text : null}
      />
      <TextField
        id="new-child-birth-year"
        label={t('family.birthYear')}
        value={birthYear}
        onChange={setBirthYear}
        help={t('family.birthYearHelp')}
        error={error?.field === 'birthYear' ? error.text : null}
        inputMode="numeric"
      />
      <button type="submit" className="button">
        {t('family.addChild')}
      </button>
      {error?.field === 'form' && (
        <p className="error" role="alert">
          {error.text}
        </p>
      )}
    </form>
  );
}
