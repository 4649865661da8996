// The family's large view of a network map (drawing it together with the family in the room): the
// whole window is the map, drawn large, with big, simple buttons to add a person or a place and to
// move one closer or further, change how the relation is, or take it off (with Undo). Nothing of the
// team's own is here: no team notes, no descriptions typed by the team, no other map, no family code.
// Like three houses' child mode, the shell renders only this while the lock is set (childModeLock.ts),
// whatever the address becomes, and leaving takes the worker and the team's passphrase (WorkerExit).
// What the family adds is marked as in its own words (docs/domain.md: Network map). The calm frame
// (child-mode, child-button) is child mode's stylesheet, which comes with WorkerExit.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addContact,
  blankContact,
  networkDistances,
  networkSectors,
  relationQualities,
  validateContactName,
  type NetworkContact,
  type NetworkDistance,
  type NetworkSector,
  type RelationQuality,
} from '../../../shared/networkMap/networkMap';
import { routeHref } from '../app/router';
import { NotificationsProvider } from '../components/Notifications';
import { TextInput } from '../components/TextField';
import { useFamily } from '../db/hooks';
import { useNetworkMap } from '../db/networkMapHooks';
import { useIssueText } from '../i18n/i18n';
import { getPlatform } from '../platform/platform';
import { clearChildModeLock, WorkerExit, type NetworkMapFamilyLock } from '../threeHouses';
import { useCentreName } from './contactText';
import { NetworkMapDrawing } from './NetworkMapDrawing';
import { NetworkMapLegend } from './NetworkMapLegend';
import { useNetworkMapEdits } from './useNetworkMapEdits';
import './networkMap.css';

export function NetworkMapFamilyScreen({ lock }: { lock: NetworkMapFamilyLock }) {
  return (
    <NotificationsProvider fillsWindow>
      <FamilyView lock={lock} />
    </NotificationsProvider>
  );
}

type Panel = { kind: 'start' } | { kind: 'add' } | { kind: 'contact'; id: string };

