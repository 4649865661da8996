// An interim review of a care period over two reviews (LIPSY), in English and in Finnish:
// a family gets a care period with three goals (a planned end before the start is refused first,
// nothing saved); an interim review is planned and run with the built-in template, the goals are
// rated (one by keyboard, one left unrated) with a comment, and the reflecting team's two parts are
// written; a week later a second review rates them again and shows each goal's trend so far. Then
// the family page shows each goal's ratings over the reviews (chart and table), a rated goal is
// removed only after a confirmation and comes back with its ratings on undo, and the second
// review's summary is an entry for the patient record with this review's rating, the previous
// rating, the trend and the two reflection parts apart. The room's shared screen follows the second
// review's goals phase: each goal with its earlier rating and this review's once given, no comment.
// axe on the section, both panels and the room's screen; screenshots of each in both languages.
import { expect, test, type Page } from '@playwright/test';
import { interimReviewTemplate } from '../../shared/meeting/builtInTemplates';
import { FacilitatorPage } from './models/FacilitatorPage';
import { CarePeriodSection } from './models/CarePeriodSection';
import { InterimReviewPanels } from './models/InterimReviewPanels';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const code = 'DEMO-102';
/** DEMO-102's only child. */
const child = 'Aaro';
const steps = 7;

const words = {
  en: {
    unit: 'LIPSY family unit',
    goals: ['Tuuli sleeps in her own bed', 'Mornings go without a fight', 'Mother and Tuuli find things to do together'],
    comment1: 'Falls asleep only next to her mother (comment-one)',
    comment2: 'The start of school is stressful (comment-two)',
    team1: 'The team wondered who keeps watch at night (team-first)',
    family1: 'Mother: we had not thought of it that way (family-first)',
    team2: 'The team noticed the mother spoke more hopefully about the nights (team-second)',
    family2: 'Mother: it felt good that you noticed (family-second)',
    day: (d: number) => `${String(d).padStart(2, '0')}/03/2031`,
  },
  fi: {
    unit: 'LIPSY perheosasto',
    goals: ['Tuuli nukkuu omassa sängyssään', 'Aamut sujuvat ilman riitaa', 'Äiti ja Tuuli keksivät yhdessä tekemistä'],
    comment1: 'Nukahtaa vain äidin viereen (kommentti-yksi)',
    comment2: 'Koulun alku jännittää (kommentti-kaksi)',
    team1: 'Tiimi pohti, kuka perheessä valvoo öisin (tiimi-eka)',
    family1: 'Äiti: emme olleet ajatelleet asiaa noin (perhe-eka)',
    team2: 'Tiimi huomasi, että äiti puhui öistä toiveikkaammin (tiimi-toka)',
    family2: 'Äiti: tuntui hyvältä, että huomasitte sen (perhe-toka)',
    day: (d: number) => `${d}.3.2031`,
  },
} as const;

