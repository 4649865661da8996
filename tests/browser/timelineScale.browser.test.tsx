// The drawn timeline in real Chromium keeps one scale: every event sits over its own year on the
// axis, in the chart as the family page and the meeting's panel draw it (normal size) and as the
// room's screen draws it (large), at three widths and three zoom levels, and in every slice of the
// print view (whose titles are printed whole). The family's titles are long enough to lengthen the
// span (the case where the events were once drawn at another scale than the axis). Twins' birth
// labels never overlap or hide each other, and a birth this year has its label whole in the picture.
import { flushSync } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { TimelineChart, type TimelineChartChild } from '../../renderer/src/timeline/TimelineChart';
import { TimelinePrintView } from '../../renderer/src/timeline/TimelinePrintView';
import type { TimelineEvent } from '../../shared/timeline/timelineEvent';
import '../../renderer/src/styles.css';
import { timelineGeometry } from '../e2e/support/timelineGeometry';
import { screenWorld } from './support';

const now = Date.UTC(2026, 10, 20, 12);
const world = screenWorld();

const children: TimelineChartChild[] = [
  { id: 'c1', pseudonym: 'Aino', birthYear: 2012 },
  { id: 'c2', pseudonym: 'Eino', birthYear: 2015 },
];

const events: TimelineEvent[] = [
  event('e1', { precision: 'year', year: 2010 }, null, 'Vanhemmat muuttavat yhteen Tampereelle', 'family'),
  event('e2', { precision: 'month', year: 2014, month: 9 }, { precision: 'month', year: 2016, month: 5 }, 'Isän työttömyysjakso ja taloudelliset vaikeudet', 'family'),
  event('e3', { precision: 'day', year: 2019, month: 8, day: 12 }, null, 'Aino aloittaa koulun', 'school'),
  event('e4', { precision: 'about', year: 2021 }, null, 'Vanhempien ero', 'family'),
  event('e5', { precision: 'season', year: 2026, season: 'spring' }, null, 'Muutto uuteen kotiin toiselle puolelle kaupunkia', 'moves'),
  event('e6', { precision: 'day', year: 2026, month: 10, day: 2 }, null, 'Lastensuojeluilmoitus koulusta', 'services'),
];

const frame = () => world.container.querySelector<HTMLElement>('[data-testid="timeline-chart"]')!;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** A key pressed on the chart, and the frame it is drawn in. */
async function press(key: string) {
  frame().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await nextFrame();
}

describe('one scale for the timeline', () => {
  for (const size of ['normal', 'large'] as const) {
    for (const width of [640, 1000, 1440]) {
      it(`places every event over its own year (${size}, ${width} px, three zoom levels)`, async () => {
        world.container.style.width = `${width}px`;
        flushSync(() => world.render(<TimelineChart events={events} children={children} label="Timeline of family TST-101" size={size} now={now} />));
        await nextFrame();
        const measure = (where: string) => {
          const geometry = timelineGeometry(frame());
          expect(geometry.misplaced, `${size}, ${width} px, ${where}`).toEqual([]);
          return geometry.events;
        };
        expect(measure('whole life')).toBeGreaterThan(0);
        // One and two zoom steps closer, each at the earliest and at the latest years.
        for (const zoom of ['closer', 'closest']) {
          const before = Number(frame().dataset.msPerPx);
          await press('+');
          expect(Number(frame().dataset.msPerPx)).toBeLessThan(before);
          await press('Home');
          let measured = measure(`${zoom}, earliest years`);
          await press('End');
          measured += measure(`${zoom}, latest years`);
          expect(measured, zoom).toBeGreaterThan(0);
        }
      });
    }
  }

  it('places every event over its own year in each printed slice', async () => {
    world.container.style.width = '1100px';
    flushSync(() =>
      world.render(
        <TimelinePrintView title="Timeline of family TST-101" code="TST-101" content={{ mode: 'family', events }} children={children} now={new Date(now)} onPrint={() => {}} onClose={() => {}} />,
      ),
    );
    await nextFrame();
    const slices = [...world.container.querySelectorAll('.tl-print-slice')];
    expect(slices.length).toBeGreaterThan(0);
    let measured = 0;
    for (const slice of slices) {
      const geometry = timelineGeometry(slice);
      measured += geometry.events;
      expect(geometry.misplaced).toEqual([]);
    }
    expect(measured).toBeGreaterThanOrEqual(events.length);
  });

  it('prints every title whole, inside its picture', async () => {
    world.container.style.width = '1100px';
    const long = { ...events[4]!, id: 'long', title: 'Perhe muuttaa väliaikaisesti isovanhempien luokse maaseudulle remontin ajaksi' };
    flushSync(() =>
      world.render(
        <TimelinePrintView title="Timeline of family TST-101" code="TST-101" content={{ mode: 'family', events: [...events, long] }} children={children} now={new Date(now)} onPrint={() => {}} onClose={() => {}} />,
      ),
    );
    await nextFrame();
    const titles = [...world.container.querySelectorAll<SVGTextElement>('.tl-print-slice text.tl-event')];
    expect(titles.map((title) => title.lastChild?.textContent).sort()).toEqual([...events, long].map((entry) => entry.title).sort());
    for (const title of titles) {
      const picture = title.closest('svg')!.getBoundingClientRect();
      const box = title.getBoundingClientRect();
      expect(box.right, title.dataset.eventId).toBeLessThanOrEqual(picture.right + 0.5);
      expect(box.left).toBeGreaterThanOrEqual(picture.left - 0.5);
    }
  });
});

