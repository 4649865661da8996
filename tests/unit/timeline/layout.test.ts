// Covers the layout maths of the visual family timeline (shared/timeline/layout.ts): events placed by
// date with approximate ones drawn as ranges, lanes so that no two events collide (checked on 400
// events of mixed precision), children's births as markers, axis ticks that adapt to the zoom, and
// zoom, pan and keyboard steps clamped between the whole-life view and about a month per plot width.
import { describe, expect, it } from 'vitest';
import { dateRange } from '../../../shared/timeline/dateRange';
import {
  applyTimelineCommand,
  axisTicks,
  centreView,
  clampView,
  defaultTimelineLayoutOptions as options,
  extentForLabels,
  fitView,
  layoutTimeline,
  packLanes,
  panView,
  tickStepFor,
  timelineExtent,
  timelineKeyCommand,
  timeToX,
  zoomLimits,
  zoomView,
  type LayoutEventInput,
  type TimelineLayout,
} from '../../../shared/timeline/layout';
import type { TimelineDate } from '../../../shared/timeline/timelineDate';
import { timelineCategories } from '../../../shared/timeline/timelineEvent';

const DAY = 86_400_000;
const MONTH = (365.2425 / 12) * DAY;
const now = Date.UTC(2026, 10, 23, 12);
const plotWidth = options.width - options.left - options.right;

const event = (id: string, date: TimelineDate, endDate: TimelineDate | null = null, labelWidth = 0): LayoutEventInput => ({
  id,
  date,
  endDate,
  category: 'family',
  title: id,
  labelWidth,
});

/** 400 events of every precision over 1995–2026, some lasting, with titles of varied width; the same every run. */
function fourHundredEvents(): LayoutEventInput[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
  return Array.from({ length: 400 }, (_, index): LayoutEventInput => {
    const year = 1995 + next(31);
    const month = 1 + next(12);
    const kind = next(5);
    const date: TimelineDate =
      kind === 0
        ? { precision: 'day', year, month, day: 1 + next(28) }
        : kind === 1
          ? { precision: 'month', year, month }
          : kind === 2
            ? { precision: 'season', year, season: seasons[next(4)]! }
            : kind === 3
              ? { precision: 'year', year }
              : { precision: 'about', year };
    const endDate: TimelineDate | null = next(4) === 0 ? { precision: 'year', year: Math.min(2026, year + 1 + next(4)) } : null;
    return { id: `e${index}`, date, endDate, category: timelineCategories[next(8)]!, title: `Tapahtuma ${index}`, labelWidth: 40 + next(120) };
  });
}

/** Every pair of events sharing a lane, checked for overlap of the room they own (their boxes plus the gap). */
function expectNoCollisions(layout: TimelineLayout) {
  const byLane = new Map<number, TimelineLayout['events']>();
  for (const placed of layout.events) byLane.set(placed.lane, [...(byLane.get(placed.lane) ?? []), placed]);
  for (const [lane, placed] of byLane) {
    const sorted = [...placed].sort((a, b) => a.box.left - b.box.left);
    for (let index = 1; index < sorted.length; index++) {
      const gap = sorted[index]!.box.left - sorted[index - 1]!.box.right;
      expect(gap, `lane ${lane}: ${sorted[index - 1]!.eventId} and ${sorted[index]!.eventId}`).toBeGreaterThanOrEqual(options.gap - 1e-6);
    }
  }
}

