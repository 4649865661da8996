// Backups as a team meets them: "Back up now" with its progress in Finnish and English, the last
// backup named, a download that holds no family text (canary) but the vault header, the reminder
// after 7 days without a download (Playwright's clock), an accessible settings screen; and a browser
// killed mid-backup leaves only whole backups.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, launchProfile, makeProfileDir, test } from './support/browserProfile';
import { expectAccessible } from './support/axe';
import { KehaApp } from './models/KehaApp';

const canary = 'CANARY-BACKUP-8812';

async function startWithCanary(page: Page, language: 'fi' | 'en') {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  if (language === 'en') await app.setLanguage('en');
  await app.families.create({ label: `Perhe ${canary}` });
  await app.family.notes().fill(`Muistiinpano ${canary}`);
  await app.family.expectSaved();
  return app;
}

for (const language of ['fi', 'en'] as const) {
  test(`Back up now (${language}): progress, the last backup named, and a download with ciphertext only`, async ({ page }) => {
    const app = await startWithCanary(page, language);
    await app.settings.goto();
    const backups = app.backups;
    await expect(backups.persistence()).toBeVisible();
    await backups.watchForProgressBar();
    await backups.backUpNow();
    expect(await backups.progressBarWasShown()).toBe(true);
    await expect(backups.lastBackup()).toContainText(app.t.backups.lastBackup.split(':')[0]!);
    await expect(backups.lastBackup()).toContainText(app.t.backups.placeBrowser);
    await expect(backups.keptRows().filter({ hasText: app.t.backups.reason.manual })).toHaveCount(1);
    await expect(backups.lastDownload()).toHaveText(app.t.backups.neverDownloaded);

    const download = await backups.downloadThis();
    expect(download.suggestedFilename()).toMatch(/^keha-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).not.toContain(canary);
    expect(text).toContain('keha-vault-v1');
    expect(JSON.parse(text)).toHaveProperty('data.databaseName');
    await expect(backups.lastDownload()).toContainText(app.t.backups.lastDownload.split(':')[0]!);
    await expectAccessible(page, `settings with backups (${language})`);
  });
}

test('the daily backup happens by itself, and after 7 days without a download a reminder shows until one is made', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-02T09:00:00') });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const reminder = page.getByText(app.t.backups.reminder_other.split('{{')[0]!.trim());
  // The first automatic backup runs a few seconds after unlocking.
  await page.clock.runFor(6_000);
  await app.settings.goto();
  await expect(app.backups.keptRows().filter({ hasText: app.t.backups.reason.daily })).toHaveCount(1);
  await expect(reminder).toHaveCount(0);

  await app.families.goto();
  // Eight days later: Kehä has locked itself meanwhile; unlocked again, it makes the daily backup and reminds.
  await page.clock.fastForward(8 * 24 * 60 * 60 * 1000);
  await app.unlock();
  await app.families.expectOpen();
  await page.clock.runFor(6_000);
  await expect(page.getByText(app.t.backups.reminder_other.replace('{{count}}', '8'))).toBeVisible();
  await expect(page.getByRole('link', { name: app.t.backups.reminderLink })).toBeVisible();
  await expectAccessible(page, 'families with the backup reminder');
  await page.getByRole('link', { name: app.t.backups.reminderLink }).click();
  await expect(app.backups.alerts()).toContainText(app.t.backups.reminder_other.replace('{{count}}', '8'));
  await expect(app.backups.keptRows().filter({ hasText: app.t.backups.reason.daily })).toHaveCount(2);
  await expectAccessible(page, 'settings with the backup reminder');

  const [download] = await Promise.all([page.waitForEvent('download'), app.backups.keptRows().first().getByRole('button').click()]);
  expect(download.suggestedFilename()).toMatch(/^keha-backup-/);
  await expect(app.backups.alerts()).toHaveCount(0);
  await app.families.goto();
  await expect(page.getByRole('link', { name: app.t.backups.reminderLink })).toHaveCount(0);
});

/** Rows of a big clear table, written straight into IndexedDB: a vault big enough that its backup takes seconds. */
async function growVault(page: Page, rows: number, rowBytes: number) {
  await page.evaluate(
    async ({ rows, rowBytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('keha');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const filler = 'x'.repeat(rowBytes);
      for (let start = 0; start < rows; start += 200) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('meetingTemplates', 'readwrite');
          for (let i = start; i < Math.min(rows, start + 200); i++) tx.objectStore('meetingTemplates').put({ id: `filler-${i}`, template: { filler } });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { rows, rowBytes },
  );
}

/** Every backup in the browser's store, each checked to be a whole export: it parses, and each table holds the rows it says. */
async function storedBackups(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keha-backups');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ reason: string; size: number; file: Blob }[]>((resolve, reject) => {
      const request = db.transaction('backups').objectStore('backups').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const result = [];
    for (const row of rows) {
      let whole = false;
      try {
        const parsed = JSON.parse(await row.file.text()) as { data: { tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: unknown[] }[] } };
        whole = parsed.data.tables.every((table) => parsed.data.data.find((d) => d.tableName === table.name)?.rows.length === table.rowCount);
      } catch {
        whole = false;
      }
      result.push({ reason: row.reason, size: row.size, fileSize: row.file.size, whole });
    }
    return result;
  });
}

