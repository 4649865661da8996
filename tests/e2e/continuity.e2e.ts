// Continuity from one meeting to the next, in Finnish and in English. Meeting 1 agrees tasks for a
// deep-dive family (and one for the other), scores its safety and takes two questions to the family,
// one made from a hypothesis's test question. On the family page the family's answers are recorded
// (one cleared and put back with Undo) and a task is marked done. A week later meeting 2's opening
// shows the tasks by owner, done, open and overdue against the meeting's day (a task is marked done
// there and the Undo puts it back); the family's deep dive starts with its last summary at a glance
// (nothing of the other family); the hypothesis review shows the answer beside its hypothesis and the
// other answer in its own list. axe on each view.
import { expect, test } from '@playwright/test';
import { format } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { ContinuityPanels } from './models/ContinuityPanels';
import { FacilitatorPage } from './models/FacilitatorPage';
import { FamilyHypothesesPage } from './models/FamilyHypothesesPage';
import { KehaApp } from './models/KehaApp';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

/** The demonstration meeting with four participants (as in meetingRun.e2e.ts). */
const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;

const hypothesis = 'One possible idea is that the evenings are where the worry lives.';
const testQuestion = 'Who helps you when an evening goes badly?';
const ownQuestion = 'What would you like the team to know?';
const tasks = {
  done: { what: 'Call the school about the absences', owner: 'Sanna Demo', due: '2031-06-05' },
  overdue: { what: 'Book a home visit', owner: 'Mikko Demo', due: '2031-06-06' },
  open: { what: 'Invite the grandmother to the network meeting', owner: 'Sanna Demo', due: '2031-06-20' },
};
const otherFamilyTask = { what: 'OTHER-FAMILY task: ask the daycare', owner: 'Kaisa Demo', due: '2031-06-12' };
const answer = 'The grandmother comes over when the evenings are hard.';
const ownAnswer = 'That the mother is tired, not angry.';

