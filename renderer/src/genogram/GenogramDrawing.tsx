// The genogram drawn as SVG from its layout (shared/genogram/layout.ts): households behind, then
// couples' lines, children's lines, the other parents' dotted lines, emotional lines, and the people
// with their names and years on top. Static (print, the room's screen) or interactive: each person is
// then a button in one tab stop (a roving tabindex), and the keys the screen handles (select, nudge,
// edit, remove) arrive through onPersonKey.
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Genogram } from '../../../shared/genogram/genogram';
import { genogramGeometry, type GenogramLayout } from '../../../shared/genogram/layout';
import { describePerson, yearsText } from './genogramText';
import { ArrowMarker, ChildLine, CoupleLine, EmotionalLine, PersonSymbol } from './GenogramSymbols';

export type GenogramInteraction = {
  selectedId: string | null;
  onSelect: (personId: string) => void;
  onEdit: (personId: string) => void;
  onPersonKey: (event: KeyboardEvent<SVGGElement>, personId: string) => void;
  /** Describes the keys (the id of an element saying them). */
  keysId: string;
};

type GenogramDrawingProps = {
  genogram: Genogram;
  layout: GenogramLayout;
  label: string;
  /** Unique per page: the arrow marker's id. */
  idPrefix: string;
  interaction?: GenogramInteraction;
  /** 'natural': one layout unit per CSS pixel (the screen scrolls); 'fit': as wide as its container. */
  size?: 'natural' | 'fit';
};

/** Names longer than this are cut with an ellipsis in the drawing (the whole name is in the list and the accessible name). */
const nameChars = 16;
const shortName = (name: string) => (name.length > nameChars ? `${name.slice(0, nameChars - 1)}…` : name);

export function GenogramDrawing({ genogram, layout, label, idPrefix, interaction, size = 'natural' }: GenogramDrawingProps) {
  const { t } = useTranslation();
  const people = new Map(genogram.people.map((person) => [person.id, person]));
  const { bounds } = layout;
  const markerId = `${idPrefix}-arrow`;
  const focusable = interaction && (interaction.selectedId && people.has(interaction.selectedId) ? interaction.selectedId : genogram.people[0]?.id);
  const g = genogramGeometry;
  return (
    <svg
      className={`gg-drawing gg-size-${size}`}
      viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      width={size === 'natural' ? bounds.width : undefined}
      height={size === 'natural' ? bounds.height : undefined}
      role={interaction ? 'group' : 'img'}
      aria-label={label}
      data-testid="genogram-drawing"
    >
      <ArrowMarker id={markerId} />
      <g className="gg-households" aria-hidden="true">
        {layout.households.map((household) => (
          <polygon key={household.id} className="gg-household" points={household.outline.map((point) => `${point.x},${point.y}`).join(' ')} />
        ))}
      </g>
      <g className="gg-lines" aria-hidden="true">
        {layout.couples.map((couple) => (
          <CoupleLine key={`${couple.a}|${couple.b}`} kind={couple.kind} stubs={couple.stubs} line={couple.line} />
        ))}
        {layout.sibships.map((sibship) => (
          <g key={sibship.parents} className="gg-sibship">
            <path d={`M${sibship.drop.x1},${sibship.drop.y1}L${sibship.drop.x2},${sibship.drop.y2}M${sibship.bar.x1},${sibship.bar.y1}L${sibship.bar.x2},${sibship.bar.y2}`} />
            {sibship.children.map((child) => (
              <ChildLine key={child.id} kind={child.kind} line={child.line} />
            ))}
          </g>
        ))}
        {layout.otherLinks.map((link) => (
          <ChildLine key={link.linkId} kind={link.kind} line={link.line} />
        ))}
        {layout.emotionalLines.map((line) => (
          <EmotionalLine key={line.lineId} kind={line.kind} from={line.from} to={line.to} control={line.control} markerId={markerId} />
        ))}
      </g>
      <g className="gg-people">
        {layout.people.map(({ id, x, y }) => {
          const person = people.get(id);
          if (!person) return null;
          const selected = interaction?.selectedId === id;
          return (
            <g
              key={id}
              className={`gg-person${selected ? ' selected' : ''}`}
              data-person-id={id}
              {...(interaction
                ? {
                    role: 'button',
                    tabIndex: focusable === id ? 0 : -1,
                    'aria-label': describePerson(person, t),
                    'aria-pressed': selected,
                    'aria-describedby': interaction.keysId,
                    onClick: () => interaction.onSelect(id),
                    onDoubleClick: () => interaction.onEdit(id),
                    onFocus: () => !selected && interaction.onSelect(id),
                    onKeyDown: (event: KeyboardEvent<SVGGElement>) => interaction.onPersonKey(event, id),
                  }
                : {})}
            >
              {/* The person's place with their name under it: what a pointer hits, and the selection's outline. */}
              <rect className={selected ? 'gg-selection' : 'gg-hit'} x={x - g.slot / 2 + 4} y={y - g.symbol / 2 - 12} width={g.slot - 8} height={g.symbol + 62} rx={8} />
              <PersonSymbol person={person} x={x} y={y} />
            </g>
          );
        })}
      </g>
      {/* Names and years for the eye; the accessible name of each person says all of it (describePerson). */}
      <g className="gg-labels" aria-hidden="true">
        {layout.people.map(({ id, x, y }) => {
          const person = people.get(id);
          if (!person) return null;
          const years = yearsText(person);
          return (
            <g key={id}>
              <text className="gg-name" x={x} y={y + g.symbol / 2 + 30} textAnchor="middle">
                {shortName(person.name)}
              </text>
              {years && (
                <text className="gg-years" x={x} y={y + g.symbol / 2 + 46} textAnchor="middle">
                  {years}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
