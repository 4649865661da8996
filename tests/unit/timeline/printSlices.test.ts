// Covers the printed timeline's slicing (shared/timeline/printSlices.ts): a short span is one
// page-wide slice; a long one is cut into page-wide slices at a readable scale, every event drawn
// whole (marker and title, never cut at the page's edge: a slice is widened for a long one) in exactly one slice, a lasting event continued as a bar in later slices,
// the lanes of each slice packed without collisions, and the number of slices capped.
import { describe, expect, it } from 'vitest';
import { type LayoutEventInput } from '../../../shared/timeline/layout';
import { defaultPrintSliceOptions as options, printSlices } from '../../../shared/timeline/printSlices';
import type { TimelineDate } from '../../../shared/timeline/timelineDate';

const now = Date.UTC(2026, 10, 20, 12);
const year = (value: number): TimelineDate => ({ precision: 'year', year: value });
const day = (value: number, month: number, date: number): TimelineDate => ({ precision: 'day', year: value, month, day: date });
const event = (id: string, date: TimelineDate, endDate: TimelineDate | null = null): LayoutEventInput => ({
  id,
  date,
  endDate,
  category: 'health',
  title: id,
  labelWidth: 120,
});

describe('printSlices', () => {
  it('prints a few years as one page-wide slice holding every event whole', () => {
    const events = [event('a', day(2022, 3, 1)), event('b', year(2023)), event('c', day(2024, 5, 5), year(2025))];
    const slices = printSlices({ events, children: [], now });
    expect(slices).toHaveLength(1);
    const [slice] = slices;
    expect(slice!.viewWidth).toBe(options.width);
    expect(slice!.events.map((entry) => [entry.eventId, entry.continued])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
    ]);
    expect(slice!.ticks.map((tick) => tick.year)).toContain(2024);
  });

  it('cuts forty years into page-wide slices: each event whole once, a lasting one continued, lanes packed', () => {
    const events: LayoutEventInput[] = [];
    for (let value = 1985; value <= 2025; value++) events.push(event(`e${value}`, day(value, 6, 1)));
    events.push(event('long', year(1990), year(2020)));
    const slices = printSlices({ events, children: [{ id: 'child', pseudonym: 'Aino', birthYear: 2012 }], now });
    // About 43 years with the margins at 90 px a year, 952 − 220 = 732 px of new time a page: 6 slices.
    expect(slices).toHaveLength(6);
    for (let index = 1; index < slices.length; index++) expect(slices[index]!.start).toBeCloseTo(slices[index - 1]!.end, -1);
    const whole = slices.flatMap((slice) => slice.events.filter((entry) => !entry.continued).map((entry) => entry.eventId));
    expect(whole.sort()).toEqual(events.map((entry) => entry.id).sort());
    const withLong = slices.filter((slice) => slice.events.some((entry) => entry.eventId === 'long'));
    expect(withLong.length).toBeGreaterThan(2);
    expect(withLong.slice(1).every((slice) => slice.events.find((entry) => entry.eventId === 'long')!.continued)).toBe(true);
    for (const slice of slices) {
      // A title is never cut at the page's edge: the page runs on past the slice's own time.
      for (const entry of slice.events) if (!entry.continued) expect(entry.shape === 'range' ? entry.x1 + 120 : entry.box.right).toBeLessThanOrEqual(slice.layout.plot.right);
      const lanes = [...new Set(slice.events.map((entry) => entry.lane))].sort((a, b) => a - b);
      expect(lanes).toEqual(lanes.map((_, position) => position));
      expect(slice.layout.height).toBe(slice.layout.plot.top + Math.max(1, lanes.length) * options.laneHeight + options.axisHeight);
      for (const a of slice.events)
        for (const b of slice.events) if (a !== b && a.lane === b.lane) expect(a.box.right <= b.box.left || b.box.right <= a.box.left).toBe(true);
    }
    expect(slices.filter((slice) => slice.births.length > 0)).toHaveLength(1);
  });

  it('widens a slice whose last title runs past the room left on its page, instead of cutting the title', () => {
    const long = { ...event('long', day(2025, 12, 1)), labelWidth: 700 };
    const [slice] = printSlices({ events: [event('a', year(2022)), long], children: [], now });
    const placed = slice!.events.find((entry) => entry.eventId === 'long')!;
    expect(placed.box.right).toBeLessThanOrEqual(slice!.viewLeft + slice!.viewWidth - options.right + 1e-6);
    expect(slice!.viewWidth).toBeGreaterThan(options.width);
    expect(slice!.layout.plot.right).toBeCloseTo(placed.box.right, 6);
  });

  it('squeezes a very long span into at most maxSlices slices', () => {
    const events = [event('old', year(1900)), event('new', year(2025))];
    const slices = printSlices({ events, children: [], now }, { ...options, maxSlices: 3 });
    expect(slices).toHaveLength(3);
    expect(slices.flatMap((slice) => slice.events.map((entry) => entry.eventId)).sort()).toEqual(['new', 'old']);
  });
});
