// A child cannot leave child mode; the worker with the team's passphrase can. In child mode a child
// presses what children press: Escape, Alt+Left, the browser's back, Tab and Shift+Tab through
// everything, a short press and Enter on the worker's button, holding it (which opens only the
// passphrase prompt), Enter and Escape in the prompt: still child mode. Wrong passphrases are
// refused, and after three the prompt waits (Playwright's clock, no sleeps), also across a reload;
// once the wait is over the team's passphrase leaves. In Finnish and English, with axe on the prompt.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { expectAccessible } from './support/axe';

async function intoChildMode(page: Page) {
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  await app.families.create({ label: 'Lapsiperhe' });
  await app.family.addChild('Aino', '2019');
  const houses = new ThreeHousesPage(app);
  await houses.openFromFamilyPage('Aino');
  await houses.newSession('Sari Sosiaalityöntekijä');
  await houses.startChildMode();
  return { app, houses };
}

test('a child cannot leave child mode; wrong passphrases are refused and then made to wait; the worker leaves', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: new Date('2031-05-12T10:00:00') });
  const { app, houses } = await intoChildMode(page);
  const fi = app.t.shell.childExit;
  const header = page.locator('.app-header');

  // Keys a child might press.
  for (const key of ['Escape', 'Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+Home', 'Backspace', 'Control+w', 'Alt+F4']) {
    await page.keyboard.press(key);
    await houses.expectChildMode();
  }
  await page.goBack();
  await houses.expectChildMode();
  for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+Tab');
  await houses.expectChildMode();
  await expect(header).toHaveCount(0);

  // The worker's button: its label says whom it is for, nothing about how to leave.
  const button = houses.workerButton();
  await expect(button).toHaveAccessibleName(app.t.threeHouses.childMode.forWorker);
  await expect(button).not.toHaveAttribute('aria-describedby');
  // A click, Enter and Space pressed (not held): nothing opens.
  await button.click();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press(' ');
  await expect(houses.exitPrompt()).toHaveCount(0);
  // Held for the two seconds (Enter held down): only the prompt opens.
  await button.focus();
  await page.keyboard.down('Enter');
  await page.clock.runFor(2100);
  await page.keyboard.up('Enter');
  await expect(houses.exitPrompt()).toBeVisible();
  await expect(houses.exitPrompt()).toContainText(fi.body);
  await expectAccessible(page, 'child mode exit prompt (fi)');
  // Enter with nothing typed, then Escape: still child mode, the prompt gone.
  await page.keyboard.press('Enter');
  await houses.expectChildMode();
  await page.keyboard.press('Escape');
  await expect(houses.exitPrompt()).toHaveCount(0);
  await houses.expectChildMode();
  await expect(header).toHaveCount(0);

  // Three wrong passphrases: each refused in words.
  await houses.holdWorkerButtonOnClock(2100);
  const prompt = houses.exitPrompt();
  for (const guess of ['äiti', '1234', 'salasana']) {
    await houses.tryExitPassphrase(guess);
    await expect(prompt.getByRole('alert')).toHaveText(fi.wrong);
    await houses.expectChildMode();
  }
  // The fourth: refused, and now the prompt waits 30 seconds before it checks another.
  await houses.tryExitPassphrase('kissa');
  await expect(prompt.getByRole('alert')).toHaveText(fi.wait_other.replace('{{count}}', '30'));
  await prompt.getByLabel(fi.passphrase, { exact: true }).fill(testPassphrase);
  await expect(prompt.getByRole('button', { name: fi.leave })).toBeDisabled();
  await page.keyboard.press('Enter');
  await houses.expectChildMode();
  await expectAccessible(page, 'child mode exit prompt, waiting (fi)');

  // A reload (or a lock) does not leave child mode, nor end the wait.
  await page.reload();
  await app.unlock();
  await houses.expectChildMode();
  await expect(header).toHaveCount(0);
  await houses.holdWorkerButtonOnClock(2100);
  await expect(prompt.getByRole('alert')).toContainText(fi.wait_other.split('{{count}}')[0]!);
  await prompt.getByLabel(fi.passphrase, { exact: true }).fill(testPassphrase);
  await expect(prompt.getByRole('button', { name: fi.leave })).toBeDisabled();

  // The wait over, the team's passphrase leaves child mode: the worker's desk, with the app around it.
  await page.clock.fastForward('00:35');
  await expect(prompt.getByRole('alert')).toHaveCount(0);
  await houses.tryExitPassphrase(testPassphrase);
  await expect(header).toBeVisible();
  await expect(page.getByRole('button', { name: app.t.threeHouses.desk.startChildMode })).toBeVisible();

  // English: the same prompt; a wrong passphrase (the count started again) is refused without a wait.
  await app.setLanguage('en');
  const en = app.t.shell.childExit;
  await houses.startChildMode();
  await houses.holdWorkerButtonOnClock(2100);
  await expect(houses.exitPrompt()).toContainText(en.body);
  await expectAccessible(page, 'child mode exit prompt (en)');
  await houses.tryExitPassphrase('not the passphrase');
  await expect(houses.exitPrompt().getByRole('alert')).toHaveText(en.wrong);
  await page.keyboard.press('Escape');
  await houses.expectChildMode();
  await houses.holdWorkerButtonOnClock(2100);
  await houses.tryExitPassphrase(testPassphrase);
  await expect(header).toBeVisible();
});
