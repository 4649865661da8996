// The method templates inside a meeting (the timeline and three houses feed it): in the first deep dive's
// presentation phase the facilitator sees the family's timeline and the children's three houses, adds
// an event through the inline form (it remembers the meeting), and puts the timeline and the latest
// houses on the room's screen: the room sees the event but never the team's internal note, the
// child's item while the child allows the team to see it and only the refusal once the child says
// no, nothing of another family, and nothing of it after the phase. The record's family summaries
// then say what the meeting did to the timeline and which three-houses session was the latest.
// axe and screenshots of the phase and the room's screen in English and Finnish.
import { expect, test, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const steps = 15;
const eventTitle = 'Moved to the grandmother’s flat (event-mm-1)';
const actionTaken = 'Home visit booked, internal only (action-mm-secret)';
const childWords = 'I like the cat at grandma’s (item-mm-words)';
const dayEn = '02/06/2031';
const dayFi = '2.6.2031';

/** The room's screen sections for the two methods, by their headings. */
const roomTimeline = (screen: Page, app: KehaApp) => screen.getByRole('region', { name: app.t.record.screen.timeline, exact: true });
const roomHouses = (screen: Page, app: KehaApp) => screen.getByRole('region', { name: app.t.record.screen.threeHouses, exact: true });

test('the timeline and the three houses feed the meeting, the room sees only what it may, and the record tells what changed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const houses = new ThreeHousesPage(app);
  const t = app.t.run.methods;

  // --- 1. The first deep dive's presentation phase: both panels, the timeline still empty -------
  await run.openDemoPlan();
  const meetingId = await run.startFromPlan();
  await run.advance(2);
  await run.expectPhase('Presentation', 3, steps);
  const familyCode = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await expect(run.timelinePanel()).toBeVisible();
  await expect(run.threeHousesPanel()).toBeVisible();
  await expect(run.timelinePanel()).toContainText(t.noEvents);
  await expect(run.timelinePanel()).toContainText(fill(t.timelineCount_other, { count: 0 }));
  await expect(run.timelineChart()).toHaveCount(0);
  await expect(run.roomToggle('timeline')).toHaveAttribute('aria-pressed', 'false');
  await expect(run.roomToggle('threeHouses')).toHaveAttribute('aria-pressed', 'false');
  // The first child of the family has no session yet.
  const firstLine = (await run.threeHousesPanel().getByRole('listitem').first().textContent())!;
  const child = firstLine.split(':')[0]!.trim();
  await expect(run.threeHousesChild(child)).toContainText(fill(t.noSessions, { child }));

  // --- 2. A three-houses session for the child, through the panel's link; consent for the team given
  await run.openChildSessions(child);
  await expect(houses.heading()).toContainText(child);
  await houses.newSession(null);
  const worries = houses.deskHouse('worries');
  await worries.getByLabel(fill(app.t.threeHouses.desk.itemText, { house: houses.defaultName('worries') }), { exact: true }).fill(childWords);
  await expect(worries.getByLabel(app.t.threeHouses.desk.addVerbatim)).toBeChecked();
  await worries.getByRole('button', { name: app.t.threeHouses.desk.add, exact: true }).click();
  await expect(houses.deskItems('worries').locator('q')).toHaveText(childWords);
  await houses.setConsent('team', 'given');
  const sessionUrl = page.url();
  // Back to the running meeting: it resumes at the same step.
  await run.goto(meetingId);
  await run.expectPhase('Presentation', 3, steps);
  await expect(run.threeHousesChild(child)).toContainText(fill(t.latestSession, { child, date: dayEn }));
  await expect(run.threeHousesChild(child)).toContainText(t.teamConsent.given);

  // --- 3. An event through the inline form; the chart shows it, the panel counts it --------------
  await run.openTimelineForm();
  await run.fillTimelineEvent({ day: 15, month: 3, year: 2031, title: eventTitle, category: app.t.timeline.category.moves, actionTaken });
  await run.saveTimelineEvent(eventTitle);
  await expect(run.timelinePanel()).toContainText(fill(t.timelineCount_one, { count: 1 }));
  await expect(run.timelinePanel()).toContainText(fill(t.changedHere_one, { count: 1 }));
  await expect(run.timelinePanel()).not.toContainText(t.noEvents);
  // The same event as a list, with a way to edit it by keyboard.
  await run.timelinePanel().getByText(fill(t.eventList_one, { count: 1 })).click();
  await expect(run.timelinePanel().getByRole('button', { name: fill(t.editLabel, { title: eventTitle }), exact: true })).toBeVisible();

  // --- 4. The room's screen: the timeline without internal notes, then the child's houses -------
  const screen = await SharedScreenPage.openFrom(page, 'en');
  const screenPage = screen.page;
  await screenPage.setViewportSize({ width: 1280, height: 720 });
  await screen.expectPhase('Presentation', 3, steps);
  await expect(roomTimeline(screenPage, app)).toHaveCount(0);
  await expect(roomHouses(screenPage, app)).toHaveCount(0);

  await run.showOnRoomScreen('timeline', true);
  await expect(run.roomToggle('timeline')).toContainText(t.onScreen);
  await expect(roomTimeline(screenPage, app).getByTestId('timeline-chart')).toBeVisible();
  await expect(roomTimeline(screenPage, app).locator('.tl-event[data-event-id]')).toHaveCount(1);
  // The whole title in the list of events (the picture shortens long ones), with its date.
  await expect(roomTimeline(screenPage, app).getByRole('list', { name: app.t.record.screen.timelineList })).toContainText(eventTitle);
  await expect(roomTimeline(screenPage, app).getByRole('list', { name: app.t.record.screen.timelineList })).toContainText('15 March 2031');
  await expect(roomTimeline(screenPage, app).locator('title').filter({ hasText: eventTitle })).toHaveCount(1);
  expect(await screenPage.content()).not.toContain('action-mm-secret');

  await run.showOnRoomScreen('threeHouses', true);
  await expect(roomHouses(screenPage, app)).toContainText(childWords);
  await expect(roomHouses(screenPage, app)).toContainText(fill(app.t.record.screen.threeHousesOf, { child, date: dayEn }));
  // Nothing of another family: only this family's code and children.
  const roomText = await screen.text();
  for (const other of ['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104'].filter((code) => code !== familyCode)) expect(roomText).not.toContain(other);
  await expectAccessible(screenPage, "room's screen with the timeline and the houses (en)");

  // The facilitator's phase with both panels and the form open.
  await run.openTimelineForm();
  await expectAccessible(page, 'presentation phase with the timeline form open (en)');
  await run.timelineForm().getByRole('button', { name: app.t.timeline.form.cancel, exact: true }).click();
  await expect(run.timelineForm()).toHaveCount(0);

  // The child takes back the consent for the team: the room shows only the refusal.
  await page.goto(sessionUrl);
  await houses.setConsent('team', 'notGiven');
  await run.goto(meetingId);
  await run.expectPhase('Presentation', 3, steps);
  await expect(run.threeHousesChild(child)).toContainText(t.teamConsent.notGiven);
  // The facilitator's choices for the step were kept while the window was away from the run.
  await expect(run.roomToggle('timeline')).toHaveAttribute('aria-pressed', 'true');
  await expect(run.roomToggle('threeHouses')).toHaveAttribute('aria-pressed', 'true');
  await expect(roomHouses(screenPage, app).getByTestId('consent-withheld')).toHaveText(fill(app.t.record.screen.threeHousesRefused, { child }));
  await expect(roomHouses(screenPage, app)).toContainText(fill(app.t.record.screen.threeHousesWithheld, { child }));
  await expect(roomHouses(screenPage, app)).not.toContainText(childWords);
  expect(await screenPage.content()).not.toContain('item-mm-words');
  await expect(roomTimeline(screenPage, app)).toContainText(eventTitle);

  // --- 7 (fi). The same phase and the room's screen in Finnish ---------------------------------
  await app.setLanguage('fi');
  const tFi = app.t.run.methods;
  await expect(run.threeHousesChild(child)).toContainText(fill(tFi.latestSession, { child, date: dayFi }));
  await expect(run.roomToggle('timeline')).toHaveAttribute('aria-pressed', 'true');
  await run.openTimelineForm();
  await expectAccessible(page, 'presentation phase with the timeline form open (fi)');
  await run.timelineForm().getByRole('button', { name: app.t.timeline.form.cancel, exact: true }).click();
  // A reloaded screen asks the chair's window that opened it for a new port, and follows again.
  await screenPage.reload();
  const screenFi = new SharedScreenPage(screenPage, 'fi');
  await screenFi.expectPhase('Esittely', 3, steps);
  await expect(roomTimeline(screenPage, app)).toBeVisible();
  await expect(roomHouses(screenPage, app).getByTestId('consent-withheld')).toHaveText(fill(app.t.record.screen.threeHousesRefused, { child }));
  await screenPage.setViewportSize({ width: 1920, height: 1080 });
  await expectAccessible(screenPage, "room's screen with the timeline and the refusal (fi)");

  // --- 5. The next phase: the room no longer shows the timeline or the houses --------------------
  await run.advance(1);
  await screenFi.expectPhase('Tarkentavat kysymykset', 4, steps);
  await expect(roomTimeline(screenPage, app)).toHaveCount(0);
  await expect(roomHouses(screenPage, app)).toHaveCount(0);
  expect(await screenPage.content()).not.toContain('event-mm-1');

  // --- 6. The record: the Methods lines of both deep-dive families -------------------------------
  await run.finish();
  const record = new RecordPage(app);
  await record.openSummary(familyCode);
  const summary = record.shown();
  await expect(summary).toContainText(app.t.record.methods);
  await expect(summary).toContainText(fill(app.t.record.timelineUpdated_one, { count: 1 }));
  await expect(summary).toContainText(fill(app.t.record.timelineUpdatedDetail, { added: 1, changed: 0 }));
  await expect(summary).toContainText(fill(app.t.record.threeHousesLatest, { child, date: dayFi }));
  // Neither the item nor the internal note is part of the record.
  await expect(summary).not.toContainText(childWords);
  await expect(summary).not.toContainText(actionTaken);
  const tabs = await page.getByRole('tab').allTextContents();
  const otherTab = tabs.find((name) => name.startsWith(fill(app.t.record.summaryTab, { code: '' })) && !name.includes(familyCode));
  expect(otherTab, `another deep-dive family's summary among ${tabs.join(', ')}`).toBeTruthy();
  const otherCode = otherTab!.slice(fill(app.t.record.summaryTab, { code: '' }).length).trim();
  await record.openSummary(otherCode);
  await expect(record.shown()).not.toContainText(app.t.record.methods);
  await expect(record.shown()).not.toContainText(eventTitle);
});
