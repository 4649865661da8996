// What the team timeline shows: categories (each with its glyph and how many events it has) and the
// people involved (from the events themselves), a way to clear both, and how many events are shown,
// said in words. The chart and the list below both show exactly the filtered events.
import { useTranslation } from 'react-i18next';
import { countByCategory, noTimelineFilter, type TimelineFilter } from '../../../shared/timeline/filters';
import { timelineCategories, type TimelineCategory, type TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { CategoryIcon } from './CategoryIcon';

type TimelineFiltersProps = {
  events: readonly TimelineEvent[];
  people: readonly string[];
  filter: TimelineFilter;
  shownCount: number;
  onChange: (filter: TimelineFilter) => void;
};

export function TimelineFilters({ events, people, filter, shownCount, onChange }: TimelineFiltersProps) {
  const { t } = useTranslation();
  const counts = countByCategory(events);
  const active = filter.categories.length > 0 || filter.people.length > 0;
  const toggleCategory = (category: TimelineCategory, on: boolean) =>
    onChange({ ...filter, categories: on ? [...filter.categories, category] : filter.categories.filter((entry) => entry !== category) });
  const togglePerson = (person: string, on: boolean) =>
    onChange({ ...filter, people: on ? [...filter.people, person] : filter.people.filter((entry) => entry !== person) });

  return (
    <section className="tl-filters no-print" aria-labelledby="timeline-filters-heading">
      <h2 id="timeline-filters-heading" className="visually-hidden">
        {t('timeline.filters.heading')}
      </h2>
      <fieldset className="tl-filter-group">
        <legend>{t('timeline.filters.categories')}</legend>
        <div className="tl-filter-choices">
          {timelineCategories.map((category) => (
            <label key={category} className="tl-choice">
              <input
                type="checkbox"
                checked={filter.categories.includes(category)}
                onChange={(event) => toggleCategory(category, event.target.checked)}
              />
              <CategoryIcon category={category} /> {t('timeline.filters.categoryCount', { category: t(`timeline.category.${category}`), count: counts[category] })}
            </label>
          ))}
        </div>
      </fieldset>
      {people.length > 0 && (
        <fieldset className="tl-filter-group">
          <legend>{t('timeline.filters.people')}</legend>
          <div className="tl-filter-choices tl-filter-people">
            {people.map((person) => (
              <label key={person} className="tl-choice">
                <input type="checkbox" checked={filter.people.includes(person)} onChange={(event) => togglePerson(person, event.target.checked)} /> {person}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="tl-filter-status">
        <p className="tl-filter-count" role="status" data-testid="timeline-shown-count">
          {active ? t('timeline.filters.shown', { count: shownCount, total: events.length }) : t('timeline.filters.all', { count: events.length })}
        </p>
        <button type="button" className="button" onClick={() => onChange(noTimelineFilter)}>
          {t('timeline.filters.clear')}
        </button>
      </div>
    </section>
  );
}