describe('births', () => {
  const twins: TimelineChartChild[] = [
    { id: 't1', pseudonym: 'Aino', birthYear: 2015 },
    { id: 't2', pseudonym: 'Eino', birthYear: 2015 },
    { id: 't3', pseudonym: 'Vilho', birthYear: 2016 },
  ];

  for (const size of ['normal', 'large'] as const) {
    it(`twins' and close siblings' birth labels do not overlap (${size})`, async () => {
      world.container.style.width = '1000px';
      flushSync(() => world.render(<TimelineChart events={events} children={twins} label="Timeline of family TST-102" size={size} now={now} />));
      await nextFrame();
      expectApart(world.container.querySelectorAll('.tl-birth-label'), 3);
      await press('+');
      await press('+');
      expectApart(world.container.querySelectorAll('.tl-birth-label'), 3);
    });
  }

  it('a child born this year has its birth label whole inside the picture', async () => {
    world.container.style.width = '800px';
    const baby: TimelineChartChild[] = [...children, { id: 'b1', pseudonym: 'Vauva', birthYear: 2026 }];
    flushSync(() => world.render(<TimelineChart events={events.slice(0, 1)} children={baby} label="Timeline of family TST-103" now={now} />));
    await nextFrame();
    const plot = frame().querySelector('.tl-plot-bg')!.getBoundingClientRect();
    const label = world.container.querySelector('.tl-birth[data-child-id="b1"] .tl-birth-label')!.getBoundingClientRect();
    expect(label.right).toBeLessThanOrEqual(plot.right);
  });

  it("twins' birth labels do not overlap in print", async () => {
    world.container.style.width = '1100px';
    flushSync(() =>
      world.render(<TimelinePrintView title="Timeline of family TST-101" code="TST-101" content={{ mode: 'family', events }} children={twins} now={new Date(now)} onPrint={() => {}} onClose={() => {}} />),
    );
    await nextFrame();
    for (const slice of world.container.querySelectorAll('.tl-print-slice')) expectApart(slice.querySelectorAll('.tl-birth-label'), 0);
  });
});

/** No two of the labels' boxes on screen intersect, nothing is drawn over them (and at least `least` labels were drawn). */
function expectApart(labels: NodeListOf<Element>, least: number) {
  const boxes = [...labels].map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }));
  expect(boxes.length).toBeGreaterThanOrEqual(least);
  // Nothing drawn after a label in its picture (so on top of it) covers it: the test page is narrower
  // than the picture, so this is read from the drawing order rather than by hit testing.
  for (const label of labels) {
    const box = label.getBoundingClientRect();
    const later = [...label.closest('svg')!.querySelectorAll('*')].filter((element) => label.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && !label.contains(element));
    for (const element of later) {
      if (element.children.length > 0 || element.tagName === 'title') continue;
      const other = element.getBoundingClientRect();
      const overlaps = other.left < box.right && box.left < other.right && other.top < box.bottom && box.top < other.bottom && other.width > 0 && other.height > 0;
      expect(overlaps, `"${label.textContent}" covered by ${element.outerHTML.slice(0, 60)}`).toBe(false);
    }
  }
  for (const [index, a] of boxes.entries())
    for (const b of boxes.slice(index + 1)) {
      const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
      expect(apart, `"${a.text}" and "${b.text}"`).toBe(true);
    }
}

function event(id: string, date: TimelineEvent['date'], endDate: TimelineEvent['endDate'], title: string, category: TimelineEvent['category']): TimelineEvent {
  const at = '2026-11-01T10:00:00.000Z';
  return { id, familyId: 'f1', date, endDate, title, category, people: [], ownView: '', source: null, sourceNote: '', actionTaken: '', shownToFamily: true, createdAt: at, updatedAt: at };
}
