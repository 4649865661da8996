// Hypotheses over three consecutive weekly meetings (the main hypothesis journey), with the clock
// controlled: meeting 1 makes three hypotheses, meeting 2 strengthens one with a reason and rewords
// another, meeting 3 drops the reworded one, keeps the strengthened one and makes a new one. Five
// weeks later the family therapist's review shows the right rows for each filter and flags what has
// not been revisited for N weeks; the family's evolution view and a card's history (with the
// changed words) tell the same story; and each past meeting's summary still shows what was true then.
import { expect, test } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { FamilyHypothesesPage } from './models/FamilyHypothesesPage';
import { HypothesisReviewPage } from './models/HypothesisReviewPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';

/** The demonstration meeting with four participants (as in meetingRun.e2e.ts). */
const leftOut = ['Leena Demo', 'Aino Demo'];

const evenings = 'One possible idea is that the evenings are where the worry lives (hyp-evenings).';
const school = 'Could it be that the school sees a different child than home does (hyp-school)?';
const father = 'Maybe when the father calls, the mother feels judged (hyp-father).';
const fatherReworded = 'Maybe when the father calls, the mother hears the old arguments again (hyp-father).';
const older = 'Perhaps the older child looks after the younger one (hyp-older).';
const strengthenReason = 'The mother said the evenings are the hardest time (why-evenings).';
const dropReason = 'The father has not called for three weeks and nothing changed (why-father).';

/** On `day` at 09:00 (Kehä locked and unlocked meanwhile), starts a planned meeting and moves to the first family's hypothesising phase. */
async function hypothesisingOf(app: KehaApp, run: FacilitatorPage, meetingId: string, day: string) {
  await app.later(`${day}T09:00:00`);
  await run.startFromPlan(meetingId);
  await run.advance(4);
  await expect(run.hypothesesPanel()).toBeVisible();
}

