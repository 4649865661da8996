// Closing and recording, end to end: the demonstration meeting is run through the facilitator view
// with notes, hypotheses, a revealed risk round for the first family and an unrevealed one for the
// second, actions and a question; then the record screen shows what was agreed, a summary per
// family that holds nothing of the other family, the whole meeting record with timings; the
// summaries are copied, exported as Markdown and printed (only the chosen summary on paper); the
// family page shows the risk trend and lets an action be marked done. Plus the room's shared
// screen following the facilitator in a second page of the same browser context. axe throughout.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;

async function startDemoMeeting(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting({ without: leftOut });
  return { app, run, meetingId };
}


/**
 * Runs the demonstration meeting to its end with something captured for both deep-dive families.
 * Returns the two families' codes. Everything typed for the first family carries "ALPHA", for the
 * second "BRAVO".
 */
async function runMeetingWithCaptures(app: KehaApp, run: FacilitatorPage, page: Page) {
  const roles = app.t.roles;
  const phase = (en: string, fi: string) => (app.language === 'fi' ? fi : en);
  /** Moves on one phase by the shortcut and waits until the view shows it. */
  const next = async (number: number, en: string, fi: string) => {
    await run.shortcut('next');
    await run.expectPhase(phase(en, fi), number, steps);
  };
  await run.expectPhase(phase('Opening and check-in', 'Avaus ja kuulumiskierros'), 1, steps);
  await run.shortcut('addNote');
  await page.keyboard.type('ONCE opening: Leena and Aino are away.');
  await run.expectNotesSaved();
  await next(2, 'Quick round of all families', 'Pikakierros kaikista perheistä');
  await next(3, 'Presentation', 'Esittely');
  const alpha = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.shortcut('addNote');
  await page.keyboard.type('ALPHA presentation: # mother and *two* children');
  await run.expectNotesSaved();
  await next(4, 'Clarifying questions', 'Tarkentavat kysymykset');
  await next(5, 'Hypothesising', 'Hypoteesit');
  await run.addHypothesis('ALPHA hypothesis: the new job keeps evenings in flux', roles.familyTherapist);
  await next(6, 'Reflection', 'Reflektio');
  await next(7, 'Risk and safety scaling', 'Turvallisuuden arviointi (0–10)');
  await run.score('Kaisa Demo', 3, 'ALPHA reason absences', 'ALPHA up: a school plan');
  await run.score('Tero Demo', 6, 'ALPHA reason warmth', 'ALPHA up: calm evenings');
  await run.score('Sanna Demo', 5, 'ALPHA reason asks for help', 'ALPHA up: routine');
  await run.score('Mikko Demo', null, '', '');
  await run.reveal(false);
  await next(8, 'Plan', 'Suunnitelma');
  await run.fillAction({ what: 'ALPHA action: meet the school', owner: 'Sanna Demo', due: '2031-06-16' });
  await expect(run.ourActions()).toHaveCount(1);
  await run.addQuestion('ALPHA question: what is a good evening?');

  await next(9, 'Presentation', 'Esittely');
  const bravo = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await run.shortcut('addNote');
  await page.keyboard.type('BRAVO presentation: the father works nights');
  await run.expectNotesSaved();
  await next(10, 'Clarifying questions', 'Tarkentavat kysymykset');
  await next(11, 'Hypothesising', 'Hypoteesit');
  await run.addHypothesis('BRAVO hypothesis: school is the safe place', null);
  await next(12, 'Reflection', 'Reflektio');
  await next(13, 'Risk and safety scaling', 'Turvallisuuden arviointi (0–10)');
  // Scored but never revealed: stays out of every record.
  await run.score('Kaisa Demo', 2, 'BRAVO secret reason', 'BRAVO secret up');
  await next(14, 'Plan', 'Suunnitelma');
  await run.fillAction({ what: 'BRAVO action: call the father', owner: 'Mikko Demo', due: '' });
  await expect(run.ourActions()).toHaveCount(1);
  await next(15, 'Recording check and close', 'Kirjaus ja lopetus');
  await run.finish();
  return { alpha, bravo };
}

const alphaTexts = ['ALPHA presentation', 'ALPHA hypothesis', 'ALPHA reason', 'ALPHA up', 'ALPHA action', 'ALPHA question'];
const bravoTexts = ['BRAVO presentation', 'BRAVO hypothesis', 'BRAVO secret', 'BRAVO action'];

