// A family's genogram (sukupuu), at #/families/<id>/genogram (docs/domain.md: Genogram): the drawing,
// laid out automatically in generations (shared/genogram/layout.ts), its legend, and the same content
// as a list. Everything is editable by keyboard: the toolbar adds people and lines; in the drawing
// arrow keys move between people, Shift+arrows nudge the selected one, 0 puts them back, Enter edits
// and Delete removes (with Undo); the list edits and removes every item too. Prints (or saves as PDF)
// as a document of its own.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format as formatDay } from 'date-fns';
import type { Family } from '../../../shared/family/family';
import { nudgePerson, putPerson, removeItem, removePerson, resetNudge } from '../../../shared/genogram/edit';
import { childrenNotInGenogram, emptyGenogram, peopleForChildren, withFamilyChildren, type Genogram } from '../../../shared/genogram/genogram';
import { layoutGenogram, neighbour } from '../../../shared/genogram/layout';
import { valid, type Validated } from '../../../shared/validation';
import { routeHref } from '../app/router';
import { useSession } from '../db/sessionContext';
import { useNotify } from '../components/Notifications';
import { TextWithCode } from '../components/TextWithCode';
import { useGenogram } from '../db/genogramHooks';
import type { GenogramRecord } from '../db/commands/genogramCommands';
import { useFamily } from '../db/hooks';
import { getPlatform } from '../platform/platform';
import { GenogramDialog, type GenogramFormTarget } from './GenogramForms';
import { GenogramDrawing } from './GenogramDrawing';
import { GenogramLegend } from './GenogramLegend';
import { GenogramList, type ListItemKind } from './GenogramList';
import { GenogramPrintView } from './GenogramPrintView';
import { useGenogramEdits } from './useGenogramEdits';
import './genogram.css';

const headingId = 'genogram-heading';
const keysId = 'genogram-keys';
/** Layout units per nudge: Shift+arrow, and with Alt a big step. */
const nudgeStep = 10;
const bigNudgeStep = 50;

