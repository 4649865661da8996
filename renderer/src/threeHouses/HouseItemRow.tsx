// One item of a house at the desk: the text, marked in words (and quotation marks) as the child's own
// words or as the worker's note, with edit (text and flag; a refused edit keeps the draft and says
// why) and remove (undone from the notification).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseItem } from '../../../shared/threeHouses/session';
import { TextArea } from '../components/TextField';

type HouseItemRowProps = {
  item: HouseItem;
  /** Resolves to null when saved, or the message to show (the draft stays). */
  onSave: (change: { text: string; verbatim: boolean }) => Promise<string | null>;
  onRemove: () => void;
};

export function ItemText({ item }: { item: HouseItem }) {
  const { t } = useTranslation();
  return (
    <span className={`house-item-text ${item.verbatim ? 'verbatim' : 'worker-note'}`}>
      <span className="house-item-flag">{item.verbatim ? t('threeHouses.item.verbatim') : t('threeHouses.item.workerNote')}:</span>{' '}
      {item.verbatim ? <q>{item.text}</q> : <span>{item.text}</span>}
    </span>
  );
}

export function HouseItemRow({ item, onSave, onRemove }: HouseItemRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [verbatim, setVerbatim] = useState(item.verbatim);
  const [problem, setProblem] = useState<string | null>(null);

  function startEditing() {
    setText(item.text);
    setVerbatim(item.verbatim);
    setProblem(null);
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await onSave({ text, verbatim });
    setProblem(result);
    if (result === null) setEditing(false);
  }

  if (editing) {
    return (
      <li className="house-item editing">
        <form onSubmit={save} className="house-item-edit">
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('threeHouses.desk.itemText2')}</label>
            <TextArea
              id={`${id}-text`}
              rows={2}
              value={text}
              autoFocus
              onChange={(event) => setText(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-error` : undefined}
            />
          </div>
          <label className="inline-check">
            <input type="checkbox" checked={verbatim} onChange={(event) => setVerbatim(event.target.checked)} />
            {t('threeHouses.desk.addVerbatim')}
          </label>
          {problem && (
            <p className="error" id={`${id}-error`} role="alert">
              {problem}
            </p>
          )}
          <div className="house-item-actions">
            <button type="submit" className="button primary">
              {t('threeHouses.desk.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('threeHouses.desk.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="house-item" data-verbatim={item.verbatim}>
      <ItemText item={item} />
      <span className="house-item-actions">
        <button type="button" className="button quiet" aria-label={t('threeHouses.desk.editLabel', { text: item.text })} onClick={startEditing}>
          {t('threeHouses.desk.edit')}
        </button>
        <button type="button" className="button quiet" aria-label={t('threeHouses.desk.removeLabel', { text: item.text })} onClick={onRemove}>
          {t('threeHouses.desk.remove')}
        </button>
      </span>
    </li>
  );
}
