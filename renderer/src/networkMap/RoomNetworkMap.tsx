// The network map on the room's shared screen, when the facilitator puts it there: pure rendering of
// the view the facilitator window sent (networkMapForRoom in shared/networkMap/roomView.ts decided
// what the people in the room may see; the team's notes never travel). A withheld map shows only why.
import { useTranslation } from 'react-i18next';
import type { RoomNetworkMapView } from '../../../shared/networkMap/roomView';
import { NetworkMapDrawing } from './NetworkMapDrawing';
import { NetworkMapLegend } from './NetworkMapLegend';
import { useDayFormat } from './useDayFormat';
import './networkMap.css';

/** `view` null: the family has no map. */
export function RoomNetworkMap({ view, familyCode }: { view: RoomNetworkMapView | null; familyCode: string }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const centre = view?.allowed ? view.centre || t('networkMap.centre.familyCode', { code: familyCode }) : '';
  return (
    <section aria-labelledby="screen-network-map" className="shared-screen-network-map">
      <h2 id="screen-network-map">{t('networkMap.room.heading')}</h2>
      {view === null ? (
        <p className="empty">{t('networkMap.room.none')}</p>
      ) : !view.allowed ? (
        <p className="consent-withheld consent-withheld-large" data-testid="network-map-withheld">
          {t(view.reason === 'notShownToFamily' ? 'networkMap.room.notShownToFamily' : 'networkMap.room.notSharedWithNetwork')}
        </p>
      ) : (
        <>
          <p>{view.title ? `${view.title} · ${t('networkMap.room.date', { date: day(view.date) })}` : t('networkMap.room.date', { date: day(view.date) })}</p>
          <div className="nm-room">
            <NetworkMapDrawing contacts={view.contacts} centre={centre} label={t('networkMap.screen.drawingLabel', { count: view.contacts.length, centre })} large />
            <NetworkMapLegend large />
          </div>
          <ul className="nm-room-list" aria-label={t('networkMap.screen.listHeading')}>
            {view.contacts.map((contact) => (
              <li key={contact.id}>
                <strong>{contact.name}</strong>
                {contact.role && ` (${contact.role})`}: {t(`networkMap.sector.${contact.sector}`)}, {t(`networkMap.distanceShort.d${contact.distance}`)},{' '}
                {t(`networkMap.quality.${contact.quality}`).toLocaleLowerCase()}
                {contact.description && ` — ${contact.description}`}
                {contact.ownWords && ` (${t('networkMap.screen.ownWordsShort')})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
