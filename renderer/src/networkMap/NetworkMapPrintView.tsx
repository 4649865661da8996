// The network map as a printed document (or PDF), in the current language: its title and date,
// when it was printed, the drawing, the legend and the contacts as a table. The family version gets
// the map without the team's notes (withoutTeamNotes), so nothing of the team's own reaches it; the
// team version adds them.
import { useTranslation } from 'react-i18next';
import { withoutTeamNotes, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { TextWithCode } from '../components/TextWithCode';
import { formatDate, useLanguage } from '../i18n/i18n';
import { NetworkMapDrawing } from './NetworkMapDrawing';
import { NetworkMapLegend } from './NetworkMapLegend';
import { useDayFormat } from './useDayFormat';

type NetworkMapPrintViewProps = {
  title: string;
  code: string;
  centre: string;
  map: NetworkMap;
  version: 'team' | 'family';
  now: Date;
  onPrint: () => void;
  onClose: () => void;
};

export function NetworkMapPrintView({ title, code, centre, map: full, version, now, onPrint, onClose }: NetworkMapPrintViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const day = useDayFormat();
  const map = version === 'family' ? withoutTeamNotes(full) : full;
  const team = version === 'team';
  return (
    <section className="nm-print" aria-labelledby="nm-print-title" lang={language} data-testid="network-map-print">
      <div className="nm-print-bar no-print">
        <button type="button" className="button primary" onClick={onPrint}>
          {t('networkMap.screen.printAgain')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('networkMap.screen.closePrint')}
        </button>
      </div>
      <header>
        <h2 id="nm-print-title">
          <TextWithCode text={title} code={code} />
        </h2>
        <p>
          {t('networkMap.centre.heading')}: {centre} · {day(map.date)} · {t('networkMap.screen.printedOn', { date: formatDate(now.toISOString(), language, 'long') })}
        </p>
      </header>
      <div className="nm-print-picture">
        <NetworkMapDrawing contacts={map.contacts} centre={centre} label={t('networkMap.screen.drawingLabel', { count: map.contacts.length, centre })} />
        <NetworkMapLegend />
      </div>
      <table className="nm-table nm-print-table">
        <caption>{t('networkMap.screen.listHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networkMap.form.name')}</th>
            <th scope="col">{t('networkMap.form.sector')}</th>
            <th scope="col">{t('networkMap.form.distance')}</th>
            <th scope="col">{t('networkMap.form.quality')}</th>
            <th scope="col">{t('networkMap.form.description')}</th>
            {team && <th scope="col">{t('networkMap.form.teamNote')}</th>}
          </tr>
        </thead>
        <tbody>
          {map.contacts.map((contact) => (
            <tr key={contact.id}>
              <td>
                {contact.name}
                {contact.role && <span className="muted"> ({contact.role})</span>}
              </td>
              <td>{t(`networkMap.sector.${contact.sector}`)}</td>
              <td>{t(`networkMap.distance.d${contact.distance}`)}</td>
              <td>{t(`networkMap.quality.${contact.quality}`)}</td>
              <td>
                {contact.description}
                {contact.ownWords && <span className="nm-own-words-tag"> ({t('networkMap.screen.ownWordsShort')})</span>}
              </td>
              {team && <td>{contact.teamNote}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {team && map.teamNotes && (
        <section className="nm-print-notes">
          <h3>{t('networkMap.screen.teamNotes')}</h3>
          <p>{map.teamNotes}</p>
        </section>
      )}
    </section>
  );
}