for (const language of ['fi', 'en'] as const) {
  test(`the opening shows what was agreed last time, the deep dive the family's last summary and answers (${language})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    const run = new FacilitatorPage(app);
    const continuity = new ContinuityPanels(app);
    const c = app.t.continuity;
    const day = (iso: string) => format(new Date(`${iso}T12:00:00`), 'P', { locale: language === 'fi' ? fiLocale : enGB });

    // --- Meeting 1 -----------------------------------------------------------------------------
    const { next: second } = await run.startDemoMeetingWithNextWeek({ without: leftOut });
    // The first meeting has nothing agreed before it.
    await expect(continuity.opening()).toContainText(c.opening.first);
    await run.advance(2);
    const familyCode = (await run.familyCard().locator('.run-family-code').textContent())!;
    const question = (await run.familyCard().locator('.run-question dd').textContent())!;
    // A family never discussed before: the glance says so.
    await expect(continuity.glance()).toContainText(c.glance.never);
    await run.advance(2);
    await run.expectPhase(language === 'fi' ? 'Hypoteesit' : 'Hypothesising', 5, steps);
    await run.addHypothesis(hypothesis, null, { testQuestions: [testQuestion] });
    await run.advance(2);
    await run.score('Kaisa Demo', 5, 'Evenings are still hard.', 'A plan for the evenings.');
    await run.score('Tero Demo', 7, 'The grandmother helps.', 'The school sees it too.');
    await run.reveal(true);
    await run.advance(1);
    for (const task of Object.values(tasks)) {
      await run.fillAction(task);
      await expect(run.ourActions().filter({ hasText: task.what })).toHaveCount(1);
    }
    await run.testQuestionsPanel().getByRole('button', { name: fill(app.t.run.testQuestions.asQuestionLabel, { text: testQuestion }) }).click();
    await expect(run.questionsPanel().locator(':scope > .run-list > li').filter({ hasText: testQuestion })).toHaveCount(1);
    await run.addQuestion(ownQuestion);
    // The other family's plan: a task of its own.
    await run.advance(6);
    await run.fillAction(otherFamilyTask);
    await expect(run.ourActions().filter({ hasText: otherFamilyTask.what })).toHaveCount(1);
    await run.finish();

    // --- Between the meetings: the family's answers and a task done, on the family page ------------
    await app.later('2031-06-05T12:00:00');
    await app.nav('families').click();
    await app.families.open(familyCode);
    const asked = continuity.familyPageItem(testQuestion);
    await continuity.recordAnswer(asked, testQuestion, { text: answer, askedBy: 'Sanna Demo' });
    await expect(asked).toContainText(fill(c.answer.meta, { date: day('2031-06-05'), name: 'Sanna Demo' }));
    const own = continuity.familyPageItem(ownQuestion);
    await continuity.recordAnswer(own, ownQuestion, { text: ownAnswer, askedBy: null, date: '2031-06-04' });
    await expectAccessible(page, 'family page with the family’s answers');
    // Cleared by mistake, put back with Undo.
    await continuity.clearAnswerButton(own, ownQuestion).click();
    await expect(own).not.toContainText(ownAnswer);
    await expect(own).toContainText(c.answer.none);
    await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
    await expect(own).toContainText(ownAnswer);
    // The family's hypothesis cards show the answer beside the hypothesis it tests, the other one after the cards.
    const cards = new FamilyHypothesesPage(app);
    await cards.openFromFamilyPage(familyCode);
    await expect(cards.card(hypothesis)).toContainText(answer);
    await expect(cards.card(hypothesis)).not.toContainText(ownAnswer);
    await expect(page.getByRole('region', { name: c.review.unlinked })).toContainText(ownAnswer);
    await expectAccessible(page, 'the family’s hypotheses with the family’s answers');
    await page.goBack();
    await expect(continuity.familyPageItem(tasks.done.what)).toBeVisible();
    // One task done before the next meeting.
    await continuity.familyPageItem(tasks.done.what).getByRole('button', { name: app.t.record.history.markDone }).click();
    await expect(continuity.familyPageItem(tasks.done.what)).toContainText(app.t.record.actionDone);

    // --- Meeting 2, a week later: the opening --------------------------------------------------
    await app.later('2031-06-09T08:00:00');
    await app.nav('meetings').click();
    await expect(page).toHaveURL(/#\/meetings$/);
    await run.startFromPlan(second);
    const opening = continuity.opening();
    await expect(opening).toContainText(fill(c.opening.from, { date: day('2031-06-02'), name: language === 'fi' ? 'Systeeminen viikkokokous' : 'Systemic weekly meeting' }));
    await continuity.expectState(continuity.openingTask(tasks.done.what), 'done');
    await continuity.expectState(continuity.openingTask(tasks.overdue.what), 'overdue');
    await continuity.expectState(continuity.openingTask(tasks.open.what), 'open');
    await continuity.expectState(continuity.openingTask(otherFamilyTask.what), 'open');
    // By owner, each with its counts: Sanna's two tasks together, the overdue one under Mikko.
    await expect(continuity.owner('Sanna Demo')).toContainText(fill(c.opening.counts, { done: 1, open: 1, overdue: 0 }));
    await expect(continuity.owner('Sanna Demo').getByTestId('continuity-task')).toHaveCount(2);
    await expect(continuity.owner('Mikko Demo')).toContainText(fill(c.opening.counts, { done: 0, open: 0, overdue: 1 }));
    await expect(continuity.openingTask(tasks.overdue.what)).toContainText(familyCode);
    await expect(continuity.openingTask(tasks.overdue.what)).toContainText(fill(c.opening.due, { date: day(tasks.overdue.due) }));
    // The questions for the family are not tasks.
    await expect(opening).not.toContainText(testQuestion);
    // The room's screen follows the chair's step and shows none of it.
    const room = await SharedScreenPage.openFrom(page, language);
    await room.expectPhase(language === 'fi' ? 'Avaus ja kuulumiskierros' : 'Opening and check-in', 1, steps);
    for (const task of [...Object.values(tasks), otherFamilyTask]) await expect(room.page.locator('body')).not.toContainText(task.what);
    await expect(room.page.locator('body')).not.toContainText(c.opening.heading);
    // The keyboard goes back to the chair's window (the room's screen opened in front of it).
    await page.bringToFront();
    await expectAccessible(page, 'the opening with what was agreed last time');
    // Marked done from the opening by keyboard; Undo (Alt+U) puts it back as overdue.
    await continuity.markDoneButton(tasks.overdue.what).press('Enter');
    await continuity.expectState(continuity.openingTask(tasks.overdue.what), 'done');
    await expect(continuity.openingTask(tasks.overdue.what)).toBeFocused();
    await expect(app.notification()).toContainText(fill(c.opening.markedDone, { text: tasks.overdue.what }));
    await page.keyboard.press('Alt+KeyU');
    await page.keyboard.press('Enter');
    await continuity.expectState(continuity.openingTask(tasks.overdue.what), 'overdue');

    // --- The deep dive starts with the family's last summary at a glance -------------------------
    await run.advance(2);
    await expect(run.familyCard().locator('.run-family-code')).toHaveText(familyCode);
    const glance = continuity.glance();
    await expect(glance).toContainText(familyCode);
    await expect(continuity.glanceFact(c.glance.lastMeeting)).toHaveText(day('2031-06-02'));
    await expect(continuity.glanceFact(c.glance.question)).toHaveText(question);
    await expect(continuity.glanceFact(c.glance.hypotheses)).toContainText(`${app.t.hypotheses.status.open}: ${hypothesis}`);
    await expect(continuity.glanceFact(c.glance.safety)).toContainText(
      fill(c.glance.safetyValue, { median: 6, min: 5, max: 7, count: 2, date: day('2031-06-02') }),
    );
    const openTasks = continuity.glanceFact(c.glance.openTasks);
    await expect(openTasks).toContainText(tasks.overdue.what);
    await expect(openTasks).toContainText(tasks.open.what);
    await expect(openTasks).not.toContainText(tasks.done.what);
    await expect(continuity.glanceFact(c.glance.answers)).toContainText(answer);
    await expect(continuity.glanceFact(c.glance.answers)).toContainText(ownAnswer);
    // Nothing of the other family.
    await expect(glance).not.toContainText('OTHER-FAMILY');
    await room.expectPhase(language === 'fi' ? 'Esittely' : 'Presentation', 3, steps);
    for (const hidden of [c.glance.heading, answer, ownAnswer, tasks.open.what, hypothesis]) await expect(room.page.locator('body')).not.toContainText(hidden);
    await expectAccessible(page, 'the deep dive’s last summary at a glance');

    // --- The hypothesis review: the answer beside its hypothesis --------------------------------
    await run.advance(2);
    const item = run.reviewItem(hypothesis);
    await expect(item).toContainText(c.review.answers);
    await expect(item).toContainText(testQuestion);
    await expect(item).toContainText(answer);
    await expect(item).not.toContainText(ownAnswer);
    const unlinked = run.reviewHypotheses().getByRole('region', { name: c.review.unlinked });
    await expect(unlinked).toContainText(ownQuestion);
    await expect(unlinked).toContainText(ownAnswer);
    await expectAccessible(page, 'the hypothesis review with the family’s answers');
    // The glance was only at the deep dive's start.
    await expect(continuity.glance()).toHaveCount(0);

    // --- The plan: the questions taken to the family earlier, with their answers, edited in place ------
    await run.advance(3);
    const earlier = run.questionsPanel().getByRole('region', { name: c.answer.earlier });
    await expect(earlier).toContainText(answer);
    await earlier.getByRole('button', { name: fill(c.answer.editLabel, { text: ownQuestion }), exact: true }).click();
    const form = earlier.getByRole('form', { name: fill(c.answer.formLabel, { text: ownQuestion }), exact: true });
    await expect(form.getByLabel(c.answer.text, { exact: true })).toBeFocused();
    await page.keyboard.type(' And that she wants help with mornings.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(earlier).toContainText(`${ownAnswer} And that she wants help with mornings.`);
    await expect(earlier.getByRole('button', { name: fill(c.answer.editLabel, { text: ownQuestion }), exact: true })).toBeFocused();
    await expectAccessible(page, 'the plan with the questions taken to the family earlier');
  });
}
