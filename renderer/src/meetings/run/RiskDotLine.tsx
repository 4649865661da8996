// The safety round's scores as dots on the 0–10 line, equal scores stacked, so a cluster (or a
// split) shows at a glance: after the reveal in the chair's view and on the room's screen. It gets
// scores only, never who gave them. The drawing is an image whose text alternative says the same
// in words ("3 scores at 4, 1 at 6, median 4"). Stacking: scoreDots in shared/meeting/riskStats.ts.
import { useId } from 'react';
import { riskScale } from '../../../../shared/meeting/meeting';
import { riskSpread, scoreDots, scoreStacks } from '../../../../shared/meeting/riskStats';
import { useText } from '../../i18n/keys';
import { useLanguage } from '../../i18n/i18n';
import './riskDotLine.css';

const width = 460;
const left = 30;
const right = width - 30;
const step = (right - left) / (riskScale.max - riskScale.min);
const radius = 10;
const rise = 2 * radius + 3;

/** A median as people write it: 4, 5.5 (en) or 5,5 (fi). */
export function medianText(value: number, language: string): string {
  return Number.isInteger(value) ? String(value) : language === 'fi' ? value.toFixed(1).replace('.', ',') : value.toFixed(1);
}

/** The line's text alternative, e.g. "3 scores at 4, 1 score at 6, median 4". */
export function useDotLineText(): (scores: readonly (number | null)[]) => string {
  const t = useText();
  const language = useLanguage();
  return (scores) => {
    const spread = riskSpread(scores.map((score) => ({ score })));
    if (!spread) return t('safety.dots.none');
    const stacks = scoreStacks(scores).map(({ score, count }) => t('safety.dots.stack', { count, score }));
    return t('safety.dots.alt', { stacks: stacks.join(', '), median: medianText(spread.median, language) });
  };
}

export function RiskDotLine({ scores, className }: { scores: readonly (number | null)[]; className?: string }) {
  const t = useText();
  const id = useId();
  const describe = useDotLineText();
  const dots = scoreDots(scores);
  const spread = riskSpread(scores.map((score) => ({ score })));
  const highest = Math.max(0, ...dots.map((dot) => dot.level));
  const axisY = 34 + (highest + 1) * rise;
  const height = axisY + 44;
  const x = (score: number) => left + (score - riskScale.min) * step;
  const ticks = Array.from({ length: riskScale.max - riskScale.min + 1 }, (_, index) => riskScale.min + index);
  return (
    <figure className={`risk-dot-line ${className ?? ''}`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} data-testid="risk-dot-line">
        <title id={`${id}-title`}>{`${t('safety.dots.heading')}: ${describe(scores)}`}</title>
        <line className="risk-dot-axis" x1={left} x2={right} y1={axisY} y2={axisY} />
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="risk-dot-tick" x1={x(tick)} x2={x(tick)} y1={axisY - 5} y2={axisY + 5} />
            <text className="risk-dot-label" x={x(tick)} y={axisY + 22} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        <text className="risk-dot-end" x={left} y={axisY + 40} textAnchor="start">
          {t('safety.dots.low')}
        </text>
        <text className="risk-dot-end" x={right} y={axisY + 40} textAnchor="end">
          {t('safety.dots.high')}
        </text>
        {spread && (
          <g data-testid="risk-dot-median">
            <text className="risk-dot-median-label" x={x(spread.median)} y={14} textAnchor="middle">
              {t('safety.compare.median')}
            </text>
            <line className="risk-dot-median" x1={x(spread.median)} x2={x(spread.median)} y1={20} y2={axisY} />
          </g>
        )}
        {dots.map((dot, index) => (
          <circle key={index} className="risk-dot" cx={x(dot.score)} cy={axisY - radius - 3 - dot.level * rise} r={radius} data-score={dot.score} />
        ))}
      </svg>
      <figcaption className="risk-dot-caption">{describe(scores)}</figcaption>
    </figure>
  );
}
