// The visual family timeline: years along an axis, events placed by date (approximate and lasting
// ones as ranges), children's births marked, each category with its glyph and colour. Zoom and pan
// with the buttons, the keyboard (keys of shared/timeline/layout.ts: arrows, Shift+arrows, PageUp/Down,
// + and −, 0, Home, End), dragging, Ctrl+wheel (zoom) and a sideways wheel (pan).
// Pure props, no database: the timeline screen, the meeting's shared screen and its panel all use it.
// Fast with hundreds of events: the layout is made per zoom level only (lanes never depend on the
// pan), and panning translates the drawn group, so the memoised event marks are not redrawn.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFacingEvent } from '../../../shared/timeline/filters';
import { timelineCategories } from '../../../shared/timeline/timelineEvent';
import {
  applyTimelineCommand,
  axisTicks,
  centreView,
  clampView,
  defaultTimelineLayoutOptions,
  extentForLabels,
  fitView,
  layoutTimeline,
  panView,
  timelineExtent,
  timelineKeyCommand,
  timeToX,
  zoomView,
  type AxisTick,
  type BirthMarker,
  type PlacedEvent,
  type TimelineCommand,
  type TimelineLayoutOptions,
  type TimelineView,
} from '../../../shared/timeline/layout';
import { useLanguage } from '../i18n/i18n';
import { BirthMarks, EventMarks, TimelineDrawing, type EventText } from './TimelineDrawing';
import { TimelineLegend } from './TimelineLegend';
import { useTimelineSpanText } from './useTimelineSpanText';
import './timeline.css';

/** What the chart needs of an event: a FamilyFacingEvent or a whole TimelineEvent both fit. */
export type TimelineChartEvent = Pick<FamilyFacingEvent, 'id' | 'date' | 'endDate' | 'title' | 'category'>;
export type TimelineChartChild = { id: string; pseudonym: string; birthYear: number | null };

export type TimelineChartProps = {
  events: readonly TimelineChartEvent[];
  /** The family's children, for the birth markers. */
  children: readonly TimelineChartChild[];
  /** The chart's name, e.g. "Timeline of family KXR-482". */
  label: string;
  /** 'large' for showing with the family or on the shared screen: bigger type and marks. */
  size?: 'normal' | 'large';
  /** Called when an event is clicked in the picture. */
  onSelect?: (eventId: string) => void;
  /** An event to highlight; the chart pans to it when it is chosen from elsewhere (the list). */
  selectedId?: string | null;
  /** Today, in epoch ms (keeps today inside the span); defaults to the clock. */
  now?: number;
};

const noEvents: readonly PlacedEvent[] = [];
const noBirths: readonly BirthMarker[] = [];
const largeOptions: Partial<TimelineLayoutOptions> = { birthsHeight: 44, laneHeight: 40, axisHeight: 48, markerWidth: 22, gap: 10, minTickSpacing: 80 };
const normalOptions: Partial<TimelineLayoutOptions> = { markerWidth: 16 };
/** Average glyph widths of the label fonts (12 px and 17 px system UI), to reserve room for titles. */
const charWidth = { normal: 6.6, large: 9.4 } as const;
const labelChars = { normal: 30, large: 26 } as const;
const dragThreshold = 4;

