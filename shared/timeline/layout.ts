// The layout of the visual family timeline, as pure maths for an SVG: time runs left to right over
// a years axis whose ticks adapt to the zoom (every ten years … every month), each event is placed by
// its date (approximate and lasting ones as a range from start x to end x, exact one-day ones as a
// point), events are packed into lanes so none overlaps another (greedy first-fit interval packing),
// and children's births are markers in rows above the lanes (packed like the events, so twins' or
// close siblings' labels never lie on top of each other). Zoom and pan are a view
// transform, clamped between the whole-life view and about a month per plot width, and to the data's
// extent plus a margin; the keyboard moves it in fixed steps. The renderer draws what this returns.
//
// Lanes depend on the zoom only, never on the pan, so panning moves the picture without reshuffling
// rows (a screen can keep the layout for a zoom and translate it while panning).
import { eventRange, sortTimelineEvents, type TimeRange } from './dateRange';
import type { TimelineEvent } from './timelineEvent';

const DAY_MS = 86_400_000;
/** An average Gregorian year and month, for scales (never for calendar positions). */
const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

/** What is on screen: the instant at the plot's left edge and the scale. */
export type TimelineView = { start: number; msPerPx: number };

/**
 * The one mapping from time to x for a view whose plot begins at `left`. Ticks, their labels, events,
 * ranges and births are all placed with it, so a date always sits over its own year on the axis.
 */
export function timeToX(view: TimelineView, left: number): (time: number) => number {
  return (time) => left + (time - view.start) / view.msPerPx;
}

export type TimelineLayoutOptions = {
  width: number;
  /** Space left and right of the plot (labels of the first and last tick). */
  left: number;
  right: number;
  /** Height of a births row above the lanes (one row, more when birth labels would overlap). */
  birthsHeight: number;
  laneHeight: number;
  /** Height of the axis below the lanes. */
  axisHeight: number;
  /** Width of a one-day event's marker, and the least width any event occupies in its lane. */
  markerWidth: number;
  /** Least free space between two events in the same lane. */
  gap: number;
  /** Least space between two axis ticks. */
  minTickSpacing: number;
};

export const defaultTimelineLayoutOptions: TimelineLayoutOptions = {
  width: 960,
  left: 24,
  right: 24,
  birthsHeight: 32,
  laneHeight: 28,
  axisHeight: 40,
  markerWidth: 12,
  gap: 6,
  minTickSpacing: 56,
};

/** What the layout needs of an event; `labelWidth` is the space its title takes to the right of its start (0 or absent: marker only). */
export type LayoutEventInput = Pick<TimelineEvent, 'id' | 'date' | 'endDate' | 'category' | 'title'> & { labelWidth?: number };
/** A child; `labelWidth` is the space its birth label takes to the right of its marker (0 or absent: marker only). */
export type LayoutChildInput = { id: string; pseudonym: string; birthYear: number | null; labelWidth?: number };

export type PlacedEvent = {
  eventId: string;
  category: TimelineEvent['category'];
  /** 0 is the top lane. */
  lane: number;
  /** Centre line of the lane. */
  y: number;
  /** The span the event covers, in plot x (x2 > x1 always; may lie outside the plot when panned). */
  x1: number;
  x2: number;
  /** The instant the event begins (epoch ms), the one placed at x1. */
  start: number;
  /** 'point' for an exact one-day event without an end, drawn as a marker at x1–x2's centre; 'range' otherwise. */
  shape: 'point' | 'range';
  /**
   * The room the event owns in its lane, in plot x: its marker or bar and its title (a range's title
   * starts at x1, a point's right after its marker). Boxes in one lane never overlap.
   */
  box: { left: number; right: number };
  /** The date or the end date is less exact than a day: draw the range as uncertain (e.g. faded ends). */
  approximate: boolean;
  /** The event has an end date. */
  lasting: boolean;
  /** Whether any of its box is inside the plot. */
  visible: boolean;
};

/**
 * A birth over its year (x1–x2), its marker at x in births row `row` (centre line y); `box` is the room
 * its marker and label own in plot x. Boxes in one row never overlap.
 */
export type BirthMarker = {
  childId: string;
  pseudonym: string;
  year: number;
  x1: number;
  x2: number;
  x: number;
  y: number;
  row: number;
  box: { left: number; right: number };
  visible: boolean;
};

export type AxisTick = { time: number; x: number; year: number; month: number; unit: 'year' | 'month' };
export type TickStep = { unit: 'year'; years: number } | { unit: 'month'; months: number };

export type TimelineLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The view actually used (clamped). */
  view: TimelineView;
  extent: TimeRange;
  tickStep: TickStep;
  ticks: AxisTick[];
  /** Every event, in date order (compareTimelineEvents in dateRange.ts), whether or not it is visible. */
  events: PlacedEvent[];
  laneCount: number;
  births: BirthMarker[];
};

