// Lock leaves nothing: after Lock, a heap snapshot of the page holds neither the family notes typed
// just before it nor any CryptoKey (the data key), and the notes were saved all the same; a Lock in
// one window locks every other window of the same profile.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { HeapSnapshot } from './support/heapSnapshot';

test('after Lock the page holds no family text and no key, and what was typed just before is saved', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  const code = await app.families.create({ label: 'Lukkoperhe' });
  // A text found nowhere else; typed, and Lock pressed before the autosave's pause has passed.
  const canary = `Kanarialintu-${Date.now().toString(36)}-huolenaihe`;
  await app.family.notes().fill(canary);
  const unlocked = await HeapSnapshot.take(page);
  expect(unlocked.holds(canary)).toBe(true);
  expect(unlocked.cryptoKeys()).toBeGreaterThan(0);

  await app.lock();
  const locked = await HeapSnapshot.take(page);
  expect(locked.holds(canary), 'the notes typed before Lock are still in the page').toBe(false);
  expect(locked.cryptoKeys(), 'a CryptoKey is still in the page').toBe(0);

  // Nothing was lost: unlocked again, the window is back on the family's page with its notes.
  await app.unlock();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(app.family.notes()).toHaveValue(canary);
});

test('a Lock in one window locks the other windows of the app too', async ({ context }) => {
  const first = new KehaApp(await context.newPage(), 'fi');
  await first.open();
  await first.start();
  const code = await first.families.create({ label: 'Kahden ikkunan perhe' });
  const second = new KehaApp(await context.newPage(), 'fi');
  await second.open();
  await second.unlock();
  await second.families.open(code);
  await expect(second.family.label()).toHaveValue('Kahden ikkunan perhe');

  await first.lock();
  await expect(second.page.getByRole('heading', { name: second.t.vault.unlockTitle })).toBeVisible();
  await expect(second.family.label()).toHaveCount(0);
  const snapshot = await HeapSnapshot.take(second.page);
  expect(snapshot.cryptoKeys(), 'a CryptoKey is still in the other window').toBe(0);
});
