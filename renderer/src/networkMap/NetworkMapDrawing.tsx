// The network map as SVG, drawn from the pure layout (shared/networkMap/layout.ts) so the desk, the
// family's large view, print and the room's screen show the same picture: the centre, three rings
// for distance, a wedge per sector with its name, a line per contact whose style says the relation
// (thick = supports, thin = ordinary, dashed = strained, zigzag = conflict; never colour alone), a
// circle for a person and a rounded square for a service, and a quotation mark on what is in the
// family's own words. Interactive when `onContactKeyDown`/`onSelect` are given: each contact is then
// a focusable button in the drawing (keyboard editing lives in the caller).
import { memo, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutNetworkMap, mapSize, relationLine, wedgePath, zigzagPath, type NetworkLayout, type PlacedContact } from '../../../shared/networkMap/layout';
import type { ContactKind, NetworkDistance, NetworkSector, RelationQuality } from '../../../shared/networkMap/networkMap';
import { useContactLabel } from './contactText';

/** What the drawing needs of a contact (a stored contact or the room's copy of one). */
export type DrawnContact = {
  id: string;
  name: string;
  role: string;
  kind: ContactKind;
  sector: NetworkSector;
  distance: NetworkDistance;
  quality: RelationQuality;
  ownWords: boolean;
};

type NetworkMapDrawingProps = {
  contacts: readonly DrawnContact[];
  /** The centre's name (a child's pseudonym, or the family's). */
  centre: string;
  /** The drawing's accessible name; the caller says where the same data is as a list. */
  label: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  onContactKeyDown?: (event: KeyboardEvent<SVGGElement>, contact: DrawnContact) => void;
  /** Whether moving the focus onto a contact selects it (the desk); otherwise a click, Enter or Space does. */
  selectOnFocus?: boolean;
  /** Larger type for the family's view and the room's screen. */
  large?: boolean;
  className?: string;
};

/** Room around the square map for the sector names, which run outwards from the rings at the sides. */
const viewBox = '-170 -10 1340 1020';

