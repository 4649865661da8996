// Deletions between two computers, in Finnish: a family deleted on anna's computer and undone within
// the Undo time never disappears from ben's list; one deleted and not undone disappears there; and a
// family erased for retention (closed, the retention time passed, erased from Data and security) is
// gone from ben's computer too, with no row of it left in ben's Kehä database.
// docs/architecture.md: Sync between the team's computers.
import { expect, test } from './support/syncServer';
import { storedTables } from './support/storedTables';
import { twoJoinedComputers } from './support/syncTeam';
import { RetentionPage } from './models/RetentionPage';

test.use({ actionTimeout: 15_000 });

const undone = 'DEL-101';
const deleted = 'DEL-102';
const erased = 'DEL-103';

test('deletions sync with the Undo time respected, and a family erased for retention is erased on the other computer too', async ({ teamServer, computers }) => {
  test.setTimeout(120_000);
  const { anna, ben, benSync } = await twoJoinedComputers(teamServer, computers, {
    language: 'fi',
    families: [{ code: undone }, { code: deleted }, { code: erased, label: 'Arkistoitava' }],
    // Anna's clock is Playwright's, so that it can move past the retention time.
    before: (computer) => computer.page.clock.install({ time: new Date() }),
  });
  await ben.app.families.goto();
  await ben.app.families.expectCodes([undone, deleted, erased]);
  // From here on, ben's page notes whether the undone family's row ever leaves the list.
  await ben.page.evaluate((code) => {
    const seen = window as unknown as { keptAllAlong: boolean };
    seen.keptAllAlong = true;
    const check = () => {
      if (![...document.querySelectorAll('a')].some((link) => link.textContent?.trim() === code)) seen.keptAllAlong = false;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, undone);

  // Deleted and undone at once: nothing leaves anna's computer.
  await anna.app.families.open(undone);
  await anna.app.family.delete(undone);
  await anna.app.family.undo();
  await anna.app.families.goto();
  await anna.app.families.open(undone);

  // Deleted and not undone: it leaves once the Undo time is over.
  await anna.app.families.goto();
  await anna.app.families.open(deleted);
  await anna.app.family.delete(deleted);
  await expect(ben.app.families.rows().filter({ hasText: deleted })).toHaveCount(0, { timeout: 30_000 });
  await expect(ben.app.families.rows().filter({ hasText: undone })).toHaveCount(1);

  // Closed, and seven months later (the default retention time is six) erased on anna's computer.
  await anna.app.families.goto();
  await anna.app.families.open(erased);
  const familyId = decodeURIComponent(anna.page.url().split('#/families/')[1]!);
  await anna.app.family.setStatus('closed');
  await expect(anna.page.getByLabel(anna.app.t.family.status, { exact: true })).toHaveValue('closed');
  await expect(ben.app.families.rows().filter({ hasText: erased })).toHaveCount(1);
  await anna.app.later(new Date(Date.now() + 214 * 24 * 3600 * 1000));
  await anna.app.nav('settings').click();
  const retention = new RetentionPage(anna.app);
  const dialog = await retention.askToErase(erased);
  await retention.confirmErase(dialog, erased);

  await expect(ben.app.families.rows().filter({ hasText: erased })).toHaveCount(0, { timeout: 30_000 });
  await benSync.expectSynced();
  expect(await ben.page.evaluate(() => (window as unknown as { keptAllAlong: boolean }).keptAllAlong)).toBe(true);
  await expect(ben.app.families.rows().filter({ hasText: undone })).toHaveCount(1);
  // No table of ben's Kehä database holds the erased family's id (the outbox and sync's revisions neither).
  const tables = await storedTables(ben.page);
  for (const [name, rows] of Object.entries(tables)) expect(rows, name).not.toContain(familyId);
});
