// Messages after an action never lie over the work: on the facilitator's hypothesis review and on
// the meeting record, with a message shown, no control or text of the page is under it at any
// scroll position; a plain message goes by itself and when the user moves to another screen, one
// offering Undo stays and Alt+U reaches it. Also: react-aria's own words (a dialog's hidden
// dismiss button) follow Kehä's language, not the browser's.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { fill } from './models/texts';
import { contentUnder } from '../support/contentUnder';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;
const evenings = 'One possible idea is that the evenings are where the worry lives.';
const school = 'Could it be that the school sees a different child than home does?';
const passing = 'Perhaps the grandmother is the one who holds the week together.';

test('a message covers no control or content on the hypothesis review and the record, and goes when it should', async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const t = app.t.run;
  const run = new FacilitatorPage(app);
  const { first, next: second } = await run.startDemoMeetingWithNextWeek({ without: leftOut });
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  await run.addHypothesis(evenings, app.t.roles.familyTherapist);
  await run.addHypothesis(school, null);
  await run.finish();

  // The record: a copied summary's message, over nothing, gone by itself.
  const record = new RecordPage(app);
  await record.expectOpen();
  await page.getByRole('tab').first().click();
  await record.copyShown((await page.getByRole('tab', { selected: true }).textContent())!.trim());
  await expectCoversNothing(page, app.notification());
  // Within 10 s of the page's clock: it goes after a few seconds, not after a long while.
  await page.clock.runFor(10_000);
  await expect(app.notification()).toBeEmpty();

  // Moving to another screen takes a plain message along: the page's clock stands still meanwhile,
  // so the message's own few seconds cannot be what takes it, however slow the machine.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  await record.copyShown((await page.getByRole('tab', { selected: true }).textContent())!.trim());
  await app.nav('families').click();
  await expect(app.notification()).toBeEmpty();
  await page.clock.resume();

  // The next meeting's review of those hypotheses, with an Undo message shown: over nothing, and Alt+U reaches Undo.
  await app.later('2031-06-09T08:00:00');
  await run.startFromPlan(second);
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  await expect(run.reviewHypotheses().getByRole('listitem')).toHaveCount(2);
  await run.addHypothesis(passing, null);
  await run.hypothesesPanel().getByRole('button', { name: fill(t.hypotheses.delete, { wording: passing }) }).click();
  await expect(run.ourHypotheses()).toHaveCount(0);
  await expect(app.notification().getByRole('button', { name: t.hypotheses.undo })).toBeVisible();
  await expectCoversNothing(page, app.notification());
  await run.reviewItem(evenings).focus();
  await page.keyboard.press('Alt+u');
  await expect(app.notification().getByRole('button', { name: t.hypotheses.undo })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(run.ourHypotheses()).toHaveCount(1);
});

for (const [browserLocale, language, dismiss, foreign] of [
  ['fi-FI', 'en', 'Dismiss', 'Hylkää'],
  ['en-GB', 'fi', 'Hylkää', 'Dismiss'],
] as const) {
  test.describe(`with the browser in ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`a dialog's hidden dismiss button is named in Kehä's language (${language})`, async ({ page }) => {
      const app = new KehaApp(page, 'fi');
      await page.goto('/');
      if (language === 'en') await app.setLanguage('en');
      await app.start();
      await app.families.openNewFamily();
      const dialog = page.getByRole('dialog');
      await expect(page.getByRole('button', { name: dismiss, exact: true }).first()).toBeAttached();
      await expect(page.getByRole('button', { name: foreign, exact: true })).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      // Switching Kehä's language while running switches react-aria's words too.
      await app.setLanguage(language === 'en' ? 'fi' : 'en');
      await app.families.openNewFamily();
      await expect(page.getByRole('button', { name: foreign, exact: true }).first()).toBeAttached();
    });
  });
}

/**
 * With `message` shown, no control and no text of the page lies under it, at the top, middle and
 * bottom of every scrolling part of the page: compares the message's box with the part of every
 * other control and text-bearing element the user can see.
 */
async function expectCoversNothing(page: Page, message: Locator) {
  await expect(message).not.toBeEmpty();
  const covered = await message.evaluate(contentUnder);
  expect(covered, covered.join('\n')).toEqual([]);
}
