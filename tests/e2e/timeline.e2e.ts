// A family's timeline, end to end, in tests that each start their own vault: the event form with
// the keyboard (an impossible date and an end before the start refused with a message, nothing lost;
// Escape cancels and gives the focus back); 15 events of mixed precision built through the form,
// filtered by category and person (the picture and the list agree), zoomed and panned by keyboard
// and buttons; the same 15 events edited from the picture, deleted with undo, the family view
// (hidden events and internal notes absent from the DOM) and the print view of both versions. axe in
// team mode, with the form open and in family mode, in English and Finnish.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { KehaApp } from './models/KehaApp';
import { fill } from './models/texts';
import { TimelinePage, type EventInput } from './models/TimelinePage';
import { expectAccessible } from './support/axe';

async function startWithFamily(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Aino', '2012');
  await expect(app.family.children()).toHaveCount(1);
  await app.family.addChild('Eero', '2016');
  await expect(app.family.children()).toHaveCount(2);
  const timeline = new TimelinePage(app);
  await timeline.openFromFamilyPage(code);
  return { app, code, timeline };
}

/** Events 2–15 of the English journey (the first is below). Hidden: 4 of them. */
const events: EventInput[] = [
  { date: { precision: 'day', day: 3, month: 6, year: 2010 }, title: 'Parents moved in together', category: 'family', people: ['Mother', 'Father'], source: 'familyAccount', shown: true },
  { date: { precision: 'about', year: 2011 }, title: 'Father’s long unemployment', category: 'incidents', people: ['Father'], actionTaken: 'INTERNAL-ACTION-employment-services' },
  { date: { precision: 'month', month: 8, year: 2013 }, title: 'Moved to Tampere', category: 'moves', people: ['Mother', 'Father', 'Aino'], shown: true },
  {
    date: { precision: 'season', season: 'spring', year: 2014 },
    end: { precision: 'season', season: 'autumn', year: 2014 },
    title: 'Mother’s depression treated',
    category: 'health',
    people: ['Mother'],
    source: 'agencyRecord',
    sourceNote: 'INTERNAL-NOTE-health-centre-letter',
  },
  { date: { precision: 'year', year: 2015 }, title: 'Aino started day care', category: 'school', people: ['Aino'], ownView: 'Aino liked the sandpit best', shown: true },
  {
    date: { precision: 'day', day: 12, month: 1, year: 2017 },
    title: 'First child welfare notification',
    category: 'childProtection',
    source: 'agencyRecord',
    sourceNote: 'INTERNAL-NOTE-day-care-notification',
    actionTaken: 'INTERNAL-ACTION-assessment-started',
    shown: true,
  },
  { date: { precision: 'month', month: 3, year: 2017 }, end: { precision: 'month', month: 9, year: 2017 }, title: 'Family work at home', category: 'services', people: ['Mother', 'Family worker'], shown: true },
  { date: { precision: 'season', season: 'winter', year: 2017 }, title: 'Grandmother ill', category: 'health', people: ['Grandmother'], shown: true },
  { date: { precision: 'about', year: 2018 }, title: 'Father’s drinking got worse', category: 'incidents', people: ['Father'] },
  { date: { precision: 'year', year: 2019 }, end: { precision: 'year', year: 2020 }, title: 'Football club every week', category: 'strengths', people: ['Aino', 'Eero'], shown: true },
  { date: { precision: 'season', season: 'summer', year: 2020 }, title: 'Move to grandmother’s house', category: 'moves', people: ['Mother', 'Aino', 'Eero', 'Grandmother'], shown: true },
  { date: { precision: 'month', month: 2, year: 2021 }, title: 'Police called to the home', category: 'incidents', people: ['Father', 'Mother'], source: 'agencyRecord' },
  { date: { precision: 'day', day: 15, month: 9, year: 2022 }, end: { precision: 'month', month: 6, year: 2023 }, title: 'Support person for Aino', category: 'services', people: ['Aino', 'Support person'], shown: true },
  { date: { precision: 'year', year: 2024 }, title: 'Eero’s speech therapy', category: 'health', people: ['Eero'], ownView: 'Eero: “the games are fun”', shown: true },
];
const hidden = events.filter((event) => !event.shown).map((event) => event.title);

/** The first event of the English journey (typed with mistakes first in the form's own test). */
const firstEvent: EventInput = {
  date: { precision: 'day', day: 28, month: 8, year: 2018 },
  title: 'Aino started school',
  category: 'school',
  people: ['Aino', 'Teacher'],
  ownView: 'Aino: “I was scared and proud”',
  shown: true,
};

