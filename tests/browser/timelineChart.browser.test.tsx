// The visual timeline (renderer/src/timeline/TimelineChart.tsx) in real Chromium: 400 events of
// mixed precision are all drawn and pan by dragging without redrawing or re-laning the event marks
// (panning only moves their layer); a click on an event selects it, a drag does not; and the chart's
// keyboard commands zoom, pan and fit. How fast it draws and pans is measured by `npm run bench`,
// not here.
import { flushSync } from 'react-dom';
import { describe, expect, it } from 'vitest';
import type { TimelineDate } from '../../shared/timeline/timelineDate';
import { timelineCategories } from '../../shared/timeline/timelineEvent';
import { TimelineChart, type TimelineChartEvent } from '../../renderer/src/timeline/TimelineChart';
import '../../renderer/src/styles.css';
import { screenWorld } from './support';

const now = Date.UTC(2026, 10, 20, 12);
const world = screenWorld({ width: '1200px' });

/** 400 events over 25 years, every precision, some lasting. */
function manyEvents(count: number): TimelineChartEvent[] {
  const events: TimelineChartEvent[] = [];
  for (let index = 0; index < count; index++) {
    const year = 2000 + (index % 25);
    const kind = index % 5;
    const date: TimelineDate =
      kind === 0
        ? { precision: 'day', year, month: (index % 12) + 1, day: (index % 28) + 1 }
        : kind === 1
          ? { precision: 'month', year, month: (index % 12) + 1 }
          : kind === 2
            ? { precision: 'season', year, season: (['spring', 'summer', 'autumn', 'winter'] as const)[index % 4]! }
            : kind === 3
              ? { precision: 'year', year }
              : { precision: 'about', year };
    const endDate: TimelineDate | null = index % 7 === 0 ? { precision: 'year', year: Math.min(2025, year + 1) } : null;
    events.push({ id: `event-${index}`, date, endDate, title: `Event number ${index}`, category: timelineCategories[index % timelineCategories.length]! });
  }
  return events;
}

const frame = () => world.container.querySelector<HTMLElement>('[data-testid="timeline-chart"]')!;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const view = () => ({ start: Number(frame().dataset.viewStart), msPerPx: Number(frame().dataset.msPerPx) });

function pointer(type: string, target: Element, clientX: number) {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons: 1, clientX, clientY: 60, isPrimary: true }));
}

describe('TimelineChart', () => {
  it('draws 400 events and pans by dragging, moving the same marks without re-laning them', async () => {
    const events = manyEvents(400);
    const children = [{ id: 'c1', pseudonym: 'Aino', birthYear: 2012 }];
    flushSync(() => world.render(<TimelineChart events={events} children={children} label="Timeline of family TST-400" now={now} />));
    await nextFrame();
    expect(world.container.querySelectorAll('text.tl-event')).toHaveLength(400);

    // Zoom in so there is room to pan, then drag to the left for 60 frames.
    frame().focus();
    for (const key of ['+', '+', '+']) frame().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await nextFrame();
    const marks = [...world.container.querySelectorAll('text.tl-event')];
    const lanes = marks.map((mark) => mark.getAttribute('y'));
    const before = view();
    const target = frame().querySelector('.tl-pan-layer svg')!;
    let x = 900;
    pointer('pointerdown', target, x);
    for (let step = 0; step < 60; step++) {
      x -= 6;
      pointer('pointermove', target, x);
      await nextFrame();
    }
    pointer('pointerup', target, x);
    expect(view().start).toBeGreaterThan(before.start);
    expect(view().msPerPx).toBe(before.msPerPx);
    // The same mark elements, in the same lanes: only their group was moved.
    const after = [...world.container.querySelectorAll('text.tl-event')];
    expect(after.every((mark, index) => mark === marks[index])).toBe(true);
    expect(after.map((mark) => mark.getAttribute('y'))).toEqual(lanes);
    expect(world.container.querySelector<HTMLElement>('.tl-pan-layer')!.style.transform).toMatch(/^translateX\(-?[\d.]+px\)$/);
  });

  it('selects an event on click but not at the end of a drag; keys zoom, pan, go to the ends and fit', async () => {
    const events = manyEvents(12);
    const chosen: string[] = [];
    flushSync(() => world.render(<TimelineChart events={events} children={[]} label="Timeline" now={now} onSelect={(id) => chosen.push(id)} />));
    await nextFrame();
    const mark = world.container.querySelector('text.tl-event[data-event-id="event-3"]')!;
    pointer('pointerdown', mark, 300);
    pointer('pointerup', mark, 300);
    expect(chosen).toEqual(['event-3']);
    pointer('pointerdown', mark, 300);
    pointer('pointermove', mark, 200);
    pointer('pointerup', mark, 200);
    expect(chosen).toEqual(['event-3']);

    const whole = view();
    const press = async (key: string, shiftKey = false) => {
      frame().dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
      await nextFrame();
    };
    await press('+');
    expect(view().msPerPx).toBeCloseTo(whole.msPerPx / 1.5, 0);
    const zoomed = view();
    await press('ArrowRight');
    expect(view().start).toBeGreaterThan(zoomed.start);
    await press('End');
    const end = view();
    await press('ArrowRight', true);
    expect(view()).toEqual(end);
    await press('Home');
    expect(view().start).toBe(whole.start);
    await press('-');
    await press('0');
    expect(view()).toEqual(whole);
    expect(world.container.querySelector('.tl-chart-summary')!.textContent).toContain('12 events, 2000–2011.');
  });
});
