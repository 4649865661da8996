// One network map at the desk (#/families/<id>/network-maps/<mapId>): the drawing with full keyboard
// editing (Tab to a contact; arrows up/down change its distance, left/right its sector, Q its
// relation, Enter edits, Delete removes with Undo), the same contacts as a table for screen readers
// and for editing, the legend, the map's details (title, whether it has been gone through with the
// family or may be shown to network partners, the team's notes; each saves itself), print or PDF of
// the team's or the family's version, and the way into the family's large view
// (docs/domain.md: Network map).
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format as formatDay } from 'date-fns';
import type { Family } from '../../../shared/family/family';
import {
  addContact,
  blankContact,
  stepDistance,
  stepQuality,
  stepSector,
  updateContact,
  validateMapNotes,
  validateMapTitle,
  type NetworkContact,
  type NewContact,
} from '../../../shared/networkMap/networkMap';
import { valid } from '../../../shared/validation';
import { navigate, routeHref } from '../app/router';
import { useSession } from '../db/sessionContext';
import { AutosaveField } from '../components/AutosaveField';
import { useNotify } from '../components/Notifications';
import { TextWithCode } from '../components/TextWithCode';
import { NetworkMapRefusedError, updateNetworkMap, type NetworkMapRecord } from '../db/commands/networkMapCommands';
import { getPlatform } from '../platform/platform';
import { setChildModeLock } from '../threeHouses';
import { ContactDialog } from './ContactDialog';
import { useCentreName, useMapName } from './contactText';
import { NetworkMapDrawing, type DrawnContact } from './NetworkMapDrawing';
import { NetworkMapLegend } from './NetworkMapLegend';
import { NetworkMapPrintView } from './NetworkMapPrintView';
import { useNetworkMapEdits } from './useNetworkMapEdits';

/** `map`: the map as read (undefined while loading, null once it is gone). */
export function NetworkMapDesk({ family, map }: { family: Family; map: NetworkMapRecord | null | undefined }) {
  const { t } = useTranslation();
  const back = (
    <p className="nm-back no-print">
      <a href={routeHref({ name: 'networkMaps', familyId: family.id, view: { kind: 'list' } })}>← {t('networkMap.screen.backToList')}</a>
    </p>
  );
  if (map === undefined) return null;
  if (map === null || map.familyId !== family.id) {
    return (
      <div className="screen network-map">
        {back}
        <h1 tabIndex={-1}>{t('networkMap.screen.title')}</h1>
        <p className="empty" role="alert">
          {t('networkMap.screen.notFound')}
        </p>
      </div>
    );
  }
  return <DeskPage family={family} map={map} back={back} />;
}

type DialogState = { kind: 'closed' } | { kind: 'add'; start: NewContact } | { kind: 'edit'; contact: NetworkContact };