describe('layoutTimeline with 400 events', () => {
  const events = fourHundredEvents();
  const children = [
    { id: 'c1', pseudonym: 'Aino', birthYear: 2012 },
    { id: 'c2', pseudonym: 'Eetu', birthYear: 2016 },
    { id: 'c3', pseudonym: 'Vauva', birthYear: null },
  ];
  const whole = layoutTimeline({ events, children, now }, null);

  it('places every event once, in date order, each inside its lane', () => {
    expect(whole.events).toHaveLength(400);
    expect(new Set(whole.events.map((placed) => placed.eventId)).size).toBe(400);
    const starts = whole.events.map((placed) => placed.x1);
    // Date order sorts by the day a date is filed under; "about" ranges start a year earlier, so compare only non-"about" ones.
    const filed = whole.events.filter((placed) => events.find((entry) => entry.id === placed.eventId)!.date.precision !== 'about').map((placed) => placed.x1);
    expect(filed).toEqual([...filed].sort((a, b) => a - b));
    expect(starts.every(Number.isFinite)).toBe(true);
    for (const placed of whole.events) {
      expect(placed.lane).toBeGreaterThanOrEqual(0);
      expect(placed.lane).toBeLessThan(whole.laneCount);
      expect(placed.y).toBeGreaterThan(whole.plot.top);
      expect(placed.y).toBeLessThan(whole.plot.bottom);
    }
    expect(whole.height).toBe(whole.plot.bottom + options.axisHeight);
  });

  it('no two events in a lane collide, in the whole-life view and zoomed in to a single year', () => {
    expectNoCollisions(whole);
    const zoomed = layoutTimeline({ events, children, now }, { start: Date.UTC(2010, 0, 1), msPerPx: (365 * DAY) / plotWidth });
    expectNoCollisions(zoomed);
    // Zoomed in, the same events need fewer lanes: they have more room.
    expect(zoomed.laneCount).toBeLessThan(whole.laneCount);
    // Off-screen events are still placed (so panning does not reshuffle), but marked invisible.
    expect(zoomed.events.some((placed) => !placed.visible)).toBe(true);
    expect(zoomed.events.filter((placed) => placed.visible).every((placed) => placed.box.right >= zoomed.plot.left && placed.box.left <= zoomed.plot.right)).toBe(true);
  });

  it('the whole-life view shows every event and birth inside the plot', () => {
    for (const placed of whole.events) {
      expect(placed.x1).toBeGreaterThanOrEqual(whole.plot.left);
      expect(placed.x2).toBeLessThanOrEqual(whole.plot.right + 1e-6);
      expect(placed.visible).toBe(true);
    }
    expect(whole.births.map((birth) => [birth.pseudonym, birth.year, birth.visible])).toEqual([
      ['Aino', 2012, true],
      ['Eetu', 2016, true],
    ]);
  });

  it('panning keeps every event in its lane', () => {
    const view = { start: Date.UTC(2005, 0, 1), msPerPx: (3 * 365 * DAY) / plotWidth };
    const here = layoutTimeline({ events, children, now }, view);
    const there = layoutTimeline({ events, children, now }, { ...view, start: Date.UTC(2015, 6, 1) });
    expect(there.events.map((placed) => placed.lane)).toEqual(here.events.map((placed) => placed.lane));
    // …and moves them all by the same distance.
    const shift = here.events[0]!.x1 - there.events[0]!.x1;
    for (let index = 0; index < here.events.length; index++) expect(here.events[index]!.x1 - there.events[index]!.x1).toBeCloseTo(shift, 6);
  });
});

