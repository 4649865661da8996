// Lock leaves nothing: after Lock, a heap snapshot of the page holds neither the family notes typed
// just before it nor any CryptoKey (the data key), and the notes were saved all the same; a Lock in
// one window locks every other window of the same profile (the room's screen starts afresh); left
// unused for the team's idle time (Playwright's clock), Kehä locks by itself.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { SharedScreenPage } from './models/SharedScreenPage';
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
  // The room's screen (no vault; it holds what the facilitator sent it) starts afresh on a lock too:
  // a mark left in its page is gone afterwards. (Opened by its address, it has no chair's window.)
  const screen = new SharedScreenPage(await context.newPage(), 'fi');
  await screen.gotoByAddress('any-meeting');
  await screen.expectUnlinked();
  await screen.page.evaluate(() => Object.assign(window, { kehaTestMark: true }));

  await first.lock();
  await expect(second.page.getByRole('heading', { name: second.t.vault.unlockTitle })).toBeVisible();
  await expect(second.family.label()).toHaveCount(0);
  const snapshot = await HeapSnapshot.take(second.page);
  expect(snapshot.cryptoKeys(), 'a CryptoKey is still in the other window').toBe(0);
  await expect.poll(() => screen.page.evaluate(() => 'kehaTestMark' in window)).toBe(false);
  await screen.expectUnlinked();
});

test('left unused for the team’s idle time, Kehä locks by itself; the team chooses the time', async ({ page }) => {
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const app = new KehaApp(page, 'fi');
  const unlockHeading = page.getByRole('heading', { name: app.t.vault.unlockTitle });
  await app.open();
  await app.start();
  await app.families.create({ label: 'Odottava perhe' });

  // 15 minutes by default: open after 14, locked once 15 have passed.
  await page.clock.fastForward('14:00');
  await expect(app.family.label()).toHaveValue('Odottava perhe');
  await page.clock.fastForward('01:30');
  await expect(unlockHeading).toBeVisible();

  // The team sets 5 minutes: working keeps it open, 5 minutes unused lock it.
  await app.unlock();
  await app.settings.goto();
  const idleTime = page.getByLabel(app.t.team.autoLock);
  await expect(idleTime).toHaveValue('15');
  await idleTime.selectOption({ label: app.t.team.autoLockMinutes_other.replace('{{count}}', '5') });
  await page.clock.fastForward('04:00');
  await app.team.goto();
  await app.team.teamName().fill('Tiimi Itä');
  await page.clock.fastForward('04:00');
  await expect(app.team.teamName()).toHaveValue('Tiimi Itä');
  await page.clock.fastForward('01:30');
  await expect(unlockHeading).toBeVisible();

  // The setting was saved.
  await app.unlock();
  await app.settings.goto();
  await expect(page.getByLabel(app.t.team.autoLock)).toHaveValue('5');
});
