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
  const first = await run.openDemoPlan({ without: leftOut });
  const second = await run.duplicateFromPlan();
  await run.startFromPlan(first);
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
  await page.screenshot({ path: '/tmp/ui-shots/notification-record-en.png' });
  // Within 10 s: it goes after a few seconds, not after a long while.
  await expect(app.notification()).toBeEmpty({ timeout: 10_000 });

  // Moving to another screen takes a plain message along.
  await record.copyShown((await page.getByRole('tab', { selected: true }).textContent())!.trim());
  await app.nav('families').click();
  await expect(app.notification()).toBeEmpty({ timeout: 3_000 });

  // The next meeting's review of those hypotheses, with an Undo message shown: over nothing, and Alt+U reaches Undo.
  await page.clock.setSystemTime(new Date('2031-06-09T08:00:00'));
  await run.startFromPlan(second);
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  await expect(run.reviewHypotheses().getByRole('listitem')).toHaveCount(2);
  await run.addHypothesis(passing, null);
  await run.hypothesesPanel().getByRole('button', { name: fill(t.hypotheses.delete, { wording: passing }) }).click();
  await expect(run.ourHypotheses()).toHaveCount(0);
  await expect(app.notification().getByRole('button', { name: t.hypotheses.undo })).toBeVisible();
  await expectCoversNothing(page, app.notification());
  await page.screenshot({ path: '/tmp/ui-shots/notification-review-en.png' });
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
  const covered = await message.evaluate((region) => {
    const visibleRect = (element: Element) => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflow === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return { left: Math.max(left, 0), top: Math.max(top, 0), right: Math.min(right, innerWidth), bottom: Math.min(bottom, innerHeight) };
    };
    const interactive = 'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const isContent = (element: Element) =>
      element.matches(interactive) ||
      element.matches('img, svg, canvas') ||
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const scrollers = [document.scrollingElement!, ...document.querySelectorAll('*')].filter((element) => {
      const overflow = getComputedStyle(element).overflowY;
      return (element === document.scrollingElement || overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight + 1;
    });
    const found = new Set<string>();
    for (const position of [0, 0.25, 0.5, 0.75, 1]) {
      for (const scroller of scrollers) scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * position;
      const box = region.getBoundingClientRect();
      for (const element of document.body.querySelectorAll('*')) {
        if (region.contains(element) || element.contains(region) || !isContent(element)) continue;
        const style = getComputedStyle(element);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const seen = visibleRect(element);
        if (seen.right - seen.left <= 1 || seen.bottom - seen.top <= 1) continue;
        if (seen.left < box.right && box.left < seen.right && seen.top < box.bottom && box.top < seen.bottom) {
          found.add(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" at ${Math.round(position * 100)} %`);
        }
      }
    }
    for (const scroller of scrollers) scroller.scrollTop = 0;
    return [...found];
  });
  expect(covered, covered.join('\n')).toEqual([]);
}