describe('how events are drawn', () => {
  const events = [
    event('day', { precision: 'day', year: 2019, month: 3, day: 15 }),
    event('about', { precision: 'about', year: 2015 }),
    event('spring', { precision: 'season', year: 2019, season: 'spring' }),
    event('placement', { precision: 'day', year: 2020, month: 1, day: 1 }, { precision: 'day', year: 2020, month: 12, day: 31 }),
    event('until about', { precision: 'month', year: 2016, month: 5 }, { precision: 'about', year: 2018 }),
  ];
  const layout = layoutTimeline({ events, children: [], now }, null);
  const placed = (id: string) => layout.events.find((entry) => entry.eventId === id)!;
  const pxPerMs = 1 / layout.view.msPerPx;

  it('an exact day is a point; approximate dates are ranges as wide as the time they cover', () => {
    expect(placed('day')).toMatchObject({ shape: 'point', approximate: false, lasting: false });
    expect(placed('about')).toMatchObject({ shape: 'range', approximate: true, lasting: false });
    // "about 2015" covers 2014–2016: three years wide.
    expect(placed('about').x2 - placed('about').x1).toBeCloseTo((Date.UTC(2017, 0, 1) - Date.UTC(2014, 0, 1)) * pxPerMs, 6);
    // Spring covers March–May.
    expect(placed('spring').x1).toBeCloseTo(layout.plot.left + (Date.UTC(2019, 2, 1) - layout.view.start) * pxPerMs, 6);
    expect(placed('spring').x2).toBeCloseTo(layout.plot.left + (Date.UTC(2019, 5, 1) - layout.view.start) * pxPerMs, 6);
  });

  it('an event that lasted is a range from its start to its end; exact if both ends are days', () => {
    expect(placed('placement')).toMatchObject({ shape: 'range', approximate: false, lasting: true });
    const range = dateRange({ precision: 'day', year: 2020, month: 1, day: 1 });
    expect(placed('placement').x1).toBeCloseTo(layout.plot.left + (range.start - layout.view.start) * pxPerMs, 6);
    expect(placed('until about')).toMatchObject({ shape: 'range', approximate: true, lasting: true });
    // Up to the end of "about 2018", i.e. the end of 2019.
    expect(placed('until about').x2).toBeCloseTo(layout.plot.left + (Date.UTC(2020, 0, 1) - layout.view.start) * pxPerMs, 6);
  });

  it('a point owns its marker and its title after it; a range at least its bar', () => {
    const titled = layoutTimeline({ events: [event('p', { precision: 'day', year: 2019, month: 3, day: 15 }, null, 100)], children: [], now }, null).events[0]!;
    const centre = (titled.x1 + titled.x2) / 2;
    expect(titled.box.left).toBeCloseTo(centre - options.markerWidth / 2, 6);
    expect(titled.box.right).toBeCloseTo(centre + options.markerWidth / 2 + 100, 6);
    expect(placed('about').box.left).toBeCloseTo(placed('about').x1, 6);
    expect(placed('about').box.right).toBeGreaterThanOrEqual(placed('about').x2 - 1e-6);
  });

  it('overlapping events go to different lanes, and an event after a gap reuses the top lane', () => {
    const overlapping = layoutTimeline(
      {
        events: [
          event('a', { precision: 'year', year: 2019 }),
          event('b', { precision: 'season', year: 2019, season: 'summer' }),
          event('c', { precision: 'about', year: 2019 }),
          event('d', { precision: 'year', year: 2024 }),
        ],
        children: [],
        now,
      },
      null,
    );
    const lanes = Object.fromEntries(overlapping.events.map((entry) => [entry.eventId, entry.lane]));
    expect(new Set([lanes.a, lanes.b, lanes.c]).size).toBe(3);
    expect(lanes.d).toBe(0);
    expect(overlapping.laneCount).toBe(3);
  });

  it('with no events at all, the layout is an empty plot of the year up to today with its axis', () => {
    const empty = layoutTimeline({ events: [], children: [], now }, null);
    expect(empty.events).toEqual([]);
    expect(empty.laneCount).toBe(0);
    expect(empty.plot.bottom - empty.plot.top).toBe(options.laneHeight);
    expect(empty.extent.start).toBeLessThan(now - 360 * DAY);
    expect(empty.extent.end).toBeGreaterThan(now);
    expect(empty.ticks.length).toBeGreaterThan(0);
  });
});

describe('packLanes', () => {
  it('puts each span in the first lane free for it', () => {
    expect(packLanes([{ left: 0, right: 10 }, { left: 5, right: 15 }, { left: 12, right: 20 }, { left: 16, right: 30 }], 1)).toEqual({ lanes: [0, 1, 0, 1], laneCount: 2 });
  });

  it('respects the gap: touching spans go in different lanes when a gap is asked for', () => {
    expect(packLanes([{ left: 0, right: 10 }, { left: 10, right: 20 }], 0).laneCount).toBe(1);
    expect(packLanes([{ left: 0, right: 10 }, { left: 10, right: 20 }], 2).laneCount).toBe(2);
  });
});