function FamilyView({ lock }: { lock: NetworkMapFamilyLock }) {
  const { t } = useTranslation();
  const map = useNetworkMap(lock.mapId);
  const family = useFamily(lock.familyId);
  const centreName = useCentreName();
  const [panel, setPanel] = useState<Panel>({ kind: 'start' });
  // Once the panel has changed, each new panel takes the focus (the one it replaced is gone).
  const moved = useRef(false);
  useEffect(() => {
    return () => {
      moved.current = true;
    };
  }, [panel.kind]);
  const leaving = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const familyHref = routeHref({ name: 'networkMaps', familyId: lock.familyId, view: { kind: 'family', mapId: lock.mapId } });

  // The back button, a typed address or Alt+Left change the address: put the family view's back.
  useEffect(() => {
    const keep = () => {
      if (!leaving.current && window.location.hash !== familyHref) window.history.replaceState(null, '', familyHref);
    };
    keep();
    window.addEventListener('hashchange', keep);
    window.addEventListener('popstate', keep);
    return () => {
      window.removeEventListener('hashchange', keep);
      window.removeEventListener('popstate', keep);
    };
  }, [familyHref]);

  function leave() {
    leaving.current = true;
    // The address first, then the lock: the shell then opens the map at the desk.
    window.location.hash = routeHref({ name: 'networkMaps', familyId: lock.familyId, view: { kind: 'map', mapId: lock.mapId } });
    clearChildModeLock();
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  const fullScreenAvailable = getPlatform().kind === 'browser' && typeof document.documentElement.requestFullscreen === 'function';
  const contact = panel.kind === 'contact' && map ? (map.contacts.find((candidate) => candidate.id === panel.id) ?? null) : null;
  // A chosen contact that was on the map and is gone (taken off, here or in another window): back to the start.
  // One just added is not on the map until the read after the write, so only a contact seen before counts.
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (contact) seen.current = contact.id;
    else if (panel.kind === 'contact' && map && seen.current === panel.id) setPanel({ kind: 'start' });
  }, [panel, map, contact]);

  // The family's own view never shows its pseudonym code: the family in the centre is "The family".
  const centre = !map || !family ? '' : map.centre.kind === 'family' ? t('networkMap.centre.family') : centreName(family, map.centre);
  return (
    <main className="child-mode nm-family" id="main">
      <div className="child-mode-top">
        <div />
        <h1 className="child-mode-heading" tabIndex={-1} ref={heading}>
          {t('networkMap.family.title')}
        </h1>
        <div className="child-mode-worker-tools">
          {fullScreenAvailable && (
            <button type="button" className="worker-exit-passphrase" onClick={() => document.documentElement.requestFullscreen().catch(() => undefined)}>
              {t('threeHouses.childMode.fullScreen')}
            </button>
          )}
          <WorkerExit onLeave={leave} />
        </div>
      </div>
      <div className="nm-family-main">
        {map === null && <p className="child-house-empty">{t('networkMap.screen.notFound')}</p>}
        {map && (
          <>
            <div className="nm-family-picture">
              <NetworkMapDrawing
                contacts={map.contacts}
                centre={centre}
                label={t('networkMap.screen.drawingLabel', { count: map.contacts.length, centre })}
                selectedId={contact?.id ?? null}
                onSelect={(id) => setPanel({ kind: 'contact', id })}
                selectOnFocus={false}
                large
              />
              {map.contacts.length === 0 && <p className="nm-family-empty">{t('networkMap.family.empty')}</p>}
            </div>
            <div className="nm-family-panel">
              {panel.kind === 'start' && (
                <StartPanel contacts={map.contacts} focusAdd={moved.current} onAdd={() => setPanel({ kind: 'add' })} onChoose={(id) => setPanel({ kind: 'contact', id })} />
              )}
              {panel.kind === 'add' && <AddPanel mapId={map.id} onDone={(id) => setPanel(id ? { kind: 'contact', id } : { kind: 'start' })} />}
              {contact && <ContactPanel mapId={map.id} contact={contact} onDone={() => setPanel({ kind: 'start' })} />}
              <NetworkMapLegend large />
            </div>
          </>
        )}
      </div>
    </main>
  );
}