/**
 * The span the timeline can show: from the earliest event start or birth to the latest event end or
 * today (whichever is later), plus a margin on both sides of 5% of that span but at least a month.
 * With no data, the year up to today.
 */
export function timelineExtent(events: readonly Pick<LayoutEventInput, 'date' | 'endDate'>[], children: readonly LayoutChildInput[], now: number): TimeRange {
  let min = now - YEAR_MS;
  let max = now;
  let any = false;
  for (const event of events) {
    const range = eventRange(event.date, event.endDate);
    if (!any || range.start < min) min = range.start;
    if (range.end > max) max = range.end;
    any = true;
  }
  for (const child of children) {
    if (child.birthYear === null) continue;
    const start = Date.UTC(child.birthYear, 0, 1);
    if (!any || start < min) min = start;
    any = true;
  }
  if (min > now) min = now;
  const margin = Math.max((max - min) * 0.05, MONTH_MS);
  return { start: min - margin, end: max + margin };
}

/**
 * The extent made long enough at its end that, seen whole, the latest events' titles fit in the plot
 * instead of running off its right edge: an event starting at s with a title of L pixels needs an end
 * e with s + L·(e − start)/W ≤ e, so e ≥ (s − start·L/W) / (1 − L/W). Titles wider than 60 % of the
 * plot are counted as 60 % (they are shortened on screen anyway).
 */
export function extentForLabels(
  extent: TimeRange,
  events: readonly (Pick<LayoutEventInput, 'date' | 'endDate'> & { labelWidth?: number })[],
  plotWidth: number,
  markerWidth: number = defaultTimelineLayoutOptions.markerWidth,
): TimeRange {
  let end = extent.end;
  for (const event of events) {
    const share = Math.min(0.6, ((event.labelWidth ?? 0) + markerWidth) / Math.max(1, plotWidth));
    const start = eventRange(event.date, event.endDate).start;
    end = Math.max(end, (start - extent.start * share) / (1 - share));
  }
  return { start: extent.start, end };
}

/** The least and the most time one pixel may stand for: about a month per plot width, and the whole extent. */
export function zoomLimits(extent: TimeRange, plotWidth: number): { minMsPerPx: number; maxMsPerPx: number } {
  const minMsPerPx = MONTH_MS / plotWidth;
  return { minMsPerPx, maxMsPerPx: Math.max(minMsPerPx, (extent.end - extent.start) / plotWidth) };
}

/** The whole-life view: the whole extent in the plot. */
export function fitView(extent: TimeRange, plotWidth: number): TimelineView {
  return { start: extent.start, msPerPx: zoomLimits(extent, plotWidth).maxMsPerPx };
}

/** A view brought within the limits: the zoom first, then the pan so the plot stays inside the extent. */
export function clampView(view: TimelineView, extent: TimeRange, plotWidth: number): TimelineView {
  const { minMsPerPx, maxMsPerPx } = zoomLimits(extent, plotWidth);
  const msPerPx = Math.min(maxMsPerPx, Math.max(minMsPerPx, view.msPerPx));
  const latestStart = Math.max(extent.start, extent.end - plotWidth * msPerPx);
  return { start: Math.min(latestStart, Math.max(extent.start, view.start)), msPerPx };
}

/** Zooms by `factor` (above 1 closer, below 1 farther) keeping the instant under plot x `anchorX` in place. */
export function zoomView(view: TimelineView, factor: number, anchorX: number, extent: TimeRange, plotWidth: number): TimelineView {
  const anchor = view.start + anchorX * view.msPerPx;
  const msPerPx = view.msPerPx / factor;
  return clampView({ start: anchor - anchorX * msPerPx, msPerPx }, extent, plotWidth);
}

/** Pans by `dx` pixels (positive: towards later times, as when the picture is dragged to the left). */
export function panView(view: TimelineView, dx: number, extent: TimeRange, plotWidth: number): TimelineView {
  return clampView({ start: view.start + dx * view.msPerPx, msPerPx: view.msPerPx }, extent, plotWidth);
}

/** Pans so `time` is in the middle of the plot, keeping the zoom (to bring an event chosen in the list into view). */
export function centreView(view: TimelineView, time: number, extent: TimeRange, plotWidth: number): TimelineView {
  return clampView({ start: time - (plotWidth / 2) * view.msPerPx, msPerPx: view.msPerPx }, extent, plotWidth);
}

/** Keyboard steps: arrows pan a tenth of the plot (with Shift half of it), + and − zoom by 1.5 about the centre. */
export const timelineKeyboardSteps = { panFraction: 0.1, panFractionLarge: 0.5, zoomFactor: 1.5 } as const;