export const NetworkMapDrawing = memo(function NetworkMapDrawing({
  contacts,
  centre,
  label,
  selectedId = null,
  onSelect,
  onContactKeyDown,
  selectOnFocus = true,
  large = false,
  className,
}: NetworkMapDrawingProps) {
  const { t } = useTranslation();
  const contactLabel = useContactLabel();
  const layout = useMemo(() => layoutNetworkMap(contacts), [contacts]);
  const byId = useMemo(() => new Map(contacts.map((contact) => [contact.id, contact])), [contacts]);
  const interactive = onSelect !== undefined || onContactKeyDown !== undefined;
  const r = layout.contactRadius;
  return (
    <svg
      className={`nm-drawing${large ? ' large' : ''}${className ? ` ${className}` : ''}`}
      viewBox={viewBox}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      data-testid="network-map-drawing"
      data-contact-radius={r.toFixed(1)}
    >
      <Background layout={layout} sectorName={(sector) => t(`networkMap.sector.${sector}`)} />
      {layout.contacts.map((placed) => (
        <RelationLine key={`line-${placed.id}`} layout={layout} placed={placed} quality={byId.get(placed.id)!.quality} />
      ))}
      <g className="nm-centre" aria-hidden="true">
        <circle cx={layout.centre.x} cy={layout.centre.y} r={layout.centre.radius} />
        <CentreText text={centre} x={layout.centre.x} y={layout.centre.y} radius={layout.centre.radius} />
      </g>
      {layout.contacts.map((placed) => {
        const contact = byId.get(placed.id)!;
        const selected = contact.id === selectedId;
        return (
          <g
            key={contact.id}
            className={`nm-contact nm-${contact.kind}${selected ? ' selected' : ''}`}
            transform={`translate(${placed.x.toFixed(1)} ${placed.y.toFixed(1)})`}
            data-contact-id={contact.id}
            data-sector={contact.sector}
            data-distance={contact.distance}
            data-quality={contact.quality}
            {...(interactive
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': contactLabel(contact),
                  'aria-pressed': selected,
                  onClick: () => onSelect?.(contact.id),
                  onFocus: () => selectOnFocus && onSelect?.(contact.id),
                  onKeyDown: (event: KeyboardEvent<SVGGElement>) => {
                    if (onContactKeyDown) onContactKeyDown(event, contact);
                    else if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onSelect?.(contact.id);
                    }
                  },
                }
              : { 'aria-hidden': true })}
          >
            {selected && <circle className="nm-selection" r={r + 7} />}
            {contact.kind === 'service' ? <rect className="nm-shape" x={-r} y={-r} width={2 * r} height={2 * r} rx={r * 0.3} /> : <circle className="nm-shape" r={r} />}
            <title>{contactLabel(contact)}</title>
          </g>
        );
      })}
      {/* Names on top of the shapes, outside the buttons: a shortened name is not the button's name (its label says all). */}
      <g className="nm-labels" aria-hidden="true" pointerEvents="none">
        {layout.contacts.map((placed) => {
          const contact = byId.get(placed.id)!;
          return (
            <g key={contact.id} transform={`translate(${placed.x.toFixed(1)} ${placed.y.toFixed(1)})`}>
              <ContactText name={contact.name} radius={r} />
              {contact.ownWords && (
                <text className="nm-own-words" x={r * 0.62} y={-r * 0.5} fontSize={Math.max(14, r * 0.7)} textAnchor="middle">
                  ”
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
});

function Background({ layout, sectorName }: { layout: NetworkLayout; sectorName: (sector: NetworkSector) => string }) {
  const outer = layout.rings[layout.rings.length - 1]!.outer;
  return (
    <g className="nm-background" aria-hidden="true">
      {layout.wedges.map((wedge, index) => (
        <path key={wedge.sector} className={`nm-wedge nm-wedge-${index % 2}`} d={wedgePath(wedge, layout.centre.radius, outer)} />
      ))}
      {layout.rings.map((ring) => (
        <circle key={ring.distance} className="nm-ring" cx={layout.centre.x} cy={layout.centre.y} r={ring.outer} />
      ))}
      {layout.wedges.map((wedge) => (
        <text key={`label-${wedge.sector}`} className="nm-sector-name" x={wedge.labelAt.x} y={wedge.labelAt.y} textAnchor={anchorAt(wedge.labelAt.x)} dominantBaseline="middle">
          {sectorName(wedge.sector)}
        </text>
      ))}
    </g>
  );
}

/** Names at the sides run outwards (away from the rings), those at the top and bottom are centred. */
function anchorAt(x: number): 'start' | 'middle' | 'end' {
  const offset = x - mapSize / 2;
  return offset > 150 ? 'start' : offset < -150 ? 'end' : 'middle';
}

function RelationLine({ layout, placed, quality }: { layout: NetworkLayout; placed: PlacedContact; quality: RelationQuality }) {
  const { from, to } = relationLine(layout, placed);
  if (quality === 'conflict') return <path className="nm-line nm-line-conflict" d={zigzagPath(from, to)} aria-hidden="true" />;
  return <line className={`nm-line nm-line-${quality}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} aria-hidden="true" />;
}

/** A contact's name inside its circle: one or two lines, shortened with an ellipsis to fit. */
function ContactText({ name, radius }: { name: string; radius: number }) {
  const fontSize = Math.max(9, radius * 0.42);
  const perLine = Math.max(3, Math.floor((radius * 1.9) / (fontSize * 0.56)));
  const lines = wrap(name, perLine, 3);
  const top = -((lines.length - 1) * fontSize * 1.1) / 2;
  return (
    <text className="nm-contact-name" fontSize={fontSize} textAnchor="middle" dominantBaseline="middle">
      {lines.map((line, index) => (
        <tspan key={index} x={0} y={top + index * fontSize * 1.1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function CentreText({ text, x, y, radius }: { text: string; x: number; y: number; radius: number }) {
  const fontSize = 24;
  const lines = wrap(text, Math.floor((radius * 1.8) / (fontSize * 0.56)), 2);
  const top = y - ((lines.length - 1) * fontSize * 1.1) / 2;
  return (
    <text className="nm-centre-name" fontSize={fontSize} textAnchor="middle" dominantBaseline="middle">
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={top + index * fontSize * 1.1}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A long word in parts of even length, each at most `size` (so no part is a lone letter). */
function chunks(word: string, size: number): string[] {
  const count = Math.ceil(word.length / size);
  const even = Math.ceil(word.length / count);
  return Array.from({ length: count }, (_, index) => word.slice(index * even, (index + 1) * even));
}

/** Splits text into at most `maxLines` lines of about `perLine` characters, at spaces when it can; the last ends in "…" if cut. */
export function wrap(text: string, perLine: number, maxLines: number): string[] {
  // A word longer than a line is split with a hyphen ("Koulukurat-" "tori").
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length <= perLine ? [word] : chunks(word, Math.max(2, perLine - 1)).map((part, index, all) => (index < all.length - 1 ? `${part}-` : part))));
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= perLine) current = candidate;
    else {
      if (current !== '') lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines).map((line) => (line.length > perLine ? `${line.slice(0, perLine - 1)}…` : line));
  if (cut && kept.length > 0) {
    const last = kept[kept.length - 1]!;
    kept[kept.length - 1] = last.endsWith('…') ? last : `${last.slice(0, Math.max(1, perLine - 1))}…`;
  }
  return kept;
}
