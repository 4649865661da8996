// One house of a session at the desk: the child's name for it (autosaved; empty = its default
// name), its items with the own-words flag (add, edit, remove with undo), and its drawing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateHouseName, type HouseId } from '../../../shared/threeHouses/session';
import { renameHouse } from '../../../shared/threeHouses/session';
import { AutosaveField } from '../components/AutosaveField';
import type { ThreeHousesSessionRecord } from '../db/commands/threeHousesCommands';
import { DrawingCanvas } from './DrawingCanvas';
import { HouseItemRow } from './HouseItemRow';
import { useHouseName } from './sessionFormat';
import { useHouseEdits } from './useHouseEdits';
import { explainRefusal, useSessionUpdate } from './useSessionEdit';
import { TextArea } from '../components/TextField';

export function HouseDesk({ record, houseId }: { record: ThreeHousesSessionRecord; houseId: HouseId }) {
  const { t } = useTranslation();
  const id = useId();
  const house = record.houses[houseId];
  const name = useHouseName()(houseId, house);
  const defaultName = t(`threeHouses.house.${houseId}`);
  const edits = useHouseEdits(record.id, 'desk');
  const update = useSessionUpdate(record.id);
  const [text, setText] = useState('');
  const [verbatim, setVerbatim] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await edits.add(houseId, text, verbatim);
    setProblem(result);
    if (result === null) setText('');
  }

  return (
    <section className={`card house-desk house-${houseId}`} aria-labelledby={`${id}-heading`} data-house={houseId}>
      <div className="house-desk-words">
      <h3 id={`${id}-heading`}>{house.name.trim() !== '' ? t('threeHouses.renamedHouse', { name, defaultName }) : name}</h3>
      <AutosaveField
        label={t('threeHouses.session.houseName')}
        help={t('threeHouses.session.houseNameHelp', { defaultName })}
        multiline={false}
        className="house-name-field"
        stored={house.name}
        validate={validateHouseName}
        save={(value) => update((current) => renameHouse(current, houseId, value))}
        explainError={explainRefusal}
      />
      {house.items.length === 0 ? (
        <p className="empty">{t('threeHouses.session.noItems')}</p>
      ) : (
        <ul className="house-items">
          {house.items.map((item) => (
            <HouseItemRow
              key={item.id}
              item={item}
              onSave={(change) => edits.update(houseId, item.id, change)}
              onRemove={() => void edits.remove(houseId, item.id, name)}
            />
          ))}
        </ul>
      )}
      <form className="house-add" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={`${id}-item`}>{t('threeHouses.desk.itemText', { house: name })}</label>
          <TextArea
            id={`${id}-item`}
            rows={2}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-item-help${problem ? ` ${id}-item-error` : ''}`}
          />
          <p className="help" id={`${id}-item-help`}>
            {t('threeHouses.item.verbatimHelp')}
          </p>
          {problem && (
            <p className="error" id={`${id}-item-error`} role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="house-add-row">
          <label className="inline-check">
            <input type="checkbox" checked={verbatim} onChange={(event) => setVerbatim(event.target.checked)} />
            {t('threeHouses.desk.addVerbatim')}
          </label>
          <button type="submit" className="button primary">
            {t('threeHouses.desk.add')}
          </button>
        </div>
      </form>
      </div>
      <div className="house-desk-drawing">
        <DrawingCanvas encoded={house.drawing} houseName={name} size="desk" onSave={(encoded) => edits.saveDrawing(houseId, encoded)} />
      </div>
    </section>
  );
}