/**
 * A new vault in English on 20 November 2026 (the clock installed) with a family and its 15 events,
 * added through the form (TimelinePage.addQuickly: the form's keyboard use has tests of its own).
 */
async function timelineOf15(page: Page) {
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const started = await startWithFamily(page, 'en');
  for (const event of [firstEvent, ...events]) await started.timeline.addQuickly(event);
  await started.timeline.expectChartAndListAgree(15);
  return started;
}

test('the event form with the keyboard (English): an impossible date and an end before the start refused, nothing lost; Escape cancels', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const { app, timeline } = await startWithFamily(page, 'en');
  const t = app.t.timeline;
  await expect(page.getByText(t.screen.empty)).toBeVisible();

  // The first event, typed with an impossible date: a message at the day, the focus on it, nothing lost.
  await timeline.openAdd();
  await timeline.fillEvent({ ...firstEvent, date: { precision: 'day', day: 31, month: 2, year: 2018 } });
  await timeline.save();
  const dayError = fill(t.validation.dayNotInMonth, { day: 31, month: 2, year: 2018, lastDay: 28 });
  await expect(timeline.dateGroup('date').getByText(dayError)).toBeVisible();
  await expect(timeline.datePart('date', 'day')).toBeFocused();
  await expect(timeline.datePart('date', 'day')).toHaveAttribute('aria-invalid', 'true');
  await expect(timeline.field('title')).toHaveValue('Aino started school');
  await expect(timeline.field('people')).toHaveValue('Aino\nTeacher');
  // Fixed, but now ending before it began.
  await timeline.write(timeline.datePart('date', 'day'), '28');
  await timeline.write(timeline.datePart('date', 'month'), '8');
  await timeline.typeDate('end', { precision: 'year', year: 2017 });
  await timeline.save();
  await expect(timeline.dateGroup('end').getByText(t.validation.endBeforeStart)).toBeVisible();
  await expect(timeline.datePart('end', 'year')).toBeFocused();
  await expect(timeline.dateGroup('date').getByText(dayError)).toHaveCount(0);
  await expect(timeline.field('title')).toHaveValue('Aino started school');
  await expectAccessible(page, 'timeline event form with errors');
  // No end after all: saved, and nothing typed was lost.
  await timeline.typeDate('end', null);
  await timeline.save();
  await expect(timeline.dialog()).toBeHidden();
  await app.expectNotification(fill(t.screen.added, { title: 'Aino started school' }));
  const first = timeline.item('Aino started school');
  await expect(first).toContainText('28 August 2018');
  await expect(first).toContainText('Aino, Teacher');
  await expect(first).toContainText('Aino: “I was scared and proud”');
  await expect(first).toContainText(t.list.shown);

  // Escape cancels the form, saves nothing and gives the focus back to "Add event".
  await timeline.openAdd();
  await timeline.write(timeline.field('title'), 'Never saved');
  await page.keyboard.press('Escape');
  await expect(timeline.dialog()).toBeHidden();
  await expect(timeline.addButton()).toBeFocused();
  await expect(timeline.items()).toHaveCount(1);
});

