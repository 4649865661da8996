// The network map as a printed document (or PDF), in the current language: its title and date,
// when it was printed, the drawing, the legend and the contacts as a table. The family version gets
// the map without the team's notes (withoutTeamNotes), so nothing of the team's own reaches it; the
// team version adds them.
import { useTranslation } from 'react-i18next';
import { withoutTeamNotes, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { PrintFrame } from '../components/PrintFrame';
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
    <PrintFrame
      prefix="nm"
      titleId="nm-print-title"
      title={title}
      code={code}
      printAgainLabel={t('networkMap.screen.printAgain')}
      closeLabel={t('networkMap.screen.closePrint')}
      onPrint={onPrint}
      onClose={onClose}
      testId="network-map-print"
      intro={
        <p>
          {t('networkMap.centre.heading')}: {centre} · {day(map.date)} · {t('networkMap.screen.printedOn', { date: formatDate(now.toISOString(), language, 'long') })}
        </p>
      }
    >
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
    </PrintFrame>
  );
}
