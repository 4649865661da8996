import { expect, test } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { QuickRoundPage } from './models/QuickRoundPage';

for (const language of ['fi', 'en'] as const) {
  test(`shot ${language}`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    const run = new FacilitatorPage(app);
    await run.startDemoMeeting();
    await run.shortcut('next');
    const round = new QuickRoundPage(app);
    await expect(round.lines()).toHaveCount(3);
    await round.changed('DEMO-101').focus();
    await page.keyboard.type(language === 'fi' ? 'Muutti uuteen asuntoon, koulu alkoi' : 'Moved to a new flat, school started');
    await page.keyboard.press('Alt+K');
    await page.keyboard.press('Alt+1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type(language === 'fi' ? 'Ei muutoksia' : 'No change');
    await page.keyboard.press('Alt+3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+2');
    await page.waitForTimeout(1500);
    await round.region().screenshot({ path: `/tmp/qr-app-${language}.png` });
    await round.split().check();
    await round.region().screenshot({ path: `/tmp/qr-app-split-${language}.png` });
    await app.families.goto();
    await app.families.open('DEMO-101');
    await round.history().scrollIntoViewIfNeeded();
    await round.history().screenshot({ path: `/tmp/qr-history-${language}.png` });
  });
}
