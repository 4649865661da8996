// The picture of a timeline as SVG, drawn from a layout of shared/timeline/layout.ts and nothing else:
// the births row, the lanes of events (a disc with the category's glyph, a bar for a span, faded
// ends when the time is approximate, the title), the years axis. The print view draws each slice
// with it whole; the interactive TimelineChart draws the axis with it (no events) and lays the
// memoised EventMarks and BirthMarks over it on a layer it moves with a CSS transform.
import { memo, useMemo } from 'react';
import type { AxisTick, BirthMarker, PlacedEvent, TimelineLayout } from '../../../shared/timeline/layout';
import { timelineCategories, type TimelineCategory } from '../../../shared/timeline/timelineEvent';
import { discPath, placedGlyph } from './glyphGeometry';

/** What an event says in the picture: its shortened title, and the whole sentence for the tooltip. */
export type EventText = { label: string; full: string };

type TimelineDrawingProps = {
  /** Unique on the page: prefixes the ids of the drawing's symbols, mask and clip path. */
  uid: string;
  layout: TimelineLayout;
  /** The events to draw (all of layout.events, or the ones in a print slice; `continued`: bar only). */
  events: readonly (PlacedEvent & { continued?: boolean })[];
  births: readonly BirthMarker[];
  ticks: readonly AxisTick[];
  /** Horizontal shift of events and births, in px, for panning without a new layout. */
  offset: number;
  /** The horizontal span events are drawn in (clipped to): the plot of the layout, or one print slice of it. */
  from: number;
  to: number;
  /** The part of the layout's width the picture shows (all of it, or a print slice with its margins). */
  viewLeft: number;
  viewWidth: number;
  eventText: ReadonlyMap<string, EventText>;
  birthText: (birth: BirthMarker) => string;
  tickText: (tick: AxisTick) => string;
  selectedId: string | null;
  large: boolean;
  /** Accessible name and description of the picture (ids of elements elsewhere on the page). */
  labelledBy: string;
  describedBy?: string;
  className?: string;
};

export function TimelineDrawing(props: TimelineDrawingProps) {
  const { uid, layout, offset, from, to, large } = props;
  const { plot, height } = layout;
  const radius = large ? 11 : 8;
  const { viewLeft, viewWidth } = props;
  return (
    <svg
      className={`tl-drawing${large ? ' large' : ''} ${props.className ?? ''}`}
      viewBox={`${viewLeft} 0 ${viewWidth} ${height}`}
      width={viewWidth}
      height={height}
      role="img"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
    >
      <defs>
        <clipPath id={`${uid}-clip`}>
          <rect x={from} y={0} width={Math.max(0, to - from)} height={height} />
        </clipPath>
      </defs>
      <rect className="tl-plot-bg" x={from} y={plot.top} width={Math.max(0, to - from)} height={plot.bottom - plot.top} />
      <g className="tl-ticks" clipPath={`url(#${uid}-clip)`}>
        {props.ticks.map((tick) => (
          <line key={tick.time} className={`tl-tick tl-tick-${tick.unit}`} data-time={tick.time} x1={tick.x} x2={tick.x} y1={0} y2={plot.bottom + 6} />
        ))}
      </g>
      <line className="tl-axis" x1={from} x2={to} y1={plot.bottom} y2={plot.bottom} />
      {props.ticks.map((tick) => (
        <text key={tick.time} className={`tl-tick-label tl-tick-label-${tick.unit}`} x={tick.x} y={plot.bottom + (large ? 26 : 20)} textAnchor="middle">
          {props.tickText(tick)}
        </text>
      ))}
      <g clipPath={`url(#${uid}-clip)`}>
        <g transform={offset === 0 ? undefined : `translate(${offset},0)`}>
          <BirthMarks births={props.births} plot={plot} text={props.birthText} large={large} />
          <EventMarks events={props.events} eventText={props.eventText} selectedId={props.selectedId} radius={radius} />
        </g>
      </g>
    </svg>
  );
}

type EventMarksProps = {
  events: readonly (PlacedEvent & { continued?: boolean })[];
  eventText: ReadonlyMap<string, EventText>;
  selectedId: string | null;
  radius: number;
};

/**
 * The events, lean enough for hundreds: per category one path for all its discs, one for all its
 * glyphs and up to three for its bars (exact spans solid; approximate ones with faded ends), and per
 * event only its title (a <text> carrying the event's id, its whole sentence as a tooltip, and its
 * first instant and x in data-start and data-x, so a test can check it against the axis's ticks, which
 * carry their instant in data-time).
 * Memoised: panning changes only the parent's translation, not these.
 */
