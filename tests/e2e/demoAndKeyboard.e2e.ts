// The demonstration team (load, marked as fictional, removed after confirming what goes, without
// touching real data, and the removal undone) and the core setup done with the keyboard alone.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { expectAccessible } from './support/axe';

test('a demonstration team can be loaded into an empty install, removed after confirming what goes, and the removal undone', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await expect(app.demo.banner()).toBeVisible();
  await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
  await expect(page.getByRole('button', { name: app.t.demo.load })).toHaveCount(0);

  // Real work alongside the demo survives its removal.
  const real = await app.families.create({ code: 'OMA-001', label: 'Oikea perhe' });
  await app.team.goto();
  await expect(app.team.activeList().getByRole('listitem')).toHaveCount(6);
  await app.team.addMember('Oikea Työntekijä', 'teamCoordinator');

  // The confirmation says what goes, in the user's language; cancelling takes nothing.
  await app.setLanguage('fi');
  await app.demo.askToRemove({ removeFamilies: 4, removeMembers: 6, removeMeetings: 1 }, { networkMaps: 1, genograms: 2 });
  await expectAccessible(page, 'confirming the removal of the demonstration data');
  await app.demo.cancel();
  await expect(app.demo.banner()).toBeVisible();
  await app.setLanguage('en');
  await app.demo.askToRemove({ removeFamilies: 4, removeMembers: 6, removeMeetings: 1 }, { networkMaps: 1, genograms: 2 });
  await app.demo.confirm();
  // A notification follows a language switch while it is shown.
  await app.setLanguage('fi');
  await app.expectNotification(app.t.demo.removed);
  await app.setLanguage('en');
  await expect(app.team.activeList().getByRole('listitem')).toHaveCount(1);
  await app.families.goto();
  await app.families.expectCodes([real]);

  // Undo right after puts the whole demonstration back, next to the real family.
  await app.demo.undoWithKeyboard();
  await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104', real]);
  await app.team.goto();
  await expect(app.team.activeList().getByRole('listitem')).toHaveCount(7);
});

test('the team and a family can be set up with the keyboard alone', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  const t = app.t;
  await page.goto('/');
  const keys = page.keyboard;
  await expect(page.getByLabel(t.vault.passphrase, { exact: true })).toBeFocused();

  // The passphrase field has focus on arrival; Tab moves through the form; Enter submits.
  await keys.type('kolme iloista kehää tiistaina');
  await keys.press('Tab'); // show passphrase checkbox
  await keys.press('Tab');
  await keys.type('kolme iloista kehää tiistaina');
  await keys.press('Enter');
  await app.families.expectOpen();

  // Go to the team screen through the navigation using Tab and Enter.
  await focusByTab(page, t.nav.team);
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t.team.title })).toBeFocused();
  await focusByTab(page, t.team.memberName);
  await keys.type('Sanna Sosiaalityö');
  await keys.press('Enter');
  await expect(app.team.member('Sanna Sosiaalityö')).toBeVisible();

  // Back to families; open the new-family dialog, accept the generated code, pick the worker.
  await focusByTab(page, t.nav.families);
  await keys.press('Enter');
  await focusByTab(page, t.families.newFamily);
  await keys.press('Enter');
  await expect(app.families.dialog().getByLabel(t.family.code)).toBeFocused();
  await keys.press('Tab');
  await keys.type('Näppäimistöllä luotu');
  await keys.press('Tab');
  await keys.press('ArrowDown'); // the worker: the first member
  await keys.press('Tab'); // Cancel
  await keys.press('Tab'); // Create
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Näppäimistöllä luotu');

  // Add a child with the keyboard.
  await focusByTab(page, t.family.childPseudonym);
  await keys.type('Aino');
  await keys.press('Tab');
  await keys.type('2017');
  await keys.press('Enter');
  await expect(app.family.children()).toHaveCount(1);
  await expect(page.getByLabel(t.family.responsibleWorker)).not.toHaveValue('');
});

/** Presses Tab until the focused element has the given accessible name (at most 60 times). */
async function focusByTab(page: import('@playwright/test').Page, name: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Could not reach "${name}" with Tab`);
}
