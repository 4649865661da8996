// axe scans of every screen and dialog, in Finnish and in English: no serious or critical
// violations. Also checks that the app runs under its strict CSP without a single violation. Four
// tests per language, each with its own vault: the vault's screens, the families screen, a family's
// page and the team, and the storage-failure screen.
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { texts } from './models/texts';
import { expectAccessible } from './support/axe';

/** Collects the page's Content-Security-Policy violations (from its first document on) into `violations`. */
async function watchCsp(page: Page, violations: string[]) {
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
}

for (const language of ['fi', 'en'] as const) {
  test(`the vault's screens pass axe: create, restore on a new computer, unlock, with their errors (${language})`, async ({ page }) => {
    const violations: string[] = [];
    await watchCsp(page, violations);
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
    await app.lock();
    await expectAccessible(page, 'unlock');
    await app.unlock('väärin väärin väärin');
    await expect(app.alert()).toBeVisible();
    await expectAccessible(page, 'unlock with an error');

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });

  test(`the families screen passes axe: empty, with the demo, the new family dialog (${language})`, async ({ page }) => {
    const violations: string[] = [];
    await watchCsp(page, violations);
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    const t = app.t;

    await app.start();
    await expectAccessible(page, 'families, empty, with the demo offer');
    await page.getByRole('button', { name: t.demo.load }).click();
    await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
    await expectAccessible(page, 'families with the demo banner');
    await app.families.openNewFamily();
    await expectAccessible(page, 'new family dialog');
    await page.keyboard.press('Escape');

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });

  test(`a family's page with its error and dialog, and the team, pass axe (${language})`, async ({ page }) => {
    const violations: string[] = [];
    await watchCsp(page, violations);
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    const t = app.t;

    await app.start();
    await page.getByRole('button', { name: t.demo.load }).click();
    await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
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

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });

  test(`the storage-failure screen passes axe (${language})`, async ({ page }) => {
    // Kehä's database written by a newer Kehä, in a fresh profile that remembers the language.
    const violations: string[] = [];
    await watchCsp(page, violations);
    const t = texts[language];
    // A blank page of the app's origin (the server would answer any path with the app itself).
    await page.route('**/blank-page', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
    await page.goto('/blank-page');
    await page.evaluate(
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
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(t.storage.openFailedTitle);
    await expectAccessible(page, 'storage failure');

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  });
}
