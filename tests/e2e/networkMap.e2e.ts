// A family's network map, end to end, in English and Finnish: the empty list and map, a map made
// around a child and contacts added through the form with the keyboard only (no pointer event reaches
// the page), moved closer, to another sector and to another relation with keys on the drawing, edited
// and removed with undo (the table says the same as the drawing); the team and family print versions
// (the team note only in the team's); the family's large view with big buttons (nothing of the
// team's own in the page, what the family adds marked as its own words) and its exit behind the
// worker's long press and the team's passphrase; the demonstration family's map, and the map in the
// demo meeting's presentation phase and on the room's screen (no team notes there). axe on each screen.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { NetworkMapPage } from './models/NetworkMapPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

async function startWithFamily(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Tuuli', '2016');
  await expect(app.family.children()).toHaveCount(1);
  const maps = new NetworkMapPage(app);
  await maps.openFromFamilyPage(code);
  return { app, code, maps };
}

test('the team draws a network map around a child with the keyboard, edits it on the drawing, removes with undo, prints both versions and draws with the family (English)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const keyboardOnly = new NetworkMapPage(new KehaApp(page, 'en')).keyboard;
  await keyboardOnly.watchForPointerUse();
  const { app, code, maps } = await startWithFamily(page, 'en');
  const t = app.t.networkMap;
  // The family was set up with the pointer; from here on, the keyboard only.
  await page.evaluate(() => sessionStorage.removeItem('keha-pointer-events'));

  // An empty list says what to do.
  await expect(page.getByText(t.list.empty)).toBeVisible();
  await expectAccessible(page, 'network maps, empty (en)');

  await maps.createMap({ centreChild: 'Tuuli', withFamily: true });
  await expect(page.getByText(fill(t.screen.emptyMap, { centre: 'Tuuli' })).first()).toBeVisible();

  await maps.addContact({ name: 'Grandma', role: 'mother’s mother', sector: 'relatives', distance: 2, quality: 'supports', description: 'It is calm at Grandma’s', ownWords: true });
  await maps.addContact({ name: 'Teacher', sector: 'school', distance: 2, quality: 'neutral', teamNote: 'TEAM-NOTE-teacher-worried' });
  await maps.addContact({ name: 'Father', role: 'lives in another town', sector: 'family', distance: 3, quality: 'strained' });
  await maps.addContact({ name: 'Scouts', sector: 'hobbies', distance: 2, quality: 'supports', service: true });
  await expect(maps.drawing().getByRole('button')).toHaveCount(4);
  await expect(maps.table().getByRole('row')).toHaveCount(5);
  await expect(maps.row('Grandma')).toContainText(t.sector.relatives);
  await expect(maps.row('Grandma')).toContainText(t.screen.ownWordsMark);

  // Keys on the drawing: closer, into the next sector, the next relation; each said in the message bar.
  await maps.pressOnContact('Grandma', 'ArrowUp');
  await expect.poll(() => maps.placeOf('Grandma')).toMatchObject({ distance: '1' });
  await expect(maps.row('Grandma')).toContainText(t.distance.d1);
  await maps.pressOnContact('Father', 'ArrowUp');
  await expect.poll(() => maps.placeOf('Father')).toMatchObject({ distance: '2' });
  await maps.pressOnContact('Teacher', 'ArrowRight');
  await expect.poll(() => maps.placeOf('Teacher')).toMatchObject({ sector: 'health' });
  await maps.pressOnContact('Teacher', 'ArrowLeft');
  await expect.poll(() => maps.placeOf('Teacher')).toMatchObject({ sector: 'school' });
  await maps.pressOnContact('Father', 'q');
  await expect.poll(() => maps.placeOf('Father')).toMatchObject({ quality: 'conflict' });
  await app.expectNotification(fill(t.screen.contactMoved, { name: 'Father', sector: t.sector.family, distance: t.distanceShort.d2, quality: t.quality.conflict.toLowerCase() }));
  // The focus stays on the contact that moved, so the next key goes on with it.
  await expect(maps.drawnContact('Father')).toBeFocused();

  // Enter edits: the form opens with the contact; Escape cancels and nothing changes.
  await maps.pressOnContact('Scouts', 'Enter');
  const edit = page.getByRole('dialog', { name: t.form.editTitle });
  await expect(edit.getByLabel(t.form.name, { exact: true })).toHaveValue('Scouts');
  await expectAccessible(page, 'network map, contact form (en)');
  await maps.keyboard.type(edit.getByLabel(t.form.role), 'Wednesdays');
  await maps.keyboard.press(edit.getByRole('button', { name: t.form.save }));
  await expect(edit).toHaveCount(0);
  await expect(maps.row('Scouts')).toContainText('Wednesdays');

  // Delete removes with undo; the focus moves on to the next contact.
  await maps.pressOnContact('Teacher', 'Delete');
  await expect(maps.drawing().getByRole('button')).toHaveCount(3);
  await app.expectNotification(fill(t.screen.contactRemoved, { name: 'Teacher' }));
  await page.keyboard.press('Alt+U');
  await expect(app.notification().getByRole('button', { name: t.screen.undo })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(maps.drawing().getByRole('button')).toHaveCount(4);
  await expect.poll(() => maps.placeOf('Teacher')).toMatchObject({ sector: 'school', distance: '2' });

  // The map's details save themselves; the team's notes stay the team's.
  await maps.keyboard.type(page.getByLabel(t.screen.teamNotes), 'TEAM-NOTES-whole-map');
  await expect(page.getByText(app.t.autosave.saved).last()).toBeVisible();
  await expectAccessible(page, 'network map at the desk (en)');
  await keyboardOnly.expectNoPointerUse();

  // Print: the team's version has the team's notes, the family's has none.
  await maps.keyboard.press(page.getByRole('button', { name: t.screen.print }));
  const print = page.getByTestId('network-map-print');
  await expect(print).toContainText('TEAM-NOTE-teacher-worried');
  await expect(print).toContainText('TEAM-NOTES-whole-map');
  await maps.keyboard.press(page.getByRole('button', { name: t.screen.closePrint }));
  await maps.keyboard.press(page.getByRole('button', { name: t.screen.printFamily }));
  await expect(print).toContainText('Grandma');
  await expect(print).not.toContainText('TEAM-NOTE');
  await expectAccessible(page, 'network map, family print view (en)');
  await maps.keyboard.press(page.getByRole('button', { name: t.screen.closePrint }));

  // With the family in the room: the large view, nothing of the team's own in the page.
  await maps.startFamilyView();
  await expect(maps.familyDrawing().getByRole('button')).toHaveCount(4);
  expect(await page.content()).not.toContain('TEAM-NOTE');
  expect(await page.content()).not.toContain(code);
  await maps.familyAdd('Best friend Siiri', 'friends', 1, 'supports');
  await page.getByRole('button', { name: t.family.further }).click();
  await expect(maps.familyDrawing().getByRole('button', { name: /^Best friend Siiri/ })).toHaveAttribute('data-distance', '2');
  await expectAccessible(page, 'network map, family view (en)');
  // The address cannot take the family elsewhere.
  await page.evaluate(() => (window.location.hash = '#/families'));
  await maps.expectFamilyView();

  await maps.leaveFamilyView(testPassphrase);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(t.screen.title);
  await expect(maps.row('Best friend Siiri')).toContainText(t.screen.ownWordsMark);
  await expect(maps.table().getByRole('row')).toHaveCount(6);
});

