// One event in a timeline list (the team's and the family's): the list item with its ids and
// category class, the heading with the date in words and the title (a hidden ": " between them for
// screen readers), and the category line with its icon. What else the list shows of the event
// comes as `children` (inside the article) and `categoryNote` (at the end of the category line).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { CategoryIcon } from './CategoryIcon';
import { useTimelineSpanText } from './useTimelineSpanText';

type TimelineListItemProps = {
  event: Pick<TimelineEvent, 'id' | 'date' | 'endDate' | 'title' | 'category'>;
  selected: boolean;
  /** Size of the category icon in pixels (the family view uses larger ones); CategoryIcon's default otherwise. */
  iconSize?: number;
  categoryNote?: ReactNode;
  children: ReactNode;
};

export function TimelineListItem({ event, selected, iconSize, categoryNote, children }: TimelineListItemProps) {
  const { t } = useTranslation();
  const spanText = useTimelineSpanText();
  return (
    <li id={`timeline-item-${event.id}`} className={`tl-item tl-cat-${event.category}${selected ? ' selected' : ''}`} data-event-id={event.id}>
      <article aria-labelledby={`timeline-item-title-${event.id}`}>
        <h3 id={`timeline-item-title-${event.id}`} className="tl-item-title">
          <span className="tl-item-date">{spanText(event.date, event.endDate)}</span>
          <span className="visually-hidden">: </span>
          <span className="tl-item-name">{event.title}</span>
        </h3>
        <p className="tl-item-category">
          <CategoryIcon category={event.category} size={iconSize} /> {t(`timeline.category.${event.category}`)}
          {categoryNote}
        </p>
        {children}
      </article>
    </li>
  );
}
