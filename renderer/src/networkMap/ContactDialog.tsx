// Adding or editing one contact of a network map, in a modal dialog (react-aria-components: focus
// stays inside, Escape cancels, focus returns to what opened it; a click outside does not close it,
// so a half-typed contact is not lost). Sector, distance, relation and kind are radio groups (arrow
// keys move within each); the team note is marked as the team's only.
import { useId, useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  contactKinds,
  networkDistances,
  networkSectors,
  relationQualities,
  validateContact,
  type NetworkContact,
  type NewContact,
} from '../../../shared/networkMap/networkMap';
import { TextField } from '../components/TextField';
import { useIssueText } from '../i18n/i18n';

type ContactDialogProps = {
  /** The contact to edit, or the new contact's starting values (with no id). */
  contact: NetworkContact | NewContact | null;
  /** Saves; resolves true when saved (the dialog then closes). */
  onSave: (value: NewContact) => Promise<boolean>;
  onCancel: () => void;
};

export function ContactDialog({ contact, onSave, onCancel }: ContactDialogProps) {
  const { t } = useTranslation();
  const editing = contact !== null && 'id' in contact;
  return (
    <ModalOverlay className="modal-overlay" isOpen={contact !== null} onOpenChange={(open) => !open && onCancel()} isDismissable={false}>
      <Modal className="modal nm-modal">
        <Dialog className="dialog nm-dialog">
          <Heading slot="title">{t(editing ? 'networkMap.form.editTitle' : 'networkMap.form.addTitle')}</Heading>
          {contact && <ContactForm key={editing ? (contact as NetworkContact).id : 'new'} contact={contact} editing={editing} onSave={onSave} onCancel={onCancel} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function ContactForm({ contact, editing, onSave, onCancel }: { contact: NetworkContact | NewContact; editing: boolean; onSave: ContactDialogProps['onSave']; onCancel: () => void }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const uid = useId();
  const id = (part: string) => `${uid}-${part}`;
  const { id: _id, ...start } = contact as NetworkContact;
  const [draft, setDraft] = useState<NewContact>(start);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const update = <K extends keyof NewContact>(key: K, value: NewContact[K]) => setDraft((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateContact(draft);
    if (!checked.ok) {
      setError(issueText(checked.issue));
      document.getElementById(id('name'))?.focus();
      return;
    }
    setBusy(true);
    const saved = await onSave(checked.value);
    setBusy(false);
    if (!saved) setError(null);
  }

  return (
    <form className="nm-form" onSubmit={submit} noValidate>
      <TextField id={id('name')} label={t('networkMap.form.name')} value={draft.name} onChange={(value) => update('name', value)} help={t('networkMap.form.nameHelp')} error={error} autoFocus />
      <TextField id={id('role')} label={t('networkMap.form.role')} value={draft.role} onChange={(value) => update('role', value)} help={null} error={null} />
      <div className="nm-form-choices">
        <RadioGroup name={id('sector')} legend={t('networkMap.form.sector')} options={networkSectors} value={draft.sector} text={(value) => t(`networkMap.sector.${value}`)} onChange={(value) => update('sector', value)} />
        <RadioGroup
          name={id('distance')}
          legend={t('networkMap.form.distance')}
          options={networkDistances}
          value={draft.distance}
          text={(value) => t(`networkMap.distance.d${value}`)}
          onChange={(value) => update('distance', value)}
        />
        <RadioGroup
          name={id('quality')}
          legend={t('networkMap.form.quality')}
          options={relationQualities}
          value={draft.quality}
          text={(value) => `${t(`networkMap.quality.${value}`)} (${t(`networkMap.qualityLine.${value}`)})`}
          onChange={(value) => update('quality', value)}
        />
        <RadioGroup name={id('kind')} legend={t('networkMap.form.kind')} options={contactKinds} value={draft.kind} text={(value) => t(`networkMap.kind.${value}`)} onChange={(value) => update('kind', value)} />
      </div>
      <TextField id={id('description')} label={t('networkMap.form.description')} value={draft.description} onChange={(value) => update('description', value)} help={null} error={null} multiline />
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={draft.ownWords} onChange={(event) => update('ownWords', event.target.checked)} aria-describedby={id('own-words-help')} /> {t('networkMap.form.ownWords')}
        </label>
        <p className="help" id={id('own-words-help')}>
          {t('networkMap.form.ownWordsHelp')}
        </p>
      </div>
      <TextField
        id={id('team-note')}
        label={t('networkMap.form.teamNote')}
        value={draft.teamNote}
        onChange={(value) => update('teamNote', value)}
        help={t('networkMap.form.teamNoteHelp')}
        error={null}
        multiline
        className="nm-team-note"
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('networkMap.form.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t(editing ? 'networkMap.form.save' : 'networkMap.form.add')}
        </button>
      </div>
    </form>
  );
}

function RadioGroup<T extends string | number>({
  name,
  legend,
  options,
  value,
  text,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  text: (value: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="nm-radio-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={String(option)}>
          <input type="radio" name={name} value={String(option)} checked={option === value} onChange={() => onChange(option)} /> {text(option)}
        </label>
      ))}
    </fieldset>
  );
}
