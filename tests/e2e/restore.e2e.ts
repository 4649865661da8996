// Restore, all or nothing, with undo: a backup downloaded from Kehä is restored in a new browser
// profile (a new computer: install, restore, passphrase) and everything is found, the family note
// included; in one profile a restore replaces what was there and "Undo restore" brings it back; a
// wrong passphrase and a cut-short file are refused in words with nothing changed; and a browser
// killed in the middle of restoring a large backup comes back with the old data or the new, never a mix.
import { writeFile, readFile } from 'node:fs/promises';
import { expect, launchProfile, makeProfileDir, test } from './support/browserProfile';
import { expectAccessible } from './support/axe';
import { writeLargeBackup } from './support/backupFiles';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { RestorePage } from './models/RestorePage';
import { fill } from './models/texts';

const canary = 'KANARIA-PALAUTUS-7Q4';

test('back up, restore in a new profile with the passphrase, find everything', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  const code = await app.families.create({ label: 'Varmuusperhe' });
  await app.family.notes().fill(canary);
  await app.family.expectSaved();
  await app.settings.goto();
  const file = await new RestorePage(app).downloadBackup(testInfo.outputPath('keha-backup.json'));

  // A new computer: a fresh profile, Kehä installed, no data.
  const context = await browser.newContext();
  const fresh = new KehaApp(await context.newPage(), 'fi');
  await fresh.open(baseURL);
  const restore = new RestorePage(fresh);
  await restore.startOnNewComputer();
  const main = fresh.page.getByRole('main');
  const t = fresh.t.restore;

  await restore.check(main, file, 'tämä ei ole oikea salalause');
  await expect(restore.refusal(main)).toHaveText(t.refused.wrongPassphrase);
  await expect(fresh.page.getByRole('heading', { level: 1, name: t.newComputerTitle })).toBeVisible();

  await restore.check(main, null, testPassphrase);
  await expect(restore.preview(main)).toBeVisible();
  expect(await restore.counts(main, 'families')).toEqual(['0', '1']);
  await expect(main.getByText(fill(t.teamBackup, { name: t.noTeamName }))).toBeVisible();
  await expect(main.getByText(t.emptyHere)).toBeVisible();
  await expectAccessible(fresh.page, 'restore preview on a new computer');
  // Keyboard: the preview's heading has the focus; the next Tab reaches "Restore this backup".
  await expect(main.getByRole('heading', { name: t.previewHeading })).toBeFocused();
  await fresh.page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: t.confirm })).toBeFocused();
  await fresh.page.keyboard.press('Enter');

  await fresh.families.expectOpen();
  await fresh.families.expectCodes([code]);
  await fresh.families.open(code);
  await expect(fresh.family.notes()).toHaveValue(canary);
  await context.close();
});

test('a restore replaces what is here and "Undo restore" brings it back; wrong passphrase and a cut-short file change nothing', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  const before = await app.families.create({ label: 'Ennen varmuuskopiota' });
  await app.settings.goto();
  const restore = new RestorePage(app);
  const file = await restore.downloadBackup(testInfo.outputPath('keha-backup.json'));
  await app.families.goto();
  const after = await app.families.create({ label: 'Varmuuskopion jälkeen' });
  await app.families.goto();
  await app.families.expectCodes([before, after].sort());

  await app.settings.goto();
  const section = restore.section();
  const t = app.t.restore;
  await expectAccessible(page, 'settings with restore');
  // Refused in words, nothing changed: a file cut short, and a wrong passphrase.
  const text = await readFile(file, 'utf8');
  const cut = testInfo.outputPath('keha-backup-cut.json');
  await writeFile(cut, text.slice(0, Math.floor(text.length * 0.7)));
  await restore.check(section, cut, testPassphrase);
  await expect(restore.refusal(section)).toHaveText(t.refused.truncated);
  await restore.check(section, file, 'väärä salalause tähän');
  await expect(restore.refusal(section)).toHaveText(t.refused.wrongPassphrase);
  await app.families.goto();
  await app.families.expectCodes([before, after].sort());

  // The restore: the preview compares, the restore replaces, Kehä locks and opens with the backup's passphrase.
  await app.settings.goto();
  await restore.check(section, file, testPassphrase);
  expect(await restore.counts(section, 'families')).toEqual(['2', '1']);
  await expect(section.getByText(t.replaceWarning)).toBeVisible();
  await restore.confirm(section);
  await expect(page.getByText(t.restoredNotice)).toBeVisible();
  await app.unlock();
  await app.families.goto();
  await app.families.expectCodes([before]);

  // Undo: the data as it was before the restore is in the backup list, and comes back the same way.
  await app.settings.goto();
  const undo = restore.undoGroup();
  await expect(undo).toContainText(t.undoHeading);
  await expectAccessible(page, 'settings with undo restore');
  await restore.check(undo, null, testPassphrase, t.undoPassphrase, t.undo);
  expect(await restore.counts(undo, 'families')).toEqual(['1', '2']);
  await restore.confirm(undo);
  await expect(page.getByText(t.restoredNotice)).toBeVisible();
  await app.unlock();
  await app.families.goto();
  await app.families.expectCodes([before, after].sort());
});