describe('extent, births and the axis', () => {
  it('the extent reaches from the earliest event or birth to today or the latest event, plus a margin', () => {
    const extent = timelineExtent([event('x', { precision: 'year', year: 2015 })], [{ id: 'c', pseudonym: 'Aino', birthYear: 2010 }], now);
    expect(extent.start).toBeLessThan(Date.UTC(2010, 0, 1));
    expect(extent.start).toBeGreaterThan(Date.UTC(2009, 0, 1));
    expect(extent.end).toBeGreaterThan(now);
    const future = timelineExtent([event('x', { precision: 'year', year: 2027 })], [], now);
    expect(future.end).toBeGreaterThan(Date.UTC(2028, 0, 1));
  });

  it('seen whole, the extent is long enough for the latest event’s title to end inside the plot', () => {
    const plotWidth = 800;
    const late = event('late', { precision: 'year', year: 2031 }, null, 200);
    const base = timelineExtent([event('early', { precision: 'year', year: 2010 }), late], [], now);
    const extent = extentForLabels(base, [late], plotWidth, 12);
    const fit = fitView(extent, plotWidth);
    const titleEnd = Date.UTC(2031, 0, 1) + (200 + 12) * fit.msPerPx;
    expect(titleEnd).toBeLessThanOrEqual(extent.end + 1);
    expect(extent.end).toBeGreaterThan(base.end);
    // Short titles well inside the extent change nothing.
    expect(extentForLabels(base, [event('early', { precision: 'year', year: 2010 }, null, 50)], plotWidth)).toEqual(base);
  });

  it('a birth marker spans its year, in the births row above the lanes', () => {
    const layout = layoutTimeline({ events: [], children: [{ id: 'c', pseudonym: 'Aino', birthYear: 2012 }], now }, null);
    const birth = layout.births[0]!;
    const xOf = (time: number) => layout.plot.left + (time - layout.view.start) / layout.view.msPerPx;
    expect(birth.x1).toBeCloseTo(xOf(Date.UTC(2012, 0, 1)), 6);
    expect(birth.x2).toBeCloseTo(xOf(Date.UTC(2013, 0, 1)), 6);
    expect(birth.y).toBeLessThan(layout.plot.top);
  });

  it.each([
    [80 * 365 * DAY, { unit: 'year', years: 5 }],
    [30 * 365 * DAY, { unit: 'year', years: 2 }],
    [15 * 365 * DAY, { unit: 'year', years: 1 }],
    [6 * 365 * DAY, { unit: 'month', months: 6 }],
    [3 * 365 * DAY, { unit: 'month', months: 3 }],
    [365 * DAY, { unit: 'month', months: 1 }],
  ])('ticks adapt to the zoom: %d ms across the plot gives a tick every %o', (span, expected) => {
    expect(tickStepFor(span / plotWidth, options.minTickSpacing)).toEqual(expected);
  });

  it('at any zoom ticks are calendar starts inside the view, at least the minimum spacing apart', () => {
    const events = fourHundredEvents();
    const extent = timelineExtent(events, [], now);
    for (let view = fitView(extent, plotWidth); ; view = zoomView(view, 2, plotWidth / 2, extent, plotWidth)) {
      const layout = layoutTimeline({ events, children: [], now }, view);
      expect(layout.ticks.length).toBeGreaterThan(0);
      for (const tick of layout.ticks) {
        expect(tick.x).toBeGreaterThanOrEqual(layout.plot.left - 1e-6);
        expect(tick.x).toBeLessThanOrEqual(layout.plot.right + 1e-6);
        expect(tick.time).toBe(Date.UTC(tick.year, tick.month - 1, 1));
        expect(tick.unit).toBe(tick.month === 1 ? 'year' : 'month');
        if (layout.tickStep.unit === 'year') expect(tick.year % layout.tickStep.years).toBe(0);
        else expect((tick.month - 1) % layout.tickStep.months).toBe(0);
      }
      for (let index = 1; index < layout.ticks.length; index++) {
        expect(layout.ticks[index]!.x - layout.ticks[index - 1]!.x).toBeGreaterThanOrEqual(options.minTickSpacing * 0.9);
      }
      if (view.msPerPx === zoomLimits(extent, plotWidth).minMsPerPx) break;
    }
  });

  it('axisTicks lists month starts across a year end, January marked as a year', () => {
    const ticks = axisTicks(Date.UTC(2019, 10, 15), Date.UTC(2020, 2, 1), { unit: 'month', months: 1 }, (time) => time);
    expect(ticks.map((tick) => [tick.year, tick.month, tick.unit])).toEqual([
      [2019, 12, 'month'],
      [2020, 1, 'year'],
      [2020, 2, 'month'],
      [2020, 3, 'month'],
    ]);
  });
});

