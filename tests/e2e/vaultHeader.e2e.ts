// A vault header whose key-derivation cost was lowered on disk is refused at unlock with its own
// words, even with the right passphrase; put back as it was, the same vault opens with everything in it.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';

/** Rewrites the stored vault header's PBKDF2 iteration count, as someone with the disk could. */
function setStoredIterations(page: Page, iterations: number) {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keha');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('vault', 'readwrite').objectStore('vault');
          const read = store.get('vault');
          read.onsuccess = () => {
            const row = read.result as { kdf: { iterations: number } };
            row.kdf.iterations = count;
            const write = store.put(row);
            write.onsuccess = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    iterations,
  );
}

for (const language of ['fi', 'en'] as const) {
  test(`a header lowered to 1 iteration does not unlock, and says why (${language})`, async ({ page }) => {
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    await app.start();
    if (language === 'en') await app.setLanguage('en');
    const code = await app.families.create({ label: 'Otsakeperhe' });

    await page.reload();
    await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toBeVisible();
    await setStoredIterations(page, 1);
    await app.unlock();
    await expect(app.alert()).toHaveText(app.t.vault.weakHeader);
    await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toBeVisible();

    await setStoredIterations(page, 600_000);
    await app.unlock();
    await app.families.goto();
    await app.families.expectCodes([code]);
  });
}
