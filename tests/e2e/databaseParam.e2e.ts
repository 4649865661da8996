// The product build (what `npm start` and the desktop app serve, and what these journeys run) always
// opens Kehä's own database: an address with ?db=NAME does not open another, empty one, which would
// look as if all the team's data were gone. Only development and measuring builds honour ?db=.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';

test('the product build ignores ?db= and keeps showing the team’s own vault', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();

  for (const address of ['/?db=keha-other', '/?db=keha-other#/families', '/index.html?db=x']) {
    await page.goto(address);
    // The vault exists: the unlock screen, never the first-start screen of an empty database.
    await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toBeVisible();
    await expect(page.getByRole('heading', { name: app.t.vault.createTitle })).toHaveCount(0);
  }
  await app.unlock();
  await app.families.expectOpen();
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  // Kehä's own database (and its backups beside it), never the one the address named.
  expect(names).toContain('keha');
  expect(names.filter((name) => name !== 'keha' && name !== 'keha-backups')).toEqual([]);
});
