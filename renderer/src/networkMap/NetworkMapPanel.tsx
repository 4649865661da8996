// The family's network map in a deep dive's presentation phase (the meeting's capture-tool panel):
// the latest map (its name, date and contacts, drawn small), whether the room may see it with the
// people present (docs/domain.md: Network map), a choice to put it on the room's screen, and a way to
// the family's maps. The presenter edits the map on its own screen; this panel only shows it.
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { latestNetworkMap } from '../../../shared/networkMap/roomView';
import { routeHref } from '../app/router';
import { useNetworkMaps } from '../db/networkMapHooks';
import { useCentreName, useMapName } from './contactText';
import { NetworkMapDrawing } from './NetworkMapDrawing';
import { useDayFormat } from './useDayFormat';
import './networkMap.css';

type NetworkMapPanelProps = {
  family: Family;
  /** The room's-screen choice (the meeting's toggle), when the phase offers the room's screen. */
  roomToggle?: React.ReactNode;
};

export function NetworkMapPanel({ family, roomToggle }: NetworkMapPanelProps) {
  const { t } = useTranslation();
  const maps = useNetworkMaps(family.id);
  const mapName = useMapName();
  const centreName = useCentreName();
  const day = useDayFormat();
  if (!maps) return null;
  const latest = latestNetworkMap(maps);
  return (
    <section className="run-panel run-network-map" aria-labelledby="run-network-map-heading">
      <div className="run-panel-head">
        <h2 id="run-network-map-heading">{t('networkMap.panel.heading')}</h2>
        {latest && roomToggle}
      </div>
      {!latest ? (
        <p className="empty">{t('networkMap.panel.none')}</p>
      ) : (
        <>
          <p>{t('networkMap.panel.latest', { name: mapName(family, latest), count: latest.contacts.length })}</p>
          <p className="help">
            {latest.shownToFamily ? t('networkMap.screen.shownToFamily') : t('networkMap.room.notShownToFamily')} · {day(latest.date)}
          </p>
          <NetworkMapDrawing
            contacts={latest.contacts}
            centre={centreName(family, latest.centre)}
            label={t('networkMap.screen.drawingLabel', { count: latest.contacts.length, centre: centreName(family, latest.centre) })}
            className="nm-panel-drawing"
          />
        </>
      )}
      <a href={routeHref({ name: 'networkMaps', familyId: family.id, view: { kind: 'list' } })}>{t('networkMap.panel.open')}</a>
    </section>
  );
}