test('a timeline of 15 events (English): in time order, filtered by category and person, zoomed and panned', async ({ page }) => {
  const { app, timeline } = await timelineOf15(page);
  const t = app.t.timeline;
  // Dates in words, in time order (mixed precision sorts as the domain says).
  await expect(timeline.items().locator('.tl-item-date')).toHaveText([
    '3 June 2010',
    'about 2011',
    'August 2013',
    'spring 2014 – autumn 2014',
    '2015',
    '12 January 2017',
    'March 2017 – September 2017',
    'winter 2017–2018',
    'about 2018',
    '28 August 2018',
    '2019 – 2020',
    'summer 2020',
    'February 2021',
    '15 September 2022 – June 2023',
    '2024',
  ]);
  await expect(timeline.chart().locator('.tl-birth')).toHaveCount(2);
  await expect(page.getByText(fill(t.filters.all_other, { count: 15 }))).toBeVisible();

  // Filter by category: the picture and the list agree, the count says so in words.
  await timeline.keyboard.toggle(timeline.categoryFilter('health'));
  await expect(timeline.shownCount()).toHaveText(fill(t.filters.shown_other, { count: 3, total: 15 }));
  await timeline.expectChartAndListAgree(3);
  await expect(timeline.items().locator('.tl-item-name')).toHaveText(['Mother’s depression treated', 'Grandmother ill', 'Eero’s speech therapy']);
  await timeline.keyboard.toggle(timeline.categoryFilter('incidents'));
  await timeline.expectChartAndListAgree(6);
  await timeline.keyboard.press(timeline.clearFilters());
  await timeline.expectChartAndListAgree(15);
  // … and by person.
  await timeline.keyboard.toggle(timeline.personFilter('Aino'));
  await expect(timeline.shownCount()).toHaveText(fill(t.filters.shown_other, { count: 6, total: 15 }));
  await timeline.expectChartAndListAgree(6);
  for (const name of await timeline.items().locator('.tl-people dd').allTextContents()) expect(name).toContain('Aino');
  await timeline.keyboard.press(timeline.clearFilters());
  await timeline.expectChartAndListAgree(15);

  // Zoom and pan with the keyboard on the focused picture, and with its buttons; each step waits
  // until the picture shows it (its view is in its data attributes).
  const view = () => timeline.chartView();
  const whole = await view();
  await timeline.chart().focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => (await view()).msPerPx).toBeLessThan(whole.msPerPx / 2);
  const zoomed = await view();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await view()).start).toBeGreaterThan(zoomed.start);
  await page.keyboard.press('Home');
  await expect.poll(async () => (await view()).start).toBe(whole.start);
  await page.keyboard.press('0');
  await expect.poll(view).toEqual(whole);
  await timeline.keyboard.press(timeline.chartButton('zoomIn'));
  await expect.poll(async () => (await view()).msPerPx).toBeLessThan(whole.msPerPx);
  await timeline.keyboard.press(timeline.chartButton('later'));
  await expect.poll(async () => (await view()).start).toBeGreaterThan(whole.start);
  // "Show on the timeline" from the list brings a late event into view and marks it.
  await timeline.keyboard.press(timeline.listButton('showOnTimeline', 'Eero’s speech therapy'));
  await expect(timeline.chartEvent('Eero’s speech therapy')).toHaveClass(/selected/);
  await expect(timeline.chart()).toBeFocused();
  await timeline.keyboard.press(timeline.chartButton('fit'));
});

test('the same 15 events (English): edited from the picture, deleted with undo, the team’s print view', async ({ page }) => {
  const { app, code, timeline } = await timelineOf15(page);
  const t = app.t.timeline;

  // Edit from the picture: a click on the event opens it in the form.
  await timeline.chartEvent('Grandmother ill').click();
  await expect(timeline.dialog().getByRole('heading', { name: fill(t.form.editTitle, { title: 'Grandmother ill' }) })).toBeVisible();
  await expect(timeline.datePart('date', 'season')).toHaveValue('winter');
  await timeline.write(timeline.field('title'), 'Grandmother in hospital');
  await timeline.save();
  await expect(timeline.dialog()).toBeHidden();
  await expect(timeline.item('Grandmother in hospital')).toContainText('winter 2017–2018');
  await expect(timeline.item('Grandmother ill')).toHaveCount(0);

  // Delete with undo.
  await timeline.keyboard.press(timeline.listButton('delete', 'Moved to Tampere'));
  await app.expectNotification(fill(t.screen.deleted, { title: 'Moved to Tampere' }));
  await timeline.expectChartAndListAgree(14);
  await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
  await expect(timeline.item('Moved to Tampere')).toBeVisible();
  await timeline.expectChartAndListAgree(15);
  await expectAccessible(page, 'timeline, team view');

  // The team's print view: only the document, landscape, the list not cut mid-row.
  await timeline.catchPrint();
  await timeline.keyboard.press(timeline.printButton('team'));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(timeline.printView().getByRole('heading', { name: fill(t.print.title, { code }) })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(timeline.printView().locator('.tl-print-slice svg').first()).toBeVisible();
  await expect(timeline.printView().locator('tbody tr')).toHaveCount(15);
  await expect(timeline.printView()).toContainText('INTERNAL-NOTE-health-centre-letter');
  for (const control of [timeline.addButton(), timeline.clearFilters(), timeline.chart(), page.getByRole('banner')]) await expect(control).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await timeline.keyboard.press(page.getByRole('button', { name: t.screen.closePrint }));
  await timeline.expectChartAndListAgree(15);
});

test('the same 15 events (English): the family view holds only what is shown to the family, and prints the family’s version', async ({ page }) => {
  const { app, code, timeline } = await timelineOf15(page);
  const t = app.t.timeline;

  // The family view: only events shown to the family; hidden ones and internal notes are not in the page at all.
  await timeline.keyboard.press(timeline.mode('family'));
  await expect(timeline.mode('family')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: t.screen.backToTeam })).toBeVisible();
  await timeline.expectChartAndListAgree(11);
  await expect(timeline.addButton()).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.list.edit })).toHaveCount(0);
  const html = await page.content();
  for (const title of hidden) expect(html).not.toContain(title);
  expect(html).not.toContain('INTERNAL-');
  expect(html).not.toContain(t.list.notShown);
  await expect(timeline.item('Aino started school')).toContainText('Aino: “I was scared and proud”');
  expect(await timeline.item('Aino started school').locator('.tl-item-name').evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).toBeGreaterThanOrEqual(22);
  await expectAccessible(page, 'timeline, family view');

  // Printing in the family view prints the family's version.
  await timeline.catchPrint();
  await timeline.keyboard.press(timeline.printButton('family'));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(timeline.printView().getByRole('heading', { name: fill(t.print.familyTitle, { code }) })).toBeVisible();
  await expect(timeline.printView().locator('tbody tr')).toHaveCount(11);
  expect(await page.content()).not.toContain('INTERNAL-');
  await page.emulateMedia({ media: 'screen' });

  // And back to the team's view.
  await page.getByRole('link', { name: t.screen.backToTeam }).click();
  await expect(timeline.mode('team')).toHaveAttribute('aria-current', 'page');
  await timeline.expectChartAndListAgree(15);
});