export const EventMarks = memo(function EventMarks({ events, eventText, selectedId, radius }: EventMarksProps) {
  const shapes = useMemo(() => eventShapes(events, radius), [events, radius]);
  const selected = selectedId ? events.find((event) => event.eventId === selectedId && !event.continued) : undefined;
  return (
    <g className="tl-events">
      {timelineCategories.map((category) => {
        const shape = shapes[category];
        if (!shape) return null;
        return (
          <g key={category} className={`tl-cat-${category}`} data-category={category}>
            {shape.exact && <path className="tl-bar" d={shape.exact} />}
            {shape.approximateEnds && <path className="tl-bar approximate-ends" d={shape.approximateEnds} />}
            {shape.approximateCore && <path className="tl-bar approximate-core" d={shape.approximateCore} />}
            {shape.discs && <path className="tl-badge" d={shape.discs} />}
            {shape.glyphs && <path className="tl-glyph" d={shape.glyphs} style={{ strokeWidth: 1.5 * (radius / 8) }} />}
          </g>
        );
      })}
      {selected && <circle className="tl-selected-ring" cx={markerX(selected, radius)} cy={selected.y} r={radius + 3} />}
      {events.map((event) =>
        event.continued ? null : (
          <text
            key={event.eventId}
            className={`tl-event tl-event-label tl-cat-${event.category}${event.approximate ? ' approximate' : ''}${event.eventId === selectedId ? ' selected' : ''}`}
            data-event-id={event.eventId}
            data-start={event.start}
            data-x={event.x1}
            x={markerX(event, radius) + radius + 4}
            y={event.y}
            dominantBaseline="central"
          >
            <title>{eventText.get(event.eventId)?.full ?? ''}</title>
            {eventText.get(event.eventId)?.label ?? ''}
          </text>
        ),
      )}
    </g>
  );
});

type CategoryShapes = { discs: string; glyphs: string; exact: string; approximateEnds: string; approximateCore: string };

/** The path data of every category's discs, glyphs and bars. */
function eventShapes(events: readonly (PlacedEvent & { continued?: boolean })[], radius: number): Partial<Record<TimelineCategory, CategoryShapes>> {
  const shapes: Partial<Record<TimelineCategory, CategoryShapes>> = {};
  const bar = Math.max(3, Math.round(radius * 0.6));
  const scale = radius / 8;
  for (const event of events) {
    const shape = (shapes[event.category] ??= { discs: '', glyphs: '', exact: '', approximateEnds: '', approximateCore: '' });
    if (event.shape === 'range') {
      const top = event.y + radius - 1;
      const width = Math.max(2, event.x2 - event.x1);
      if (event.approximate) {
        // The outer fifth at each end faded: the time is uncertain there.
        const fade = width / 5;
        shape.approximateEnds += rect(event.x1, top, fade, bar) + rect(event.x2 - fade, top, fade, bar);
        shape.approximateCore += rect(event.x1 + fade, top, width - 2 * fade, bar);
      } else shape.exact += rect(event.x1, top, width, bar);
    }
    if (event.continued) continue;
    const cx = markerX(event, radius);
    shape.discs += discPath(cx, event.y, radius);
    shape.glyphs += placedGlyph(event.category, cx, event.y, scale);
  }
  return shapes;
}

/** Where an event's disc sits: at the centre of a one-day point, at the start of a range. */
function markerX(event: PlacedEvent, radius: number): number {
  return event.shape === 'point' ? (event.x1 + event.x2) / 2 : event.x1 + radius;
}

const rect = (x: number, y: number, width: number, height: number) =>
  `M${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}h${Math.round(width * 10) / 10}v${height}h${-Math.round(width * 10) / 10}Z`;

export const BirthMarks = memo(function BirthMarks({
  births,
  plot,
  text,
  large,
}: {
  births: readonly BirthMarker[];
  plot: TimelineLayout['plot'];
  text: (birth: BirthMarker) => string;
  large: boolean;
}) {
  // The year bands first, under every birth's marker and label (a sibling's band must not cover a label).
  return (
    <g className="tl-births">
      {births.map((birth) => (
        <rect key={birth.childId} className="tl-birth-year" x={birth.x1} y={4} width={Math.max(2, birth.x2 - birth.x1)} height={plot.top - 8} rx={3} />
      ))}
      {births.map((birth) => (
        <g key={birth.childId} className="tl-birth" data-child-id={birth.childId}>
          <line className="tl-birth-line" x1={birth.x} x2={birth.x} y1={plot.top - 4} y2={plot.bottom} />
          <path className="tl-birth-mark" d={`M${birth.x},${birth.y - (large ? 8 : 6)}l${large ? 7 : 5},${large ? 8 : 6}l-${large ? 7 : 5},${large ? 8 : 6}l-${large ? 7 : 5},-${large ? 8 : 6}Z`} />
          <text className="tl-birth-label" x={birth.x + (large ? 10 : 8)} y={birth.y} dominantBaseline="central">
            {text(birth)}
          </text>
        </g>
      ))}
    </g>
  );
});