test('closing: what was agreed, a summary per family with nothing of the other, copied, exported and printed (English)', async ({ page, context }) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run, meetingId } = await startDemoMeeting(page, 'en');
  const { alpha, bravo } = await runMeetingWithCaptures(app, run, page);
  const record = new RecordPage(app);
  await record.expectOpen();
  expect(page.url()).toContain(`#/meetings/${meetingId}/record`);

  // What was agreed: the closing note saves as it is typed and survives a reload; every action listed.
  await record.writeClosingNote('ONCE closing: we meet the school together.');
  await expect(record.agreedActions().locator('tbody tr')).toHaveCount(2);
  await expect(record.agreedActions()).toContainText('ALPHA action: meet the school');
  await expect(record.agreedActions()).toContainText('BRAVO action: call the father');
  await page.reload();
  await app.unlock();
  await expect(record.closingNote()).toHaveValue('ONCE closing: we meet the school together.');

  // The first family's summary: its content, nothing of the other family or the once-a-meeting notes.
  await record.openSummary(alpha);
  const alphaSummary = record.shown();
  await expect(alphaSummary).toContainText(`Meeting summary for the official record: ${alpha}`);
  await expect(alphaSummary).toContainText('Presenter' + 'Sanna Demo');
  await expect(alphaSummary).toContainText('ALPHA hypothesis: the new job keeps evenings in flux');
  await expect(alphaSummary).toContainText('3–6, median 5');
  await expect(alphaSummary).toContainText('3 scored, 1 not scoring');
  await expect(alphaSummary).toContainText('ALPHA reason warmth');
  await expect(alphaSummary).toContainText('ALPHA up: calm evenings');
  await expect(alphaSummary).toContainText('Sanna Demo' + 'Due' + '16/06/2031');
  await expect(alphaSummary).toContainText('ALPHA question: what is a good evening?');
  const alphaShown = await alphaSummary.innerText();
  for (const foreign of [...bravoTexts, bravo, 'ONCE']) expect(alphaShown, foreign).not.toContain(foreign);
  await expectAccessible(page, 'record');

  // Copied as plain text: the same content, nothing of the other family.
  const copied = await record.copyShown(fill(app.t.record.summaryTab, { code: alpha }));
  expect(copied).toContain(`Meeting summary for the official record: ${alpha}\n====`);
  expect(copied).toContain('- Tero Demo: 6\n    Reason: ALPHA reason warmth\n    What would move it one point up: ALPHA up: calm evenings');
  for (const foreign of [...bravoTexts, bravo, 'ONCE']) expect(copied, foreign).not.toContain(foreign);

  // Exported as Markdown: named by code and date; user text escaped so it cannot add structure.
  const markdown = await record.exportShown();
  expect(markdown.name).toBe(`summary-${alpha}-2031-06-02.md`);
  expect(markdown.content).toMatch(new RegExp(`^# Meeting summary for the official record: ${alpha}\\n`));
  expect(markdown.content).toContain('ALPHA presentation: # mother and \\*two\\* children');
  for (const foreign of [...bravoTexts, bravo, 'ONCE']) expect(markdown.content, foreign).not.toContain(foreign);
  await app.expectNotification(fill(app.t.record.exported, { file: markdown.name }));

  // Printing: on paper only the chosen summary (no tabs, buttons, closing note or app header).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await record.printButton().click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(record.summaryTab(alpha)).toBeHidden();
  await expect(record.closingNote()).toBeHidden();
  await expect(record.printButton()).toBeHidden();
  await expect(page.getByRole('heading', { name: `Meeting summary for the official record: ${alpha}` })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The second family's summary, reached by keyboard: the unrevealed round stays out.
  await record.summaryTab(alpha).focus();
  await page.keyboard.press('ArrowRight');
  await expect(record.entryDraftTab(bravo)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(record.summaryTab(bravo)).toHaveAttribute('aria-selected', 'true');
  await expect(record.shown()).toContainText('BRAVO hypothesis: school is the safe place');
  await expect(record.shown()).not.toContainText(app.t.record.risk);
  const bravoShown = await record.shown().innerText();
  for (const foreign of [...alphaTexts, alpha, 'ONCE', 'BRAVO secret']) expect(bravoShown, foreign).not.toContain(foreign);

  // The whole meeting record: what was agreed, once-a-meeting notes, both families, timings.
  await record.openWholeRecord();
  await expect(record.shown()).toContainText('ONCE closing: we meet the school together.');
  await expect(record.shown()).toContainText('ONCE opening: Leena and Aino are away.');
  await expect(record.shown()).toContainText(`Family ${alpha}`);
  await expect(record.shown()).toContainText(`Family ${bravo}`);
  await expect(record.timings().locator('tbody tr')).toHaveCount(steps + 1);
  await expect(record.timings().locator('tbody tr').last()).toContainText('Whole meeting');
  const whole = await record.exportShown();
  expect(whole.name).toBe('meeting-record-2031-06-02.md');
  expect(whole.content).toContain('| No. | Phase | Family | Planned | Actual | Outcome |');
  await expectAccessible(page, 'record');

  // The family page: risk trend (chart and table), the action marked done and reopened, the meeting linked.
  await page.goto('/#/families');
  await app.families.open(alpha);
  await expect(record.riskTrendChart()).toBeVisible();
  await expect(record.riskTrendTable().locator('tbody tr')).toHaveCount(1);
  await expect(record.riskTrendTable()).toContainText('3–6');
  await expect(record.familyAction('ALPHA action: meet the school')).toContainText(app.t.record.actionOpen);
  await record.markDone('ALPHA action: meet the school');
  await expect(record.familyAction('ALPHA action: meet the school')).toContainText(app.t.record.actionDone);
  await record.reopen('ALPHA action: meet the school');
  await expect(record.familyAction('ALPHA question: what is a good evening?')).toContainText(app.t.record.history.kindQuestion);
  await expect(record.history()).not.toContainText('BRAVO');
  await expect(record.deepDiveMeetings().getByRole('link')).toHaveAttribute('href', `#/meetings/${meetingId}/record`);
  await expectAccessible(page, 'record');
});

