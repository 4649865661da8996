// Data at rest, as a real browser keeps it: a browser restart on the same profile keeps
// everything behind the passphrase; the profile's files never hold the family's text in the
// clear (canary); and a browser killed mid-typing keeps what was typed a second before.
import type { Page } from '@playwright/test';
import { expect, launchProfile, makeProfileDir, profileContainsText, test } from './support/browserProfile';
import { KehaApp, testPassphrase } from './models/KehaApp';

const canary = 'CANARY-010203-123X';

async function openApp(page: Page, baseURL: string | undefined) {
  const app = new KehaApp(page, 'fi');
  await page.goto(baseURL ?? '/');
  return app;
}

test('data survives a browser restart and stays behind the passphrase', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const first = await launchProfile(dir);
  const app = await openApp(await first.newPage(), baseURL);
  await app.start();
  await app.team.goto();
  await app.team.addMember('Sanna Sosiaalityö', 'responsibleSocialWorker');
  await app.families.goto();
  const code = await app.families.create({ label: 'Uusperhe', worker: 'Sanna Sosiaalityö' });
  await app.family.addChild('Helmi', '2015');
  await expect(app.family.children()).toHaveCount(1);
  await app.setLanguage('en');
  await first.close();

  const second = await launchProfile(dir);
  const again = await openApp(await second.newPage(), baseURL);
  again.language = 'en';
  await again.unlock('not the team passphrase at all');
  await expect(again.alert()).toHaveText(new RegExp(again.t.vault.wrongPassphrase));
  await again.unlock(testPassphrase);
  await again.families.expectCodes([code]);
  await again.families.open(code);
  await expect(again.family.label()).toHaveValue('Uusperhe');
  await expect(again.family.children().first().getByLabel(again.t.family.childPseudonym)).toHaveValue('Helmi');
  await second.close();
});

test('the profile directory never holds family content in plain text (canary)', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const browser = await launchProfile(dir);
  const app = await openApp(await browser.newPage(), baseURL);
  await app.start();
  await app.team.goto();
  await app.team.teamName().fill(`Tiimi ${canary}`);
  await app.team.addMember(`Nimi ${canary}`, 'familyTherapist');
  await app.families.goto();
  const code = await app.families.create({ label: canary });
  await app.family.addChild(`Lapsi-${canary}`, '2014');
  await app.family.notes().fill(`Muistiinpano ${canary}`);
  await app.family.expectSaved();
  await expect(app.family.children()).toHaveCount(1);
  await browser.close();

  expect(await profileContainsText(dir, canary)).toEqual([]);
  // Positive control: the pseudonym code is stored in the clear (it is an index), so the same
  // search must find it; otherwise the search proves nothing.
  expect((await profileContainsText(dir, code)).length).toBeGreaterThan(0);
});

test('killing the browser mid-typing keeps what was typed a second before', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const first = await launchProfile(dir);
  const page = await first.newPage();
  const app = await openApp(page, baseURL);
  await app.start();
  const code = await app.families.create({ label: 'Kaatumistesti' });
  await app.family.notes().click();
  await page.keyboard.type('Ensimmäinen havainto kirjattu.', { delay: 20 });
  // The autosave stores the first sentence on its own (its status says when it has); then more is typed.
  await app.family.expectSaved();
  await page.keyboard.type(' Toinen kesken', { delay: 20 });
  await first.crash();

  const second = await launchProfile(dir);
  const again = await openApp(await second.newPage(), baseURL);
  await again.unlock();
  await again.families.open(code);
  await expect(again.family.notes()).toHaveValue(/^Ensimmäinen havainto kirjattu\./);
  await second.close();
});
