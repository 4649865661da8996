// Covers the layout maths of the family's hypothesis evolution view (shared/hypothesis/evolution.ts):
// one lane per hypothesis oldest first, revisions placed by time, meeting ticks, calendar ticks,
// status marks by shape, and that 40 hypotheses over five years lay out whole.
import { describe, expect, it } from 'vitest';
import { calendarTicks, defaultEvolutionOptions, layoutEvolution, markPath, marksByStatus, shortLabel, statusRuns, type EvolutionInput } from '../../../shared/hypothesis/evolution';
import type { HypothesisStatus } from '../../../shared/hypothesis/hypothesis';

type Revision = EvolutionInput['revisions'][number];
let counter = 0;
const revision = (hypothesisId: string, seq: number, at: string, status: HypothesisStatus, meetingId: string | null = null): Revision => ({
  id: `r${++counter}`,
  hypothesisId,
  seq,
  at,
  status,
  meetingId,
});
const hypothesis = (id: string, createdAt: string) => ({ id, wording: `Hypothesis ${id}`, createdAt });

describe('layoutEvolution', () => {
  const input: EvolutionInput = {
    hypotheses: [hypothesis('later', '2026-03-01T10:00:00.000Z'), hypothesis('first', '2026-01-01T10:00:00.000Z')],
    revisions: [
      revision('later', 1, '2026-03-01T10:00:00.000Z', 'open', 'm2'),
      revision('first', 2, '2026-03-01T10:00:00.000Z', 'strengthened', 'm2'),
      revision('first', 1, '2026-01-01T10:00:00.000Z', 'open', 'm1'),
      revision('first', 3, '2026-05-01T10:00:00.000Z', 'dropped'),
      revision('other-family', 1, '2020-01-01T10:00:00.000Z', 'open', 'm0'),
    ],
    meetingDates: new Map([
      ['m1', '2026-01-01T09:00:00.000Z'],
      ['m2', '2026-03-01T09:00:00.000Z'],
      ['m0', '2020-01-01T09:00:00.000Z'],
    ]),
  };
  const layout = layoutEvolution(input);

  it('gives each hypothesis a lane, the oldest first, numbered from 1', () => {
    expect(layout.lanes.map((lane) => [lane.number, lane.hypothesisId])).toEqual([
      [1, 'first'],
      [2, 'later'],
    ]);
    expect(layout.lanes[0]!.y).toBeLessThan(layout.lanes[1]!.y);
    expect(layout.height).toBe(defaultEvolutionOptions.top + 2 * defaultEvolutionOptions.laneHeight + defaultEvolutionOptions.bottom);
  });

  it('places every revision at its time, in order, with its status, and ends the lane at the latest one', () => {
    const [first] = layout.lanes;
    expect(first!.points.map((point) => [point.seq, point.status])).toEqual([
      [1, 'open'],
      [2, 'strengthened'],
      [3, 'dropped'],
    ]);
    const xs = first!.points.map((point) => point.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(xs[2]).toBe(layout.plot.right);
    expect(first!.x1).toBe(xs[0]);
    expect(first!.x2).toBe(xs[2]);
    expect(first!.status).toBe('dropped');
    // Revisions at the same moment line up, whichever hypothesis they belong to.
    expect(layout.lanes[1]!.points[0]!.x).toBe(xs[1]);
    expect(layout.revisionCount).toBe(4);
  });

  it('leaves out other hypotheses and their meetings', () => {
    expect(layout.from).toBe('2026-01-01T09:00:00.000Z');
    expect(layout.meetingTicks.map((tick) => tick.meetingId)).toEqual(['m1', 'm2']);
    expect(layout.meetingTicks[0]!.x).toBe(layout.plot.left);
  });

  it('uses month ticks over a short span', () => {
    expect(layout.axisTicks.map((tick) => [tick.at.slice(0, 7), tick.unit])).toEqual([
      ['2026-02', 'month'],
      ['2026-03', 'month'],
      ['2026-04', 'month'],
      ['2026-05', 'month'],
    ]);
  });

  it('draws a single revision in the middle and an empty family without failing', () => {
    const single = layoutEvolution({ hypotheses: [hypothesis('a', '2026-01-01T00:00:00.000Z')], revisions: [revision('a', 1, '2026-01-01T00:00:00.000Z', 'open')], meetingDates: new Map() });
    expect(single.lanes[0]!.points[0]!.x).toBe((single.plot.left + single.plot.right) / 2);
    const empty = layoutEvolution({ hypotheses: [], revisions: [], meetingDates: new Map() });
    expect(empty.lanes).toEqual([]);
    expect(empty.from).toBeNull();
    expect(empty.axisTicks).toEqual([]);
  });
});

describe('calendarTicks', () => {
  it('uses year starts over a long span', () => {
    const ticks = calendarTicks(Date.parse('2021-06-01T00:00:00Z'), Date.parse('2026-05-01T00:00:00Z'));
    expect(ticks.map((tick) => tick.at.slice(0, 4))).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(ticks.every((tick) => tick.unit === 'year')).toBe(true);
  });

  it('thins month ticks to at most twelve', () => {
    const ticks = calendarTicks(Date.parse('2025-01-15T00:00:00Z'), Date.parse('2026-06-20T00:00:00Z'));
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.length).toBeGreaterThan(5);
  });
});