function DeskPage({ family, map, back }: { family: Family; map: NetworkMapRecord; back: React.ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const { apply, remove } = useNetworkMapEdits(map.id);
  const centreName = useCentreName();
  const mapName = useMapName();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'closed' });
  const [printing, setPrinting] = useState<{ at: Date; version: 'team' | 'family' } | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const centre = centreName(family, map.centre);
  const name = mapName(family, map);
  const selected = map.contacts.find((contact) => contact.id === selectedId) ?? null;

  const pdfName = () => t('networkMap.screen.pdfName', { code: family.code, date: formatDay(session.now(), 'yyyy-MM-dd') });
  const print = () =>
    void getPlatform()
      .printToPdf(pdfName())
      .catch((error: unknown) => notify({ message: (t) => t('networkMap.screen.printFailed', { reason: error instanceof Error ? error.message : String(error) }) }));
  // The print view is drawn first, then printed; it stays (on screen only) until closed.
  useEffect(() => {
    if (printing) print();
  }, [printing]);

  const focusContact = (id: string) =>
    requestAnimationFrame(() => document.querySelector<SVGGElement>(`.network-map [data-testid="network-map-drawing"] [data-contact-id="${CSS.escape(id)}"]`)?.focus());

  async function save(value: NewContact): Promise<boolean> {
    if (dialog.kind === 'edit') {
      const id = dialog.contact.id;
      const saved = await apply((current) => updateContact(current, id, value), (t) => t('networkMap.screen.contactSaved', { name: value.name }));
      if (saved) {
        setDialog({ kind: 'closed' });
        setSelectedId(id);
      }
      return saved;
    }
    const id = crypto.randomUUID();
    const saved = await apply((current) => addContact(current, id, value), (t) => t('networkMap.screen.contactAdded', { name: value.name }));
    if (saved) {
      setDialog({ kind: 'closed' });
      setSelectedId(id);
    }
    return saved;
  }

  const removeOne = useCallback(
    async (contact: NetworkContact) => {
      const index = map.contacts.findIndex((candidate) => candidate.id === contact.id);
      const next = map.contacts[index + 1] ?? map.contacts[index - 1] ?? null;
      if (await remove(contact)) {
        setSelectedId(next?.id ?? null);
        if (next) focusContact(next.id);
        else addButton.current?.focus();
      }
    },
    [map.contacts, remove],
  );

  /** One keyboard step on a contact in the drawing, said aloud through the notification bar. */
  function move(contact: NetworkContact, change: Partial<NewContact>) {
    const after = { ...contact, ...change };
    void apply(
      (current) => updateContact(current, contact.id, change),
      (t) =>
        t('networkMap.screen.contactMoved', {
          name: contact.name,
          sector: t(`networkMap.sector.${after.sector}`),
          distance: t(`networkMap.distanceShort.d${after.distance}`),
          quality: t(`networkMap.quality.${after.quality}`).toLocaleLowerCase(),
        }),
    );
  }

  const onContactKeyDown = (event: KeyboardEvent<SVGGElement>, drawn: DrawnContact) => {
    const contact = map.contacts.find((candidate) => candidate.id === drawn.id);
    if (!contact || event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowUp':
        handled();
        if (contact.distance > 1) move(contact, { distance: stepDistance(contact.distance, -1) });
        return;
      case 'ArrowDown':
        handled();
        if (contact.distance < 3) move(contact, { distance: stepDistance(contact.distance, 1) });
        return;
      case 'ArrowLeft':
        handled();
        move(contact, { sector: stepSector(contact.sector, -1) });
        return;
      case 'ArrowRight':
        handled();
        move(contact, { sector: stepSector(contact.sector, 1) });
        return;
      case 'q':
      case 'Q':
        handled();
        move(contact, { quality: stepQuality(contact.quality, event.shiftKey ? -1 : 1) });
        return;
      case 'Enter':
      case 'F2':
        handled();
        setDialog({ kind: 'edit', contact });
        return;
      case 'Delete':
      case 'Backspace':
        handled();
        void removeOne(contact);
        return;
    }
  };

  function startFamilyView() {
    setChildModeLock({ tool: 'networkMap', familyId: family.id, mapId: map.id });
    // Full screen if the browser allows it (it needs this click); the family view works without it too.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate({ name: 'networkMaps', familyId: family.id, view: { kind: 'family', mapId: map.id } });
  }

  const drawingLabel = t('networkMap.screen.drawingLabel', { count: map.contacts.length, centre });
  const contacts = useMemo(() => map.contacts, [map.contacts]);
  // The table follows the drawing in a background render, so the drawing shows first.
  const tableContacts = useDeferredValue(contacts, noContacts);
  return (
    <div className={`screen network-map${printing ? ' printing' : ''}`}>
      {back}
      <h1 tabIndex={-1} id="network-map-heading" className="no-print">
        {t('networkMap.screen.title')}{' '}
        <span className="subtitle">
          · {name} · <TextWithCode text={t('networkMap.list.subtitle', { code: family.code })} code={family.code} />
        </span>
      </h1>
      <div className="nm-toolbar no-print">
        <button type="button" className="button primary" ref={addButton} onClick={() => setDialog({ kind: 'add', start: blankContact(selected?.sector ?? 'family') })}>
          + {t('networkMap.screen.addContact')}
        </button>
        <button type="button" className="button" onClick={startFamilyView} aria-describedby="nm-family-view-help">
          {t('networkMap.screen.familyView')}
        </button>
        <button type="button" className="button" onClick={() => setPrinting({ at: session.now(), version: 'team' })}>
          {t('networkMap.screen.print')}
        </button>
        <button type="button" className="button" onClick={() => setPrinting({ at: session.now(), version: 'family' })}>
          {t('networkMap.screen.printFamily')}
        </button>
      </div>
      <p className="help no-print" id="nm-family-view-help">
        {t('networkMap.screen.familyViewHelp')}
      </p>

      {printing && (
        <NetworkMapPrintView
          title={`${t('networkMap.screen.title')}: ${name} (${family.code})`}
          code={family.code}
          centre={centre}
          map={map}
          version={printing.version}
          now={printing.at}
          onPrint={print}
          onClose={() => setPrinting(null)}
        />
      )}

      <div className="nm-desk">
        <figure className="nm-figure">
          <NetworkMapDrawing
            contacts={contacts}
            centre={centre}
            label={drawingLabel}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onContactKeyDown={onContactKeyDown}
          />
          <figcaption className="help" id="nm-drawing-help">
            {map.contacts.length === 0 ? t('networkMap.screen.emptyMap', { centre }) : t('networkMap.screen.drawingHelp')}
          </figcaption>
        </figure>
        <div className="nm-side no-print">
          <NetworkMapLegend />
          <MapDetails map={map} />
        </div>
      </div>

      <ContactTable
        contacts={tableContacts}
        empty={contacts.length === 0}
        centre={centre}
        selectedId={selectedId}
        onEdit={(contact) => setDialog({ kind: 'edit', contact })}
        onRemove={(contact) => void removeOne(contact)}
      />

      <ContactDialog
        contact={dialog.kind === 'add' ? dialog.start : dialog.kind === 'edit' ? dialog.contact : null}
        onSave={save}
        onCancel={() => setDialog({ kind: 'closed' })}
      />
    </div>
  );
}