test('the timeline in Finnish: a message for an impossible date, the team and family views, accessible', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await page.setViewportSize({ width: 1024, height: 800 });
  const { app, code, timeline } = await startWithFamily(page, 'fi');
  const t = app.t.timeline;
  await expect(page.getByText(t.screen.empty)).toBeVisible();
  await expectAccessible(page, 'aikajana, tyhjä');

  await timeline.openAdd();
  await timeline.fillEvent({ date: { precision: 'day', day: 31, month: 2, year: 2019 }, title: 'Muutto Jyväskylään', category: 'moves', people: ['Äiti', 'Aino'], shown: true });
  await timeline.save();
  await expect(timeline.dialog().getByText('Kuukaudessa 2/2019 on 28 päivää, joten päivää 31 ei ole.')).toBeVisible();
  await expect(timeline.datePart('date', 'day')).toBeFocused();
  await expect(timeline.datePart('date', 'day')).toBeInViewport();
  await expectAccessible(page, 'aikajanan lomake virheineen');
  await timeline.write(timeline.datePart('date', 'day'), '28');
  await timeline.save();
  await expect(timeline.dialog()).toBeHidden();
  await timeline.add({ date: { precision: 'season', season: 'winter', year: 2020 }, end: { precision: 'year', year: 2021 }, title: 'Isän sairausloma', category: 'health', people: ['Isä'], actionTaken: 'SISÄINEN-ohjattu työterveyteen' });
  await timeline.add({ date: { precision: 'about', year: 2015 }, title: 'Mummo muutti lähelle', category: 'strengths', people: ['Mummo'], ownView: 'Aino: ”mummon luona on kivaa”', shown: true });
  await timeline.add({ date: { precision: 'month', month: 5, year: 2022 }, title: 'Lastensuojeluilmoitus koulusta', category: 'childProtection', source: 'agencyRecord', sourceNote: 'SISÄINEN-ilmoitus 5/2022' });
  await expect(timeline.items().locator('.tl-item-date')).toHaveText(['noin 2015', '28.2.2019', 'talvi 2020–2021 – 2021', 'toukokuu 2022']);
  await timeline.keyboard.toggle(timeline.personFilter('Aino'));
  await expect(timeline.shownCount()).toHaveText(fill(t.filters.shown_one, { count: 1, total: 4 }));
  await timeline.expectChartAndListAgree(1);
  await timeline.keyboard.press(timeline.clearFilters());
  await expectAccessible(page, 'aikajana, tiimin näkymä');

  await timeline.keyboard.press(timeline.mode('family'));
  await timeline.expectChartAndListAgree(2);
  const html = await page.content();
  expect(html).not.toContain('Isän sairausloma');
  expect(html).not.toContain('SISÄINEN');
  await expectAccessible(page, 'aikajana, perheen näkymä');

  await timeline.catchPrint();
  await timeline.keyboard.press(timeline.printButton('family'));
  await page.emulateMedia({ media: 'print' });
  await expect(timeline.printView().getByRole('heading', { name: fill(t.print.familyTitle, { code }) })).toBeVisible();
  await expect(timeline.printView().locator('tbody tr')).toHaveCount(2);
});