function StartPanel({ contacts, focusAdd, onAdd, onChoose }: { contacts: readonly NetworkContact[]; focusAdd: boolean; onAdd: () => void; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const add = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAdd) add.current?.focus();
  }, [focusAdd]);
  return (
    <section aria-labelledby="nm-family-who">
      <h2 id="nm-family-who">{t('networkMap.family.who')}</h2>
      <button type="button" className="child-button nm-big-add" onClick={onAdd} ref={add}>
        + {t('networkMap.family.add')}
      </button>
      {contacts.length > 0 && (
        <ul className="nm-family-contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="nm-big-choice" onClick={() => onChoose(contact.id)}>
                {contact.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AddPanel({ mapId, onDone }: { mapId: string; onDone: (addedId: string | null) => void }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const uid = useId();
  const { apply } = useNetworkMapEdits(mapId);
  const [name, setName] = useState('');
  const [sector, setSector] = useState<NetworkSector>('family');
  const [distance, setDistance] = useState<NetworkDistance>(1);
  const [quality, setQuality] = useState<RelationQuality>('supports');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateContactName(name);
    if (!checked.ok) {
      setError(issueText(checked.issue));
      document.getElementById(`${uid}-name`)?.focus();
      return;
    }
    const id = crypto.randomUUID();
    // What the family says goes down in its own words.
    const saved = await apply(
      (map) => addContact(map, id, { ...blankContact(sector), name: checked.value, distance, quality, ownWords: true }),
      (t) => t('networkMap.screen.contactAdded', { name: checked.value }),
    );
    if (saved) onDone(id);
  }

  return (
    <form className="nm-family-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>{t('networkMap.family.add')}</h2>
      <div className="nm-family-field">
        <label htmlFor={`${uid}-name`}>{t('networkMap.family.name')}</label>
        <TextInput
          id={`${uid}-name`}
          className="nm-family-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : undefined}
        />
        {error && (
          <p className="error" id={`${uid}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <BigChoice legend={t('networkMap.family.sector')} options={networkSectors} value={sector} text={(value) => t(`networkMap.sector.${value}`)} onChange={setSector} />
      <BigChoice legend={t('networkMap.family.distance')} options={networkDistances} value={distance} text={(value) => t(`networkMap.distance.d${value}`)} onChange={setDistance} />
      <BigChoice legend={t('networkMap.family.quality')} options={relationQualities} value={quality} text={(value) => t(`networkMap.quality.${value}`)} onChange={setQuality} />
      <div className="nm-family-actions">
        <button type="button" className="child-button" onClick={() => onDone(null)}>
          {t('networkMap.family.cancel')}
        </button>
        <button type="submit" className="child-button primary">
          {t('networkMap.family.save')}
        </button>
      </div>
    </form>
  );
}

function ContactPanel({ mapId, contact, onDone }: { mapId: string; contact: NetworkContact; onDone: () => void }) {
  const { t } = useTranslation();
  const { apply, remove } = useNetworkMapEdits(mapId);
  const heading = useRef<HTMLHeadingElement>(null);
  // A contact chosen or just added: the focus goes to what can now be done with it.
  useEffect(() => heading.current?.focus(), [contact.id]);
  const change = (fields: Partial<NetworkContact>) =>
    void apply((map) => {
      const index = map.contacts.findIndex((candidate) => candidate.id === contact.id);
      if (index < 0) return { ok: false, issue: { key: 'networkMap.validation.contactGone', values: {} } };
      const contacts = [...map.contacts];
      contacts[index] = { ...contacts[index]!, ...fields };
      return { ok: true, value: { ...map, contacts } };
    });
  return (
    <section className="nm-family-contact" aria-labelledby="nm-family-chosen">
      <h2 id="nm-family-chosen" tabIndex={-1} ref={heading}>
        {t('networkMap.family.selected', { name: contact.name })}
      </h2>
      <div className="nm-family-actions">
        <button type="button" className="child-button" disabled={contact.distance === 1} onClick={() => change({ distance: (contact.distance - 1) as NetworkDistance })}>
          ↑ {t('networkMap.family.closer')}
        </button>
        <button type="button" className="child-button" disabled={contact.distance === 3} onClick={() => change({ distance: (contact.distance + 1) as NetworkDistance })}>
          ↓ {t('networkMap.family.further')}
        </button>
      </div>
      <BigChoice legend={t('networkMap.family.quality')} options={relationQualities} value={contact.quality} text={(value) => t(`networkMap.quality.${value}`)} onChange={(quality) => change({ quality })} />
      <BigChoice legend={t('networkMap.family.sector')} options={networkSectors} value={contact.sector} text={(value) => t(`networkMap.sector.${value}`)} onChange={(sector) => change({ sector })} />
      <div className="nm-family-actions">
        <button type="button" className="child-button" onClick={onDone}>
          {t('networkMap.family.cancel')}
        </button>
        <button
          type="button"
          className="child-button nm-family-remove"
          onClick={() =>
            void remove(contact).then((removed) => {
              if (removed) onDone();
            })
          }
        >
          {t('networkMap.family.remove')}
        </button>
      </div>
    </section>
  );
}

/** One choice as a row of big toggle buttons (the chosen one pressed). */
function BigChoice<T extends string | number>({ legend, options, value, text, onChange }: { legend: string; options: readonly T[]; value: T; text: (value: T) => string; onChange: (value: T) => void }) {
  return (
    <fieldset className="nm-big-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <button key={String(option)} type="button" className="nm-big-choice" aria-pressed={option === value} onClick={() => onChange(option)}>
          {text(option)}
        </button>
      ))}
    </fieldset>
  );
}
