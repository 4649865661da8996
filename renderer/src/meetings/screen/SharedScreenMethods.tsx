// The method templates on the room's screen, when the facilitator puts them there in the
// presentation phase: the family's timeline (large, without internal notes) and each child's latest
// three houses as the child's consent for the team allows (a refusal shows only the refusal). Pure
// rendering of the view the facilitator window sent: nothing here reads the database.
import { useTranslation } from 'react-i18next';
import type { SharedScreenView } from '../../../../shared/meeting/sharedScreen';
import { AudienceHousesView } from '../../threeHouses/HousesView';
import { TimelineChart } from '../../timeline/TimelineChart';
import { useRecordFormat } from '../record/recordFormat';

export function SharedScreenMethods({ view }: { view: SharedScreenView }) {
  const { t } = useTranslation();
  const { formatDay } = useRecordFormat();
  const code = view.family?.code ?? '';
  return (
    <>
      {view.timeline && (
        <section aria-labelledby="screen-timeline" className="shared-screen-timeline">
          <h2 id="screen-timeline">{t('record.screen.timeline')}</h2>
          {view.timeline.events.length === 0 ? (
            <p className="empty">{t('record.screen.noTimelineEvents')}</p>
          ) : (
            <TimelineChart events={view.timeline.events} children={view.timeline.children} label={t('record.screen.timelineLabel', { code })} size="large" />
          )}
        </section>
      )}
      {view.threeHouses && view.threeHouses.length > 0 && (
        <section aria-labelledby="screen-three-houses" className="shared-screen-three-houses">
          <h2 id="screen-three-houses">{t('record.screen.threeHouses')}</h2>
          {view.threeHouses.map((entry, index) => (
            <section key={index} aria-labelledby={`screen-three-houses-${index}`}>
              <h3 id={`screen-three-houses-${index}`}>
                {entry.view.allowed
                  ? t('record.screen.threeHousesOf', { child: entry.child, date: formatDay(entry.view.date) })
                  : t('record.screen.threeHousesWithheld', { child: entry.child })}
              </h3>
              <AudienceHousesView view={entry.view} size="large" headingLevel={4} idPrefix={`screen-houses-${index}`} />
            </section>
          ))}
        </section>
      )}
    </>
  );
}