type ProgressPoint = 'readingPastThousand' | 'everyRowRead';

/**
 * Starts watching, in the page, for the first progress shown ("1200/4001 tietuetta") that is past
 * `point`: a MutationObserver sees every state the page shows, however briefly and however busy the
 * machine (polling from here could miss one). Call before starting the backup.
 */
async function watchProgress(page: Page, point: ProgressPoint) {
  await page.evaluate((point) => {
    const w = window as unknown as { __progressSeen?: [number, number] | null };
    w.__progressSeen = null;
    const check = () => {
      const match = /^(\d+)\/(\d+)/.exec(document.querySelector('.backup-progress span')?.textContent ?? '');
      if (!match || w.__progressSeen) return;
      const [done, total] = [Number(match[1]), Number(match[2])];
      if (point === 'readingPastThousand' ? done >= 1000 && done < total : done === total) w.__progressSeen = [done, total];
    };
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, point);
}

/** Waits until watchProgress has seen its point; returns the progress seen then. */
async function progressSeen(page: Page): Promise<[number, number]> {
  const handle = await page.waitForFunction(() => (window as unknown as { __progressSeen?: [number, number] | null }).__progressSeen ?? null);
  return (await handle.jsonValue()) as [number, number];
}

/** Opens the app on the profile, unlocks, and returns the whole-ness of every stored backup (checked before unlocking). */
async function reopen(dir: string, baseURL: string | undefined) {
  const browser = await launchProfile(dir);
  const page = await browser.newPage();
  await page.goto(baseURL ?? '/');
  const stored = await storedBackups(page);
  return { browser, page, stored };
}

test('a browser killed mid-backup keeps whole backups only: the old ones, never half of the new one', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const first = await launchProfile(dir);
  const page = await first.newPage();
  const app = new KehaApp(page, 'fi');
  // The page's clock, so the automatic backup's first check (a few seconds after unlocking) comes when the test says.
  await page.clock.install();
  await page.goto(baseURL ?? '/');
  await app.start();
  await app.settings.goto();
  // The automatic backup of the still small vault lands first.
  await page.clock.runFor(6_000);
  await expect(app.backups.keptRows()).toHaveCount(1);
  // About 80 MB of rows: reading them for the backup takes seconds.
  await growVault(page, 4000, 20_000);

  // 1. Killed while the rows are being read, a good way in.
  await watchProgress(page, 'readingPastThousand');
  await app.backups.backUpNowButton().click();
  const killedReading = await progressSeen(page);
  await first.crash();
  const afterFirst = await reopen(dir, baseURL);
  expect(afterFirst.stored.map((backup) => backup.reason)).toEqual(['daily']);
  for (const backup of afterFirst.stored) expect(backup).toMatchObject({ whole: true, fileSize: backup.size });

  // 2. Killed once every row is read, while the file is being stored.
  const again = new KehaApp(afterFirst.page, 'fi');
  await again.unlock();
  await again.settings.goto();
  await watchProgress(afterFirst.page, 'everyRowRead');
  await again.backups.backUpNowButton().click();
  await progressSeen(afterFirst.page);
  await afterFirst.browser.crash();
  const afterSecond = await reopen(dir, baseURL);
  test.info().annotations.push({
    type: 'killed at',
    description: `reading ${killedReading?.join('/')}: kept ${JSON.stringify(afterFirst.stored.map(({ reason, size }) => ({ reason, size })))}; storing: kept ${JSON.stringify(afterSecond.stored.map(({ reason, size }) => ({ reason, size })))}`,
  });
  // The old backups, and the new one only if it was stored whole.
  expect(afterSecond.stored.length).toBeGreaterThanOrEqual(afterFirst.stored.length);
  for (const backup of afterSecond.stored) expect(backup).toMatchObject({ whole: true, fileSize: backup.size });
  await afterSecond.browser.close();
});
