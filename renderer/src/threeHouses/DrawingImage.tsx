// A house's drawing drawn from its stored (encoded) form, read-only: decodeDrawing + strokePathData,
// with a text alternative saying how many lines it has. Also the shared stroke look (colours and
// line widths) used by the drawing canvas, so a stroke looks the same while drawn and afterwards.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeDrawing, drawingSpace, strokePathData, strokeWidthUnits, type Stroke, type StrokeColour } from '../../../shared/threeHouses/drawing';

/** The crayon box: every colour dark or saturated enough to be seen on the light paper. */
export const strokeColourValues: Record<StrokeColour, string> = {
  black: '#1d2430',
  red: '#c62828',
  orange: '#e66a00',
  yellow: '#e0b400',
  green: '#2e7d32',
  blue: '#1f5fbf',
  purple: '#7b3fa0',
  brown: '#7a4a24',
};

/** A pen's pressure makes the line up to 1.4 times thicker or down to 0.5 times; mouse lines keep their width. */
export function strokeLineWidth(stroke: Stroke): number {
  const pressures = stroke.points.flatMap((point) => (point.pressure === null ? [] : [point.pressure]));
  const base = strokeWidthUnits[stroke.width];
  if (pressures.length === 0) return base;
  const average = pressures.reduce((sum, value) => sum + value, 0) / pressures.length;
  return base * (0.5 + (0.9 * average) / 100);
}

export function StrokePath({ stroke }: { stroke: Stroke }) {
  return (
    <path
      d={strokePathData(stroke)}
      stroke={strokeColourValues[stroke.colour]}
      strokeWidth={strokeLineWidth(stroke)}
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

export function DrawingImage({ encoded, label, className }: { encoded: string | null; label: string; className?: string }) {
  const { t } = useTranslation();
  const decoded = useMemo(() => (encoded === null ? null : decodeDrawing(encoded)), [encoded]);
  if (decoded && !decoded.ok) {
    return <p className="error">{t(decoded.issue.key, decoded.issue.values)}</p>;
  }
  const strokes = decoded?.value.strokes ?? [];
  const alt = `${label}: ${strokes.length === 0 ? t('threeHouses.drawingUi.empty') : t('threeHouses.drawingUi.strokes', { count: strokes.length })}`;
  return (
    <svg className={`drawing-image ${className ?? ''}`} viewBox={`0 0 ${drawingSpace} ${drawingSpace}`} role="img" aria-label={alt} data-strokes={strokes.length}>
      {strokes.map((stroke, index) => (
        <StrokePath key={index} stroke={stroke} />
      ))}
    </svg>
  );
}