describe('zoom and pan', () => {
  const extent = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2026, 0, 1) };
  const limits = zoomLimits(extent, plotWidth);
  const visibleEnd = (view: { start: number; msPerPx: number }) => view.start + plotWidth * view.msPerPx;

  it('the whole-life view shows the whole extent, and zooming out cannot go farther', () => {
    const whole = fitView(extent, plotWidth);
    expect(whole.start).toBe(extent.start);
    expect(visibleEnd(whole)).toBeCloseTo(extent.end, -1);
    expect(zoomView(whole, 0.1, 100, extent, plotWidth)).toEqual(whole);
  });

  it('zooming in stops at about a month per plot width', () => {
    const closest = zoomView(fitView(extent, plotWidth), 1e6, plotWidth / 2, extent, plotWidth);
    expect(closest.msPerPx).toBe(limits.minMsPerPx);
    expect(visibleEnd(closest) - closest.start).toBeCloseTo(MONTH, -1);
  });

  it('zooming keeps the instant under the pointer where it was', () => {
    const view = { start: Date.UTC(2010, 0, 1), msPerPx: (4 * 365 * DAY) / plotWidth };
    const anchorX = 300;
    const under = view.start + anchorX * view.msPerPx;
    const zoomed = zoomView(view, 2, anchorX, extent, plotWidth);
    expect(zoomed.msPerPx).toBeCloseTo(view.msPerPx / 2, 6);
    expect(zoomed.start + anchorX * zoomed.msPerPx).toBeCloseTo(under, -1);
  });

  it('panning stops at the extent’s edges', () => {
    const view = { start: Date.UTC(2010, 0, 1), msPerPx: (2 * 365 * DAY) / plotWidth };
    expect(panView(view, -1e9, extent, plotWidth).start).toBe(extent.start);
    expect(visibleEnd(panView(view, 1e9, extent, plotWidth))).toBeCloseTo(extent.end, -1);
    expect(panView(view, 100, extent, plotWidth).start).toBeCloseTo(view.start + 100 * view.msPerPx, -1);
  });

  it('a view from outside (a stale zoom, a wild pan) is clamped', () => {
    expect(clampView({ start: 0, msPerPx: 1 }, extent, plotWidth)).toEqual({ start: extent.start, msPerPx: limits.minMsPerPx });
    expect(clampView({ start: Date.UTC(2090, 0, 1), msPerPx: 1e12 }, extent, plotWidth)).toEqual(fitView(extent, plotWidth));
  });

  it('centring on an event keeps the zoom and clamps at the edges', () => {
    const view = { start: Date.UTC(2010, 0, 1), msPerPx: (2 * 365 * DAY) / plotWidth };
    const centred = centreView(view, Date.UTC(2015, 0, 1), extent, plotWidth);
    expect(centred.start + (plotWidth / 2) * centred.msPerPx).toBeCloseTo(Date.UTC(2015, 0, 1), -1);
    expect(centreView(view, Date.UTC(2000, 1, 1), extent, plotWidth).start).toBe(extent.start);
  });
});

describe('keyboard', () => {
  const extent = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2026, 0, 1) };
  const view = { start: Date.UTC(2010, 0, 1), msPerPx: (2 * 365 * DAY) / plotWidth };
  const press = (key: string, shift = false) => applyTimelineCommand(view, timelineKeyCommand(key, shift)!, extent, plotWidth);

  it('arrows pan a tenth of the plot, with Shift half of it; PageUp/PageDown a whole plot', () => {
    expect(press('ArrowRight').start).toBeCloseTo(view.start + 0.1 * plotWidth * view.msPerPx, -1);
    expect(press('ArrowLeft').start).toBeCloseTo(view.start - 0.1 * plotWidth * view.msPerPx, -1);
    expect(press('ArrowRight', true).start).toBeCloseTo(view.start + 0.5 * plotWidth * view.msPerPx, -1);
    expect(press('PageDown').start).toBeCloseTo(view.start + plotWidth * view.msPerPx, -1);
    expect(press('PageUp').start).toBeCloseTo(view.start - plotWidth * view.msPerPx, -1);
  });

  it('+ and − zoom by 1.5 about the centre, 0 shows the whole life, Home and End go to the ends', () => {
    const centre = view.start + (plotWidth / 2) * view.msPerPx;
    for (const key of ['+', '=']) {
      const zoomed = press(key);
      expect(zoomed.msPerPx).toBeCloseTo(view.msPerPx / 1.5, 6);
      expect(zoomed.start + (plotWidth / 2) * zoomed.msPerPx).toBeCloseTo(centre, -1);
    }
    expect(press('-').msPerPx).toBeCloseTo(view.msPerPx * 1.5, 6);
    expect(press('0')).toEqual(fitView(extent, plotWidth));
    expect(press('Home')).toEqual({ start: extent.start, msPerPx: view.msPerPx });
    expect(visibleEnd(press('End'))).toBeCloseTo(extent.end, -1);
  });

  it('other keys are left to the page (Tab, Enter, letters)', () => {
    for (const key of ['Tab', 'Enter', 'a', ' ', 'ArrowUp']) expect(timelineKeyCommand(key, false)).toBeNull();
  });

  function visibleEnd(shown: { start: number; msPerPx: number }) {
    return shown.start + plotWidth * shown.msPerPx;
  }
});

