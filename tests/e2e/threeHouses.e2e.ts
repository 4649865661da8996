// A child's three houses end to end, as three tests that each start their own vault: (1) a session
// run in child mode (the child's words typed in, a house renamed, a drawing made with simulated
// pointer strokes and one stroke undone), child mode holding against the back button, a typed
// address, a short press and a reload, left only by the worker's long press and the team's
// passphrase, then everything there at the desk (items, the own-words flag, the drawing's lines,
// the house's name); (2) at the desk: an item marked as the worker's own note, an empty one
// refused, one removed with undo, consent recorded and dated, the sessions list; (3) in English
// on a tablet: the list, the session and child mode, left with the passphrase (a wrong one refused
// first). Playwright's clock is installed, so the short press is measured on the page's clock.
// axe on the sessions list, the session and child mode in fi and en.
import { expect, test, type Page } from '@playwright/test';
import { format } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const today = new Date('2031-05-12T10:00:00');
const dayFi = format(today, 'P', { locale: fiLocale });

/** A new vault (in Finnish, on `today`) with family Testiperhe and its child Aino, and a new session for her by Sari: ends at the session's desk. */
async function newSessionAtTheDesk(page: Page) {
  await page.clock.install({ time: today });
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Aino', '2019');
  const houses = new ThreeHousesPage(app);
  await houses.openFromFamilyPage('Aino');
  const t = app.t.threeHouses;
  // The empty list, then a new session with a worker typed by name.
  await expect(page.getByText(t.sessions.empty)).toBeVisible();
  await houses.newSession('Sari Sosiaalityöntekijä');
  await expect(houses.heading()).toContainText(fill(t.desk.heading, { date: dayFi }));
  await expect(page.getByText(fill(t.desk.byWorker, { name: 'Sari Sosiaalityöntekijä' }))).toBeVisible();
  return { app, houses, code };
}

test('a three-houses session run in child mode, left only by the worker, reopened at the desk with everything in it', async ({ page }) => {
  const { app, houses, code } = await newSessionAtTheDesk(page);
  const t = app.t.threeHouses;

  // Child mode: the child's houses and nothing else.
  await houses.startChildMode();
  await expect(page.locator('body')).not.toContainText(code);
  await expect(page.locator('body')).not.toContainText('Aino');
  await expect(page.locator('body')).not.toContainText(t.consent.heading);
  await expect(houses.childHouse('worries')).toContainText(t.house.worries);
  await expect(page.locator('.child-house')).toHaveCount(3);

  // The child's own words in the house of worries, renamed by the child; a drawing of three strokes, one undone.
  await houses.openChildHouse(t.house.worries);
  await houses.childAdd(t.house.worries, 'Isä huutaa illalla');
  await houses.childAdd(t.house.worries, 'Koira on yksin');
  await houses.childRename('Pelkotalo');
  const surface = houses.drawingSurface(houses.childHouse('worries'));
  await houses.drawStroke(surface, { x: 0.1, y: 0.2 }, { x: 0.8, y: 0.3 });
  await houses.drawStroke(surface, { x: 0.2, y: 0.6 }, { x: 0.7, y: 0.8 });
  await houses.drawStroke(surface, { x: 0.5, y: 0.1 }, { x: 0.5, y: 0.9 });
  await expect(surface).toHaveAttribute('data-strokes', '3');
  await page.getByRole('button', { name: `↶ ${t.drawing.undo}` }).click();
  await expect(surface).toHaveAttribute('data-strokes', '2');
  await expect(surface).toHaveAttribute('aria-label', new RegExp(fill(t.drawingUi.strokes_other, { count: 2 })));
  await expect(page.getByText(t.drawingUi.saved)).toBeVisible();
  await houses.backToAllHouses();
  await houses.openChildHouse(t.house.goodThings);
  await houses.childAdd(t.house.goodThings, 'Mummola ja kissa');
  await houses.backToAllHouses();
  await expect(houses.childHouse('worries')).toContainText('Pelkotalo');
  await expect(houses.childHouse('worries')).toContainText('Isä huutaa illalla');
  await expectAccessible(page, 'child mode (fi)');

  // Ways a child might wander out do not leave child mode: the address is put back to child mode.
  await page.goBack();
  await houses.expectChildMode();
  await page.evaluate(() => {
    window.location.hash = '#/families';
  });
  await expect(page).toHaveURL(/\/child$/);
  await houses.expectChildMode();
  // Not even the room's shared screen, which otherwise opens without the vault.
  await page.evaluate(() => {
    window.location.hash = '#/screen/any-meeting';
  });
  await expect(page).toHaveURL(/\/child$/);
  await houses.expectChildMode();
  // A short press opens nothing, also once the long press's time has passed on the page's clock.
  await houses.holdWorkerButtonOnClock(400);
  await page.clock.runFor(2_100);
  await expect(houses.exitPrompt()).toHaveCount(0);
  await houses.expectChildMode();
  // After a reload the vault asks for the passphrase again, and child mode is still on.
  await page.reload();
  await app.unlock();
  await houses.expectChildMode();
  await expect(houses.childHouse('goodThings')).toContainText('Mummola ja kissa');

  // The worker's long press, then the team's passphrase.
  await houses.leaveWithPassphrase(testPassphrase);
  await expect(houses.heading()).toContainText(fill(t.desk.heading, { date: dayFi }));

  // Everything is there at the desk: the name, the items with their flag, the drawing's lines.
  const worries = houses.deskHouse('worries');
  await expect(worries.getByRole('heading', { level: 3 })).toHaveText(fill(t.renamedHouse, { name: 'Pelkotalo', defaultName: t.house.worries }));
  await expect(houses.deskItems('worries')).toHaveCount(2);
  await expect(houses.deskItems('worries').first()).toContainText(`${t.item.verbatim}:`);
  await expect(houses.deskItems('worries').first().locator('q')).toHaveText('Isä huutaa illalla');
  await expect(houses.drawingSurface(worries)).toHaveAttribute('data-strokes', '2');
  await expect(houses.deskItems('goodThings')).toContainText('Mummola ja kissa');
});