test('the record and the family history in Finnish', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run } = await startDemoMeeting(page, 'fi');
  const { alpha, bravo } = await runMeetingWithCaptures(app, run, page);
  const record = new RecordPage(app);
  await record.expectOpen();
  await record.writeClosingNote('ONCE lopetus: tavataan koulun kanssa yhdessä.');
  await record.openSummary(alpha);
  await expect(record.shown()).toContainText(`Kokousyhteenveto asiakaskirjausta varten: ${alpha}`);
  await expect(record.shown()).toContainText('3–6, mediaani 5');
  await expect(record.shown()).toContainText('Tila' + 'avoin');
  await expect(record.shown()).toContainText('Määräpäivä' + '16.6.2031');
  const shown = await record.shown().innerText();
  for (const foreign of [...bravoTexts, bravo, 'ONCE']) expect(shown, foreign).not.toContain(foreign);
  const markdown = await record.exportShown();
  expect(markdown.name).toBe(`yhteenveto-${alpha}-2031-06-02.md`);
  await expectAccessible(page, 'record');
  await record.openWholeRecord();
  await expect(record.shown()).toContainText('Vaiheiden ajankäyttö');
  await expect(record.timings()).toContainText('Koko kokous');

  await page.goto('/#/families');
  await app.families.open(alpha);
  await expect(record.riskTrendTable()).toContainText('3–6');
  await record.markDone('ALPHA action: meet the school');
  await expect(record.familyAction('ALPHA action: meet the school')).toContainText('tehty');
  await expectAccessible(page, 'record');
});

