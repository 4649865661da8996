// Joining a team from the first screen of a fresh computer, by keyboard alone, in fi and en: the
// form refuses a plain-http address in words, a server that cannot be reached is said in words with
// everything typed kept, and Cancel goes back to creating a vault.
import { expect, test } from '@playwright/test';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { JoinPage } from './models/JoinPage';
import { expectAccessible } from './support/axe';
import { KeyboardUser } from './support/keyboardUser';

for (const language of ['fi', 'en'] as const) {
  test(`a fresh computer opens the join form and is told that the server cannot be reached (${language})`, async ({ page }) => {
    const keyboard = new KeyboardUser(page);
    await keyboard.watchForPointerUse();
    const app = new KehaApp(page, 'fi');
    await app.open();
    await expect(page.getByRole('heading', { name: app.t.vault.createTitle })).toBeVisible();
    if (language === 'en') {
      await keyboard.choose(page.getByLabel(app.t.language.label), { label: 'English' });
      app.language = 'en';
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const join = new JoinPage(app, keyboard);
    await join.open();
    await expect(join.field('address')).toBeFocused();
    await expectAccessible(page, 'join form');

    const details = { address: 'http://couch.example.fi/keha-team', user: 'anna.virtanen', password: 'palvelimen salasana', passphrase: testPassphrase };
    await join.join(details);
    await expect(page.getByText(app.t.sync.address.notHttps)).toBeVisible();
    await expect(join.field('address')).toBeFocused();

    // Plain http is accepted on this computer; nothing listens on this port.
    await keyboard.type(join.field('address'), 'http://127.0.0.1:5969/keha-team');
    await page.keyboard.press('Enter');
    await join.expectFailure(app.t.sync.failures.unreachable);
    await expect(join.field('address')).toHaveValue('http://127.0.0.1:5969/keha-team');
    await expect(join.field('user')).toHaveValue(details.user);
    await expect(join.field('password')).toHaveValue(details.password);
    await expect(join.field('passphrase')).toHaveValue(details.passphrase);
    await expectAccessible(page, 'join failure');

    await join.cancel();
    await keyboard.expectNoPointerUse();
  });
}
