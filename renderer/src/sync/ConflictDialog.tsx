// "Changed on another computer": one record's fields that this computer and another changed
// differently, both versions side by side, and a choice per field (docs/domain.md: Changed on another
// computer). A modal dialog (react-aria-components: focus stays inside, Escape cancels, focus goes
// back to "Compare and choose"). Keeping saves the choice through the sync engine; Cancel, Escape or
// a failed save leave both versions kept, as they were.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useNotify } from '../components/Notifications';
import { useSync } from '../db/syncContext';
import type { ConflictField, ConflictView } from '../db/syncTypes';
import { formatDate, useLanguage } from '../i18n/i18n';
import { useText, type Translate } from '../i18n/keys';
import type { Language } from '../../../shared/i18n/messages';
import { wordDiff } from '../../../shared/hypothesis/wordDiff';
import { fieldLabel, keyLabel, recordName, statusName } from './conflictFields';
import './sync.css';

type Side = 'thisComputer' | 'otherComputer';

export type ConflictDialogProps = {
  /** The conflict to show (a `SyncConflictEntry.id`); null: closed. */
  conflictId: string | null;
  /** After keeping the chosen versions ('kept'), or on Cancel / Escape / Close. */
  onClose: (outcome: 'kept' | 'cancelled') => void;
};

export function ConflictDialog({ conflictId, onClose }: ConflictDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={conflictId !== null} onOpenChange={(open) => !open && onClose('cancelled')} isDismissable={false}>
      <Modal className="modal sync-conflict-modal">
        <Dialog className="dialog sync-conflict-dialog">{conflictId !== null && <ConflictForm key={conflictId} conflictId={conflictId} onClose={onClose} />}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}

type Loaded = { state: 'loading' } | { state: 'failed'; reason: string } | { state: 'open'; view: ConflictView };