test('the shared screen follows the facilitator and never shows a score before the reveal', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run } = await startDemoMeeting(page, 'en');
  const screen = await SharedScreenPage.openFrom(page, 'en');
  const screenPage = screen.page;
  await screenPage.setViewportSize({ width: 1280, height: 720 });
  // No passphrase: it shows the facilitator's view at once.
  await screen.expectPhase('Opening and check-in', 1, steps);
  await expect(screenPage).toHaveTitle(/Opening and check-in/);
  await expect(screen.timeState()).toHaveText('On time');
  await expect(screen.family()).toHaveCount(0);
  await expect(screen.quickRound()).toHaveCount(0);

  await run.shortcut('next');
  await screen.expectPhase('Quick round of all families', 2, steps);
  await expect(screen.quickRound().getByRole('listitem')).toHaveCount(3);

  await run.shortcut('next');
  await screen.expectPhase('Presentation', 3, steps);
  const alpha = (await run.familyCard().locator('.run-family-code').textContent())!.trim();
  await expect(screen.family()).toContainText(`Family ${alpha}`);
  await expect(screen.family()).toContainText('Miten voisimme tukea vanhempia');
  await expect(screen.quickRound()).toHaveCount(0);
  await run.shortcut('addNote');
  await page.keyboard.type('Genogram drawn together');
  await expect(screen.notes()).toContainText('Genogram drawn together');
  await expectAccessible(screenPage, 'shared screen');

  // The timer ticks on the screen; near the end it says so, over time it says by how much.
  await page.clock.fastForward('09:10');
  await expect(screen.timeState()).toHaveText('Last minute');
  await expect(screen.timerBox()).toHaveClass(/time-lastMinute/);
  // The same clock format as the facilitator's: h:mm:ss for the phase and for the whole meeting.
  await expect(screen.timer()).toHaveText(/^0:09:\d\d$/);
  await expect(screen.plannedTime()).toHaveText('0:10:00');
  await expect(screen.meetingTime()).toHaveText(/^Meeting 0:09:\d\d of \d:\d\d:\d\d$/);
  await expect(run.phaseTimer().locator('.run-timer-value')).toContainText(/^0:09:\d\d of 0:10:00/);
  // Screen readers hear the clocks in words.
  await expect(screen.timerBox().locator('.visually-hidden').nth(1)).toHaveText(/^9 min \d+ s$/);
  await page.clock.fastForward('02:00');
  await expect(screen.timeState()).toContainText(/Over time by 0:01:\d\d/);
  await expect(screen.timerBox()).toHaveClass(/time-over/);

  // A break freezes the timer and says "Break".
  await run.shortcut('pauseOrResume');
  await expect(screen.timeState()).toHaveText('Break');
  const frozen = await screen.timer().textContent();
  await page.clock.fastForward('01:00');
  await expect(screen.timer()).toHaveText(frozen!);
  await run.shortcut('pauseOrResume');
  await expect(screen.timeState()).not.toHaveText('Break');

  for (const [number, name] of [[4, 'Clarifying questions'], [5, 'Hypothesising'], [6, 'Reflection'], [7, 'Risk and safety scaling']] as const) {
    await run.shortcut('next');
    await run.expectPhase(name, number, steps);
  }
  await screen.expectPhase('Risk and safety scaling', 7, steps);
  await run.score('Kaisa Demo', 3, 'Absences keep growing', 'A plan with the school');
  await expect(screen.scoredCount()).toHaveText('1 has scored');
  await run.score('Tero Demo', 7, 'Warm relationships', 'Calm evenings');
  await expect(screen.scoredCount()).toHaveText('2 have scored');
  // Before the reveal: no score, reason or name of a scorer anywhere on the screen.
  const before = await screen.text();
  for (const secret of ['Absences keep growing', 'A plan with the school', 'Kaisa Demo', 'Tero Demo', 'median']) expect(before, secret).not.toContain(secret);
  await expect(screen.risk()).not.toContainText(/[3-7](?! have)/);
  // Two of four scored: the chair confirms revealing anyway.
  await run.reveal(true);
  await expect(screen.spread()).toHaveText('Range: 3–7, median 5');
  // After it: the scores as dots on the 0–10 line, and still no name or reason (those stay in the chair's view).
  await expect(screen.dots()).toHaveCount(2);
  for (const secret of ['Absences keep growing', 'Kaisa Demo', 'Tero Demo']) await expect(screen.risk()).not.toContainText(secret);

  // The next family: nothing of the first family shows.
  await run.shortcut('next');
  await run.expectPhase('Plan', 8, steps);
  await run.shortcut('next');
  await run.expectPhase('Presentation', 9, steps);
  await screen.expectPhase('Presentation', 9, steps);
  await expect(screen.family()).not.toContainText(alpha);
  const second = await screen.text();
  for (const foreign of [alpha, 'Genogram drawn together', 'Absences keep growing']) expect(second, foreign).not.toContain(foreign);

  // Leaving the run view clears the screen at once; coming back fills it again over the same port.
  await page.goto('/#/families');
  await screen.expectClosed();
  expect(await screen.text(), 'nothing of the family stays on the screen').not.toContain(alpha);
  await page.goBack();
  await screen.expectPhase('Presentation', 9, steps);
  // Closing the facilitator window clears the screen (told on the way out, or the screen hears
  // nothing more and clears itself within seconds: it never keeps showing the last view).
  await page.close();
  await screen.expectClosed();
  await expectAccessible(screenPage, 'shared screen');
});

test('the shared screen opened by its address, with no chair’s window, says to open it from the chair’s view, in the remembered language', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  await page.goto('/#/screen/no-such-meeting');
  const screen = new SharedScreenPage(page, 'fi');
  await screen.expectUnlinked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(app.t.record.screen.title);
  await expect(page).toHaveTitle(/Yhteinen näyttö/);
  await expectAccessible(page, 'record');
});