/** What the profile's database holds, read raw in the page: the vault's wrapped key and the family codes. */
async function stored(page: import('@playwright/test').Page): Promise<{ wrappedKey: string; codes: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ wrappedKey: string; codes: string[] }>((resolve, reject) => {
        const request = indexedDB.open('keha');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['vault', 'families'], 'readonly');
          const vault = transaction.objectStore('vault').get('vault');
          const codes = transaction.objectStore('families').getAll();
          transaction.oncomplete = () => {
            const key = new Uint8Array((vault.result as { wrappedKey: ArrayBuffer }).wrappedKey);
            resolve({ wrappedKey: Array.from(key).join(','), codes: (codes.result as { code: string }[]).map((row) => row.code).sort() });
            db.close();
          };
        };
      }),
  );
}

test('killed in the middle of a restore, the browser comes back with the old data or the new, never a mix', async ({ baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const families = 4_000;
  const large = testInfo.outputPath('keha-backup-large.json');
  await writeLargeBackup(large, testPassphrase, families, 2_500);

  const dir = await makeProfileDir();
  let browser = await launchProfile(dir);
  let page = await browser.newPage();
  const app = new KehaApp(page, 'fi');
  await page.goto(baseURL ?? '/');
  await app.start();
  const old = await app.families.create({ label: 'Vanha perhe' });
  const oldState = await stored(page);
  expect(oldState.codes).toEqual([old]);

  await app.settings.goto();
  const restore = new RestorePage(app);
  const section = restore.section();
  await restore.check(section, large, testPassphrase);
  await expect(restore.preview(section)).toBeVisible({ timeout: 120_000 });
  await restore.confirm(section);
  // The data before has been kept and the one transaction that replaces everything has started
  // (about 14 MB of rows to write): kill every Chromium process at once, as a power cut would.
  await expect(section.getByText(app.t.restore.restoring)).toBeVisible();
  await browser.crash();

  browser = await launchProfile(dir);
  page = await browser.newPage();
  await page.goto(baseURL ?? '/');
  const after = new KehaApp(page, 'fi');
  await after.unlock();
  const state = await stored(page);
  const wholeOld = state.wrappedKey === oldState.wrappedKey && state.codes.length === 1 && state.codes[0] === old;
  const wholeNew = state.wrappedKey !== oldState.wrappedKey && state.codes.length === families && !state.codes.includes(old);
  testInfo.annotations.push({ type: 'after the kill', description: wholeOld ? 'the old data, whole' : wholeNew ? 'the new data, whole' : 'a mix' });
  expect(wholeOld || wholeNew, `after the kill: ${state.codes.length} families, vault ${state.wrappedKey === oldState.wrappedKey ? 'old' : 'new'}`).toBe(true);
  // And Kehä opens on it (the same passphrase opens both).
  await expect(page.locator('.app-header')).toBeVisible();
  await browser.close();
});
