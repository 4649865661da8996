// Storage going wrong, and more than one window: a database the app cannot open is never
// replaced by an empty one; a full disk keeps the typed text and says so; two tabs stay consistent.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';

test('a database from a newer version is reported and left untouched', async ({ page }) => {
  // Make Kehä's database at a far higher version, holding a record (each test has its own profile).
  // A blank page of the app's origin (the server would answer any path with the app itself).
  await page.route('**/blank-page', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank-page');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keha', 99);
        open.onupgradeneeded = () => open.result.createObjectStore('families').put({ label: 'keep me' }, 'f1');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await expect(app.alert()).toContainText(app.t.storage.openFailedTitle);
  await expect(app.alert()).toContainText(app.t.storage.versionTooNew);
  await page.getByRole('button', { name: app.t.storage.retry }).click();
  await expect(app.alert()).toContainText(app.t.storage.versionTooNew);
  await expect(page.getByRole('heading', { name: app.t.vault.createTitle })).toHaveCount(0);

  const kept = await page.evaluate(
    () =>
      new Promise<{ version: number; label: unknown }>((resolve, reject) => {
        const open = indexedDB.open('keha');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('families').objectStore('families').get('f1');
          get.onsuccess = () => {
            resolve({ version: db.version, label: (get.result as { label: string }).label });
            db.close();
          };
          get.onerror = () => reject(get.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(kept).toEqual({ version: 99, label: 'keep me' });
});

test('a full disk keeps the typed text, says so, and saves once there is room', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const code = await app.families.create({ label: 'Before' });

  // Every IndexedDB write now fails the way a full disk does.
  await page.evaluate(() => {
    const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put };
    w.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.family.label().fill('After the disk filled up');
  await expect(app.alert()).toContainText(app.t.storage.full);
  await expect(app.family.label()).toHaveValue('After the disk filled up');

  // Space is freed: the next change saves, and a reload shows it.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { __put: typeof IDBObjectStore.prototype.put }).__put;
  });
  await app.family.label().press('End');
  await app.family.label().pressSequentially('!');
  await app.family.expectSaved();
  await page.reload();
  await app.unlock();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(app.family.label()).toHaveValue('After the disk filled up!');
});

test('two tabs on the same data stay consistent', async ({ context }) => {
  const pageA = await context.newPage();
  const pageB = await context.newPage();
  const a = new KehaApp(pageA, 'fi');
  const b = new KehaApp(pageB, 'fi');
  await pageA.goto('/');
  await pageB.goto('/');

  // Tab A creates the vault; tab B, still on the create screen, switches to unlocking it.
  await a.start();
  await expect(pageB.getByRole('heading', { name: b.t.vault.unlockTitle })).toBeVisible();
  await b.unlock();

  const code = await a.families.create({ label: 'Yhteinen perhe' });
  await b.families.expectCodes([code]);
  await b.families.open(code);
  await expect(b.family.label()).toHaveValue('Yhteinen perhe');

  // An edit in one tab appears in the other; edits to different fields never overwrite each other.
  await a.family.label().fill('Muutettu A:ssa');
  await expect(b.family.label()).toHaveValue('Muutettu A:ssa');
  await b.family.notes().fill('Kirjattu B:ssä');
  await b.family.expectSaved();
  await expect(a.family.notes()).toHaveValue('Kirjattu B:ssä');
  await expect(a.family.label()).toHaveValue('Muutettu A:ssa');

  // Deleting in one tab: the other says the family is gone instead of showing stale data.
  await a.family.delete(code);
  await expect(pageB.getByText(b.t.family.notFound)).toBeVisible();
});