test('verkostokartta: perhe keskellä, yhteydet näppäimistöllä, siirrot piirroksessa ja perheen näkymä (suomi)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: new Date('2026-11-20T10:00:00') });
  await page.setViewportSize({ width: 1280, height: 900 });
  const { app, maps } = await startWithFamily(page, 'fi');
  const t = app.t.networkMap;
  await expect(page.getByText(t.list.empty)).toBeVisible();
  await expectAccessible(page, 'verkostokartat, tyhjä (fi)');

  await maps.createMap({ title: 'Syksyn kartta' });
  await maps.addContact({ name: 'Mummo', role: 'äidin äiti', sector: 'relatives', distance: 1, quality: 'supports', ownWords: true, description: 'Mummolla on rauhallista' });
  await maps.addContact({ name: 'Koulukuraattori', sector: 'school', distance: 3, quality: 'neutral', service: true });
  await maps.addContact({ name: 'Naapuri', sector: 'friends', distance: 2, quality: 'conflict' });
  await maps.pressOnContact('Koulukuraattori', 'ArrowUp');
  await expect.poll(() => maps.placeOf('Koulukuraattori')).toMatchObject({ distance: '2' });
  await maps.pressOnContact('Naapuri', 'Shift+Q');
  await expect.poll(() => maps.placeOf('Naapuri')).toMatchObject({ quality: 'strained' });
  await expect(maps.row('Naapuri')).toContainText(t.quality.strained);
  await expectAccessible(page, 'verkostokartta työpöydällä (fi)');

  // The list of maps names the map by its title, with its number of contacts.
  await maps.keyboard.press(page.getByRole('link', { name: `← ${t.screen.backToList}` }));
  await expect(maps.mapCards()).toHaveCount(1);
  await expect(maps.mapCards()).toContainText('Syksyn kartta');
  await expect(maps.mapCards()).toContainText(fill(t.list.contacts_other, { count: 3 }));
  await maps.keyboard.press(page.getByRole('link', { name: 'Syksyn kartta' }));

  await maps.startFamilyView();
  await maps.familyAdd('Kummitäti', 'relatives', 2, 'supports');
  await expectAccessible(page, 'verkostokartta, perheen näkymä (fi)');
  await maps.leaveFamilyView(testPassphrase);
  await expect(maps.table().getByRole('row')).toHaveCount(5);
});

