// The family therapist's review of hypotheses across families (#/hypotheses): hypotheses made in
// a meeting run (the demonstration team's meeting), then filtered by role, family, status, lens
// and age; the "not revisited for N weeks" flag with Playwright's clock moved five weeks on, a
// later meeting that revisits some and drops one; the N setting (bad input refused and kept,
// saved at once, still there after a reload); the order; keyboard use; axe in Finnish and English.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { HypothesisReviewPage } from './models/HypothesisReviewPage';
import { KehaApp } from './models/KehaApp';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

/** Leena and Aino stay out of the demonstration meeting, as in meetingRun.e2e.ts: 15 steps, two deep dives. */
const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;
const day = 24 * 60 * 60 * 1000;
const week = 7 * day;
const start = new Date('2031-06-02T08:00:00');

const evenings = 'One possible idea is that the evenings are where the worry lives.';
const school = 'Could it be that the school sees a different child than home does?';
const grandparents = 'Perhaps the grandparents hold the family together more than anyone says.';

/**
 * Runs the demonstration meeting in English: two hypotheses for the first deep-dive family (one by
 * the family therapist), one for the second (by the whole team). Returns the families' codes and
 * a copy of the plan for the next meeting.
 */
async function firstMeeting(page: Page) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const { first, next } = await run.startDemoMeetingWithNextWeek({ without: leftOut });
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  const firstCode = (await run.familyCard().locator('.run-family-code').textContent())!;
  await run.addHypothesis(evenings, app.t.roles.familyTherapist);
  await run.addHypothesis(school, null);
  await run.advance(6);
  await run.expectPhase('Hypothesising', 11, steps);
  const secondCode = (await run.familyCard().locator('.run-family-code').textContent())!;
  await run.addHypothesis(grandparents, app.t.run.wholeTeam);
  await run.finish();
  return { app, run, next, firstCode, secondCode };
}

/**
 * Marks an earlier hypothesis in the meeting's "what have we learnt" list: the panel asks for a
 * reason (strengthened and dropped both do), one is given and saved with Enter, and the field goes
 * once it is saved.
 */
async function reviewInMeeting(page: Page, earlier: Locator, button: string) {
  await earlier.getByRole('button', { name: button }).click();
  const reason = earlier.getByRole('textbox');
  await expect(reason).toBeFocused();
  await reason.fill('The family told us more today.');
  await page.keyboard.press('Enter');
  await expect(reason).toHaveCount(0);
}