export type TimelineCommand =
  | { kind: 'pan'; plotWidths: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'toStart' }
  | { kind: 'toEnd' };

/**
 * The command of a key pressed on the focused timeline (KeyboardEvent.key and shiftKey), or null for
 * a key the timeline leaves alone: ←/→ pan, Shift+←/→ pan farther, PageUp/PageDown a plot width,
 * + or = zoom in, − or - zoom out, 0 the whole life, Home/End to the first/last events.
 */
export function timelineKeyCommand(key: string, shiftKey: boolean): TimelineCommand | null {
  const { panFraction, panFractionLarge, zoomFactor } = timelineKeyboardSteps;
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'pan', plotWidths: -(shiftKey ? panFractionLarge : panFraction) };
    case 'ArrowRight':
      return { kind: 'pan', plotWidths: shiftKey ? panFractionLarge : panFraction };
    case 'PageUp':
      return { kind: 'pan', plotWidths: -1 };
    case 'PageDown':
      return { kind: 'pan', plotWidths: 1 };
    case '+':
    case '=':
      return { kind: 'zoom', factor: zoomFactor };
    case '-':
    case '−':
      return { kind: 'zoom', factor: 1 / zoomFactor };
    case '0':
      return { kind: 'fit' };
    case 'Home':
      return { kind: 'toStart' };
    case 'End':
      return { kind: 'toEnd' };
    default:
      return null;
  }
}

export function applyTimelineCommand(view: TimelineView, command: TimelineCommand, extent: TimeRange, plotWidth: number): TimelineView {
  switch (command.kind) {
    case 'pan':
      return panView(view, command.plotWidths * plotWidth, extent, plotWidth);
    case 'zoom':
      return zoomView(view, command.factor, plotWidth / 2, extent, plotWidth);
    case 'fit':
      return fitView(extent, plotWidth);
    case 'toStart':
      return clampView({ start: extent.start, msPerPx: view.msPerPx }, extent, plotWidth);
    case 'toEnd':
      return clampView({ start: extent.end, msPerPx: view.msPerPx }, extent, plotWidth);
  }
}

/** The tick step for a scale: the finest of month, quarter, half-year, 1, 2, 5, 10, 20, 50, 100 years whose ticks are at least `minSpacing` apart. */
export function tickStepFor(msPerPx: number, minSpacing: number): TickStep {
  const monthPx = MONTH_MS / msPerPx;
  for (const months of [1, 3, 6]) if (monthPx * months >= minSpacing) return { unit: 'month', months };
  const yearPx = YEAR_MS / msPerPx;
  for (const years of [1, 2, 5, 10, 20, 50]) if (yearPx * years >= minSpacing) return { unit: 'year', years };
  return { unit: 'year', years: 100 };
}

/** Calendar ticks inside [from, to] for a step: year starts on multiples of the step, or month starts (January is a year tick). UTC. */
export function axisTicks(from: number, to: number, step: TickStep, xOf: (time: number) => number): AxisTick[] {
  const ticks: AxisTick[] = [];
  const first = new Date(from);
  if (step.unit === 'year') {
    let year = Math.ceil(first.getUTCFullYear() / step.years) * step.years;
    for (; Date.UTC(year, 0, 1) <= to; year += step.years) {
      const time = Date.UTC(year, 0, 1);
      if (time >= from) ticks.push({ time, x: xOf(time), year, month: 1, unit: 'year' });
    }
    return ticks;
  }
  // Month starts whose month index is a multiple of the step (Jan, Apr, Jul, Oct for quarters).
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  index = Math.ceil(index / step.months) * step.months;
  for (; ; index += step.months) {
    const year = Math.floor(index / 12);
    const month = index - year * 12;
    const time = Date.UTC(year, month, 1);
    if (time > to) break;
    if (time >= from) ticks.push({ time, x: xOf(time), year, month: month + 1, unit: month === 0 ? 'year' : 'month' });
  }
  return ticks;
}

/**
 * Packs spans into lanes: in order of their left edge, each goes into the first lane whose last span
 * ends at least `gap` before it starts (a new lane if none). Returns the lane of each span and the
 * number of lanes. O(n log n + n × lanes).
 */
export function packLanes(spans: readonly { left: number; right: number }[], gap: number): { lanes: number[]; laneCount: number } {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.left - spans[b]!.left || spans[b]!.right - spans[a]!.right || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const index of order) {
    const span = spans[index]!;
    let lane = laneEnds.findIndex((end) => end + gap <= span.left);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.right);
    } else laneEnds[lane] = span.right;
    lanes[index] = lane;
  }
  return { lanes, laneCount: laneEnds.length };
}

