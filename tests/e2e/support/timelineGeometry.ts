// Reads a drawn timeline as the user sees it on screen and says which events sit over the wrong year:
// the axis is read from its tick lines (their instant in data-time, their x on screen), each event
// from its title (its first instant in data-start and its drawn x in data-x, taken to the screen
// through the SVG's own transform, so pans, CSS transforms and scaling all count). An event is
// misplaced when its x is not between the axis's x for 1 January of its year and of the next year.
// Self-contained (no imports, no closures) so Playwright can run it in the page with page.evaluate.

export type TimelineGeometry = {
  /** How many ticks and events inside the plot were measured. */
  ticks: number;
  events: number;
  /** The events outside their year's interval on the axis, as "id: year 2026 at x, axis 2026 at a–b". */
  misplaced: string[];
};

export function timelineGeometry(root: Element): TimelineGeometry {
  const ticks = [...root.querySelectorAll<SVGLineElement>('line.tl-tick[data-time]')].map((line) => {
    const box = line.getBoundingClientRect();
    return { time: Number(line.dataset.time), x: box.left + box.width / 2 };
  });
  const misplaced: string[] = [];
  if (ticks.length < 2) return { ticks: ticks.length, events: 0, misplaced: [`only ${ticks.length} ticks drawn`] };
  ticks.sort((a, b) => a.time - b.time);
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  const pxPerMs = (last.x - first.x) / (last.time - first.time);
  const axisX = (time: number) => first.x + (time - first.time) * pxPerMs;
  // The axis itself must be one straight scale.
  for (const tick of ticks) if (Math.abs(axisX(tick.time) - tick.x) > 1) misplaced.push(`tick ${new Date(tick.time).toISOString()} off the axis's scale`);
  const plot = root.querySelector('.tl-plot-bg')?.getBoundingClientRect();
  let events = 0;
  for (const label of root.querySelectorAll<SVGTextElement>('text.tl-event[data-start]')) {
    const matrix = label.getScreenCTM();
    if (!matrix) continue;
    const x = new DOMPoint(Number(label.dataset.x), 0).matrixTransform(matrix).x;
    if (plot && (x < plot.left || x > plot.right)) continue;
    events++;
    const year = new Date(Number(label.dataset.start)).getUTCFullYear();
    const from = axisX(Date.UTC(year, 0, 1));
    const to = axisX(Date.UTC(year + 1, 0, 1));
    if (x < from - 1 || x > to + 1) misplaced.push(`${label.dataset.eventId}: year ${year} at ${x.toFixed(1)}, axis ${year} at ${from.toFixed(1)}–${to.toFixed(1)}`);
  }
  return { ticks: ticks.length, events, misplaced };
}
