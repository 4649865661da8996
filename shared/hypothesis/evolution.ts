// The layout of a family's hypothesis evolution view, as pure maths: one lane per hypothesis
// (oldest first), time from left to right, a mark for every revision at its instant, meeting
// dates as ticks and calendar ticks (years or months) for the axis. The renderer draws what this
// returns; the marks are drawn as one path per status, so the picture stays light with thousands.
import type { HypothesisRevision, HypothesisStatus } from './hypothesis';
import { hypothesisStatuses } from './hypothesis';

export type EvolutionInput = {
  /** The hypotheses to show (id and current wording), in any order. */
  hypotheses: readonly { id: string; wording: string; createdAt: string }[];
  /** Their revisions, in any order; revisions of other hypotheses are ignored. */
  revisions: readonly Pick<HypothesisRevision, 'id' | 'hypothesisId' | 'seq' | 'at' | 'status' | 'meetingId'>[];
  /** Meeting dates (ISO) by meeting id, for the ticks; meetings not touched by the revisions are left out. */
  meetingDates: ReadonlyMap<string, string>;
};

export type EvolutionOptions = {
  width: number;
  /** Space on the left for the lane labels. */
  labelWidth: number;
  laneHeight: number;
  /** Space above the lanes and below them for the axis. */
  top: number;
  bottom: number;
  right: number;
};

export const defaultEvolutionOptions: EvolutionOptions = { width: 960, labelWidth: 240, laneHeight: 28, top: 16, bottom: 40, right: 16 };

export type EvolutionPoint = { revisionId: string; seq: number; at: string; status: HypothesisStatus; meetingId: string | null; x: number; y: number };
export type EvolutionLane = {
  hypothesisId: string;
  /** 1-based number shown beside the lane and in the table. */
  number: number;
  wording: string;
  y: number;
  points: EvolutionPoint[];
  /** The lane's line from its first to its last revision. */
  x1: number;
  x2: number;
  status: HypothesisStatus;
};
export type EvolutionTick = { at: string; x: number };
export type EvolutionLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  from: string | null;
  to: string | null;
  lanes: EvolutionLane[];
  /** One tick per meeting that touched one of the hypotheses, oldest first. */
  meetingTicks: (EvolutionTick & { meetingId: string })[];
  /** Calendar ticks for the axis labels: year starts, or month starts over a short span. */
  axisTicks: (EvolutionTick & { unit: 'year' | 'month' })[];
  revisionCount: number;
};

export function layoutEvolution(input: EvolutionInput, options: EvolutionOptions = defaultEvolutionOptions): EvolutionLayout {
  const wanted = new Set(input.hypotheses.map((hypothesis) => hypothesis.id));
  const histories = new Map<string, EvolutionInput['revisions'][number][]>();
  let min = Infinity;
  let max = -Infinity;
  for (const revision of input.revisions) {
    if (!wanted.has(revision.hypothesisId)) continue;
    const time = Date.parse(revision.at);
    if (time < min) min = time;
    if (time > max) max = time;
    const group = histories.get(revision.hypothesisId);
    if (group) group.push(revision);
    else histories.set(revision.hypothesisId, [revision]);
  }
  const meetings = new Map<string, number>();
  for (const group of histories.values()) {
    for (const revision of group) {
      if (!revision.meetingId || meetings.has(revision.meetingId)) continue;
      const date = input.meetingDates.get(revision.meetingId);
      const time = Date.parse(date ?? revision.at);
      meetings.set(revision.meetingId, time);
      if (time < min) min = time;
      if (time > max) max = time;
    }
  }

  const plot = {
    left: options.labelWidth,
    right: Math.max(options.labelWidth + 1, options.width - options.right),
    top: options.top,
    bottom: options.top + Math.max(1, input.hypotheses.length) * options.laneHeight,
  };
  const height = plot.bottom + options.bottom;
  const hasTime = Number.isFinite(min);
  const span = hasTime ? max - min : 0;
  const xOf = (time: number) =>
    round(span === 0 ? (plot.left + plot.right) / 2 : plot.left + ((time - min) / span) * (plot.right - plot.left));

  // Oldest first: by the first revision (or creation time when the history is not loaded).
  const firstAt = new Map(
    input.hypotheses.map((hypothesis) => [
      hypothesis.id,
      (histories.get(hypothesis.id) ?? []).reduce((least, revision) => (revision.at < least ? revision.at : least), hypothesis.createdAt),
    ]),
  );
  const ordered = [...input.hypotheses].sort((a, b) => firstAt.get(a.id)!.localeCompare(firstAt.get(b.id)!) || a.id.localeCompare(b.id));

  let revisionCount = 0;
  const lanes = ordered.map((hypothesis, index): EvolutionLane => {
    const y = round(plot.top + (index + 0.5) * options.laneHeight);
    const history = [...(histories.get(hypothesis.id) ?? [])].sort((a, b) => a.seq - b.seq);
    revisionCount += history.length;
    const points = history.map((revision) => ({
      revisionId: revision.id,
      seq: revision.seq,
      at: revision.at,
      status: revision.status,
      meetingId: revision.meetingId,
      x: xOf(Date.parse(revision.at)),
      y,
    }));
    const xs = points.map((point) => point.x);
    return {
      hypothesisId: hypothesis.id,
      number: index + 1,
      wording: hypothesis.wording,
      y,
      points,
      x1: xs.length ? Math.min(...xs) : plot.left,
      x2: xs.length ? Math.max(...xs) : plot.left,
      status: points.at(-1)?.status ?? 'open',
    };
  });

  const meetingTicks = [...meetings]
    .sort((a, b) => a[1] - b[1])
    .map(([meetingId, time]) => ({ meetingId, at: new Date(time).toISOString(), x: xOf(time) }));

  return {
    width: options.width,
    height,
    plot,
    from: hasTime ? new Date(min).toISOString() : null,
    to: hasTime ? new Date(max).toISOString() : null,
    lanes,
    meetingTicks,
    axisTicks: hasTime ? calendarTicks(min, max).map((tick) => ({ ...tick, x: xOf(Date.parse(tick.at)) })) : [],
    revisionCount,
  };
}