test('the demonstration family DEMO-101 has a network map around Tuuli, which goes with the demonstration data (English)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await expect(app.demo.banner()).toBeVisible();
  const t = app.t.networkMap;
  await app.families.open('DEMO-101');
  await expect(page.getByText(fill(t.familyPage.count_one, { count: 1 }))).toBeVisible();
  const maps = new NetworkMapPage(app);
  await maps.openFromFamilyPage('DEMO-101');
  await expect(maps.mapCards()).toHaveCount(1);
  await maps.keyboard.press(page.getByRole('link', { name: 'Demo: Tuulin verkosto' }));
  await expect(maps.drawing().getByRole('button')).toHaveCount(13);
  await expect(maps.drawing().getByRole('button', { name: /^Mummo/ })).toHaveAttribute('data-distance', '1');
  await expectAccessible(page, 'network map of the demonstration family (en)');

  // Removing the demonstration data counts the map and takes it.
  await page.getByRole('button', { name: app.t.demo.remove }).click();
  const dialog = app.demo.dialog();
  await expect(dialog).toContainText(fill(t.demo.remove_one, { count: 1 }));
});

test('in the demo meeting’s presentation phase the chair sees the family’s network map and puts it on the room’s screen, without the team’s notes (English)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const t = app.t.networkMap;
  await run.openDemoPlan();
  await run.startFromPlan();
  await run.advance(2);
  await run.expectPhase('Presentation', 3, 15);
  const panel = page.getByRole('region', { name: t.panel.heading, exact: true });
  await expect(panel).toContainText(fill(t.panel.latest, { name: 'Demo: Tuulin verkosto', count: 13 }));
  const toggle = panel.getByRole('button', { name: `${app.t.run.methods.showOnScreen}: ${t.panel.heading}`, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const screen = await SharedScreenPage.openFrom(page, 'en');
  const room = screen.page.getByRole('region', { name: t.room.heading, exact: true });
  await expect(room).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(room.getByTestId('network-map-drawing').locator('[data-contact-id]')).toHaveCount(13);
  await expect(room.getByRole('list', { name: t.screen.listHeading })).toContainText('Mummo');
  // The team's notes on the map and on a contact never reach the room.
  expect(await screen.page.content()).not.toContain('Tapaamissopimus');
  expect(await screen.page.content()).not.toContain('Isän yhteydenpito');
  await expectAccessible(screen.page, "room's screen with the network map (en)");
  await expectAccessible(page, 'presentation phase with the network map panel (en)');
});
