// The genogram's McGoldrick–Gerson symbols as SVG pieces (docs/domain.md: Genogram), shared by the
// drawing, its legend, the print version and the room's screen: a person's symbol (square, circle,
// diamond, triangle for a pregnancy, double outline for the index child, a cross for the deceased),
// a couple's line by relationship, a child's line by how they belong, and emotional lines. Shape and
// line style tell every kind apart; colour only adds to it.
import type { EmotionalKind, GenogramGender, ParentLinkKind, RelationshipKind } from '../../../shared/genogram/genogram';
import { genogramGeometry, type Point, type Segment } from '../../../shared/genogram/layout';

const half = genogramGeometry.symbol / 2;

export type SymbolPerson = { gender: GenogramGender; deceased: boolean; pregnancy: boolean; index: boolean };

/** A person's symbol centred on (x, y). `size` scales it (the legend draws small ones). */
export function PersonSymbol({ person, x, y, scale = 1 }: { person: SymbolPerson; x: number; y: number; scale?: number }) {
  const h = half * scale;
  const outline = (grow: number) => shapeFor(person, x, y, h + grow);
  return (
    <g className="gg-symbol">
      {person.index && <g className="gg-index-outline">{outline(6 * scale)}</g>}
      <g className="gg-shape">{outline(0)}</g>
      {person.gender === 'unknown' && !person.pregnancy && (
        <text x={x} y={y} dy="0.35em" textAnchor="middle" className="gg-unknown-mark" fontSize={18 * scale}>
          ?
        </text>
      )}
      {person.deceased && (
        <g className="gg-deceased">
          <line x1={x - h - 4 * scale} y1={y - h - 4 * scale} x2={x + h + 4 * scale} y2={y + h + 4 * scale} />
          <line x1={x + h + 4 * scale} y1={y - h - 4 * scale} x2={x - h - 4 * scale} y2={y + h + 4 * scale} />
        </g>
      )}
    </g>
  );
}

function shapeFor(person: SymbolPerson, x: number, y: number, h: number) {
  if (person.pregnancy) {
    const t = h * 0.85;
    return <polygon points={`${x},${y - t} ${x + t},${y + t * 0.8} ${x - t},${y + t * 0.8}`} />;
  }
  switch (person.gender) {
    case 'male':
      return <rect x={x - h} y={y - h} width={2 * h} height={2 * h} />;
    case 'female':
      return <circle cx={x} cy={y} r={h} />;
    default:
      return <polygon points={`${x},${y - h * 1.15} ${x + h * 1.15},${y} ${x},${y + h * 1.15} ${x - h * 1.15},${y}`} />;
  }
}

const seg = (s: Segment) => `M${s.x1},${s.y1}L${s.x2},${s.y2}`;

/** A couple's line and the stubs down to it, styled by relationship (null: parents with no relationship recorded). */
export function CoupleLine({ kind, stubs, line }: { kind: RelationshipKind | null; stubs: readonly Segment[]; line: Segment }) {
  const middle = (line.x1 + line.x2) / 2;
  const y = line.y1;
  // Slashes left of the middle, where the children's line does not come down.
  const slash = (at: number) => <line key={at} className="gg-slash" x1={at - 5} y1={y + 8} x2={at + 5} y2={y - 8} />;
  const width = Math.abs(line.x2 - line.x1);
  const step = Math.min(10, width / 8);
  return (
    <g className={`gg-couple gg-rel-${kind ?? 'none'}`}>
      <path d={[...stubs.map(seg), seg(line)].join('')} />
      {kind === 'separated' && slash(middle - 2 * step)}
      {kind === 'divorced' && [slash(middle - 3 * step), slash(middle - 1.6 * step)]}
    </g>
  );
}

/** A child's line (or a child's other parents' direct line), styled by how the child belongs. */
export function ChildLine({ kind, line }: { kind: ParentLinkKind; line: Segment }) {
  const mid = { x: (line.x1 + line.x2) / 2, y: (line.y1 + line.y2) / 2 };
  return (
    <g className={`gg-child gg-link-${kind}`}>
      <path d={seg(line)} />
      {kind === 'foster' && <circle className="gg-foster-mark" cx={mid.x} cy={mid.y} r={4} />}
    </g>
  );
}

/** Points along a quadratic curve. */
function curvePoints(from: Point, control: Point, to: Point, count: number): Point[] {
  const points: Point[] = [];
  for (let index = 0; index <= count; index++) {
    const t = index / count;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push({ x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y });
  }
  return points;
}

function zigzag(from: Point, control: Point, to: Point, amplitude: number): string {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const count = Math.max(4, Math.round(length / 9));
  const points = curvePoints(from, control, to, count);
  return points
    .map((point, index) => {
      if (index === 0 || index === points.length - 1) return `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`;
      const previous = points[index - 1]!;
      const next = points[index + 1]!;
      const dx = next.x - previous.x;
      const dy = next.y - previous.y;
      const norm = Math.hypot(dx, dy) || 1;
      const side = index % 2 === 0 ? 1 : -1;
      return `L${point.x + (-dy / norm) * amplitude * side},${point.y + (dx / norm) * amplitude * side}`;
    })
    .join('');
}

const curve = (from: Point, control: Point, to: Point) => `M${from.x},${from.y}Q${control.x},${control.y} ${to.x},${to.y}`;

/** An emotional line: close (double line), conflict (zigzag), cut-off (broken by two bars), abuse suspected (zigzag with an arrow to the person affected). */
export function EmotionalLine({ kind, from, to, control, markerId }: { kind: EmotionalKind; from: Point; to: Point; control: Point; markerId: string }) {
  switch (kind) {
    case 'close':
      return (
        <g className="gg-emotional gg-emo-close">
          <path className="gg-emo-outer" d={curve(from, control, to)} />
          <path className="gg-emo-inner" d={curve(from, control, to)} />
        </g>
      );
    case 'conflict':
      return (
        <g className="gg-emotional gg-emo-conflict">
          <path d={zigzag(from, control, to, 5)} />
        </g>
      );
    case 'cutOff': {
      const points = curvePoints(from, control, to, 20);
      const a = points[9]!;
      const b = points[11]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const norm = Math.hypot(dx, dy) || 1;
      const bar = (p: Point) => `M${p.x + (-dy / norm) * 9},${p.y + (dx / norm) * 9}L${p.x - (-dy / norm) * 9},${p.y - (dx / norm) * 9}`;
      const first = points.slice(0, 10).map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
      const second = points.slice(11).map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
      return (
        <g className="gg-emotional gg-emo-cutOff">
          <path d={`${first}${second}${bar(a)}${bar(b)}`} />
        </g>
      );
    }
    case 'abuseSuspected':
      return (
        <g className="gg-emotional gg-emo-abuseSuspected">
          <path d={zigzag(from, control, to, 4)} markerEnd={`url(#${markerId})`} />
        </g>
      );
  }
}

/** The arrowhead of abuse suspected; put once in each SVG that draws emotional lines. */
export function ArrowMarker({ id }: { id: string }) {
  return (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0L10,5L0,10z" className="gg-arrow" />
      </marker>
    </defs>
  );
}
