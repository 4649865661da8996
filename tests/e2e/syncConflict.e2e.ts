// The same field changed on two computers while apart: anna and ben both rewrite a family's notes
// offline. Back on line, both computers show "changed on another computer" naming the family by its
// code (never the text); the dialog shows both versions; ben picks the other computer's (anna's)
// by keyboard, and both computers then show anna's text and no notice. axe scans the notice and the
// dialog. docs/architecture.md: Sync between the team's computers (Merging two computers' changes).
import { expect, test } from './support/syncServer';
import { twoJoinedComputers } from './support/syncTeam';
import { expectAccessible } from './support/axe';
import { fill } from './models/texts';
import type { Computer } from './models/Computer';

test.use({ actionTimeout: 15_000 });

const annasText = 'Anna: äiti toivoo tukea iltoihin';
const bensText = 'Ben: isä toivoo tukea aamuihin';

function notice(computer: Computer) {
  return computer.page.getByRole('region', { name: computer.app.t.syncConflict.notice.title });
}

test('the same field changed on both computers: both see the notice, ben keeps anna’s version by keyboard', async ({ teamServer, computers }, testInfo) => {
  test.setTimeout(120_000);
  const code = 'RIS-301';
  const { anna, ben, annaSync, benSync } = await twoJoinedComputers(teamServer, computers, { families: [{ code, label: 'Laine' }] });
  await ben.app.families.open(code);
  await anna.app.families.open(code);

  await anna.goOffline();
  await ben.goOffline();
  await anna.app.family.notes().fill(annasText);
  await anna.app.family.expectSaved();
  await ben.app.family.notes().fill(bensText);
  await ben.app.family.expectSaved();
  await annaSync.expectOfflineWaiting();
  await benSync.expectOfflineWaiting();
  await anna.goOnline();
  await ben.goOnline();

  const subject = (computer: Computer) =>
    fill(computer.app.t.syncConflict.record.ofFamily, { code, what: computer.app.t.syncConflict.kind.families });
  for (const computer of [anna, ben]) {
    await expect(notice(computer)).toBeVisible({ timeout: 30_000 });
    await expect(notice(computer)).toContainText(subject(computer));
    // The notice names the record, never its content.
    await expect(notice(computer)).not.toContainText(annasText);
    await expect(notice(computer)).not.toContainText(bensText);
  }
  await expectAccessible(ben.page, 'changed on another computer: the notice');
  await notice(ben).screenshot({ path: testInfo.outputPath('conflict-notice.png') });

  // Ben opens the dialog and picks by keyboard.
  const t = ben.app.t.syncConflict.dialog;
  await notice(ben).getByRole('button', { name: ben.app.t.syncConflict.notice.compare }).focus();
  await ben.page.keyboard.press('Enter');
  const dialog = ben.page.getByRole('dialog', { name: t.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(subject(ben));
  const mine = dialog.getByRole('radio', { name: t.thisComputer });
  const theirs = dialog.getByRole('radio', { name: t.otherComputer });
  await expect(mine).toBeChecked();
  // The versions side by side: this computer's first.
  await expect(dialog.locator('.sync-version').nth(0)).toContainText(bensText.split(' ').slice(-1)[0]!);
  await expect(dialog.locator('.sync-version').nth(1)).toContainText(annasText.split(' ').slice(-1)[0]!);
  await expectAccessible(ben.page, 'changed on another computer: the dialog');
  await ben.page.screenshot({ path: testInfo.outputPath('conflict-dialog.png') });
  await mine.focus();
  await ben.page.keyboard.press('ArrowRight');
  await expect(theirs).toBeChecked();
  await dialog.getByRole('button', { name: t.keep }).focus();
  await ben.page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  for (const computer of [anna, ben]) {
    await expect(computer.app.family.notes()).toHaveValue(annasText, { timeout: 20_000 });
    await expect(notice(computer)).toHaveCount(0, { timeout: 20_000 });
  }
  await annaSync.expectSynced();
  await benSync.expectSynced();
});
