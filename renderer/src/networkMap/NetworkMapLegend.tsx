// The network map's legend: each relation's line style beside its name (the style tells them apart
// without colour), a person's circle and a service's square, and the own-words mark.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { zigzagPath } from '../../../shared/networkMap/layout';
import { relationQualities } from '../../../shared/networkMap/networkMap';

export function NetworkMapLegend({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={`nm-legend${large ? ' large' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('networkMap.screen.legend')}</h2>
      <ul>
        {relationQualities.map((quality) => (
          <li key={quality}>
            <svg viewBox="0 0 60 20" width="60" height="20" aria-hidden="true" className="nm-legend-line">
              {quality === 'conflict' ? (
                <path className="nm-line nm-line-conflict" d={zigzagPath({ x: 2, y: 10 }, { x: 58, y: 10 }, 8, 5)} />
              ) : (
                <line className={`nm-line nm-line-${quality}`} x1={2} y1={10} x2={58} y2={10} />
              )}
            </svg>
            {t(`networkMap.quality.${quality}`)} <span className="muted">({t(`networkMap.qualityLine.${quality}`)})</span>
          </li>
        ))}
        <li>
          <svg viewBox="0 0 60 24" width="60" height="24" aria-hidden="true" className="nm-legend-shape">
            <circle className="nm-shape" cx={14} cy={12} r={10} />
            <rect className="nm-shape" x={36} y={2} width={20} height={20} rx={5} />
          </svg>
          {t('networkMap.kind.person')} / {t('networkMap.kind.service')}
        </li>
        <li>
          <span className="nm-legend-own-words" aria-hidden="true">
            ”
          </span>
          {t('networkMap.screen.ownWordsMark')}
        </li>
      </ul>
    </section>
  );
}