/**
 * Lays out the timeline for a view, or for the whole extent when `view` is null. A given view is used
 * as it is (the caller clamps it against the extent it pans in, which may be longer than the data's
 * own, e.g. extentForLabels): clamping it here again against another extent would draw the events at
 * another scale than the caller's axis. `now` (epoch ms) keeps today inside the extent. Events come
 * back in date order with their lane and x span; births as markers over their year.
 */
export function layoutTimeline(
  input: { events: readonly LayoutEventInput[]; children: readonly LayoutChildInput[]; now: number },
  view: TimelineView | null,
  options: TimelineLayoutOptions = defaultTimelineLayoutOptions,
): TimelineLayout {
  const plotWidth = Math.max(1, options.width - options.left - options.right);
  const extent = timelineExtent(input.events, input.children, input.now);
  const shown = view ?? fitView(extent, plotWidth);
  const xOf = timeToX(shown, options.left);
  const plotLeft = options.left;
  const plotRight = options.left + plotWidth;

  const ordered = sortTimelineEvents(input.events);
  // Spans in pixels from the epoch, not from the view's start, so the lanes are the same at any pan.
  const ranges = ordered.map((event) => eventRange(event.date, event.endDate));
  const spans = ordered.map((event, index) => {
    const range = ranges[index]!;
    const left = range.start / shown.msPerPx;
    const right = range.end / shown.msPerPx;
    if (isPoint(event)) {
      const centre = (left + right) / 2;
      const half = options.markerWidth / 2;
      return { left: centre - half, right: centre + half + (event.labelWidth ?? 0) };
    }
    return { left, right: Math.max(right, left + options.markerWidth, left + (event.labelWidth ?? 0)) };
  });
  const { lanes, laneCount } = packLanes(spans, options.gap);

  // Births, packed into rows by the room of their marker and label (twins share an x).
  const born = input.children
    .filter((child): child is LayoutChildInput & { birthYear: number } => child.birthYear !== null)
    .sort((a, b) => a.birthYear - b.birthYear || a.pseudonym.localeCompare(b.pseudonym, 'fi'));
  const birthSpans = born.map((child) => {
    const centre = (Date.UTC(child.birthYear, 0, 1) + Date.UTC(child.birthYear + 1, 0, 1)) / 2 / shown.msPerPx;
    const half = options.markerWidth / 2;
    return { left: centre - half, right: centre + half + (child.labelWidth ?? 0) };
  });
  const birthRows = packLanes(birthSpans, options.gap);

  const top = options.birthsHeight * Math.max(1, birthRows.laneCount);
  const bottom = top + Math.max(1, laneCount) * options.laneHeight;
  // From pixels-from-the-epoch to plot x.
  const offset = options.left - shown.start / shown.msPerPx;
  const events = ordered.map((event, index): PlacedEvent => {
    const range = ranges[index]!;
    const x1 = xOf(range.start);
    const x2 = xOf(range.end);
    const lane = lanes[index]!;
    const box = { left: spans[index]!.left + offset, right: spans[index]!.right + offset };
    return {
      eventId: event.id,
      category: event.category,
      lane,
      y: top + (lane + 0.5) * options.laneHeight,
      x1,
      x2,
      start: range.start,
      shape: isPoint(event) ? 'point' : 'range',
      box,
      approximate: event.date.precision !== 'day' || (event.endDate !== null && event.endDate.precision !== 'day'),
      lasting: event.endDate !== null,
      visible: box.right >= plotLeft && box.left <= plotRight,
    };
  });

  const births = born.map((child, index): BirthMarker => {
    const x1 = xOf(Date.UTC(child.birthYear, 0, 1));
    const x2 = xOf(Date.UTC(child.birthYear + 1, 0, 1));
    const row = birthRows.lanes[index]!;
    return {
      childId: child.id,
      pseudonym: child.pseudonym,
      year: child.birthYear,
      x1,
      x2,
      x: (x1 + x2) / 2,
      y: (row + 0.5) * options.birthsHeight,
      row,
      box: { left: birthSpans[index]!.left + offset, right: birthSpans[index]!.right + offset },
      visible: x2 >= plotLeft && x1 <= plotRight,
    };
  });

  const tickStep = tickStepFor(shown.msPerPx, options.minTickSpacing);
  return {
    width: options.width,
    height: bottom + options.axisHeight,
    plot: { left: plotLeft, right: plotRight, top, bottom },
    view: shown,
    extent,
    tickStep,
    ticks: axisTicks(shown.start, shown.start + plotWidth * shown.msPerPx, tickStep, xOf),
    events,
    laneCount,
    births,
  };
}

/** An exact one-day event with no end is a point; everything else covers a range. */
const isPoint = (event: Pick<LayoutEventInput, 'date' | 'endDate'>) => event.date.precision === 'day' && event.endDate === null;
