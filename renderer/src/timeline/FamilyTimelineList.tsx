// The family-facing timeline as a list, in large type: only what familyFacingTimeline lets through
// (date, title, category, people, whose account it is, and the child's or family's own view). It
// never receives an internal field, so it cannot show one; it has no editing controls.
import { useTranslation } from 'react-i18next';
import type { FamilyFacingEvent } from '../../../shared/timeline/filters';
import { TimelineListItem } from './TimelineListItem';

export function FamilyTimelineList({ events, selectedId }: { events: readonly FamilyFacingEvent[]; selectedId: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="tl-list-section" aria-labelledby="timeline-family-list-heading">
      <h2 id="timeline-family-list-heading">{t('timeline.list.familyHeading')}</h2>
      <ol className="tl-list family" data-testid="timeline-list">
        {events.map((event) => (
          <TimelineListItem key={event.id} event={event} selected={event.id === selectedId} iconSize={24}>
            <dl className="tl-item-fields">
              {event.people.length > 0 && (
                <div className="tl-entry tl-people">
                  <dt>{t('timeline.field.people')}</dt>
                  <dd>{event.people.join(', ')}</dd>
                </div>
              )}
              {event.source && (
                <div className="tl-entry">
                  <dt>{t('timeline.field.source')}</dt>
                  <dd>{t(`timeline.source.${event.source}`)}</dd>
                </div>
              )}
              {event.ownView && (
                <div className="tl-entry tl-own-view">
                  <dt>{t('timeline.field.ownView')}</dt>
                  <dd>{event.ownView}</dd>
                </div>
              )}
            </dl>
          </TimelineListItem>
        ))}
      </ol>
    </section>
  );
}