for (const language of ['en', 'fi'] as const) {
  test(`an interim review over two reviews: goals rated, the trend, reflecting team and the patient-record summary (${language})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const app = await startWithDemoTeam(page, language);
    const w = words[language];
    const t = app.t.carePeriod;
    const care = new CarePeriodSection(app);
    const panels = new InterimReviewPanels(app);
    const run = new FacilitatorPage(app);

    // --- 1. The family page: no care period (no section, a small start button); a planned end before the start is refused
    await app.families.open(code);
    await expect(care.startButton()).toBeVisible();
    await expect(care.region()).toHaveCount(0);
    await care.fillStart({ start: '2031-03-03', plannedEnd: '2031-03-01', unit: w.unit });
    await care.submitStart();
    await expect(care.startForm().getByRole('alert')).toHaveText(t.validation.endBeforeStart);
    // Nothing was saved and nothing typed was lost; the family's only child is the patient.
    await expect(care.startForm().getByLabel(t.section.unit, { exact: true })).toHaveValue(w.unit);
    await expect(care.startForm().getByLabel(t.children.child, { exact: true })).toHaveValue(/.+/);
    await expect(care.region()).toHaveCount(0);
    await expectAccessible(page, `care period start form with a refused date (${language})`);
    await care.startForm().getByLabel(t.section.plannedEnd, { exact: true }).fill('2031-04-25');
    await care.submitStart();
    await expect(care.unit()).toHaveValue(w.unit);
    await expect(care.startDate()).toHaveValue('2031-03-03');
    await expect(care.plannedEnd()).toHaveValue('2031-04-25');
    // Started: the new goal's field has the focus, and the goals go in one by one.
    await expect(care.newGoal()).toBeFocused();
    // Under the child it belongs to.
    await expect(care.child(child).getByLabel(t.section.unit, { exact: true })).toHaveValue(w.unit);
    for (const goal of w.goals) await care.addGoal(goal);
    await expect(care.goal(1)).toContainText(t.section.noRatings);
    await care.expectSaved();
    await expectAccessible(page, `care period with goals, not yet rated (${language})`);

    // --- 2. The first interim review: plan, run the goals phase, rate ---------------------------
    await app.later('2031-03-10T11:55:00');
    const firstId = await planAndStart(app, '2031-03-10T12:00');
    await run.expectPhase(interimPhase(app, 1), 1, steps);
    await run.advance(1);
    await run.expectPhase(interimPhase(app, 2), 2, steps);
    await expect(panels.goalsPanel()).toBeVisible();
    const goals = w.goals.map((text, index) => panels.goal(index + 1, text));
    await expect(panels.soFar(goals[0]!)).toHaveText(t.panel.firstRating);
    // Goal 1 by keyboard (from "Not rated" along the scale), goal 2 by a click, goal 3 left unrated.
    await panels.rateByKeyboard(goals[0]!, null, 3);
    await panels.writeComment(goals[0]!, 1, w.comment1);
    await panels.rate(goals[1]!, 5);
    await expect(panels.ratingOption(goals[2]!, null)).toBeChecked();
    await expect(panels.soFar(goals[0]!)).toHaveText(`${t.panel.firstRating} ${t.panel.trendSoFar}: 3`);

    // --- 3. Reflection with the family: the team's reflection, then the family's comments --------
    await run.advance(3);
    await run.expectPhase(interimPhase(app, 5), 5, steps);
    await panels.writeReflection(w.team1, w.family1);
    await run.advance(2);
    await run.finish();

    // --- 4. The second review a week later: the trend so far, new ratings ------------------------
    await app.later('2031-03-17T11:55:00');
    const secondId = await planAndStart(app, '2031-03-17T12:00');
    expect(secondId).not.toBe(firstId);
    await run.advance(1);
    await expect(panels.soFar(goals[0]!)).toHaveText(`${fill(t.panel.previousRating, { rating: 3, date: w.day(10) })} ${t.panel.trendSoFar}: 3`);
    await expect(panels.soFar(goals[2]!)).toHaveText(t.panel.firstRating);
    // The room's screen follows: each goal with its earlier rating, this review's not yet given.
    const screen = await SharedScreenPage.openFrom(page, language);
    const screenPage = screen.page;
    await screenPage.setViewportSize({ width: 1280, height: 720 });
    await screen.expectPhase(interimPhase(app, 2), 2, steps);
    await expect(screen.goals().getByTestId('screen-goal')).toHaveCount(3);
    await expect(screen.goal(1).getByRole('heading')).toContainText(w.goals[0]);
    await expect(screen.goal(1).getByTestId('screen-goal-earlier')).toHaveText(`${t.room.earlier}: ${fill(t.room.ratingOn, { rating: 3, date: w.day(10) })}`);
    await expect(screen.goal(1).getByTestId('screen-goal-rating')).toHaveText(`${t.room.thisReview}: ${t.room.notYet}`);
    await expect(screen.goal(3).getByTestId('screen-goal-earlier')).toHaveText(`${t.room.earlier}: ${t.room.noEarlier}`);
    await panels.rate(goals[0]!, 6);
    await panels.rate(goals[1]!, 4);
    await panels.rate(goals[2]!, 5);
    await panels.writeComment(goals[1]!, 2, w.comment2);
    // Each rating reaches the room as it is given, with the change; the comments stay off the screen.
    await expect(screen.goal(1).getByTestId('screen-goal-rating')).toHaveText(
      `${t.room.thisReview}: ${fill(t.record.ratingValue, { rating: 6 })} — ${fill(t.trend.up, { change: 3 })}`,
    );
    await expect(screen.goal(3).getByTestId('screen-goal-rating')).toHaveText(`${t.room.thisReview}: ${fill(t.record.ratingValue, { rating: 5 })}`);
    const roomText = await screen.text();
    for (const hidden of [w.comment1, w.comment2, 'DEMO-101', 'DEMO-103', 'DEMO-104']) expect(roomText, hidden).not.toContain(hidden);
    await expectAccessible(screenPage, `room's screen with the care-period goals (${language})`);
    await screenPage.close();
    await expect(panels.soFar(goals[0]!)).toHaveText(
      `${fill(t.panel.previousRating, { rating: 3, date: w.day(10) })} ${fill(t.trend.up, { change: 3 })}. ${t.panel.trendSoFar}: 3 → 6`,
    );
    await expect(panels.soFar(goals[1]!)).toContainText(`${fill(t.trend.down, { change: 1 })}.`);
    await expect(goals[0]!.getByRole('img', { name: fill(t.section.chartTitle, { number: 1 }) })).toBeVisible();
    await expectAccessible(page, `goals panel of the second review (${language})`);

    await run.advance(3);
    await panels.writeReflection(w.team2, w.family2);
    await expectAccessible(page, `reflecting-team panel (${language})`);
    await run.advance(2);
    await run.finish();

    // --- 5. The second review's summary: an entry for the patient record ------------------------
    const record = new RecordPage(app);
    await record.openSummary(code);
    const summary = record.shown();
    await expect(summary.getByRole('article', { name: fill(t.record.title, { code }) })).toBeVisible();
    // What goes to the patient record: the summary as copied for pasting.
    await expect(page.getByText(app.t.record.summariesHelpPatient)).toBeVisible();
    const text = await record.copyShown(fill(app.t.record.summaryTab, { code }), 'patient');
    expect(text.split('\n')[0]).toBe(fill(t.record.title, { code }));
    const r = t.record;
    expect(text).toContain(`${r.unit}: ${w.unit}`);
    expect(text).toContain(`${r.start}: ${w.day(3)}`);
    expect(text).toContain(`${r.plannedEnd}: ${language === 'en' ? '25/04/2031' : '25.4.2031'}`);
    const goalPart = (number: number) => {
      const from = text.indexOf(`${number}. ${w.goals[number - 1]}`);
      const to = number < 3 ? text.indexOf(`${number + 1}. ${w.goals[number]}`) : text.indexOf(t.reflectingTeam.teamReflection);
      expect(from, `goal ${number} in the summary`).toBeGreaterThan(-1);
      return text.slice(from, to);
    };
    expect(goalPart(1)).toContain(`${r.rating}: ${fill(r.ratingValue, { rating: 6 })}`);
    expect(goalPart(1)).toContain(`${r.previous}: ${fill(r.previousValue, { rating: 3, date: w.day(10) })}`);
    expect(goalPart(1)).toContain(`${r.trend}: ${fill(t.trend.up, { change: 3 })}`);
    expect(goalPart(2)).toContain(`${r.trend}: ${fill(t.trend.down, { change: 1 })}`);
    expect(goalPart(2)).toContain(`${r.comment}: ${w.comment2}`);
    expect(goalPart(3)).toContain(`${r.previous}: ${r.noPrevious}`);
    // The reflecting team's two parts apart, the team's first; the first review's texts stay out.
    const team = text.indexOf(t.reflectingTeam.teamReflection);
    const family = text.indexOf(t.reflectingTeam.familyComments);
    expect(team).toBeGreaterThan(-1);
    expect(family).toBeGreaterThan(team);
    expect(text.slice(team, family)).toContain(w.team2);
    expect(text.slice(team, family)).not.toContain(w.family2);
    expect(text.slice(family)).toContain(w.family2);
    for (const earlier of [w.team1, w.family1, w.comment1]) expect(text).not.toContain(earlier);
    // Nothing of another family.
    for (const other of ['DEMO-101', 'DEMO-103', 'DEMO-104']) expect(text).not.toContain(other);

    // --- 6. The family page: each goal's ratings over the reviews --------------------------------
    await app.families.goto();
    await app.families.open(code);
    await expect(care.chart(1)).toBeVisible();
    expect(await care.ratingRows(1)).toEqual([
      [w.day(10), '3', '', w.comment1],
      [w.day(17), '6', `+3 (${t.trend.upShort})`, ''],
    ]);
    expect(await care.ratingRows(2)).toEqual([
      [w.day(10), '5', '', ''],
      [w.day(17), '4', `−1 (${t.trend.downShort})`, w.comment2],
    ]);
    expect(await care.ratingRows(3)).toEqual([
      [w.day(10), t.section.notRated, '', ''],
      [w.day(17), '5', '', ''],
    ]);
    await expectAccessible(page, `care period with ratings over two reviews (${language})`);

    // A rated goal is removed only after a confirmation; undo brings it back with its ratings.
    await care.removeButton(2).click();
    const dialog = care.confirmDialog(2);
    await expect(dialog).toContainText(fill(t.section.removeGoalWithRatings_other, { count: 2 }));
    await dialog.getByRole('button', { name: t.section.removeGoalConfirm }).click();
    await expect(care.goals()).toHaveCount(2);
    await app.expectNotification(fill(t.section.goalRemoved, { number: 2 }));
    await care.undo();
    await expect(care.goals()).toHaveCount(3);
    await expect(care.goalText(2)).toHaveValue(w.goals[1]);
    expect(await care.ratingRows(2)).toHaveLength(2);
  });
}

