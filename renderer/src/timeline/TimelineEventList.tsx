// The team's timeline as a list: the same (filtered) events as the picture, in order of time, each
// with its date in words, title, category, people, source, the child's or family's own view, the
// team's internal notes and whether it has been shown to the family; and buttons to show it on the
// picture, edit or delete it. For screen-reader users and anyone who reads a list more easily.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { TimelineListItem } from './TimelineListItem';

type TimelineEventListProps = {
  events: readonly TimelineEvent[];
  selectedId: string | null;
  onShow: (event: TimelineEvent) => void;
  onEdit: (event: TimelineEvent) => void;
  onDelete: (event: TimelineEvent) => void;
};

export const listHeadingId = 'timeline-list-heading';

export const TimelineEventList = memo(function TimelineEventList({ events, selectedId, onShow, onEdit, onDelete }: TimelineEventListProps) {
  const { t } = useTranslation();
  return (
    <section className="tl-list-section" aria-labelledby={listHeadingId}>
      <h2 id={listHeadingId} tabIndex={-1}>
        {t('timeline.list.heading')}
      </h2>
      <p className="help no-print">{t('timeline.list.help')}</p>
      <ol className="tl-list" data-testid="timeline-list">
        {events.map((event) => (
          <TimelineListItem
            key={event.id}
            event={event}
            selected={event.id === selectedId}
            categoryNote={
              <span className={`tl-shown${event.shownToFamily ? ' yes' : ''}`}>
                <span aria-hidden="true">{event.shownToFamily ? '✓ ' : '○ '}</span>
                {t(event.shownToFamily ? 'timeline.list.shown' : 'timeline.list.notShown')}
              </span>
            }
          >
            <dl className="tl-item-fields">
              {event.people.length > 0 && <Entry term={t('timeline.field.people')} value={event.people.join(', ')} className="tl-people" />}
              <Entry term={t('timeline.field.source')} value={t(event.source ? `timeline.source.${event.source}` : 'timeline.source.notRecorded')} />
              {event.ownView && <Entry term={t('timeline.field.ownView')} value={event.ownView} className="tl-own-view" />}
              {event.actionTaken && <Entry term={t('timeline.field.actionTaken')} tag={t('timeline.list.teamOnly')} value={event.actionTaken} />}
              {event.sourceNote && <Entry term={t('timeline.field.sourceNote')} tag={t('timeline.list.teamOnly')} value={event.sourceNote} />}
            </dl>
            <div className="tl-item-actions no-print">
              <button type="button" className="button quiet" onClick={() => onShow(event)} aria-label={t('timeline.list.showOnTimelineLabel', { title: event.title })}>
                {t('timeline.list.showOnTimeline')}
              </button>
              <button type="button" className="button" onClick={() => onEdit(event)} aria-label={t('timeline.list.editLabel', { title: event.title })}>
                {t('timeline.list.edit')}
              </button>
              <button type="button" className="button" onClick={() => onDelete(event)} aria-label={t('timeline.list.deleteLabel', { title: event.title })}>
                {t('timeline.list.delete')}
              </button>
            </div>
          </TimelineListItem>
        ))}
      </ol>
    </section>
  );
});

function Entry({ term, value, className, tag }: { term: string; value: string; className?: string; tag?: string }) {
  return (
    <div className={`tl-entry ${className ?? ''}`}>
      <dt>
        {term}
        {tag && <span className="tl-internal-tag"> ({tag})</span>}
      </dt>
      <dd>{value}</dd>
    </div>
  );
}
