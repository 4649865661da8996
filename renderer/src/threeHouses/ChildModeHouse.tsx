// One house in child mode, drawn as a house: a soft roof with the house's name on a sign, and the
// body holding what the child said. Closed (the overview of three) it shows the items and the
// drawing small, with a big door to open it; open, it has a big field and button to add the child's
// words, a way to give the house a name, take something away (undoable), and a big drawing surface.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseId } from '../../../shared/threeHouses/session';
import type { ThreeHousesSessionRecord } from '../db/commands/threeHousesCommands';
import { DrawingCanvas } from './DrawingCanvas';
import { DrawingImage } from './DrawingImage';
import { useHouseName } from './sessionFormat';
import { useHouseEdits } from './useHouseEdits';
import { TextArea, TextInput } from '../components/TextField';

/** The roof and chimney; `wide` for the one open house, so the chimney keeps its shape. */
function Roof({ wide }: { wide: boolean }) {
  const width = wide ? 1200 : 400;
  return (
    <svg className="child-house-roof" viewBox={`0 0 ${width} 130`} preserveAspectRatio="none" aria-hidden="true">
      <rect x={width * 0.73} y="14" width="34" height="70" rx="6" className="child-house-chimney" />
      <path d={`M12 126 L${width / 2} 10 L${width - 12} 126 Z`} className="child-house-roof-shape" strokeLinejoin="round" />
    </svg>
  );
}

type ChildModeHouseProps = {
  record: ThreeHousesSessionRecord;
  houseId: HouseId;
  open: boolean;
  onOpen: () => void;
};

export function ChildModeHouse({ record, houseId, open, onOpen }: ChildModeHouseProps) {
  const { t } = useTranslation();
  const id = useId();
  const house = record.houses[houseId];
  const name = useHouseName()(houseId, house);
  const edits = useHouseEdits(record.id, 'child');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState('');
  const [renameProblem, setRenameProblem] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await edits.add(houseId, text, true);
    setProblem(result);
    if (result === null) setText('');
  }

  async function rename(event: FormEvent) {
    event.preventDefault();
    const result = await edits.rename(houseId, newName);
    setRenameProblem(result);
    if (result === null) setRenaming(false);
  }

  const items = (
    <ul className="child-house-items">
      {house.items.map((item) => (
        <li key={item.id}>
          <span className="child-house-item-text">{item.text}</span>
          {open && (
            <button
              type="button"
              className="child-round-button"
              aria-label={t('threeHouses.childMode.removeItem', { text: item.text })}
              onClick={() => void edits.remove(houseId, item.id, name)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <section className={`child-house child-house-${houseId}${open ? ' child-house-open' : ''}`} aria-labelledby={`${id}-name`} data-house={houseId}>
      <div className="child-house-top">
        <Roof wide={open} />
        <h2 className="child-house-name" id={`${id}-name`}>
          {name}
        </h2>
      </div>
      <div className="child-house-body">
        {!open && (
          <>
            {house.items.length === 0 ? <p className="child-house-empty">{t('threeHouses.childMode.nothingYet')}</p> : items}
            {house.drawing && <DrawingImage encoded={house.drawing} label={t('threeHouses.drawing.label', { house: name })} className="child-house-thumb" />}
            <button type="button" className="child-house-door" aria-label={t('threeHouses.childMode.openHouse', { house: name })} onClick={onOpen}>
              {t('threeHouses.childMode.door')}
            </button>
          </>
        )}
        {open && (
          <div className="child-house-open-grid">
            <div className="child-house-words">
              {renaming ? (
                <form className="child-rename" onSubmit={rename} noValidate>
                  <label htmlFor={`${id}-rename`}>{t('threeHouses.childMode.renameLabel')}</label>
                  <TextInput
                    id={`${id}-rename`}
                    autoFocus
                    value={newName}
                    onChange={(event) => setNewName(event.target.value)}
                    aria-invalid={renameProblem ? true : undefined}
                    aria-describedby={renameProblem ? `${id}-rename-error` : undefined}
                  />
                  {renameProblem && (
                    <p className="error" id={`${id}-rename-error`} role="alert">
                      {renameProblem}
                    </p>
                  )}
                  <div className="child-row">
                    <button type="submit" className="child-button primary">
                      {t('threeHouses.childMode.renameSave')}
                    </button>
                    <button type="button" className="child-button" onClick={() => setRenaming(false)}>
                      {t('threeHouses.childMode.renameCancel')}
                    </button>
                  </div>
                </form>
              ) : (
                <button
                  type="button"
                  className="child-button"
                  onClick={() => {
                    setNewName(house.name);
                    setRenameProblem(null);
                    setRenaming(true);
                  }}
                >
                  ✎ {t('threeHouses.childMode.rename')}
                </button>
              )}
              {house.items.length === 0 ? <p className="child-house-empty">{t('threeHouses.childMode.nothingYet')}</p> : items}
              <form className="child-add" onSubmit={add} noValidate>
                <label htmlFor={`${id}-add`}>{t('threeHouses.childMode.write', { house: name })}</label>
                <TextArea
                  id={`${id}-add`}
                  rows={2}
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    setProblem(null);
                  }}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-add-error` : undefined}
                />
                {problem && (
                  <p className="error" id={`${id}-add-error`} role="alert">
                    {problem}
                  </p>
                )}
                <button type="submit" className="child-button primary child-add-button">
                  + {t('threeHouses.childMode.add')}
                </button>
              </form>
            </div>
            <div className="child-house-drawing">
              <p className="child-draw-label">{t('threeHouses.childMode.draw')}</p>
              <DrawingCanvas encoded={house.drawing} houseName={name} size="child" onSave={(encoded) => edits.saveDrawing(houseId, encoded)} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
