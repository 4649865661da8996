// How to read the visual timeline: each category's glyph and name (the colour is never the only
// sign), what a bar, faded ends and a birth marker mean. Under the chart and on the printed page.
import { useTranslation } from 'react-i18next';
import { timelineCategories, type TimelineCategory } from '../../../shared/timeline/timelineEvent';
import { CategoryIcon } from './CategoryIcon';

export function TimelineLegend({ categories = timelineCategories, births }: { categories?: readonly TimelineCategory[]; births: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="tl-legend" aria-label={t('timeline.chart.legend')}>
      {categories.map((category) => (
        <li key={category}>
          <CategoryIcon category={category} /> {t(`timeline.category.${category}`)}
        </li>
      ))}
      <li>
        <svg width="34" height="10" viewBox="0 0 34 10" aria-hidden="true" focusable="false">
          <rect x="0" y="2" width="34" height="6" className="tl-legend-bar" />
        </svg>{' '}
        {t('timeline.chart.legendLasting')}
      </li>
      <li>
        <svg width="34" height="10" viewBox="0 0 34 10" aria-hidden="true" focusable="false">
          <rect x="0" y="2" width="7" height="6" className="tl-legend-bar faded" />
          <rect x="7" y="2" width="20" height="6" className="tl-legend-bar core" />
          <rect x="27" y="2" width="7" height="6" className="tl-legend-bar faded" />
        </svg>{' '}
        {t('timeline.chart.legendApproximate')}
      </li>
      {births && (
        <li>
          <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
            <path d="M6,1l5,6l-5,6l-5,-6Z" className="tl-birth-mark" />
          </svg>{' '}
          {t('timeline.chart.legendBirth')}
        </li>
      )}
    </ul>
  );
}