export function GenogramScreen({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const family = useFamily(familyId);
  // Read beside the family, not after it, so the drawing does not wait for two reads in a row.
  const record = useGenogram(familyId);
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen genogram-screen">
        <h1 tabIndex={-1}>{t('genogram.screen.title')}</h1>
        <p className="empty" role="alert">
          {t('genogram.screen.notFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  return <GenogramPage family={family} record={record} />;
}

function GenogramPage({ family, record }: { family: Family; record: GenogramRecord | null | undefined }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const { save, remove } = useGenogramEdits(family.id);
  const stored = useMemo<Genogram>(() => record ?? emptyGenogram(), [record]);
  const genogram = useMemo(() => withFamilyChildren(stored, family.children), [stored, family.children]);
  const layout = useMemo(() => layoutGenogram(genogram), [genogram]);
  // The list (hundreds of controls for a large family) follows the drawing in a background render, so the drawing shows first.
  const listGenogram = useDeferredValue(genogram, noPeople);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [target, setTarget] = useState<GenogramFormTarget | null>(null);
  const [printing, setPrinting] = useState<Date | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<string | null>(null);
  const missingChildren = childrenNotInGenogram(genogram, family.children);
  const nameOf = (personId: string) => genogram.people.find((person) => person.id === personId)?.name ?? '?';

  // Focus follows the selection once the drawing shows it (after a keyboard move or a save).
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const element = document.querySelector<SVGGElement>(`.genogram-screen .gg-person[data-person-id="${CSS.escape(id)}"]`);
    if (element) {
      focusAfter.current = null;
      element.focus();
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  });

  const pdfName = () => t('genogram.screen.pdfName', { code: family.code, date: formatDay(session.now(), 'yyyy-MM-dd') });
  const print = () =>
    void getPlatform()
      .printToPdf(pdfName())
      .catch((error: unknown) => notify({ message: (t) => t('genogram.screen.printFailed', { reason: error instanceof Error ? error.message : String(error) }) }));
  useEffect(() => {
    if (printing) print();
  }, [printing]);

  const addFamilyChildren = async () => {
    const count = missingChildren.length;
    const outcome = await save((current) => {
      let next: Validated<Genogram> = valid(current);
      for (const person of peopleForChildren(current, family.children, () => crypto.randomUUID())) {
        if (!next.ok) break;
        next = putPerson(next.value, person);
      }
      return next;
    });
    if (outcome.ok) notify({ message: (t) => t('genogram.screen.familyChildrenAdded', { count }) });
    else if (outcome.issue) notify({ message: (t) => t(outcome.issue!.key, outcome.issue!.values) });
  };

  const removePersonById = useCallback(
    async (personId: string) => {
      const name = nameOf(personId);
      setTarget(null);
      const removed = await remove((current) => removePerson(current, personId), (t) => t('genogram.screen.removed', { name }));
      if (removed) {
        setSelectedId(null);
        document.getElementById(`${headingId}`)?.focus();
      }
    },
    [remove, genogram],
  );

  const editItem = (kind: ListItemKind, id: string) => {
    switch (kind) {
      case 'person':
        return setTarget({ kind: 'person', person: stored.people.find((person) => person.id === id) ?? null });
      case 'relationship':
        return setTarget({ kind: 'relationship', relationship: stored.relationships.find((entry) => entry.id === id) ?? null });
      case 'parents':
        return setTarget({ kind: 'parents', link: stored.parentLinks.find((entry) => entry.id === id) ?? null });
      case 'emotionalLine':
        return setTarget({ kind: 'emotionalLine', line: stored.emotionalLines.find((entry) => entry.id === id) ?? null });
      case 'household':
        return setTarget({ kind: 'household', household: stored.households.find((entry) => entry.id === id) ?? null });
    }
  };
  const removeListItem = (kind: ListItemKind, id: string, text: string) => {
    if (kind === 'person') return void removePersonById(id);
    const collection = ({ relationship: 'relationships', parents: 'parentLinks', emotionalLine: 'emotionalLines', household: 'households' } as const)[kind];
    void remove((current) => removeItem(current, collection, id), (t) => t('genogram.screen.itemRemoved', { what: text })).then((done) => {
      if (done) document.getElementById('genogram-list-heading')?.focus();
    });
  };

  const showInDrawing = (personId: string) => {
    setSelectedId(personId);
    focusAfter.current = personId;
  };

  const onPersonKey = (event: KeyboardEvent<SVGGElement>, personId: string) => {
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const direction = arrows[event.key];
    if (direction && event.shiftKey) {
      event.preventDefault();
      const step = event.altKey ? bigNudgeStep : nudgeStep;
      const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction];
      const name = nameOf(personId);
      void save((current) => valid(nudgePerson(current, personId, dx!, dy!))).then((outcome) => outcome.ok && setAnnouncement(t('genogram.drawing.moved', { name })));
      return;
    }
    if (direction) {
      event.preventDefault();
      const next = neighbour(layout, personId, direction);
      if (next) showInDrawing(next);
      return;
    }
    if (event.key === '0' || event.key === 'Home') {
      event.preventDefault();
      const name = nameOf(personId);
      void save((current) => valid(resetNudge(current, personId))).then((outcome) => outcome.ok && setAnnouncement(t('genogram.drawing.reset', { name })));
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      editItem('person', personId);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void removePersonById(personId);
    }
  };

  const onDone = (saved?: { personId: string; name: string } | null) => {
    const adding = target?.kind === 'person' && target.person === null;
    setTarget(null);
    if (saved) {
      setSelectedId(saved.personId);
      if (adding) notify({ message: (t) => t('genogram.screen.added', { name: saved.name }) });
    }
  };

  const twoPeople = genogram.people.length >= 2;
  const needTwo = () => notify({ message: (t) => t('genogram.screen.needTwoPeople') });
  const selected = selectedId ? genogram.people.find((person) => person.id === selectedId) : undefined;

  return (
    <div className={`screen genogram-screen${printing ? ' printing' : ''}`}>
      <p className="no-print gg-back">
        <a href={routeHref({ name: 'family', id: family.id })}>
          ← <TextWithCode text={t('genogram.screen.backToFamily', { code: family.code })} code={family.code} />
        </a>
      </p>
      <h1 tabIndex={-1} id={headingId} className="no-print">
        {t('genogram.screen.title')}{' '}
        <span className="subtitle">
          · <TextWithCode text={t('genogram.screen.subtitle', { code: family.code })} code={family.code} />
        </span>
      </h1>
      <div className="gg-toolbar no-print" role="group" aria-label={t('genogram.screen.actions')}>
        <button type="button" className="button primary" onClick={() => setTarget({ kind: 'person', person: null })}>
          + {t('genogram.screen.addPerson')}
        </button>
        {missingChildren.length > 0 && (
          <button type="button" className="button" onClick={() => void addFamilyChildren()}>
            + {t('genogram.screen.addFamilyChildren', { count: missingChildren.length })}
          </button>
        )}
        <button type="button" className="button" onClick={() => (twoPeople ? setTarget({ kind: 'parents', link: null, childId: selectedId ?? undefined }) : needTwo())}>
          + {t('genogram.screen.addParents')}
        </button>
        <button type="button" className="button" onClick={() => (twoPeople ? setTarget({ kind: 'relationship', relationship: null }) : needTwo())}>
          + {t('genogram.screen.addRelationship')}
        </button>
        <button type="button" className="button" onClick={() => (twoPeople ? setTarget({ kind: 'emotionalLine', line: null }) : needTwo())}>
          + {t('genogram.screen.addEmotionalLine')}
        </button>
        <button type="button" className="button" onClick={() => (genogram.people.length > 0 ? setTarget({ kind: 'household', household: null }) : needTwo())}>
          + {t('genogram.screen.addHousehold')}
        </button>
        {record !== undefined && genogram.people.length > 0 && (
          <button type="button" className="button" onClick={() => setPrinting(session.now())}>
            {t('genogram.screen.print')}
          </button>
        )}
      </div>

      {printing && (
        <GenogramPrintView code={family.code} genogram={genogram} layout={layout} now={printing} onPrint={print} onClose={() => setPrinting(null)} />
      )}

      {record === undefined ? null : genogram.people.length === 0 ? (
        <p className="empty gg-empty">{t('genogram.screen.empty')}</p>
      ) : (
        <div className="gg-body">
          <div className="gg-picture">
            <p className="help gg-keys" id={keysId}>
              {t('genogram.drawing.keys')}
            </p>
            <div className="gg-frame">
              <GenogramDrawing
                genogram={genogram}
                layout={layout}
                label={t('genogram.drawing.label', { code: family.code, count: genogram.people.length })}
                idPrefix="gg-screen"
                interaction={{ selectedId, onSelect: setSelectedId, onEdit: (id) => editItem('person', id), onPersonKey, keysId }}
              />
            </div>
            {selected && (selected.offset.x !== 0 || selected.offset.y !== 0) && (
              <button type="button" className="button quiet gg-reset" onClick={() => void save((current) => valid(resetNudge(current, selected.id)))}>
                {t('genogram.drawing.resetButton')}: {selected.name}
              </button>
            )}
            <p className="visually-hidden" role="status" aria-live="polite">
              {announcement}
            </p>
          </div>
          <GenogramLegend idPrefix="gg-screen" />
          <GenogramList genogram={listGenogram} idPrefix="genogram-list" onEdit={editItem} onRemove={removeListItem} onShow={showInDrawing} />
        </div>
      )}

      <GenogramDialog
        target={target}
        genogram={genogram}
        familyChildren={family.children}
        now={session.now()}
        onSave={save}
        onDone={onDone}
        onRemovePerson={(id) => void removePersonById(id)}
      />
    </div>
  );
}

const noPeople: Genogram = emptyGenogram();