const noContacts: readonly NetworkContact[] = [];

/** A refusal by the domain is shown under the field; anything else is a storage error. */
const explainRefusal = (error: unknown) => (error instanceof NetworkMapRefusedError ? error.issue : null);

function MapDetails({ map }: { map: NetworkMapRecord }) {
  const { t } = useTranslation();
  const session = useSession();
  const { apply } = useNetworkMapEdits(map.id);
  return (
    <section className="nm-details" aria-labelledby="nm-details-heading">
      <h2 id="nm-details-heading">{t('networkMap.screen.details')}</h2>
      <AutosaveField
        label={t('networkMap.list.mapTitle')}
        help={t('networkMap.list.mapTitleHelp')}
        multiline={false}
        className=""
        stored={map.title}
        validate={validateMapTitle}
        save={async (title: string) => void (await updateNetworkMap(session, map.id, (current) => valid({ ...current, title })))}
        explainError={explainRefusal}
      />
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={map.shownToFamily} onChange={(event) => void apply((current) => valid({ ...current, shownToFamily: event.target.checked }))} aria-describedby="nm-shown-help" />{' '}
          {t('networkMap.screen.shownToFamily')}
        </label>
        <p className="help" id="nm-shown-help">
          {t('networkMap.screen.shownToFamilyHelp')}
        </p>
      </div>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={map.sharedWithNetwork}
            onChange={(event) => void apply((current) => valid({ ...current, sharedWithNetwork: event.target.checked }))}
            aria-describedby="nm-shared-help"
          />{' '}
          {t('networkMap.screen.sharedWithNetwork')}
        </label>
        <p className="help" id="nm-shared-help">
          {t('networkMap.screen.sharedWithNetworkHelp')}
        </p>
      </div>
      <AutosaveField
        label={t('networkMap.screen.teamNotes')}
        help={t('networkMap.screen.teamNotesHelp')}
        multiline
        className="nm-team-note"
        stored={map.teamNotes}
        validate={validateMapNotes}
        save={async (teamNotes: string) => void (await updateNetworkMap(session, map.id, (current) => valid({ ...current, teamNotes })))}
        explainError={explainRefusal}
      />
    </section>
  );
}

/** The same contacts as the drawing, as a table: what a screen reader reads, and editing without the drawing. */
function ContactTable({
  contacts,
  empty,
  centre,
  selectedId,
  onEdit,
  onRemove,
}: {
  contacts: readonly NetworkContact[];
  /** Whether the map has no contacts (the table's own list may still be catching up). */
  empty: boolean;
  centre: string;
  selectedId: string | null;
  onEdit: (contact: NetworkContact) => void;
  onRemove: (contact: NetworkContact) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="nm-list no-print" aria-labelledby="nm-list-heading">
      <h2 id="nm-list-heading" tabIndex={-1}>
        {t('networkMap.screen.listHeading')}
      </h2>
      {contacts.length === 0 ? (
        empty && <p className="empty">{t('networkMap.screen.emptyMap', { centre })}</p>
      ) : (
        <table className="nm-table" data-testid="network-map-table">
          <thead>
            <tr>
              <th scope="col">{t('networkMap.form.name')}</th>
              <th scope="col">{t('networkMap.form.sector')}</th>
              <th scope="col">{t('networkMap.form.distance')}</th>
              <th scope="col">{t('networkMap.form.quality')}</th>
              <th scope="col">{t('networkMap.form.description')}</th>
              <th scope="col">{t('networkMap.form.teamNote')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('networkMap.screen.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id} className={contact.id === selectedId ? 'selected' : undefined} data-contact-id={contact.id}>
                <th scope="row">
                  {contact.name}
                  {contact.role && <span className="muted"> ({contact.role})</span>}
                  <span className="muted"> · {t(`networkMap.kind.${contact.kind}`)}</span>
                </th>
                <td>{t(`networkMap.sector.${contact.sector}`)}</td>
                <td>{t(`networkMap.distance.d${contact.distance}`)}</td>
                <td>{t(`networkMap.quality.${contact.quality}`)}</td>
                <td>
                  {contact.description}
                  {contact.ownWords && <span className="nm-own-words-tag"> ({t('networkMap.screen.ownWordsMark')})</span>}
                </td>
                <td>{contact.teamNote}</td>
                <td className="nm-row-actions">
                  <button type="button" className="button small" onClick={() => onEdit(contact)} aria-label={`${t('networkMap.screen.edit')}: ${contact.name}`}>
                    {t('networkMap.screen.edit')}
                  </button>
                  <button type="button" className="button small" onClick={() => onRemove(contact)} aria-label={`${t('networkMap.screen.remove')}: ${contact.name}`}>
                    {t('networkMap.screen.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