test('at the desk: an item marked as the worker’s own note, an empty one refused, one removed with undo, consent recorded; the sessions list', async ({ page }) => {
  const { app, houses } = await newSessionAtTheDesk(page);
  const t = app.t.threeHouses;
  // The child's words, as the worker writes them down at the desk (in the child's own words by default).
  await houses.deskAdd('worries', t.house.worries, 'Isä huutaa illalla');
  await houses.deskAdd('worries', t.house.worries, 'Koira on yksin');
  await houses.deskAdd('goodThings', t.house.goodThings, 'Mummola ja kissa');
  const worries = houses.deskHouse('worries');
  await expect(houses.deskItems('worries').nth(1)).toContainText(`${t.item.verbatim}:`);

  // The worker marks one item as a note of their own; the flag says so in words.
  await worries.getByRole('button', { name: fill(t.desk.editLabel, { text: 'Koira on yksin' }) }).click();
  const editing = worries.locator('.house-item.editing');
  await editing.getByLabel(t.desk.addVerbatim).uncheck();
  await editing.getByRole('button', { name: t.desk.save }).click();
  await expect(houses.deskItems('worries').nth(1)).toContainText(`${t.item.workerNote}: Koira on yksin`);
  await expect(houses.deskItems('worries').nth(1).locator('q')).toHaveCount(0);
  // An empty item is refused with a message, nothing added.
  await worries.getByRole('button', { name: t.desk.add }).click();
  await expect(worries.getByRole('alert')).toContainText(t.validation.itemEmpty);
  await expect(houses.deskItems('worries')).toHaveCount(2);
  // Remove with undo.
  await worries.getByRole('button', { name: fill(t.desk.removeLabel, { text: 'Isä huutaa illalla' }) }).click();
  await expect(houses.deskItems('worries')).toHaveCount(1);
  await app.notification().getByRole('button', { name: t.desk.undo }).click();
  await expect(houses.deskItems('worries')).toHaveCount(2);
  await expect(houses.deskItems('worries').first()).toContainText('Isä huutaa illalla');

  // Consent: parents yes, court no, each dated.
  await houses.setConsent('parents', 'given');
  await houses.setConsent('court', 'notGiven');
  await expect(houses.consent('parents')).toContainText(fill(t.consent.recordedOn, { date: dayFi }));
  await expect(houses.consent('court')).toContainText(fill(t.consent.recordedOn, { date: dayFi }));
  await expect(houses.consent('team').getByLabel(t.consentState.notAsked)).toBeChecked();
  await expectAccessible(page, 'three houses session (fi)');

  // The list shows the session.
  await page.getByRole('link', { name: fill(t.screen.backToSessions, { child: 'Aino' }) }).click();
  await expect(houses.sessionRows()).toHaveCount(1);
  await expect(houses.sessionRows().first()).toContainText('Sari Sosiaalityöntekijä');
  await expect(houses.sessionRows().first()).toContainText(fill(t.sessions.itemCount_other, { count: 3 }));
  await expectAccessible(page, 'three houses sessions with one (fi)');
});

test('three houses in English on a tablet: the list, the session and child mode, left with the passphrase (a wrong one refused)', async ({ page }) => {
  const { app, houses } = await newSessionAtTheDesk(page);
  // A session with a house the child named and the parents' consent, then back to the list.
  await houses.deskRename('worries', 'Pelkotalo');
  await houses.setConsent('parents', 'given');
  await page.getByRole('link', { name: fill(app.t.threeHouses.screen.backToSessions, { child: 'Aino' }) }).click();
  await expect(houses.sessionRows()).toHaveCount(1);

  await app.setLanguage('en');
  await page.setViewportSize({ width: 1024, height: 768 });
  const t = app.t.threeHouses;
  const dayEn = format(today, 'P', { locale: enGB });
  await expectAccessible(page, 'three houses sessions (en)');
  await houses.openSession(dayEn);
  await expect(houses.consent('parents').getByLabel(t.consentState.given)).toBeChecked();
  await expectAccessible(page, 'three houses session (en)');
  await houses.startChildMode();
  await expectAccessible(page, 'child mode (en)');
  await houses.openChildHouse('Pelkotalo');
  await houses.holdWorkerButtonUntilPrompt();
  await houses.tryExitPassphrase('not the passphrase');
  await expect(houses.exitPrompt().getByRole('alert')).toHaveText(app.t.shell.childExit.wrong);
  await houses.tryExitPassphrase(testPassphrase);
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(houses.heading()).toContainText(fill(t.desk.heading, { date: dayEn }));
});