function ConflictForm({ conflictId, onClose }: ConflictDialogProps & { conflictId: string }) {
  const t = useText();
  const sync = useSync();
  const notify = useNotify();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [choice, setChoice] = useState<Side[]>([]);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    sync.openConflict(conflictId).then(
      (view) => {
        if (!current) return;
        setLoaded({ state: 'open', view });
        setChoice(view.fields.map(() => 'thisComputer'));
      },
      (error: unknown) => current && setLoaded({ state: 'failed', reason: reasonOf(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opened once per conflict: the engine's object changes with its status, the conflict does not
  }, [conflictId]);

  const title = <Heading slot="title">{t('syncConflict.dialog.title')}</Heading>;

  if (loaded.state !== 'open') {
    return (
      <>
        {title}
        {loaded.state === 'loading' ? (
          <p role="status">{t('syncConflict.dialog.loading')}</p>
        ) : (
          <p className="error" role="alert">
            {t('syncConflict.dialog.openFailed', { reason: loaded.reason })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => onClose('cancelled')}>
            {t('syncConflict.dialog.close')}
          </button>
        </div>
      </>
    );
  }

  const { view } = loaded;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setSaveError(null);
    try {
      await sync.resolveConflict(view.id, choice);
      notify({ message: (translate) => translate('syncConflict.dialog.saved') });
      onClose('kept');
    } catch (error) {
      setSaveError(reasonOf(error));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {title}
      <p className="sync-conflict-subject">{recordName(view, t)}</p>
      <p>{view.fields.length === 0 ? t('syncConflict.dialog.noFields') : t('syncConflict.dialog.intro', { count: view.fields.length })}</p>
      {view.fields.some(comparesTexts) && (
        <p className="help sync-conflict-legend">
          <mark className="sync-only-here">{t('syncConflict.dialog.markedLegend')}</mark> {t('syncConflict.dialog.marked')}
        </p>
      )}
      <div className="sync-conflict-fields">
        {view.fields.map((field, index) => (
          // Two other computers can each differ from this one at the same place: the index keeps the keys apart.
          <fieldset key={`${index}:${JSON.stringify(field.path)}`} className="sync-conflict-field">
            <legend>{fieldLabel(view.table, field.path, t)}</legend>
            <div className="sync-versions">
              {(['thisComputer', 'otherComputer'] as const).map((side) => {
                const valueId = `${id}-${index}-${side}`;
                const chosen = choice[index] === side;
                const pick = () => setChoice((previous) => previous.map((value, at) => (at === index ? side : value)));
                return (
                  // A click anywhere on a version picks it; the radio button is how the keyboard picks.
                  <div key={side} className="sync-version" data-chosen={chosen || undefined} onClick={pick}>
                    <label className="sync-version-choice">
                      <input type="radio" name={`${id}-field-${index}`} checked={chosen} onChange={pick} aria-describedby={valueId} disabled={saving} />
                      <span>{t(`syncConflict.dialog.${side}`)}</span>
                    </label>
                    <div id={valueId} className="sync-value">
                      <ConflictValue field={field} side={side} />
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      {saveError !== null && (
        <p className="error" role="alert">
          {t('syncConflict.dialog.saveFailed', { reason: saveError })}
        </p>
      )}
      <p className="help">{t('syncConflict.dialog.cancelHelp')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onClose('cancelled')}>
          {t('syncConflict.dialog.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? t('syncConflict.dialog.saving') : t('syncConflict.dialog.keep')}
        </button>
      </div>
    </form>
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One version of a field: text as typed (line breaks kept) with the words that only this version
 * has marked, numbers, dates, and lists and objects summarised.
 */
function ConflictValue({ field, side }: { field: ConflictField; side: Side }) {
  const t = useText();
  const language = useLanguage();
  const value = side === 'thisComputer' ? field.thisComputer : field.otherComputer;
  if (value === undefined) return <p className="sync-value-absent">{t('syncConflict.value.removed')}</p>;
  const key = field.path[field.path.length - 1];
  const { thisComputer, otherComputer } = field;
  if (comparesTexts(field) && isPlainText(thisComputer) && isPlainText(otherComputer)) {
    // Diffed from the other version to this one, so the parts kept are exactly this version's text
    // (a word diff keeps the spacing of the text it goes to) and the added ones are what only it has.
    const [from, to] = side === 'thisComputer' ? [otherComputer, thisComputer] : [thisComputer, otherComputer];
    return (
      <span className="sync-text">
        {wordDiff(from, to).map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <mark key={index} className="sync-only-here">
              {part.text}
            </mark>
          ) : null,
        )}
      </span>
    );
  }
  return <>{showValue(value, typeof key === 'string' ? key : null, 0, t, language)}</>;
}

/** Both versions are texts to compare word by word (a status is a word from a list, shown translated). */
function comparesTexts(field: ConflictField): boolean {
  return isPlainText(field.thisComputer) && isPlainText(field.otherComputer) && field.path[field.path.length - 1] !== 'status';
}

/** A text that is neither empty nor an instant or a day (those are shown as dates). */
function isPlainText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !isoInstant.test(value) && !isoDay.test(value);
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function showValue(value: unknown, key: string | null, depth: number, t: Translate, language: Language) {
  if (value === null || value === undefined || value === '') return <span className="sync-value-empty">{t('syncConflict.value.empty')}</span>;
  if (typeof value === 'boolean') return <span>{t(value ? 'syncConflict.value.yes' : 'syncConflict.value.no')}</span>;
  if (typeof value === 'number') {
    if (key?.endsWith('At') && Number.isFinite(value) && value > 0) return <span>{formatDate(new Date(value).toISOString(), language, 'longWithTime')}</span>;
    return <span>{new Intl.NumberFormat(language).format(value)}</span>;
  }
  if (typeof value === 'string') {
    if (isoInstant.test(value) && !Number.isNaN(Date.parse(value))) return <span>{formatDate(value, language, 'longWithTime')}</span>;
    if (isoDay.test(value) && !Number.isNaN(Date.parse(value))) return <span>{formatDate(value, language, 'long')}</span>;
    const status = key === 'status' ? statusName(value, t) : null;
    return <span className="sync-text">{status ?? value}</span>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="sync-value-empty">{t('syncConflict.value.emptyList')}</span>;
    if (depth >= 2) return <span>{t('syncConflict.value.entries', { count: value.length })}</span>;
    return (
      <ul className="sync-value-list">
        {value.map((item, index) => (
          <li key={index}>{showValue(item, null, depth + 1, t, language)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    // Ids mean nothing to a reader; the names kept beside them do.
    const entries = Object.entries(value as Record<string, unknown>).filter(([name]) => name !== 'id' && !name.endsWith('Id'));
    if (depth >= 2) return <span>{t('syncConflict.value.entries', { count: entries.length })}</span>;
    return (
      <dl className="sync-value-object">
        {entries.map(([name, inner]) => (
          <div key={name}>
            <dt>{keyLabel(name, t)}</dt>
            <dd>{showValue(inner, name, depth + 1, t, language)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}
