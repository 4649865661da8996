// A family's network maps (verkostokartta), at #/families/<id>/network-maps: the list of the
// family's maps (newest first, each with its centre, date and number of contacts), making a new one
// and deleting one with undo; …/network-maps/<mapId> is one map at the desk (NetworkMapDesk), and
// …/<mapId>/family the family's large view, which the shell shows alone once entered
// (NetworkMapFamilyScreen; docs/domain.md: Network map).
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { newNetworkMap, validateMapDate, validateMapTitle, type NetworkCentre } from '../../../shared/networkMap/networkMap';
import { navigate, parseRoute, routeHref, type NetworkMapView } from '../app/router';
import { useSession } from '../db/sessionContext';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifications';
import { TextField } from '../components/TextField';
import { TextWithCode } from '../components/TextWithCode';
import { useFamily } from '../db/hooks';
import { useNetworkMap, useNetworkMaps } from '../db/networkMapHooks';
import { createNetworkMap, deleteNetworkMap, restoreNetworkMap, type NetworkMapRecord } from '../db/commands/networkMapCommands';
import { useIssueText } from '../i18n/i18n';
import { setChildModeLock } from '../threeHouses';
import { useCentreName, useMapName } from './contactText';
import { NetworkMapDesk } from './NetworkMapDesk';
import { localDay, useDayFormat } from './useDayFormat';
import { networkMapErrorText } from './useNetworkMapEdits';
import './networkMap.css';