export function TimelineChart({ events, children, label, size = 'normal', onSelect, selectedId = null, now }: TimelineChartProps) {
  const { t } = useTranslation();
  const spanText = useTimelineSpanText();
  const language = useLanguage();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const large = size === 'large';
  const frame = useRef<HTMLDivElement>(null);
  // Null until measured: the picture is drawn once, at the container's width, before the first paint.
  const [measured, setWidth] = useState<number | null>(null);
  const width = measured ?? 960;
  const [chosenView, setChosenView] = useState<TimelineView | null>(null);
  const today = useMemo(() => now ?? Date.now(), [now]);

  // The chart fills its container's width.
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(320, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const options = useMemo<TimelineLayoutOptions>(
    () => ({ ...defaultTimelineLayoutOptions, ...(large ? largeOptions : normalOptions), width }),
    [large, width],
  );
  const plotWidth = Math.max(1, options.width - options.left - options.right);
  const inputs = useMemo(() => {
    const perChar = charWidth[size];
    return events.map((event) => ({
      id: event.id,
      date: event.date,
      endDate: event.endDate,
      category: event.category,
      title: event.title,
      labelWidth: (large ? 30 : 22) + Math.min(event.title.length, labelChars[size]) * perChar,
    }));
  }, [events, size, large]);
  const birthText = useCallback((birth: Pick<BirthMarker, 'pseudonym' | 'year'>) => t('timeline.chart.birth', { name: birth.pseudonym || t('family.unnamedChild'), year: birth.year }), [t]);
  // Births with the room of their labels (bold type), so the layout keeps twins' labels apart.
  const childInputs = useMemo(
    () =>
      children.map((child) => ({
        ...child,
        labelWidth: child.birthYear === null ? 0 : 4 + birthText({ pseudonym: child.pseudonym, year: child.birthYear }).length * charWidth[size] * 1.1,
      })),
    [children, birthText, size],
  );
  // Long enough that the whole timeline shows the latest events' titles and birth labels in full (a
  // birth's label starts at the middle of its year).
  const extent = useMemo(() => {
    const birthLabels = childInputs.flatMap((child) =>
      child.birthYear === null ? [] : [{ date: { precision: 'month', year: child.birthYear, month: 7 } as const, endDate: null, labelWidth: child.labelWidth }],
    );
    return extentForLabels(timelineExtent(events, children, today), [...inputs, ...birthLabels], plotWidth, options.markerWidth);
  }, [events, children, childInputs, today, inputs, plotWidth, options.markerWidth]);
  const view = clampView(chosenView ?? fitView(extent, plotWidth), extent, plotWidth);

  // The layout for this zoom, placed as if the view began at the extent's start; the pan is an offset.
  const base = useMemo(
    // Nothing is laid out before the width is known (it would be thrown away at once).
    () => layoutTimeline({ events: measured === null ? [] : inputs, children: childInputs, now: today }, { start: extent.start, msPerPx: view.msPerPx }, options),
    [inputs, childInputs, today, extent.start, view.msPerPx, options, measured === null],
  );
  const offset = (base.view.start - view.start) / view.msPerPx;
  // The span the events and births take at this zoom (from the epoch-based layout), for their layer.
  const layer = useMemo(() => {
    let left = base.plot.left;
    let right = base.plot.right;
    for (const placed of base.events) {
      if (placed.box.left < left) left = placed.box.left;
      if (Math.max(placed.box.right, placed.x2) > right) right = Math.max(placed.box.right, placed.x2);
    }
    for (const birth of base.births) {
      if (birth.x1 < left) left = birth.x1;
      if (Math.max(birth.x2, birth.box.right) > right) right = Math.max(birth.x2, birth.box.right);
    }
    return { left: Math.floor(left) - 20, width: Math.ceil(right - left) + 40 };
  }, [base]);
  const viewEnd = view.start + plotWidth * view.msPerPx;
  // The axis at the pan, on the very scale the events were laid out at (the layer's offset is the pan).
  const ticks = axisTicks(view.start, viewEnd, base.tickStep, timeToX({ start: view.start, msPerPx: base.view.msPerPx }, options.left));

  const eventText = useMemo(() => {
    const map = new Map<string, EventText>();
    for (const event of events) {
      const category = t(`timeline.category.${event.category}`);
      const when = spanText(event.date, event.endDate);
      map.set(event.id, { label: shorten(event.title, labelChars[size]), full: t('timeline.chart.eventTitle', { date: when, title: event.title, category }) });
    }
    return map;
  }, [events, t, spanText, size]);
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : 'en-GB', { month: 'short', timeZone: 'UTC' }), [language]);
  const tickText = useCallback(
    (tick: AxisTick) => (tick.unit === 'year' ? String(tick.year) : monthFormat.format(new Date(tick.time)).replace(/\.$/, '')),
    [monthFormat],
  );

  // An event chosen elsewhere (the list) is brought into view, keeping the zoom.
  useEffect(() => {
    if (!selectedId) return;
    const placed = base.events.find((event) => event.eventId === selectedId);
    if (!placed) return;
    setChosenView((current) => {
      const shown = clampView(current ?? fitView(extent, plotWidth), extent, plotWidth);
      const shift = (base.view.start - shown.start) / shown.msPerPx;
      const left = placed.box.left + shift;
      const right = placed.x2 + shift;
      if (left >= options.left && right <= options.left + plotWidth) return current;
      const centre = base.view.start + (placed.x1 - options.left) * shown.msPerPx;
      return centreView(shown, centre, extent, plotWidth);
    });
  }, [selectedId]);

  const run = (command: TimelineCommand) => setChosenView(applyTimelineCommand(view, command, extent, plotWidth));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const command = timelineKeyCommand(event.key, event.shiftKey);
    if (!command) return;
    event.preventDefault();
    run(command);
  }

  // Dragging pans; a press that does not move is a click on whatever event is under it.
  const drag = useRef<{ pointerId: number; x: number; view: TimelineView; moved: boolean; scale: number } | null>(null);
  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    const element = event.currentTarget;
    const scale = options.width / Math.max(1, element.getBoundingClientRect().width);
    drag.current = { pointerId: event.pointerId, x: event.clientX, view, moved: false, scale };
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const dx = (state.x - event.clientX) * state.scale;
    if (!state.moved && Math.abs(dx) < dragThreshold) return;
    if (!state.moved) {
      state.moved = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    setChosenView(panView(state.view, dx, extent, plotWidth));
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const state = drag.current;
    drag.current = null;
    if (!state || state.moved || !onSelect) return;
    const target = (event.target as Element).closest?.('[data-event-id]');
    const id = target?.getAttribute('data-event-id') ?? eventAt(event.clientX, event.clientY, event.currentTarget);
    if (id) onSelect(id);
  }

  /** The event whose disc, bar or title is at a point of the screen (for clicks on the discs and bars, drawn as shared paths). */
  function eventAt(clientX: number, clientY: number, element: HTMLElement): string | null {
    const bounds = element.getBoundingClientRect();
    const scale = options.width / Math.max(1, bounds.width);
    const x = (clientX - bounds.left) * scale - offset;
    const y = (clientY - bounds.top) * scale;
    const lane = Math.floor((y - base.plot.top) / options.laneHeight);
    if (lane < 0 || lane >= base.laneCount) return null;
    const hit = base.events.find((placed) => placed.lane === lane && placed.box.left - 2 <= x && x <= placed.box.right + 2);
    return hit?.eventId ?? null;
  }

  // Ctrl (or ⌘) + wheel zooms about the pointer; a sideways wheel or Shift + wheel pans. A plain
  // wheel scrolls the page as usual. Native listener: React's wheel handlers cannot prevent default.
  const latest = useRef({ view, extent, plotWidth, left: options.left, width: options.width });
  latest.current = { view, extent, plotWidth, left: options.left, width: options.width };
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { view, extent, plotWidth, left, width } = latest.current;
      const scale = width / Math.max(1, element.getBoundingClientRect().width);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const anchor = (event.clientX - element.getBoundingClientRect().left) * scale - left;
        setChosenView(zoomView(view, Math.exp(-event.deltaY / 300), Math.min(plotWidth, Math.max(0, anchor)), extent, plotWidth));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        setChosenView(panView(view, (event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX) * scale, extent, plotWidth));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const shownCategories = useMemo(() => timelineCategories.filter((category) => events.some((event) => event.category === category)), [events]);
  const years = events.length === 0 ? null : yearSpan(base.events, base, events);
  const shownFrom = new Date(view.start).getUTCFullYear();
  const shownTo = new Date(viewEnd).getUTCFullYear();
  const fitted = view.msPerPx >= fitView(extent, plotWidth).msPerPx * 0.999;
  const labelId = `${uid}-label`;
  const summaryId = `${uid}-summary`;
  const helpId = `${uid}-help`;

  return (
    <figure className={`tl-chart${large ? ' large' : ''}`} aria-labelledby={labelId}>
      <figcaption className="tl-chart-caption">
        <span id={labelId} className="tl-chart-label">
          {label}
        </span>
        <span id={summaryId} className="tl-chart-summary" aria-live="polite">
          {years
            ? years.from === years.to
              ? t('timeline.chart.summaryOneYear', { count: events.length, year: years.from })
              : t('timeline.chart.summary', { count: events.length, from: years.from, to: years.to })
            : t('timeline.chart.summaryEmpty')}{' '}
          {children.some((child) => child.birthYear !== null) ? t('timeline.chart.birthsMarked') + ' ' : ''}
          {fitted ? t('timeline.chart.showingAll') : t('timeline.chart.showing', { from: shownFrom, to: shownTo })}
        </span>
      </figcaption>
      <div className="tl-chart-controls" role="toolbar" aria-label={t('timeline.chart.controls')} aria-controls={`${uid}-frame`}>
        <button type="button" className="button" onClick={() => run({ kind: 'pan', plotWidths: -0.5 })} aria-keyshortcuts="Shift+ArrowLeft">
          ← {t('timeline.chart.earlier')}
        </button>
        <button type="button" className="button" onClick={() => run({ kind: 'pan', plotWidths: 0.5 })} aria-keyshortcuts="Shift+ArrowRight">
          {t('timeline.chart.later')} →
        </button>
        <button type="button" className="button" onClick={() => run({ kind: 'zoom', factor: 1.5 })} aria-keyshortcuts="+">
          + {t('timeline.chart.zoomIn')}
        </button>
        <button type="button" className="button" onClick={() => run({ kind: 'zoom', factor: 1 / 1.5 })} aria-keyshortcuts="-">
          − {t('timeline.chart.zoomOut')}
        </button>
        <button type="button" className="button" onClick={() => run({ kind: 'fit' })} aria-keyshortcuts="0" disabled={fitted}>
          {t('timeline.chart.fit')}
        </button>
      </div>
      <div
        ref={frame}
        id={`${uid}-frame`}
        className="tl-chart-frame"
        tabIndex={0}
        role="group"
        aria-roledescription={t('timeline.chart.roleDescription')}
        aria-labelledby={labelId}
        aria-describedby={`${summaryId} ${helpId}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (drag.current = null)}
        data-testid="timeline-chart"
        data-view-start={Math.round(view.start)}
        data-ms-per-px={view.msPerPx}
      >
        {measured !== null && (
          <div className="tl-chart-stage" style={{ height: base.height }}>
            <TimelineDrawing
              uid={uid}
              layout={base}
              events={noEvents}
              births={noBirths}
              ticks={ticks}
              offset={0}
              from={base.plot.left}
              to={base.plot.right}
              viewLeft={0}
              viewWidth={base.width}
              eventText={eventText}
              birthText={birthText}
              tickText={tickText}
              selectedId={null}
              large={large}
              labelledBy={labelId}
              describedBy={summaryId}
            />
            {/* The events and births, on a layer the compositor moves while panning (no repaint). */}
            <div className="tl-pan-clip" style={{ left: base.plot.left, width: plotWidth, height: base.plot.bottom }}>
              <div className="tl-pan-layer" style={{ left: layer.left - base.plot.left, width: layer.width, transform: `translateX(${offset}px)` }}>
                <svg
                  className={`tl-drawing${large ? ' large' : ''}${onSelect ? ' selectable' : ''}`}
                  width={layer.width}
                  height={base.plot.bottom}
                  viewBox={`${layer.left} 0 ${layer.width} ${base.plot.bottom}`}
                  aria-hidden="true"
                  focusable="false"
                >
                  <BirthMarks births={base.births} plot={base.plot} text={birthText} large={large} />
                  <EventMarks events={base.events} eventText={eventText} selectedId={selectedId} radius={large ? 11 : 8} />
                </svg>
              </div>
            </div>
          </div>
        )}
      </div>
      <TimelineLegend categories={shownCategories} births={children.some((child) => child.birthYear !== null)} />
      <p id={helpId} className="help tl-chart-help">
        {t('timeline.chart.keyboardHelp')}
      </p>
    </figure>
  );
}

/** The first and last year the events cover (as drawn: approximate dates widen the span). */
function yearSpan(placed: readonly { x1: number; x2: number }[], layout: { view: TimelineView; plot: { left: number } }, events: readonly TimelineChartEvent[]) {
  if (placed.length === 0 || events.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const event of placed) {
    min = Math.min(min, event.x1);
    max = Math.max(max, event.x2);
  }
  const timeOf = (x: number) => layout.view.start + (x - layout.plot.left) * layout.view.msPerPx;
  return { from: new Date(timeOf(min)).getUTCFullYear(), to: new Date(timeOf(max) - 1).getUTCFullYear() };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
