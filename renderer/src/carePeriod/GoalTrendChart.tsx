// A small picture of one goal's ratings over the interim reviews: the 0–10 scale, a dot per rated
// review joined by a line (an unrated review leaves a gap in time, not a zero). The same figures are
// always given as text beside it (GoalRatingsTable, or the meeting panel's line), so the chart is an
// image with a summary for screen readers and never the only way to read a rating.
import { ScaleGridLines } from '../components/ScaleGridLines';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingScale } from '../../../shared/carePeriod/carePeriod';
import type { GoalTrend } from '../../../shared/carePeriod/goalTrend';

const box = { width: 260, height: 110, left: 26, right: 12, top: 8, bottom: 22 } as const;

type GoalTrendChartProps = {
  trend: GoalTrend;
  /** The goal's number in the care period (1-based), for the chart's title. */
  number: number;
  dayText: (epochMs: number) => string;
};

export function GoalTrendChart({ trend, number, dayText }: GoalTrendChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const rated = trend.points.filter((point) => point.rating !== null);
  if (rated.length === 0) return null;
  const innerWidth = box.width - box.left - box.right;
  const innerHeight = box.height - box.top - box.bottom;
  const all = trend.points;
  const x = (index: number) => box.left + (all.length === 1 ? innerWidth / 2 : (innerWidth * index) / (all.length - 1));
  const y = (value: number) => box.top + innerHeight - (innerHeight * (value - ratingScale.min)) / (ratingScale.max - ratingScale.min);
  const indexed = all.flatMap((point, index) => (point.rating === null ? [] : [{ index, rating: point.rating, date: point.date }]));
  const first = indexed[0]!;
  const last = indexed.at(-1)!;
  const description = t('carePeriod.section.chartDescription', {
    count: indexed.length,
    first: first.rating,
    firstDate: dayText(first.date),
    latest: last.rating,
    latestDate: dayText(last.date),
  });
  return (
    <svg className="goal-trend-chart" viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{t('carePeriod.section.chartTitle', { number })}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <ScaleGridLines left={box.left} right={box.width - box.right} y={y} />
      <polyline className="trend-line" points={indexed.map((point) => `${x(point.index)},${y(point.rating)}`).join(' ')} />
      {indexed.map((point) => (
        <circle key={point.index} className="trend-dot" cx={x(point.index)} cy={y(point.rating)} r={4} />
      ))}
      {(all.length <= 5 ? all.map((_, index) => index) : [0, all.length - 1]).map((index) => (
        // The first and last dates keep inside the picture.
        <text key={`label-${index}`} x={x(index)} y={box.height - 6} textAnchor={anchorOf(index, all.length)} className="axis">
          {dayText(all[index]!.date)}
        </text>
      ))}
    </svg>
  );
}

function anchorOf(index: number, count: number): 'start' | 'middle' | 'end' {
  if (count === 1) return 'middle';
  return index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle';
}
