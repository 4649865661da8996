// The team on several computers, in English and in Finnish (docs/domain.md: The team on several
// computers). After the demonstration team arrives the app asks who is using this computer (a band
// that does not block; axe), and the header names them. The meeting is started here, moved to the
// scoring round, and then driven by "another computer" (a test helper writes the run's driver): this
// computer follows it, with no phase controls (and Alt+→ does nothing) but every capture tool, and its
// member scores privately (only "you have scored", never the value). Taking the meeting over, by
// keyboard alone with its confirmation, brings the controls back, and the chair's view shows who has
// scored, not what. The activity log names the member; the header changes who it is (to nobody).
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RetentionPage } from './models/RetentionPage';
import { TogetherPage } from './models/TogetherPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;
const riskPhase = { en: 'Risk and safety scaling', fi: 'Turvallisuuden arviointi (0–10)' } as const;
const me = 'Mikko Demo';

async function start(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  return { app, run: new FacilitatorPage(app), together: new TogetherPage(app) };
}

for (const language of ['en', 'fi'] as const) {
  test(`the team on several computers (${language}): who is using this computer, following the chair's run, a private score, taking over`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    await page.setViewportSize({ width: 1366, height: 900 });
    const { app, run, together } = await start(page, language);
    const t = app.t.together;

    // Nobody to choose yet: nothing is asked. The demonstration team arrives: the band asks.
    await expect(together.askBand()).toBeHidden();
    await expect(together.headerButton()).toHaveText(t.computer.nobody);
    const meetingId = await run.openDemoPlan({ without: leftOut });
    await expect(together.askBand()).toBeVisible();
    await expectAccessible(page, `who is using this computer (${language})`);
    if (process.env.KEHA_SHOTS) await page.locator('.app-header').evaluate((header) => header.scrollIntoView());
    if (process.env.KEHA_SHOTS) await page.screenshot({ path: `${process.env.KEHA_SHOTS}/together-ask-${language}.png`, clip: { x: 0, y: 0, width: 1366, height: 300 } });
    // "This is me" with nobody chosen says what to do.
    await together.askBand().getByRole('button', { name: t.computer.confirm }).click();
    await expect(together.askBand().getByText(t.computer.chooseFirst)).toBeVisible();
    await together.chooseMember(me);

    // Started here, moved on to the first family's scoring round by this computer.
    await run.startFromPlan(meetingId);
    await run.advance(6);
    await run.expectPhase(riskPhase[language], 7, steps);

    // Another computer drives the meeting now: this one follows it.
    await together.driveFromAnotherComputer(meetingId);
    await expect(together.askBand()).toBeHidden();
    await run.expectPhase(riskPhase[language], 7, steps);
    await expect(together.followerBar()).toContainText(new RegExp(t.follow.following.replace('{{name}}', '.+ Demo').replace(/[()]/g, '\\$&')));
    await expect(page.getByRole('button', { name: app.t.run.controls.next })).toHaveCount(0);
    await expect(page.getByRole('button', { name: app.t.run.risk.reveal })).toHaveCount(0);
    await expect(page.locator('.agenda-step-button')).toHaveCount(0);
    await expect(run.familyCard()).toBeVisible();
    await run.shortcut('next');
    await run.expectPhase(riskPhase[language], 7, steps);

    // The member's own score, private: afterwards only "you have scored", never the value or reason.
    await expect(together.ownScore()).toContainText(t.score.hidden);
    await together.ownScore().getByRole('button', { name: t.score.scoreNow }).click();
    const dialog = page.getByRole('dialog', { name: fill(app.t.run.risk.dialogTitle, { name: me }) });
    await dialog.getByRole('radio', { name: '6', exact: true }).check();
    await dialog.getByLabel(app.t.run.risk.reason, { exact: true }).fill('OWN reason only I know');
    await dialog.getByRole('button', { name: app.t.run.risk.save }).click();
    await expect(dialog).toBeHidden();
    await expect(together.ownScore()).toContainText(t.score.scored);
    await expect(together.ownScore().getByRole('button', { name: t.score.again })).toBeFocused();
    await expect(run.riskProgress()).toHaveText(fill(app.t.run.risk.progress, { scored: 1, count: 4 }));
    await expect(run.riskPanel()).not.toContainText('OWN reason');
    await expect(run.riskPanel().locator('.run-risk-score')).toHaveCount(0);
    await expectAccessible(page, `following the chair's run (${language})`);
    if (process.env.KEHA_SHOTS) await page.screenshot({ path: `${process.env.KEHA_SHOTS}/together-follower-${language}.png`, fullPage: true });

    // The chair's laptop is gone: take the meeting over, by keyboard, confirmed.
    const takeOver = together.followerBar().getByRole('button', { name: t.follow.takeOver });
    await takeOver.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: t.follow.takeOverTitle });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText(t.follow.takeOverBody);
    await confirm.getByRole('button', { name: t.follow.takeOverConfirm }).focus();
    await page.keyboard.press('Enter');
    await app.expectNotification(t.follow.tookOver);
    await expect(together.followerBar()).toHaveCount(0);
    await expect(page.getByRole('button', { name: app.t.run.controls.next })).toBeVisible();
    // The chair's view: who has scored, not what; the reveal is here now.
    const mine = run.riskPanel().locator(`.run-risk-row`, { hasText: me });
    await expect(mine).toContainText(app.t.run.risk.scored);
    await expect(run.riskPanel()).not.toContainText('OWN reason');
    await expect(run.riskPanel().getByRole('button', { name: app.t.run.risk.reveal })).toBeEnabled();

    // The activity log names who was using the computer.
    await page.goto('/#/settings');
    const log = new RetentionPage(app);
    await expect(log.log().getByRole('columnheader', { name: t.log.by })).toBeVisible();
    // The unlock after the reload was by the member; the one when the vault was made, by nobody yet.
    const unlocks = log.logRows().filter({ hasText: app.t.retention.log.kinds.unlocked });
    await expect(unlocks.filter({ hasText: me })).toHaveCount(1);
    await expect(unlocks.filter({ hasText: t.log.unknown })).toHaveCount(1);

    // Changed from the header, by keyboard: the band opens with the choice focused; nobody in particular.
    await together.headerButton().focus();
    await page.keyboard.press('Enter');
    await expect(together.askBand()).toBeVisible();
    const choice = together.askBand().getByLabel(t.computer.member);
    await expect(choice).toBeFocused();
    await choice.selectOption({ label: t.computer.forget });
    await page.keyboard.press('Tab');
    await expect(together.askBand().getByRole('button', { name: t.computer.save })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(together.askBand()).toBeHidden();
    await app.expectNotification(t.computer.forgotten);
    await expect(together.headerButton()).toHaveText(t.computer.nobody);
    await expect(together.headerButton()).toBeFocused();
  });
}
