// A child's three houses end to end: a family with a child, a new session, the session run in child
// mode (the child's words typed in, a house renamed, a drawing made with simulated pointer strokes
// and one stroke undone), child mode holding against the back button, a typed address, a short
// press and a reload, left only by the worker's long press and the team's passphrase (in English
// a wrong one refused first); then the session reopened at the desk with everything there
// (items, the own-words flag, the drawing's lines, the house's name) and consent recorded.
// axe on the sessions list, the session and child mode in fi and en; screenshots to /tmp/th-*.png.
import { expect, test } from '@playwright/test';
import { format } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const today = new Date('2031-05-12T10:00:00');

test('a three-houses session run in child mode, left only by the worker, reopened with everything in it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(today);
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Aino', '2019');
  const houses = new ThreeHousesPage(app);
  await houses.openFromFamilyPage('Aino');
  let t = app.t.threeHouses;
  const dayFi = format(today, 'P', { locale: fiLocale });

  // The empty list, then a new session with a worker typed by name.
  await expect(page.getByText(t.sessions.empty)).toBeVisible();
  await houses.newSession('Sari Sosiaalityöntekijä');
  await expect(houses.heading()).toContainText(fill(t.desk.heading, { date: dayFi }));
  await expect(page.getByText(fill(t.desk.byWorker, { name: 'Sari Sosiaalityöntekijä' }))).toBeVisible();

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
  await page.screenshot({ path: '/tmp/th-child-house-fi.png' });
  await houses.backToAllHouses();
  await houses.openChildHouse(t.house.goodThings);
  await houses.childAdd(t.house.goodThings, 'Mummola ja kissa');
  await houses.backToAllHouses();
  await expect(houses.childHouse('worries')).toContainText('Pelkotalo');
  await expect(houses.childHouse('worries')).toContainText('Isä huutaa illalla');
  await expectAccessible(page, 'child mode (fi)');
  await page.screenshot({ path: '/tmp/th-child-fi.png' });

  // Ways a child might wander out do not leave child mode.
  await page.goBack();
  await houses.expectChildMode();
  await page.evaluate(() => {
    window.location.hash = '#/families';
  });
  await page.waitForTimeout(100);
  await houses.expectChildMode();
  await expect(page).toHaveURL(/\/child$/);
  // Not even the room's shared screen, which otherwise opens without the vault.
  await page.evaluate(() => {
    window.location.hash = '#/screen/any-meeting';
  });
  await page.waitForTimeout(100);
  await houses.expectChildMode();
  await expect(page).toHaveURL(/\/child$/);
  await houses.holdWorkerButton(400);
  await page.waitForTimeout(300);
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
  await page.screenshot({ path: '/tmp/th-session-fi.png', fullPage: true });

  // The list shows the session; consent survives reopening.
  await page.getByRole('link', { name: fill(t.screen.backToSessions, { child: 'Aino' }) }).click();
  await expect(houses.sessionRows()).toHaveCount(1);
  await expect(houses.sessionRows().first()).toContainText('Sari Sosiaalityöntekijä');
  await expect(houses.sessionRows().first()).toContainText(fill(t.sessions.itemCount_other, { count: 3 }));
  await expectAccessible(page, 'three houses sessions with one (fi)');

  // In English: the list, the session and child mode, left with the passphrase (a wrong one refused).
  // English on a tablet-sized window.
  await app.setLanguage('en');
  await page.setViewportSize({ width: 1024, height: 768 });
  t = app.t.threeHouses;
  const dayEn = format(today, 'P', { locale: enGB });
  await expectAccessible(page, 'three houses sessions (en)');
  await houses.openSession(dayEn);
  await expect(houses.consent('parents').getByLabel(t.consentState.given)).toBeChecked();
  await expectAccessible(page, 'three houses session (en)');
  await page.screenshot({ path: '/tmp/th-session-en.png', fullPage: true });
  await houses.startChildMode();
  await expectAccessible(page, 'child mode (en)');
  await page.screenshot({ path: '/tmp/th-child-en.png' });
  await houses.openChildHouse('Pelkotalo');
  await page.screenshot({ path: '/tmp/th-child-house-en.png' });
  await houses.holdWorkerButton(2400);
  await houses.tryExitPassphrase('not the passphrase');
  await expect(houses.exitPrompt().getByRole('alert')).toHaveText(app.t.shell.childExit.wrong);
  await houses.tryExitPassphrase(testPassphrase);
  await expect(page.locator('.app-header')).toBeVisible();
  await expect(houses.heading()).toContainText(fill(t.desk.heading, { date: dayEn }));
});
