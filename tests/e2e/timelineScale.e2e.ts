// One scale for the timeline wherever it is drawn, measured on screen: events added in a meeting's
// presentation phase sit over their own year on the axis in the meeting's panel, on the room's
// screen and on the family's timeline page, at three window widths and three zoom levels, and in
// every slice of the print view. Twins' birth labels do not overlap. Printed in Finnish, the table
// splits no short word and no pseudonym code across lines.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { SharedScreenPage } from './models/SharedScreenPage';
import { TimelinePage } from './models/TimelinePage';
import { timelineGeometry } from './support/timelineGeometry';
import { splitWords } from './support/wordBreaks';

const widths = [1024, 1440, 1920];

const events = [
  { day: 2, month: 9, year: 2024, title: 'Lapsi aloitti koulun lähikoulussa', category: 'school' },
  { day: 15, month: 3, year: 2028, title: 'Muutto uuteen kotiin toiselle puolelle kaupunkia', category: 'moves' },
  { day: 10, month: 1, year: 2030, title: 'Perhetyö alkoi lastensuojeluilmoituksen jälkeen', category: 'services' },
] as const;

test('every event sits over its own year in the meeting panel, on the room’s screen, on the timeline page and in print', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting();
  await run.advance(2);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();

  // The presentation phase: events told by the presenter, added in the panel.
  for (const event of events) {
    await run.openTimelineForm();
    await run.fillTimelineEvent({ ...event, category: app.t.timeline.category[event.category] });
    await run.saveTimelineEvent(event.title);
  }
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await expectOneScale(run.timelineChart(), `meeting panel at ${width} px`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // The room's screen, with the timeline put there.
  const screen = await SharedScreenPage.openFrom(page, 'fi');
  const screenPage = screen.page;
  await run.showOnRoomScreen('timeline', true);
  const roomChart = screenPage.getByRole('region', { name: app.t.record.screen.timeline, exact: true }).getByTestId('timeline-chart');
  await expect(roomChart.locator('.tl-event[data-event-id]')).toHaveCount(events.length);
  for (const width of widths) {
    await screenPage.setViewportSize({ width, height: 1000 });
    await expectOneScale(roomChart, `room's screen at ${width} px`);
  }
  await screenPage.setViewportSize({ width: 1440, height: 1000 });
  await screenPage.close();

  // The family's timeline page.
  await page.goto('/#/families');
  await app.families.open(code);
  const timeline = new TimelinePage(app);
  await timeline.openFromFamilyPage(code);
  await expect(timeline.chartEvents()).toHaveCount(events.length);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await expectOneScale(timeline.chart(), `timeline page at ${width} px`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  // Printed (as wide as A4 landscape within its margins): each slice on one scale; no short word and
  // no code split across lines.
  await page.setViewportSize({ width: 1047, height: 740 });
  await timeline.catchPrint();
  await timeline.keyboard.press(timeline.printButton('team'));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(timeline.printView().locator('tbody tr')).toHaveCount(events.length);
  const slices = timeline.printView().locator('.tl-print-slice');
  for (let index = 0; index < (await slices.count()); index++) {
    const geometry = await slices.nth(index).evaluate(timelineGeometry);
    expect(geometry.misplaced, `printed slice ${index + 1}`).toEqual([]);
  }
  await expectWordsWhole(page, '.tl-print-table th, .tl-print-table td, .tl-print h2', 'printed timeline');
  await page.emulateMedia({ media: 'screen' });
});

test('twins’ birth labels do not overlap on the timeline page and on the room’s screen', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting();
  await run.advance(2);
  const code = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.openTimelineForm();
  await run.fillTimelineEvent({ ...events[1], category: app.t.timeline.category.moves });
  await run.saveTimelineEvent(events[1].title);

  await page.goto('/#/families');
  await app.families.open(code);
  await app.family.addChild('Aava', '2023');
  await app.family.addChild('Eevi', '2023');
  const timeline = new TimelinePage(app);
  await timeline.openFromFamilyPage(code);
  await expect(timeline.chart().locator('.tl-birth-label').filter({ hasText: 'Eevi' })).toHaveCount(1);
  await expectApart(timeline.chart().locator('.tl-birth-label'), 'timeline page');

  await run.goto(meetingId);
  await run.showOnRoomScreen('timeline', true);
  const screenPage = (await SharedScreenPage.openFrom(page, 'en')).page;
  const roomChart = screenPage.getByRole('region', { name: app.t.record.screen.timeline, exact: true }).getByTestId('timeline-chart');
  await expect(roomChart.locator('.tl-birth-label').filter({ hasText: 'Eevi' })).toHaveCount(1);
  await expectApart(roomChart.locator('.tl-birth-label'), "room's screen");
});

/**
 * At the whole-life view, and one and two zoom steps closer, each at the earliest and at the latest
 * years: no event off its year (and some event measured at every zoom level).
 */
async function expectOneScale(chart: Locator, where: string) {
  await chart.focus();
  await chart.press('0');
  const measure = async (zoom: string) => {
    const geometry = await chart.evaluate(timelineGeometry);
    expect(geometry.misplaced, `${where}, ${zoom}`).toEqual([]);
    return geometry.events;
  };
  /** Presses a key and waits until the chart shows the change it makes to the view. */
  const press = async (key: string, attribute: 'data-ms-per-px' | 'data-view-start') => {
    const before = (await chart.getAttribute(attribute))!;
    await chart.press(key);
    await expect(chart).not.toHaveAttribute(attribute, before);
  };
  expect(await measure('whole life'), `${where}, whole life: events measured`).toBeGreaterThan(0);
  for (const zoom of ['closer', 'closest']) {
    await press('+', 'data-ms-per-px');
    await press('Home', 'data-view-start');
    let measured = await measure(`${zoom}, earliest years`);
    await press('End', 'data-view-start');
    measured += await measure(`${zoom}, latest years`);
    expect(measured, `${where}, ${zoom}: events measured`).toBeGreaterThan(0);
  }
  await chart.press('0');
}

async function expectWordsWhole(page: Page, selector: string, where: string) {
  const result = await page.evaluate(splitWords, { selector, hyphenateFrom: 10 });
  expect(result.measured, `${where}: words measured`).toBeGreaterThan(10);
  expect(result.split, where).toEqual([]);
}

/** No two labels' boxes intersect, and nothing is drawn over any of them. */
async function expectApart(labels: Locator, where: string) {
  // Measured in the middle of the window: what is drawn over a point is asked of the window, and the
  // status bar at its foot (a message with Undo) is drawn over whatever scrolls under it.
  await labels.first().evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const boxes = await labels.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const tops = [0.2, 0.5, 0.8].map((share) => document.elementFromPoint(box.left + box.width * share, box.top + box.height / 2));
      const uncovered = tops.every((top) => top !== null && element.contains(top));
      const over = tops.map((top) => (top ? `${top.tagName}.${top.getAttribute('class') ?? ''}` : 'nothing')).join(' | ');
      return { text: `${element.textContent}" (under it: ${over})`, uncovered, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  for (const box of boxes) expect(box.uncovered, `${where}: "${box.text} drawn over`).toBe(true);
  expect(boxes.length, where).toBeGreaterThanOrEqual(2);
  for (const [index, a] of boxes.entries())
    for (const b of boxes.slice(index + 1)) {
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${where}: "${a.text}" and "${b.text}"`).toBe(true);
    }
}