describe('status marks', () => {
  it('differ in shape, not only colour: circle, triangle up, triangle down, cross', () => {
    expect(markPath('open', 10, 10, 5)).toBe('M10,10m-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z');
    // Triangles: the apex above the centre for strengthened, below for weakened.
    expect(markPath('strengthened', 10, 10, 5)).toBe('M10,10m0,-5l5,9h-10z');
    expect(markPath('weakened', 10, 10, 5)).toBe('M10,10m0,5l5,-9h-10z');
    const cross = markPath('dropped', 10, 10, 5);
    expect(cross.match(/l/g)).toHaveLength(11); // twelve corners of a cross
    // Walking the relative steps from the first corner (-r, -r + w) ends at the last (-w, 0).
    const steps = [...cross.matchAll(/l(-?[\d.]+),(-?[\d.]+)/g)].map((match) => [Number(match[1]), Number(match[2])] as const);
    const end = steps.reduce(([x, y], [dx, dy]) => [x + dx, y + dy] as const, [-5, -3.25] as const);
    expect(end[0]).toBeCloseTo(-1.75);
    expect(end[1]).toBeCloseTo(0);
  });

  it('are gathered into one path per status', () => {
    const layout = layoutEvolution({
      hypotheses: [hypothesis('a', '2026-01-01T00:00:00.000Z')],
      revisions: [revision('a', 1, '2026-01-01T00:00:00.000Z', 'open'), revision('a', 2, '2026-02-01T00:00:00.000Z', 'open'), revision('a', 3, '2026-03-01T00:00:00.000Z', 'weakened')],
      meetingDates: new Map(),
    });
    const marks = marksByStatus(layout.lanes, 5);
    expect(marks.open.match(/M/g)).toHaveLength(2);
    expect(marks.weakened.match(/M/g)).toHaveLength(1);
    expect(marks.strengthened).toBe('');
    expect(marks.dropped).toBe('');
  });
});

describe('statusRuns', () => {
  it('joins consecutive revisions of one status into a run from the first to the last', () => {
    const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;
    const points = [
      { status: 'open' as const, at: at(1) },
      { status: 'open' as const, at: at(8) },
      { status: 'strengthened' as const, at: at(15) },
      { status: 'open' as const, at: at(22) },
    ];
    expect(statusRuns(points)).toEqual([
      { status: 'open', from: at(1), to: at(8), count: 2 },
      { status: 'strengthened', from: at(15), to: at(15), count: 1 },
      { status: 'open', from: at(22), to: at(22), count: 1 },
    ]);
    expect(statusRuns([])).toEqual([]);
  });
});

describe('shortLabel', () => {
  it('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(shortLabel('Could it be  that', 30)).toBe('Could it be that');
    const cut = shortLabel('One possible idea is that the move cut the family off from support', 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toBe('One possible idea is that the…');
  });
});

describe('a large family', () => {
  it('lays out 40 hypotheses over five years of weekly meetings (its speed: npm run bench, the evolution view)', () => {
    const start = Date.parse('2021-01-04T09:00:00Z');
    const week = 7 * 24 * 3600 * 1000;
    const meetingDates = new Map<string, string>();
    for (let index = 0; index < 260; index++) meetingDates.set(`m${index}`, new Date(start + index * week).toISOString());
    const hypotheses = Array.from({ length: 40 }, (_, index) => hypothesis(`h${index}`, new Date(start + index * 6 * week).toISOString()));
    const revisions: Revision[] = [];
    const statuses: HypothesisStatus[] = ['open', 'strengthened', 'weakened', 'open'];
    hypotheses.forEach((entry, index) => {
      for (let meeting = index * 6, seq = 1; meeting < 260; meeting += 2, seq++) {
        revisions.push(revision(entry.id, seq, meetingDates.get(`m${meeting}`)!, statuses[seq % 4]!, `m${meeting}`));
      }
    });
    const layout = layoutEvolution({ hypotheses, revisions, meetingDates });
    const marks = marksByStatus(layout.lanes, 5);
    expect(layout.lanes).toHaveLength(40);
    expect(layout.revisionCount).toBe(revisions.length);
    expect(layout.axisTicks.map((tick) => tick.at.slice(0, 4))).toEqual(['2022', '2023', '2024', '2025']);
    expect(marks.open.length).toBeGreaterThan(0);
  });
});
