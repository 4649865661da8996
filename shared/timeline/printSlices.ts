// The printed timeline, fitted to paper: the whole span is laid out once at a readable scale (about
// `pxPerYear` per year), and if that is wider than a page it is cut into page-wide slices, each
// printed as its own picture under the previous one. An event belongs to the slice where its room
// starts (its marker and title are drawn there, whole); a lasting event that goes on past the cut is
// also in the next slices as a `continued` bar without its title. Each slice's page ends with
// `labelRoom` px of the next slice's time, so titles of the slice's last events are not cut off; a
// title longer than that widens its slice's picture (printed a little smaller). Each slice packs the lanes it uses
// together, so it is no taller than its own events need. Pure maths over layoutTimeline; the renderer draws each slice.
import {
  axisTicks,
  defaultTimelineLayoutOptions,
  layoutTimeline,
  timelineExtent,
  timeToX,
  type AxisTick,
  type BirthMarker,
  type LayoutChildInput,
  type LayoutEventInput,
  type PlacedEvent,
  type TimelineLayout,
  type TimelineLayoutOptions,
} from './layout';

const YEAR_MS = 365.2425 * 86_400_000;

export type PrintSliceOptions = TimelineLayoutOptions & {
  /** The printed width of one slice, in layout px (a landscape page). */
  width: number;
  /** The scale aimed at; a span that fits a page at this scale is one slice, stretched to the page. */
  pxPerYear: number;
  /** No more slices than this: a longer span is squeezed rather than printed on ever more pages. */
  maxSlices: number;
  /** Room at the right of each page for the titles of the slice's last events (the axis goes on there). */
  labelRoom: number;
};

export const defaultPrintSliceOptions: PrintSliceOptions = { ...defaultTimelineLayoutOptions, width: 1000, pxPerYear: 90, maxSlices: 12, labelRoom: 220 };

/** An event in a slice; `continued`: it began in an earlier slice, only its bar is drawn here. */
export type SlicedEvent = PlacedEvent & { continued: boolean };

export type PrintSlice = {
  /** A layout for this slice alone: its plot is the slice's span, its height fits its lanes. */
  layout: TimelineLayout;
  events: SlicedEvent[];
  births: BirthMarker[];
  ticks: AxisTick[];
  /** The part of the whole layout's width the slice shows (for an SVG viewBox). */
  viewLeft: number;
  viewWidth: number;
  /** The instants at the slice's left edge and where the next slice begins (its page shows a little beyond, for titles). */
  start: number;
  end: number;
};

export function printSlices(
  input: { events: readonly LayoutEventInput[]; children: readonly LayoutChildInput[]; now: number },
  options: PrintSliceOptions = defaultPrintSliceOptions,
): PrintSlice[] {
  const pagePlot = Math.max(1, options.width - options.left - options.right);
  const extent = timelineExtent(input.events, input.children, input.now);
  const span = extent.end - extent.start;
  // One page when the whole span fits it at the aimed scale; otherwise slices of `step` px of time each.
  const single = (span / YEAR_MS) * options.pxPerYear <= pagePlot;
  const step = single ? pagePlot : Math.max(1, pagePlot - options.labelRoom);
  const count = single ? 1 : Math.min(options.maxSlices, Math.ceil(((span / YEAR_MS) * options.pxPerYear) / step - 1e-9));
  const msPerPx = span / (count * step);
  // The layout's plot is exactly the slices' time (a wider one would be clamped to a finer scale).
  const wholeWidth = count * step + options.left + options.right;
  const whole = layoutTimeline(input, { start: extent.start, msPerPx }, { ...options, width: wholeWidth });
  const xOf = timeToX(whole.view, options.left);

  const slices: PrintSlice[] = [];
  for (let index = 0; index < count; index++) {
    const from = options.left + index * step;
    const to = from + step;
    const last = index === count - 1;
    const startsHere = (event: PlacedEvent) => event.box.left >= from - (index === 0 ? Infinity : 0) && (last || event.box.left < to);
    const inside = whole.events.filter((event) => startsHere(event) || (event.shape === 'range' && event.x1 < from && event.x2 > from));
    const lanes = [...new Set(inside.map((event) => event.lane))].sort((a, b) => a - b);
    const row = new Map(lanes.map((lane, position) => [lane, position]));
    const top = whole.plot.top;
    const events = inside.map((event) => {
      const lane = row.get(event.lane)!;
      return { ...event, lane, y: top + (lane + 0.5) * options.laneHeight, visible: true, continued: !startsHere(event) };
    });
    const bottom = top + Math.max(1, lanes.length) * options.laneHeight;
    const start = whole.view.start + (from - options.left) * whole.view.msPerPx;
    const end = start + step * whole.view.msPerPx;
    const births = whole.births.filter((birth) => birth.x2 >= from && birth.x1 <= to);
    // A title or birth label longer than the room left on the page widens this slice's picture (it is
    // printed a little smaller) rather than being cut at the page's edge.
    let right = from + pagePlot;
    for (const event of events) if (!event.continued) right = Math.max(right, event.box.right);
    for (const birth of births) right = Math.max(right, birth.box.right);
    const plotWidth = right - from;
    slices.push({
      layout: { ...whole, height: bottom + options.axisHeight, plot: { left: from, right, top, bottom }, laneCount: lanes.length },
      events,
      births,
      ticks: axisTicks(start, start + plotWidth * whole.view.msPerPx, whole.tickStep, xOf),
      viewLeft: from - options.left,
      viewWidth: plotWidth + options.left + options.right,
      start,
      end,
    });
  }
  return slices;
}