test('the review filters hypotheses, flags those not revisited for N weeks, and keeps N', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: start });
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run, next, firstCode, secondCode } = await firstMeeting(page);
  const review = new HypothesisReviewPage(app);

  // Just made: all three listed, none stale; the family therapist's filter finds one.
  await review.open();
  await expect(review.count()).toHaveText(review.countText(3, 0, 4));
  await expect(review.rows()).toHaveCount(3);
  await expect(review.row(evenings)).toContainText(firstCode);
  await expect(review.row(evenings)).toContainText(app.t.hypotheses.status.open);
  // The proposer by name and role (the meeting records who held the role), or the whole team.
  await expect(review.row(evenings).locator('.review-meta')).toHaveText(new RegExp(`^${fill(app.t.review.proposedBy, { names: '' })}.* – ${app.t.roles.familyTherapist}$`));
  await expect(review.row(grandparents).locator('.review-meta')).toHaveText(fill(app.t.review.proposedBy, { names: app.t.run.wholeTeam }));
  await expect(review.row(evenings)).toContainText('02/06/2031');
  await expect(review.staleFlag(evenings)).toHaveCount(0);

  await review.filterBox('proposerRole', app.t.roles.familyTherapist).check();
  await expect(review.count()).toHaveText(review.countText(1, 0, 4, 3));
  await expect.poll(() => review.wordings()).toEqual([evenings]);
  await review.filterBox('proposerRole', app.t.run.wholeTeam).check();
  await expect(review.count()).toHaveText(review.countText(2, 0, 4, 3));
  await review.clearFiltersButton().click();
  await expect(review.count()).toHaveText(review.countText(3, 0, 4));
  await expect(review.clearFiltersButton()).toHaveCount(0);

  await review.chooseFamily(secondCode);
  await expect.poll(() => review.wordings()).toEqual([grandparents]);
  await review.chooseFamily(firstCode);
  await expect(review.rows()).toHaveCount(2);
  // Nothing is tagged with a lens yet, and nothing is a year old: "no matches", and a way out.
  await review.filterBox('lensTags', app.t.hypotheses.lens.culture).check();
  await expect(review.noMatches()).toBeVisible();
  await review.clearFiltersButton().click();
  await review.chooseAge('overYear');
  await expect(review.noMatches()).toBeVisible();
  await review.chooseAge('underMonth');
  await expect(review.rows()).toHaveCount(3);
  await review.clearFiltersButton().click();

  // Five weeks and a day pass without anyone looking at them: all three are flagged at N = 4.
  await app.later(new Date(start.getTime() + 5 * week + day));
  await app.nav('families').click();
  await review.open();
  await expect(review.count()).toHaveText(review.countText(3, 3, 4));
  for (const wording of [evenings, school, grandparents]) {
    await expect(review.staleFlag(wording)).toHaveText(fill(app.t.review.notRevisited, { count: 4 }));
  }
  // Only the stale ones, then the first family's link to its evolution view.
  await review.staleOnlyBox(4).check();
  await expect(review.rows()).toHaveCount(3);
  await review.staleOnlyBox(4).uncheck();
  await expect(review.evolutionLink(firstCode)).toHaveAttribute('href', new RegExp(`#/families/[^/]+/hypotheses/evolution$`));
  await expect(review.cardsLink(firstCode)).toHaveAttribute('href', new RegExp(`#/families/[^/]+/hypotheses$`));

  // N = 6: five weeks is not long enough any more. A bad value is refused, kept in the field, and changes nothing.
  await review.setStaleWeeks('6', { expectSaved: true });
  await expect(review.count()).toHaveText(review.countText(3, 0, 6));
  await expect(review.staleFlag(evenings)).toHaveCount(0);
  await review.setStaleWeeks('0', { expectSaved: false });
  await expect(review.staleWeeksError()).toHaveText(fill(app.t.review.staleWeeksRange, { max: 104 }));
  await expect(review.staleWeeksField()).toHaveValue('0');
  await expect(review.count()).toHaveText(review.countText(3, 0, 6));
  await review.setStaleWeeks('six', { expectSaved: false });
  await expect(review.staleWeeksError()).toHaveText(fill(app.t.review.staleWeeksWhole, { max: 104 }));
  await review.setStaleWeeks('5', { expectSaved: true });
  await expect(review.staleWeeksError()).toHaveCount(0);
  await expect(review.count()).toHaveText(review.countText(3, 3, 5));
  await review.setStaleWeeks('6', { expectSaved: true });

  // The setting survives a reload (and the lock that comes with it).
  await page.reload();
  await app.unlock();
  await app.families.expectOpen();
  await review.open();
  await expect(review.staleWeeksField()).toHaveValue('6');
  await expect(review.count()).toHaveText(review.countText(3, 0, 6));
  await review.setStaleWeeks('4', { expectSaved: true });
  await expect(review.count()).toHaveText(review.countText(3, 3, 4));

  // The next meeting, five weeks on: one strengthened, one dropped, the other family's left as it was.
  await run.startFromPlan(next);
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  const earlier = run.reviewHypotheses();
  await reviewInMeeting(page, earlier, fill(app.t.run.hypotheses.markAs, { status: app.t.hypotheses.status.strengthened.toLowerCase(), wording: evenings }));
  await reviewInMeeting(page, earlier, fill(app.t.run.hypotheses.markAs, { status: app.t.hypotheses.status.dropped.toLowerCase(), wording: school }));
  await run.finish();

  await review.open();
  await expect(review.count()).toHaveText(review.countText(3, 1, 4));
  await expect(review.staleFlag(grandparents)).toBeVisible();
  await expect(review.staleFlag(evenings)).toHaveCount(0);
  await expect(review.staleFlag(school)).toHaveCount(0);
  await expect(review.row(evenings)).toContainText(app.t.hypotheses.status.strengthened);
  await expect(review.row(school)).toContainText(app.t.hypotheses.status.dropped);
  // Oldest revisit first: the untouched one, then the two revisited today; the other way round on request.
  await expect.poll(async () => (await review.wordings())[0]).toBe(grandparents);
  await review.sortButton().click();
  await expect.poll(async () => (await review.wordings())[2]).toBe(grandparents);
  await expect(review.table().locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'descending');

  await review.filterBox('status', app.t.hypotheses.status.dropped).check();
  await expect.poll(() => review.wordings()).toEqual([school]);
  await review.filterBox('status', app.t.hypotheses.status.open).check();
  await expect.poll(() => review.wordings()).toEqual([school, grandparents]);

  // Filters and order are kept while visiting another screen.
  await app.nav('families').click();
  await review.open();
  await expect(review.filterBox('status', app.t.hypotheses.status.dropped)).toBeChecked();
  await expect.poll(() => review.wordings()).toEqual([school, grandparents]);

  // Keyboard only: Enter on "Clear filters"; Tab from the N field through the family and age selects
  // and "only the not revisited" to the first status box; Space ticks it; Enter on the sort button.
  await review.clearFiltersButton().focus();
  await page.keyboard.press('Enter');
  await expect(review.count()).toHaveText(review.countText(3, 1, 4));
  await review.staleWeeksField().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(app.t.review.family, { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(review.staleOnlyBox(4)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(review.filterBox('status', app.t.hypotheses.status.open)).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => review.wordings()).toEqual([grandparents]);
  await page.keyboard.press('Space');
  await expect(review.rows()).toHaveCount(3);
  await review.sortButton().focus();
  await page.keyboard.press('Enter');
  await expect(review.table().locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await review.wordings())[0]).toBe(grandparents);
});

test('with no hypotheses the review says so, and offers the N setting', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const review = new HypothesisReviewPage(app);
  await review.open();
  await expect(review.empty()).toBeVisible();
  await expect(review.staleWeeksField()).toHaveValue('4');
  await expectAccessible(page, 'hypothesis review, empty');
});

for (const language of ['fi', 'en'] as const) {
  test(`the review passes axe with hypotheses, flags and filters (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.clock.install({ time: start });
    await page.setViewportSize({ width: 1366, height: 900 });
    const { app } = await firstMeeting(page);
    await app.later(new Date(start.getTime() + 5 * week + day));
    await app.setLanguage(language);
    const review = new HypothesisReviewPage(app);
    await review.open();
    await expect(review.count()).toHaveText(review.countText(3, 3, 4));
    await expectAccessible(page, `hypothesis review (${language})`);
    await review.setStaleWeeks('200', { expectSaved: false });
    await expect(review.staleWeeksError()).toBeVisible();
    await review.filterBox('status', app.t.hypotheses.status.dropped).check();
    await expect(review.noMatches()).toBeVisible();
    await expectAccessible(page, `hypothesis review, bad N and no matches (${language})`);
  });
}
