// One goal's ratings as a table (the chart's figures in words, and the comments): each interim
// review's date, its rating or "not rated", the change since the previous rating, and the comment.
import { useTranslation } from 'react-i18next';
import type { GoalTrend } from '../../../shared/carePeriod/goalTrend';
import '../components/document/document.css';

type GoalRatingsTableProps = {
  trend: GoalTrend;
  /** The comment of each review, by meeting id. */
  comments: ReadonlyMap<string, string>;
  /** The element that names the table (the goal's heading). */
  labelledBy: string;
  dayText: (epochMs: number) => string;
};

export function GoalRatingsTable({ trend, comments, labelledBy, dayText }: GoalRatingsTableProps) {
  const { t } = useTranslation();
  return (
    <table className="record-table goal-ratings-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('carePeriod.section.reviewDate')}</th>
          <th scope="col">{t('carePeriod.section.rating')}</th>
          <th scope="col">{t('carePeriod.section.change')}</th>
          <th scope="col">{t('carePeriod.section.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {trend.points.map((point) => (
          <tr key={point.meetingId}>
            <td>{dayText(point.date)}</td>
            <td>{point.rating === null ? t('carePeriod.section.notRated') : point.rating}</td>
            <td>{changeText(point.change, t)}</td>
            <td className="record-text">{comments.get(point.meetingId) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "+2 (up)", "−1 (down)", "±0 (no change)", or nothing for a first rating or an unrated review. */
export function changeText(change: number | null, t: (key: string) => string): string {
  if (change === null) return '';
  if (change === 0) return `${t('carePeriod.section.noChange')} (${t('carePeriod.trend.flatShort')})`;
  return change > 0 ? `+${change} (${t('carePeriod.trend.upShort')})` : `−${-change} (${t('carePeriod.trend.downShort')})`;
}