test('hypotheses made, revised, strengthened, dropped and reworded over three meetings; the review, evolution, history and past summaries agree', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  const t = app.t;
  const run = new FacilitatorPage(app);
  // Three weekly meetings planned from the demonstration meeting: 2, 9 and 16 June.
  const first = await run.openDemoPlan({ without: leftOut });
  const second = await run.duplicateFromPlan();
  const third = await run.duplicateFromPlan();

  // --- Meeting 1 (2 June): three hypotheses -----------------------------------------------------
  await hypothesisingOf(app, run, first, '2031-06-02');
  const familyCode = (await run.familyCard().locator('.run-family-code').textContent())!;
  await run.addHypothesis(evenings, t.roles.familyTherapist, { lensTags: [t.hypotheses.lens.employment] });
  await run.addHypothesis(school, null, { lensTags: [t.hypotheses.lens.education] });
  await run.addHypothesis(father, null);
  await run.finish();

  // --- Meeting 2 (9 June): strengthen one with a reason, reword another ---------------------------
  await hypothesisingOf(app, run, second, '2031-06-09');
  await expect(run.familyCard().locator('.run-family-code')).toHaveText(familyCode);
  await run.markReviewed(evenings, 'strengthened', strengthenReason);
  await run.reviewItem(father).focus();
  await run.rewordFocused(father, fatherReworded);
  await run.finish();

  // --- Meeting 3 (16 June): drop the reworded one, keep the strengthened one, make a new one ------
  await hypothesisingOf(app, run, third, '2031-06-16');
  await expect(run.reviewItem(evenings)).toContainText(fill(t.run.hypotheses.status, { status: t.hypotheses.status.strengthened }));
  await expect(run.reviewItem(fatherReworded)).toBeVisible();
  // The room's screen shows the family's hypotheses under review, before any is touched.
  const screen = await SharedScreenPage.openFrom(page, 'en');
  for (const wording of [evenings, school, fatherReworded]) await expect(screen.hypotheses()).toContainText(wording);
  await run.markReviewed(fatherReworded, 'dropped', dropReason);
  // Dropped in this meeting: still shown, as dropped.
  await expect(screen.hypotheses().getByRole('listitem').filter({ hasText: fatherReworded })).toContainText(t.record.hypothesisStatus.dropped);
  await run.reviewItem(evenings).focus();
  await page.keyboard.press('4');
  await expect(run.reviewItem(evenings)).toContainText(t.run.hypotheses.doneKept);
  await run.addHypothesis(older, null);
  await run.finish();

  // --- Five weeks later (21 July): the family therapist's review ----------------------------------
  await app.later('2031-07-21T10:00:00');
  const review = new HypothesisReviewPage(app);
  await review.open();
  await review.chooseFamily(familyCode);
  await expect(review.rows()).toHaveCount(4);
  // By default N = 4: the open and strengthened ones were last revisited 5 or 7 weeks ago; a
  // dropped hypothesis needs no revisiting.
  for (const wording of [evenings, school, older]) await expect(review.staleFlag(wording)).toBeVisible();
  await expect(review.staleFlag(fatherReworded)).toHaveCount(0);
  await expect(review.count()).toHaveText(review.countText(4, 3, 4, 4));
  // Sorted by last revisited, oldest first: the school one (2 June) leads.
  await expect.poll(async () => (await review.wordings())[0]).toBe(school);
  // N = 6: only the one untouched since 2 June is flagged.
  await review.setStaleWeeks('6', { expectSaved: true });
  await expect(review.staleFlag(school)).toBeVisible();
  for (const wording of [evenings, older]) await expect(review.staleFlag(wording)).toHaveCount(0);
  await expect(review.count()).toHaveText(review.countText(4, 1, 6, 4));

  // Filters: each gives exactly the rows it should.
  await review.filterBox('status', t.hypotheses.status.dropped).check();
  await expect.poll(() => review.wordings()).toEqual([fatherReworded]);
  await review.filterBox('status', t.hypotheses.status.dropped).uncheck();
  await review.filterBox('lensTags', t.hypotheses.lens.education).check();
  await expect.poll(() => review.wordings()).toEqual([school]);
  await review.filterBox('lensTags', t.hypotheses.lens.education).uncheck();
  await review.filterBox('proposerRole', t.roles.familyTherapist).check();
  await expect.poll(() => review.wordings()).toEqual([evenings]);
  await review.filterBox('proposerRole', t.roles.familyTherapist).uncheck();
  await review.filterBox('status', t.hypotheses.status.open).check();
  await expect.poll(async () => (await review.wordings()).sort()).toEqual([older, school].sort());

  // --- The family's evolution view, opened from the review ---------------------------------------
  await review.evolutionLink(familyCode).click();
  const family = new FamilyHypothesesPage(app);
  await expect(family.evolutionImage(familyCode)).toBeVisible();
  const table = family.evolutionTable();
  await expect(table.getByRole('row', { name: new RegExp(escapeRegExp('(hyp-father)')) })).toContainText(t.hypotheses.status.dropped);
  await expect(table.getByRole('row', { name: new RegExp(escapeRegExp('(hyp-evenings)')) })).toContainText(t.hypotheses.status.strengthened);
  await expect(table.getByRole('row', { name: new RegExp(escapeRegExp('(hyp-school)')) })).not.toContainText(t.hypotheses.status.strengthened);

  // --- A card's history: three revisions, and the changed words between the first and the last ---
  await family.view('cards').click();
  const dialog = await family.openHistory(fatherReworded);
  await expect(family.revisions(dialog)).toHaveCount(3);
  await family.compare(dialog, 1, 3);
  const diff = dialog.getByTestId('revision-diff');
  await expect(diff.locator('del').first()).toContainText('feels judged');
  await expect(diff.locator('ins').first()).toContainText('hears the old arguments again');
  await expect(diff).toContainText(fill(t.hypotheses.history.statusDiff, { from: t.hypotheses.status.open, to: t.hypotheses.status.dropped }));
  await page.keyboard.press('Escape');

  // --- Each past meeting's summary still shows what was true then --------------------------------
  const record = new RecordPage(app);
  const summaryOf = async (meetingId: string) => {
    await record.goto(meetingId);
    await record.expectOpen();
    await record.openSummary(familyCode);
    return record.shown();
  };
  const june2 = await summaryOf(first);
  for (const wording of [evenings, school, father]) await expect(june2).toContainText(wording);
  for (const later of [fatherReworded, strengthenReason, dropReason, older, 'strengthened', 'dropped']) await expect(june2).not.toContainText(later);

  const june9 = await summaryOf(second);
  await expect(june9).toContainText('Status open → strengthened');
  await expect(june9).toContainText(strengthenReason);
  await expect(june9).toContainText(fatherReworded);
  await expect(june9).toContainText(father); // its earlier wording
  for (const later of [dropReason, older, 'dropped']) await expect(june9).not.toContainText(later);

  const june16 = await summaryOf(third);
  await expect(june16).toContainText('Status open → dropped');
  await expect(june16).toContainText(dropReason);
  await expect(june16).toContainText(older);
  await expect(june16).toContainText(t.hypotheses.change.revisited);
  await expect(june16).not.toContainText(strengthenReason);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
