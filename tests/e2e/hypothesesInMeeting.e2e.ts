// Hypotheses in the meeting: meeting 1 makes hypotheses on the card editor (test
// questions, lens tags, proposer); a week later meeting 2 reviews them by keyboard alone
// (strengthen with a reason, drop without one, reword, keep, undo a change) with the focus kept on
// the item throughout, and turns a test question into a question for the family in the plan phase
// in one step. Both meetings' records then tell what was true in each. axe and screenshots of the
// hypothesising and plan phases in Finnish and English.
import { expect, test, type Page } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

/** The demonstration meeting with four participants (as in meetingRun.e2e.ts). */
const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;

const evenings = 'One possible idea is that the evenings are where the worry lives.';
const school = 'Could it be that the school sees a different child than home does?';
const father = 'Maybe when the father calls, the mother feels judged.';
const fatherReworded = 'Maybe when the father calls, the mother hears the old arguments again.';
const older = 'Perhaps the older child looks after the younger one in the evenings.';
const eveningQuestions = ['What happens at home between six and eight?', 'Who notices first when an evening goes badly?'];
const schoolQuestions = ['How would your teacher describe you?'];
const strengthenReason = 'The mother said the evenings are the hardest time (reason-evenings).';

async function startFirstMeeting(page: Page, language: 'fi' | 'en') {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language === 'en') await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const { first, next: second } = await run.startDemoMeetingWithNextWeek({ without: leftOut });
  await run.advance(4);
  await expect(run.hypothesesPanel()).toBeVisible();
  const familyCode = (await run.familyCard().locator('.run-family-code').textContent())!;
  return { app, run, first, second, familyCode };
}