for (const language of ['en', 'fi'] as const) {
  test(`an interim review is about one family: no quick round, no other family's tasks, the care period under its child (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    const app = await startWithDemoTeam(page, language);
    const care = new CarePeriodSection(app);
    const run = new FacilitatorPage(app);
    const m = app.t.meetings;

    // A family of three children: a care period is started for one of them and shows under that child only.
    await app.families.open('DEMO-103');
    await expect(care.region()).toHaveCount(0);
    await care.start({ child: 'Onni', start: '2031-03-03', plannedEnd: '2031-04-25', unit: 'LIPSY' });
    await expect(care.child('Onni').getByLabel(app.t.carePeriod.section.unit, { exact: true })).toHaveValue('LIPSY');
    await expect(care.region().getByRole('region')).toHaveCount(1);
    await expect(care.child('Helmi')).toHaveCount(0);
    await expectAccessible(page, `care period under its child (${language})`);
    // A family without care periods has no care-period section.
    await app.families.goto();
    await app.families.open('DEMO-101');
    await expect(care.startButton()).toBeVisible();
    await expect(care.region()).toHaveCount(0);

    // An interim review of DEMO-101 agrees a task for it (phase 6: the plan for the rest of the care period).
    const meetings = new MeetingsPage(app);
    await meetings.goto();
    let planner = await meetings.planMeeting({ template: 'interimReview', at: '2031-03-10T12:00' });
    await planner.chooseFamily('DEMO-101');
    await planner.expectSaved();
    await planner.start();
    await run.advance(5);
    await run.expectPhase(interimPhase(app, 6), 6, steps);
    const task = 'Other family task (muun-perheen-tehtävä)';
    await run.fillAction({ what: task, owner: null, due: '2031-03-31' });
    await expect(run.ourActions().filter({ hasText: task })).toHaveCount(1);
    await run.advance(1);
    await run.finish();

    // The next interim review, planned for DEMO-102: no quick round, none of DEMO-101's tasks, one family only.
    await meetings.goto();
    planner = await meetings.planMeeting({ template: 'interimReview', at: '2031-03-17T12:00' });
    await expect(planner.familyOpenActions()).toContainText(m.reviewFamilyNotChosen);
    await expect(planner.warnings()).toContainText(m.warningNoReviewFamily);
    await planner.chooseFamily(code);
    await planner.expectSaved();
    await expect(planner.deepDives()).toContainText(code);
    await expect(page.getByRole('region', { name: m.quickRound, exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: m.openActions, exact: true })).toHaveCount(0);
    await expect(planner.familyOpenActions()).toContainText(m.reviewFamilyNoOpenActions);
    await expect(page.locator('main')).not.toContainText(task);
    for (const other of ['DEMO-101', 'DEMO-103']) await expect(planner.deepDives()).not.toContainText(other);
    // One family: no way to add a second one while one is chosen.
    await expect(planner.deepDives().getByLabel(m.chooseReviewFamily)).toHaveCount(0);
    await expectAccessible(page, `interim review planner with one family (${language})`);
    // The family's own tasks are there: with DEMO-101 chosen instead, its task is offered.
    await planner.removeDeepDive(code);
    await planner.chooseFamily('DEMO-101');
    await expect(planner.familyOpenActions()).toContainText(task);
  });
}

/** Plans an interim review at `at` (datetime-local) with the family as its deep dive, and starts it. Returns its id. */
async function planAndStart(app: KehaApp, at: string): Promise<string> {
  const meetings = new MeetingsPage(app);
  await meetings.goto();
  const planner = await meetings.planMeeting({ template: 'interimReview', at });
  await planner.chooseFamily(code, 'Sanna Demo');
  await planner.expectSaved();
  await planner.start();
  await expect(app.page.locator('.run-step-of')).toBeVisible();
  return planner.meetingId();
}

/** The interim review's step `number` (1-based) with one deep-dive family: its phase's name in the app's language. */
function interimPhase(app: KehaApp, number: number): string {
  return interimReviewTemplate.phases[number - 1]!.name[app.language];
}

/** A new vault on 3 March 2031 (the clock installed) in `language`, with the demonstration team loaded. */
async function startWithDemoTeam(page: Page, language: 'en' | 'fi'): Promise<KehaApp> {
  await page.clock.install({ time: new Date('2031-03-03T08:00:00') });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language === 'en') await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await expect(page.getByText(app.t.demo.banner)).toBeVisible();
  return app;
}
