// The vault's keys, end to end: the team changes its passphrase (Finnish and English), after a lock
// the old one is refused and the new one opens everything; a member leaves, the key is renewed with a
// visible progress bar, Kehä is locked half way, and the next unlock finishes it with nothing lost.
// The settings screen with the section passes axe.
import { expect, test } from '@playwright/test';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { PassphraseSection } from './models/PassphraseSection';
import { expectAccessible } from './support/axe';

const newPassphrase = 'viisi vihreää kangasta ikkunalla';

for (const language of ['fi', 'en'] as const) {
  test(`the passphrase is changed: after a lock the old one is refused and the new one opens (${language})`, async ({ page }) => {
    const app = new KehaApp(page, 'fi');
    await app.open();
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    // The word lists of the strength check were loaded in a worker, never into the page itself.
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.some((name) => name.includes('passphraseWorker'))).toBe(true);
    expect(loaded.some((name) => name.includes('passphraseDictionaries'))).toBe(false);
    const code = await app.families.create({ label: 'Salalauseperhe' });
    await app.settings.goto();
    const keys = new PassphraseSection(app);
    await expectAccessible(page, `settings with the passphrase section (${language})`);

    // A wrong current passphrase is refused in words.
    await keys.change('tämä ei ole oikea salalause', newPassphrase);
    await expect(keys.section().getByRole('alert')).toHaveText(app.t.keys.section.wrongOld);
    // A guessable new one is refused, saying why.
    await keys.change(testPassphrase, 'salasana123456');
    await expect(keys.section().getByRole('alert')).toHaveText(app.t.keys.strength.refusedCommon);
    await keys.change(testPassphrase, newPassphrase);
    await keys.expectChanged();
    await expectAccessible(page, `settings after the passphrase was changed (${language})`);

    await app.lock();
    await app.unlock(testPassphrase);
    await expect(app.alert()).toHaveText(app.t.vault.wrongPassphrase);
    await app.unlock(newPassphrase);
    await app.families.goto();
    await app.families.open(code);
    await expect(app.family.label()).toHaveValue('Salalauseperhe');
  });
}

test('the key is renewed with progress; locked half way, the next unlock finishes it and nothing is lost', async ({ page }) => {
  // Holds the renewal before its second batch, once per tab, so the lock lands half way.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('keha-e2e-renewal-held')) return;
    let batches = 0;
    Object.assign(globalThis, {
      keyRenewalHold: () => {
        if (++batches < 2) return Promise.resolve();
        sessionStorage.setItem('keha-e2e-renewal-held', 'yes');
        return new Promise(() => undefined);
      },
    });
  });
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await expect(app.demo.banner()).toBeVisible();
  const code = await app.families.create({ label: 'Avaimen perhe' });
  await app.families.goto();
  await expect(app.families.rows()).toHaveCount(5);
  const codes = await app.families.rows().locator('th a').allTextContents();

  // Another window, unlocked with the old key, must not go on writing with it: it locks.
  const other = new KehaApp(await page.context().newPage(), 'fi');
  await other.open();
  await other.unlock();
  await other.families.expectOpen();

  await app.settings.goto();
  const keys = new PassphraseSection(app);
  await expect(keys.section().getByText(app.t.keys.section.renewKeyHelp)).toBeVisible();
  await keys.change(testPassphrase, newPassphrase, { renewKey: true });
  await keys.expectChanged(true);
  await expect(other.page.getByRole('heading', { name: other.t.vault.unlockTitle })).toBeVisible();
  await other.page.close();
  await expect(keys.progress()).toBeVisible();
  await expect.poll(async () => (await keys.progressCounts()).done).toBeGreaterThan(0);
  const half = await keys.progressCounts();
  expect(half.done).toBeLessThan(half.total);
  await expectAccessible(page, 'settings while the key is renewed');

  await app.lock();
  await app.unlock(testPassphrase);
  await expect(app.alert()).toHaveText(app.t.vault.wrongPassphrase);
  await app.unlock(newPassphrase);
  await app.settings.goto();
  await keys.expectRenewed();

  await app.families.goto();
  await app.families.expectCodes(codes);
  await app.families.open(code);
  await expect(app.family.label()).toHaveValue('Avaimen perhe');
  // After a lock, the new key alone opens everything.
  await app.lock();
  await app.unlock(newPassphrase);
  await app.families.goto();
  await app.families.expectCodes(codes);
});

test('with the vault header gone but families stored, Kehä says so and offers no new vault; put back, it opens', async ({ page }) => {
  await page.addInitScript(() => {
    // Moves the stored vault row out of the app's database into a stash database of the page's
    // origin ('out'), or back ('back'), as someone with the disk could.
    const openDb = (name: string, create: boolean) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        if (create) open.onupgradeneeded = () => open.result.createObjectStore('vault', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
    const move = async (from: IDBDatabase, to: IDBDatabase) => {
      const row = await new Promise<unknown>((resolve, reject) => {
        const read = from.transaction('vault', 'readwrite').objectStore('vault');
        const request = read.get('vault');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          read.delete('vault');
          read.transaction.oncomplete = () => resolve(request.result);
        };
      });
      await new Promise<void>((resolve, reject) => {
        const write = to.transaction('vault', 'readwrite');
        write.objectStore('vault').put(row);
        write.oncomplete = () => resolve();
        write.onerror = () => reject(write.error);
      });
    };
    Object.assign(globalThis, {
      moveVaultRow: async (direction: 'out' | 'back') => {
        const app = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('keha');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => resolve(open.result);
        });
        const stash = await openDb('keha-e2e-stash', true);
        await (direction === 'out' ? move(app, stash) : move(stash, app));
        app.close();
        stash.close();
      },
    });
  });
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  const code = await app.families.create({ label: 'Otsakkeeton perhe' });
  await page.reload();
  await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toBeVisible();

  // As someone with the disk, or a half-done copy, could leave it: the vault row gone, the rest in place.
  await page.evaluate(() => moveVaultRow('out'));
  await page.reload();
  await expect(page.getByRole('heading', { name: app.t.keys.headerMissing.title })).toBeVisible();
  await expect(page.getByText(app.t.keys.headerMissing.restore)).toBeVisible();
  await expect(page.getByRole('button', { name: app.t.vault.create })).toHaveCount(0);
  await expectAccessible(page, 'vault header missing');

  await page.evaluate(() => moveVaultRow('back'));
  await page.reload();
  await app.unlock();
  await app.families.goto();
  await app.families.expectCodes([code]);
});

declare function moveVaultRow(direction: 'out' | 'back'): Promise<void>;