test('hypotheses made in one meeting are reviewed by keyboard in the next, and each record tells what was true then', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const { app, run, first, second, familyCode } = await startFirstMeeting(page, 'en');
  const t = app.t.run;
  const lens = app.t.hypotheses.lens;

  // --- Meeting 1: four hypotheses, two with test questions and lens tags --------------------------
  await run.expectPhase('Hypothesising', 5, steps);
  await expect(run.reviewHypotheses()).toContainText(t.hypotheses.reviewNone);
  await run.addHypothesis(evenings, app.t.roles.familyTherapist, { testQuestions: eveningQuestions, lensTags: [lens.employment, lens.gender] });
  await run.addHypothesis(school, null, { testQuestions: schoolQuestions, lensTags: [lens.education] });
  await run.addHypothesis(father, null);
  await run.addHypothesis(older, null);
  await expect(run.ourHypotheses()).toHaveCount(4);
  const evening = run.ourHypotheses().filter({ hasText: evenings });
  await expect(evening).toContainText('Status: Open');
  await expect(evening).toContainText(`Tero Demo – ${app.t.roles.familyTherapist}`);
  await expect(evening).toContainText(eveningQuestions[1]!);
  await expect(evening).toContainText(`${lens.gender}, ${lens.employment}`);
  // The editor is empty again and Alt+H still leads to its wording.
  await expect(run.newWording()).toHaveValue('');
  await run.finish();

  // --- Meeting 2, a week later: "What have we learnt since last time?" ----------------------------
  await app.later('2031-06-09T08:00:00');
  await run.startFromPlan(second);
  await run.advance(4);
  await run.expectPhase('Hypothesising', 5, steps);
  await expect(run.familyCard().locator('.run-family-code')).toHaveText(familyCode);
  const review = run.reviewHypotheses();
  await expect(review.getByRole('listitem')).toHaveCount(4);
  await expect(run.ourHypotheses()).toHaveCount(0);
  await expect(run.reviewItem(evenings)).toContainText('Status: Open');
  await expect(run.reviewItem(evenings)).toContainText(fill(t.hypotheses.lastRevisited, { date: '02/06/2031' }));

  // Alt+R goes to the first one; 1 = strengthened, then the reason field asks why; Enter saves.
  await run.shortcut('reviewHypotheses');
  await expect(run.reviewItem(evenings)).toBeFocused();
  await page.keyboard.press('1');
  await expect(run.reviewField(evenings)).toBeFocused();
  await expect(run.reviewItem(evenings).getByLabel(t.hypotheses.reasonPrompt.strengthened)).toBeFocused();
  await page.keyboard.type(strengthenReason);
  await page.keyboard.press('Enter');
  await expect(run.reviewItem(evenings)).toBeFocused();
  await expect(run.reviewItem(evenings)).toContainText('Status: Strengthened');
  await expect(run.reviewItem(evenings)).toContainText(`Open → Strengthened; reason: ${strengthenReason}`);
  await expect(run.reviewItem(evenings)).toContainText(t.hypotheses.revisitedHere);

  // ↓ to the next; 3 = dropped, saved without a reason (allowed: the prompt only asks).
  await page.keyboard.press('ArrowDown');
  await expect(run.reviewItem(school)).toBeFocused();
  await page.keyboard.press('3');
  await expect(run.reviewItem(school).getByLabel(t.hypotheses.reasonPrompt.dropped)).toBeFocused();
  await expect(run.reviewItem(school)).toContainText(t.hypotheses.reasonHelp);
  await page.keyboard.press('Enter');
  await expect(run.reviewItem(school)).toBeFocused();
  await expect(run.reviewItem(school)).toContainText(`Open → Dropped; ${t.hypotheses.doneNoReason}`);
  // Reviewed items stay in the list, dropped or not.
  await expect(review.getByRole('listitem')).toHaveCount(4);

  // 5 = reword: the field holds the wording; Escape cancels, then Enter saves a new wording.
  await page.keyboard.press('ArrowDown');
  await expect(run.reviewItem(father)).toBeFocused();
  await page.keyboard.press('5');
  await expect(run.reviewField(father)).toBeFocused();
  await expect(run.reviewField(father)).toHaveValue(father);
  await page.keyboard.type(' Not this.');
  await expect(run.reviewField(father)).toHaveValue(`${father} Not this.`);
  await page.keyboard.press('Escape');
  await expect(run.reviewItem(father)).toBeFocused();
  await expect(run.reviewItem(father)).not.toContainText(t.hypotheses.inThisMeeting);
  await run.rewordFocused(father, fatherReworded);
  await expect(run.reviewItem(fatherReworded)).toContainText(fill(t.hypotheses.doneReworded, { wording: father }));

  // 2 = weakened by mistake, Ctrl+Z undoes it (a revision back, the history keeps both), 4 = still holds.
  await page.keyboard.press('ArrowDown');
  await expect(run.reviewItem(older)).toBeFocused();
  await page.keyboard.press('2');
  await expect(run.reviewItem(older).getByLabel(t.hypotheses.reasonPrompt.weakened)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(run.reviewItem(older)).toContainText('Status: Weakened');
  await expect(run.reviewItem(older)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(run.reviewItem(older)).toContainText('Status: Open');
  await expect(run.reviewItem(older)).toContainText(t.hypotheses.doneUndone);
  await expect(run.reviewItem(older)).toBeFocused();
  await page.keyboard.press('4');
  await expect(run.reviewItem(older)).toContainText(t.hypotheses.doneKept);
  await expect(run.reviewItem(older)).toBeFocused();
  // ↑ goes back up; nothing is lost after a reload either.
  await page.keyboard.press('ArrowUp');
  await expect(run.reviewItem(fatherReworded)).toBeFocused();

  // The help overlay documents the review keys.
  await run.shortcut('help');
  await expect(run.helpDialog()).toContainText(t.shortcuts.reviewHypotheses);
  await expect(run.helpDialog()).toContainText(t.shortcuts.reviewStrengthened);
  await expect(run.helpDialog()).toContainText('Ctrl + Z');
  await page.keyboard.press('Escape');
  await expect(run.helpDialog()).toHaveCount(0);

  // --- Plan: a test question becomes a question for the family in one step --------------------
  await run.advance(3);
  await run.expectPhase('Plan', 8, steps);
  const tests = run.testQuestionsPanel();
  for (const question of [...eveningQuestions, ...schoolQuestions]) await expect(tests).toContainText(question);
  const ask = tests.getByRole('button', { name: fill(t.testQuestions.asQuestionLabel, { text: eveningQuestions[0]! }) });
  await ask.focus();
  await page.keyboard.press('Enter');
  const asked = tests.getByRole('button', { name: fill(t.testQuestions.isQuestionLabel, { text: eveningQuestions[0]! }) });
  await expect(asked).toBeFocused();
  await expect(run.questionsPanel().locator(':scope > .run-list > li').filter({ hasText: eveningQuestions[0]! })).toHaveCount(1);
  // Pressing it again adds nothing: it says the question is already there.
  await page.keyboard.press('Enter');
  await expect(app.notification()).toContainText(t.testQuestions.already);
  await expect(run.questionsPanel().locator(':scope > .run-list > li').filter({ hasText: eveningQuestions[0]! })).toHaveCount(1);
  // The other one becomes an action with nobody as owner yet.
  await tests.getByRole('button', { name: fill(t.testQuestions.asActionLabel, { text: eveningQuestions[1]! }) }).click();
  await expect(run.ourActions().filter({ hasText: eveningQuestions[1]! })).toContainText(t.actions.noOwner);
  await run.finish();

  // --- The records: meeting 2 tells what changed and why ---------------------------------------
  const record = new RecordPage(app);
  await record.openSummary(familyCode);
  const now = record.shown();
  for (const expected of [
    evenings,
    'Status open → strengthened',
    strengthenReason,
    school,
    'Status open → dropped',
    fatherReworded,
    father,
    app.t.hypotheses.change.revisited,
    older,
    eveningQuestions[0]!,
  ]) {
    await expect(now).toContainText(expected);
  }

  // Meeting 1's record still shows the original wording and the statuses as they were then.
  await record.goto(first);
  await record.expectOpen();
  await record.openSummary(familyCode);
  const then = record.shown();
  await expect(then).toContainText(father);
  await expect(then).not.toContainText(fatherReworded);
  await expect(then).not.toContainText(strengthenReason);
  await expect(then).not.toContainText('strengthened');
  await expect(then).not.toContainText('dropped');
  await expect(then).toContainText(app.t.record.hypothesisNew);
});

for (const language of ['fi', 'en'] as const) {
  test(`the review and the plan's test questions pass axe (${language})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    const { app, run, second } = await startFirstMeeting(page, language);
    const t = app.t.run;
    const wording = language === 'fi' ? 'Yksi mahdollinen ajatus on, että illat ovat huolen paikka.' : evenings;
    const question = language === 'fi' ? 'Mitä kotona tapahtuu kuuden ja kahdeksan välillä?' : eveningQuestions[0]!;
    await run.addHypothesis(wording, app.t.roles.familyTherapist, { testQuestions: [question], lensTags: [app.t.hypotheses.lens.employment] });
    await expectAccessible(page, 'hypothesising with a new card');
    await run.finish();

    await run.startFromPlan(second);
    await run.advance(4);
    await run.shortcut('reviewHypotheses');
    await expect(run.reviewItem(wording)).toBeFocused();
    await page.keyboard.press('1');
    await expect(run.reviewItem(wording).getByLabel(t.hypotheses.reasonPrompt.strengthened)).toBeFocused();
    await expectAccessible(page, 'review with the reason field open');
    await page.keyboard.press('Enter');
    await expect(run.reviewItem(wording)).toBeFocused();
    await expectAccessible(page, 'review after a change');

    await run.advance(3);
    await expect(run.testQuestionsPanel()).toContainText(question);
    await run.testQuestionsPanel().getByRole('button', { name: fill(t.testQuestions.asQuestionLabel, { text: question }) }).click();
    await expect(run.testQuestionsPanel().getByRole('button', { name: fill(t.testQuestions.isQuestionLabel, { text: question }) })).toBeVisible();
    await expectAccessible(page, 'plan with test questions');
  });
}
