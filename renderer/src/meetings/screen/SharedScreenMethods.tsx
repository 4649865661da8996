// The method templates on the room's screen, when the facilitator puts them there in the
// presentation phase: the family's timeline (large, without internal notes; the picture, then every
// event in order with its whole title, since the picture shortens long titles) and each child's
// latest three houses as the child's consent for the team allows (a refusal shows only the
// refusal). Pure rendering of the view the facilitator window sent: nothing here reads the database.
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../../shared/meeting/roomView';
import type { ViewAudience } from '../../../../shared/threeHouses/consent';
import { HousesView } from '../../threeHouses';
import { TimelineChart, useTimelineSpanText } from '../../timeline';
import { useRecordFormat } from '../../components/document/recordFormat';

export function SharedScreenMethods({ view }: { view: RoomView }) {
  const { t } = useTranslation();
  const { formatDay } = useRecordFormat();
  const spanText = useTimelineSpanText();
  const code = view.family?.code ?? '';
  return (
    <>
      {view.timeline && (
        <section aria-labelledby="screen-timeline" className="shared-screen-timeline">
          <h2 id="screen-timeline">{t('record.screen.timeline')}</h2>
          {view.timeline.events.length === 0 ? (
            <p className="empty">{t('record.screen.noTimelineEvents')}</p>
          ) : (
            <>
              <TimelineChart events={view.timeline.events} children={view.timeline.children} label={t('record.screen.timelineLabel', { code })} size="large" />
              <ol className="shared-screen-timeline-list" aria-label={t('record.screen.timelineList')}>
                {view.timeline.events.map((event) => (
                  <li key={event.id}>
                    <span className="shared-screen-timeline-when">{spanText(event.date, event.endDate)}</span> {event.title}
                  </li>
                ))}
              </ol>
            </>
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
              {entry.view.allowed ? (
                <HousesView houses={entry.view.houses} size="large" headingLevel={4} idPrefix={`screen-houses-${index}`} />
              ) : (
                // The child's answer about the strictest audience in the room (the team, or the network or
                // the parents when they take part), said in words, and nothing else.
                <p className="consent-withheld consent-withheld-large" data-testid="consent-withheld">
                  {t(withheldKey(entry.view.audience, entry.view.reason), { child: entry.child })}
                </p>
              )}
            </section>
          ))}
        </section>
      )}
    </>
  );
}

/** Why a child's houses are not on the screen, for the audience whose consent is missing. */
function withheldKey(audience: ViewAudience, reason: 'notGiven' | 'notAsked'): string {
  if (audience === 'network' || audience === 'parents') {
    const suffix = audience === 'network' ? 'Network' : 'Parents';
    return reason === 'notGiven' ? `record.screen.threeHousesRefused${suffix}` : `record.screen.threeHousesNotAsked${suffix}`;
  }
  return reason === 'notGiven' ? 'record.screen.threeHousesRefused' : 'record.screen.threeHousesNotAsked';
}
