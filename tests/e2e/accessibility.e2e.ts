// axe scans of every screen and dialog, in Finnish and in English: no serious or critical
// violations. Also checks that the app runs under its strict CSP without a single violation.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { expectAccessible } from './support/axe';


for (const language of ['fi', 'en'] as const) {
  test(`every screen passes axe (${language})`, async ({ page, browser }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
          `${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });

    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    const t = app.t;

    await expectAccessible(page, 'create vault');
    await app.createVault('lyhyt');
    await expect(app.alert()).toBeVisible();
    await expectAccessible(page, 'create vault with an error');
    await page.getByRole('button', { name: t.restore.newComputerLink }).click();
    await expectAccessible(page, 'restore from a backup on a new computer');
    await page.getByRole('button', { name: t.restore.newComputerBack }).click();
    await app.start();
    await expectAccessible(page, 'families, empty, with the demo offer');
    await page.getByRole('button', { name: t.demo.load }).click();
    await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
    await expectAccessible(page, 'families with the demo banner');
    await app.families.openNewFamily();
    await expectAccessible(page, 'new family dialog');
    await page.keyboard.press('Escape');
    await app.families.open('DEMO-101');
    await expectAccessible(page, 'family page');
    await app.family.label().fill('x'.repeat(200));
    await expect(app.alert()).toBeVisible();
    await expectAccessible(page, 'family page with a validation error');
    await page.getByRole('button', { name: t.family.delete }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'delete confirmation');
    await page.keyboard.press('Escape');
    await app.team.goto();
    await expectAccessible(page, 'team');
    await app.lock();
    await expectAccessible(page, 'unlock');
    await app.unlock('väärin väärin väärin');
    await expect(app.alert()).toBeVisible();
    await expectAccessible(page, 'unlock with an error');

    // The storage-failure screen (Kehä's database written by a newer Kehä), in a fresh profile that
    // remembers the language.
    const failing = await browser.newContext();
    try {
      const failingPage = await failing.newPage();
      await failingPage.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
      await failingPage.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
            `${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`,
          ),
        );
      });
      // A blank page of the app's origin (the server would answer any path with the app itself).
      await failingPage.route('**/blank-page', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
      await failingPage.goto('/blank-page');
      await failingPage.evaluate(
        ({ language, languageKey }: { language: string; languageKey: string }) =>
          new Promise<void>((resolve) => {
            localStorage.setItem(languageKey, language);
            const open = indexedDB.open('keha', 99);
            open.onsuccess = () => {
              open.result.close();
              resolve();
            };
          }),
        { language, languageKey: 'keha.language' },
      );
      await failingPage.goto('/');
      await expect(failingPage.getByRole('alert')).toContainText(t.storage.openFailedTitle);
      await expectAccessible(failingPage, 'storage failure');
    } finally {
      await failing.close();
    }

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
}