describe('one scale for ticks, events, ranges and births', () => {
  const events = fourHundredEvents().map((input) => ({ ...input, labelWidth: 240 }));
  const children = [
    { id: 'a', pseudonym: 'Aino', birthYear: 2012 },
    { id: 'b', pseudonym: 'Eino', birthYear: 2012 },
  ];
  // The chart pans within an extent lengthened for the titles, longer than the data's own.
  const extent = extentForLabels(timelineExtent(events, children, now), events, plotWidth);

  it('timeToX is the layout’s own mapping: a view is drawn at exactly its scale, even one wider than the data', () => {
    for (const factor of [1, 1.5, 1.5 ** 3, 10]) {
      const whole = fitView(extent, plotWidth);
      const view = clampView({ start: extent.start, msPerPx: whole.msPerPx / factor }, extent, plotWidth);
      const layout = layoutTimeline({ events, children, now }, view);
      expect(layout.view).toEqual(view);
      const xOf = timeToX(view, options.left);
      for (const tick of layout.ticks) expect(tick.x).toBeCloseTo(xOf(tick.time), 6);
      for (const placed of layout.events) {
        expect(placed.x1).toBeCloseTo(xOf(placed.start), 6);
        // Inside the interval of its own year on the axis.
        const year = new Date(placed.start).getUTCFullYear();
        expect(placed.x1).toBeGreaterThanOrEqual(xOf(Date.UTC(year, 0, 1)) - 1e-6);
        expect(placed.x1).toBeLessThan(xOf(Date.UTC(year + 1, 0, 1)));
        expect(placed.x2).toBeGreaterThan(placed.x1);
      }
      for (const birth of layout.births) {
        expect(birth.x1).toBeCloseTo(xOf(Date.UTC(birth.year, 0, 1)), 6);
        expect(birth.x2).toBeCloseTo(xOf(Date.UTC(birth.year + 1, 0, 1)), 6);
      }
    }
  });
});

describe('births rows', () => {
  it('twins and close siblings get rows of their own so their labels never overlap; a lone birth keeps one row', () => {
    const children = [
      { id: 'a', pseudonym: 'Aino', birthYear: 2012, labelWidth: 90 },
      { id: 'b', pseudonym: 'Eino', birthYear: 2012, labelWidth: 90 },
      { id: 'c', pseudonym: 'Vilho', birthYear: 2013, labelWidth: 90 },
      { id: 'd', pseudonym: 'Iida', birthYear: 2024, labelWidth: 90 },
    ];
    const layout = layoutTimeline({ events: [], children, now }, null);
    const [aino, eino, vilho, iida] = layout.births;
    expect(new Set([aino!.row, eino!.row, vilho!.row]).size).toBe(3);
    expect(iida!.row).toBe(0);
    for (const [index, a] of layout.births.entries())
      for (const b of layout.births.slice(index + 1))
        if (a.row === b.row) expect(a.box.right <= b.box.left || b.box.right <= a.box.left, `${a.pseudonym} and ${b.pseudonym}`).toBe(true);
    // The rows stack above the lanes.
    expect(layout.plot.top).toBe(3 * options.birthsHeight);
    for (const birth of layout.births) expect(birth.y).toBeLessThan(layout.plot.top);
    expect(layoutTimeline({ events: [], children: [children[3]!], now }, null).plot.top).toBe(options.birthsHeight);
  });
});