export function NetworkMapsScreen({ familyId, view }: { familyId: string; view: NetworkMapView }) {
  const { t } = useTranslation();
  const family = useFamily(familyId);
  // The map is read beside the family, not after it, so the drawing waits for one read, not two in turn.
  const map = useNetworkMap(view.kind === 'list' ? '' : view.mapId);
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen network-maps">
        <h1 tabIndex={-1}>{t('networkMap.list.title')}</h1>
        <p className="empty" role="alert">
          {t('networkMap.list.notFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  if (view.kind === 'list') return <NetworkMapList family={family} />;
  return (
    <>
      {view.kind === 'family' && <EnterFamilyView familyId={family.id} mapId={view.mapId} />}
      <NetworkMapDesk family={family} map={map} />
    </>
  );
}

/** The family-view address opened directly: the family view starts (the shell then shows only it). */
function EnterFamilyView({ familyId, mapId }: { familyId: string; mapId: string }) {
  useEffect(() => {
    // Not when the address has already moved on (leaving the family view sets it before clearing the lock).
    const route = parseRoute(window.location.hash);
    if (route.name === 'networkMaps' && route.view.kind === 'family') setChildModeLock({ tool: 'networkMap', familyId, mapId });
  }, [familyId, mapId]);
  return null;
}

function NetworkMapList({ family }: { family: Family }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const maps = useNetworkMaps(family.id);
  const mapName = useMapName();
  const centreName = useCentreName();
  const day = useDayFormat();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<NetworkMapRecord | null>(null);

  async function remove(map: NetworkMapRecord) {
    setDeleting(null);
    const name = mapName(family, map);
    try {
      const row = await deleteNetworkMap(session, map.id);
      document.getElementById('network-maps-heading')?.focus();
      if (!row) return;
      notify({
        familyId: family.id,
        message: (t) => t('networkMap.list.deleted', { name }),
        action: {
          label: (t) => t('networkMap.list.undo'),
          run: async () => {
            try {
              await restoreNetworkMap(session, row);
              notify({ message: (t) => t('networkMap.list.restored', { name }) });
            } catch (error) {
              notify({ message: (t) => networkMapErrorText(error, t) });
            }
          },
        },
      });
    } catch (error) {
      notify({ message: (t) => networkMapErrorText(error, t) });
    }
  }

  return (
    <div className="screen network-maps">
      <p className="nm-back">
        <a href={routeHref({ name: 'family', id: family.id })}>
          ← <TextWithCode text={t('networkMap.list.backToFamily', { code: family.code })} code={family.code} />
        </a>
      </p>
      <h1 tabIndex={-1} id="network-maps-heading">
        {t('networkMap.list.title')}{' '}
        <span className="subtitle">
          · <TextWithCode text={t('networkMap.list.subtitle', { code: family.code })} code={family.code} />
        </span>
      </h1>
      <p className="help nm-intro">{t('networkMap.list.intro')}</p>
      <p>
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          + {t('networkMap.list.newMap')}
        </button>
      </p>
      {maps !== undefined && maps.length === 0 && <p className="empty">{t('networkMap.list.empty')}</p>}
      {maps !== undefined && maps.length > 0 && (
        <ul className="nm-map-list" aria-labelledby="network-maps-heading">
          {maps.map((map) => (
            <li key={map.id} className="card nm-map-card" data-testid="network-map-card">
              <h2>
                <a href={routeHref({ name: 'networkMaps', familyId: family.id, view: { kind: 'map', mapId: map.id } })}>{mapName(family, map)}</a>
              </h2>
              <p className="muted">
                {t('networkMap.centre.heading')}: {centreName(family, map.centre)} · {day(map.date)} · {t('networkMap.list.contacts', { count: map.contacts.length })}
                {map.drawnWithFamily && <span className="nm-badge"> {t('networkMap.list.drawnWithFamilyBadge')}</span>}
              </p>
              <button type="button" className="button danger-subtle" onClick={() => setDeleting(map)} aria-label={`${t('networkMap.list.deleteMap')}: ${mapName(family, map)}`}>
                {t('networkMap.list.deleteMap')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <NewMapDialog family={family} isOpen={creating} onDone={() => setCreating(false)} />
      <ConfirmDialog
        isOpen={deleting !== null}
        title={deleting ? t('networkMap.list.deleteTitle', { name: mapName(family, deleting) }) : ''}
        body={t('networkMap.list.deleteBody')}
        confirmLabel={t('networkMap.list.deleteConfirm')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void remove(deleting)}
      />
    </div>
  );
}

function NewMapDialog({ family, isOpen, onDone }: { family: Family; isOpen: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onDone()} isDismissable={false}>
      <Modal className="modal nm-modal">
        <Dialog className="dialog nm-dialog">
          <Heading slot="title">{t('networkMap.list.newMapTitle')}</Heading>
          <NewMapForm family={family} onDone={onDone} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function NewMapForm({ family, onDone }: { family: Family; onDone: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const issueText = useIssueText();
  const uid = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDay(session.now()));
  const [centre, setCentre] = useState<string>(family.children.length === 1 ? family.children[0]!.id : 'family');
  const [withFamily, setWithFamily] = useState(false);
  const [errors, setErrors] = useState<{ title: string | null; date: string | null }>({ title: null, date: null });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checkedTitle = validateMapTitle(title);
    const checkedDate = validateMapDate(date, session.now());
    setErrors({ title: checkedTitle.ok ? null : issueText(checkedTitle.issue), date: checkedDate.ok ? null : issueText(checkedDate.issue) });
    if (!checkedTitle.ok || !checkedDate.ok) return;
    const mapCentre: NetworkCentre = centre === 'family' ? { kind: 'family' } : { kind: 'child', childId: centre };
    setBusy(true);
    try {
      const id = await createNetworkMap(session, {
        familyId: family.id,
        map: newNetworkMap({ date: checkedDate.value, title: checkedTitle.value, centre: mapCentre, drawnWithFamily: withFamily }),
      });
      notify({ message: (t) => t('networkMap.list.created') });
      onDone();
      navigate({ name: 'networkMaps', familyId: family.id, view: { kind: 'map', mapId: id } });
    } catch (error) {
      setBusy(false);
      notify({ message: (t) => networkMapErrorText(error, t) });
    }
  }

  return (
    <form className="nm-form" onSubmit={submit} noValidate>
      <fieldset className="nm-radio-group">
        <legend>{t('networkMap.list.centre')}</legend>
        <label>
          <input type="radio" name={`${uid}-centre`} value="family" checked={centre === 'family'} onChange={() => setCentre('family')} /> {t('networkMap.centre.familyCode', { code: family.code })}
        </label>
        {family.children.map((child) => (
          <label key={child.id}>
            <input type="radio" name={`${uid}-centre`} value={child.id} checked={centre === child.id} onChange={() => setCentre(child.id)} />{' '}
            {t('networkMap.centre.child', { name: child.pseudonym || t('family.unnamedChild') })}
          </label>
        ))}
      </fieldset>
      <TextField id={`${uid}-date`} label={t('networkMap.list.date')} type="date" value={date} onChange={setDate} help={null} error={errors.date} />
      <TextField id={`${uid}-title`} label={t('networkMap.list.mapTitle')} value={title} onChange={setTitle} help={t('networkMap.list.mapTitleHelp')} error={errors.title} />
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={withFamily} onChange={(event) => setWithFamily(event.target.checked)} /> {t('networkMap.list.drawnWithFamily')}
        </label>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('networkMap.list.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('networkMap.list.create')}
        </button>
      </div>
    </form>
  );
}