/** A stretch of consecutive revisions with the same status: from the first one's time to the last one's. */
export type StatusRun = { status: HypothesisStatus; from: string; to: string; count: number };

/** A lane's revisions as runs of one status each, for the table that says what the picture shows. */
export function statusRuns(points: readonly Pick<EvolutionPoint, 'status' | 'at'>[]): StatusRun[] {
  const runs: StatusRun[] = [];
  for (const point of points) {
    const last = runs.at(-1);
    if (last && last.status === point.status) {
      last.to = point.at;
      last.count++;
    } else runs.push({ status: point.status, from: point.at, to: point.at, count: 1 });
  }
  return runs;
}

/** Year starts inside [min, max] when the span is over ~18 months, otherwise month starts (at most 12, thinned evenly). UTC. */
export function calendarTicks(min: number, max: number): { at: string; unit: 'year' | 'month' }[] {
  const start = new Date(min);
  const months = (new Date(max).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(max).getUTCMonth() - start.getUTCMonth();
  const ticks: { at: string; unit: 'year' | 'month' }[] = [];
  if (months > 18) {
    for (let year = start.getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= max; year++) ticks.push({ at: new Date(Date.UTC(year, 0, 1)).toISOString(), unit: 'year' });
    return ticks;
  }
  const step = Math.max(1, Math.ceil(months / 12));
  for (let index = 1; index <= months; index += step) {
    const time = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1);
    if (time <= max) ticks.push({ at: new Date(time).toISOString(), unit: 'month' });
  }
  return ticks;
}

/** The outline of a status mark centred at (x, y) with radius r: circle open, triangle up strengthened, triangle down weakened, cross dropped. */
export function markPath(status: HypothesisStatus, x: number, y: number, r: number): string {
  // Absolute centre, then the shape in relative commands (the same string for every mark of a status).
  return `M${x},${y}${markShape(status, r)}`;
}

const shapes = new Map<string, string>();

function markShape(status: HypothesisStatus, r: number): string {
  const key = `${status}:${r}`;
  let shape = shapes.get(key);
  if (shape !== undefined) return shape;
  const n = (value: number) => Math.round(value * 100) / 100;
  switch (status) {
    case 'open':
      shape = `m${n(-r)},0a${r},${r} 0 1,0 ${n(2 * r)},0a${r},${r} 0 1,0 ${n(-2 * r)},0z`;
      break;
    case 'strengthened':
      shape = `m0,${n(-r)}l${n(r)},${n(1.8 * r)}h${n(-2 * r)}z`;
      break;
    case 'weakened':
      shape = `m0,${n(r)}l${n(r)},${n(-1.8 * r)}h${n(-2 * r)}z`;
      break;
    case 'dropped': {
      // A cross of two bars: twelve corners, walked round from the upper-left arm.
      const w = r * 0.35;
      const corners: [number, number][] = [
        [-r, -r + w], [-r + w, -r], [0, -w], [r - w, -r], [r, -r + w], [w, 0],
        [r, r - w], [r - w, r], [0, w], [-r + w, r], [-r, r - w], [-w, 0],
      ];
      shape = `m${n(corners[0]![0])},${n(corners[0]![1])}`;
      for (let index = 1; index < corners.length; index++) {
        shape += `l${n(corners[index]![0] - corners[index - 1]![0])},${n(corners[index]![1] - corners[index - 1]![1])}`;
      }
      shape += 'z';
      break;
    }
  }
  shapes.set(key, shape);
  return shape;
}

/** All marks of one status as a single path (one DOM node per status, however many revisions). */
export function marksByStatus(lanes: readonly EvolutionLane[], r: number): Record<HypothesisStatus, string> {
  const parts = Object.fromEntries(hypothesisStatuses.map((status) => [status, [] as string[]])) as Record<HypothesisStatus, string[]>;
  for (const lane of lanes) for (const point of lane.points) parts[point.status].push(markPath(point.status, point.x, point.y, r));
  return Object.fromEntries(hypothesisStatuses.map((status) => [status, parts[status].join('')])) as Record<HypothesisStatus, string>;
}

/** Shortens a label to at most `max` characters on a word boundary where it can, with an ellipsis. */
export function shortLabel(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= max) return single;
  const cut = single.slice(0, max - 1);
  // A word that ends exactly at the cut is kept whole.
  const space = single[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const round = (value: number) => Math.round(value * 10) / 10;
