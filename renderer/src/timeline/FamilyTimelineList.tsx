// The family-facing timeline as a list, in large type: only what familyFacingTimeline lets through
// (date, title, category, people, whose account it is, and the child's or family's own view). It
// never receives an internal field, so it cannot show one; it has no editing controls.
import { useTranslation } from 'react-i18next';
import type { FamilyFacingEvent } from '../../../shared/timeline/filters';
import { CategoryIcon } from './CategoryIcon';
import { useTimelineSpanText } from './useTimelineSpanText';

export function FamilyTimelineList({ events, selectedId }: { events: readonly FamilyFacingEvent[]; selectedId: string | null }) {
  const { t } = useTranslation();
  const spanText = useTimelineSpanText();
  return (
    <section className="tl-list-section" aria-labelledby="timeline-family-list-heading">
      <h2 id="timeline-family-list-heading">{t('timeline.list.familyHeading')}</h2>
      <ol className="tl-list family" data-testid="timeline-list">
        {events.map((event) => (
          <li key={event.id} id={`timeline-item-${event.id}`} className={`tl-item tl-cat-${event.category}${event.id === selectedId ? ' selected' : ''}`} data-event-id={event.id}>
            <article aria-labelledby={`timeline-item-title-${event.id}`}>
              <h3 id={`timeline-item-title-${event.id}`} className="tl-item-title">
                <span className="tl-item-date">{spanText(event.date, event.endDate)}</span>
                <span className="visually-hidden">: </span>
                <span className="tl-item-name">{event.title}</span>
              </h3>
              <p className="tl-item-category">
                <CategoryIcon category={event.category} size={24} /> {t(`timeline.category.${event.category}`)}
              </p>
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
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
