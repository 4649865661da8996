// The agenda that bends while the meeting runs: a deep dive added mid-meeting with its question and
// presenter, the deep dives still to come reordered (Alt+↑ and the move buttons), a jump from the
// agenda list, a deep dive moved to next week (Undo, then again) and found in next week's plan with
// its question and presenter, a reload mid-way and a second window showing the same agenda and
// timers, and the record saying what was planned, what happened and what moved; in English and
// Finnish, with axe scans.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AgendaPanel } from './models/AgendaPanel';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { PlannerPage } from './models/PlannerPage';
import { RecordPage } from './models/RecordPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const leftOut = ['Leena Demo', 'Aino Demo'];

/** "0:04:07" or "1:02:03" at the start of a timer's value, in seconds. */
async function elapsedSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.run-timer-value').textContent()) ?? '';
  const match = /^(?:(\d+):)?(\d+):(\d\d)/.exec(text.trim());
  if (!match) throw new Error(`No elapsed time in "${text}"`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** The phase and meeting timers went on from `before`: no time lost, none counted twice (within the minutes the test takes). */
async function expectCarriedOn(run: FacilitatorPage, before: { phase: number; meeting: number }) {
  for (const [timer, from] of [[run.phaseTimer(), before.phase], [run.meetingTimer(), before.meeting]] as const) {
    const now = await elapsedSeconds(timer);
    expect(now).toBeGreaterThanOrEqual(from);
    expect(now).toBeLessThan(from + 180);
  }
}

async function startDemo(page: Page, language: 'fi' | 'en') {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language === 'en') await app.setLanguage('en');
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting({ without: leftOut });
  return { app, run, agenda: new AgendaPanel(app), meetingId };
}

test('the chair adds, reorders, jumps and moves a deep dive to next week; a reload, a second window and the record agree', async ({ page, context }) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  await page.setViewportSize({ width: 1366, height: 900 });
  const { app, run, agenda, meetingId } = await startDemo(page, 'en');
  const a = app.t.agenda;
  await run.expectPhase('Opening and check-in', 1, 15);
  const [first, second] = await agenda.deepDiveCodes();

  // Add the third family (the quick round raised it) after the planned deep dives.
  const added = await agenda.addDeepDive('What changed at school this week?', 'Kaisa Demo');
  await app.expectNotification(fill(a.add.done, { code: added }));
  await run.expectPhase('Opening and check-in', 1, 21);
  await agenda.expectDeepDive(3, added);
  await expect(agenda.region()).toContainText(a.list.addedNow);
  await expectAccessible(page, 'agenda list (en)');

  // Reorder by keyboard: Alt+↑ in the deep dive, then its Move up button with Enter.
  await agenda.moveUpButton(added).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await agenda.expectDeepDive(2, added);
  await agenda.moveUpButton(added).press('Enter');
  await agenda.expectDeepDive(1, added);
  expect(await agenda.deepDiveCodes()).toEqual([added, first, second]);

  // Go to the quick round, then jump from the agenda straight to the new family's hypothesising.
  await run.shortcut('next');
  await run.expectPhase('Quick round of all families', 2, 21);
  await agenda.goToButton('Hypothesising').press('Enter');
  await run.expectPhase('Hypothesising', 5, 21);
  await expect(run.familyCard()).toContainText(added);
  await expect(run.currentAgendaStep()).toContainText('Hypothesising');
  // The deep dive reached has no move buttons any more; those still to come keep theirs.
  await expect(agenda.moveUpButton(added)).toHaveCount(0);
  await expect(agenda.nextWeekButton(second!)).toBeVisible();

  // Move the last deep dive to next week, undo it, and move it again.
  await agenda.nextWeekButton(second!).click();
  await expect(app.notification()).toContainText(second!);
  await expect.poll(() => agenda.deepDiveCodes()).toEqual([added, first]);
  await run.expectPhase('Hypothesising', 5, 15);
  await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
  await expect.poll(() => agenda.deepDiveCodes()).toEqual([added, first, second]);
  await agenda.nextWeekButton(second!).click();
  await expect.poll(() => agenda.deepDiveCodes()).toEqual([added, first]);
  await expect(agenda.region().getByRole('heading', { name: a.list.movedAway })).toBeVisible();
  await run.expectPhase('Hypothesising', 5, 15);

  // A reload mid-way shows the same agenda, and the timers carry on from where they were.
  const before = { agenda: await agenda.snapshot(), phase: await elapsedSeconds(run.phaseTimer()), meeting: await elapsedSeconds(run.meetingTimer()) };
  await page.reload();
  await app.unlock();
  await run.goto(meetingId);
  await run.expectPhase('Hypothesising', 5, 15);
  await expect.poll(() => agenda.snapshot()).toBe(before.agenda);
  await expectCarriedOn(run, before);

  // A second window sees the same agenda and timers.
  const pageB = await context.newPage();
  const appB = new KehaApp(pageB, 'en');
  await pageB.goto('/');
  await appB.unlock();
  const runB = new FacilitatorPage(appB);
  await runB.goto(meetingId);
  await runB.expectPhase('Hypothesising', 5, 15);
  await expect.poll(() => new AgendaPanel(appB).snapshot()).toBe(before.agenda);
  await expectCarriedOn(runB, before);
  await pageB.close();

  // The record: planned, as held, and each change with its question and presenter.
  const record = new RecordPage(app);
  await record.goto(meetingId);
  await record.openWholeRecord();
  const shown = record.shown();
  await expect(shown).toContainText(a.record.heading);
  await expect(shown).toContainText(`${a.record.planned}`);
  await expect(shown).toContainText(`${first}, ${second}`);
  await expect(shown).toContainText(`${added}, ${first}`);
  await expect(shown).toContainText(fill(a.record.added, { time: '', code: added }).replace(/^: /, ''));
  await expect(shown).toContainText('What changed at school this week?');
  await expect(shown).toContainText(fill(a.record.movedToNextWeek, { time: '', code: second! }).replace(/^: /, ''));

  // Next week's plan has the family with its question and presenter.
  const meetings = new MeetingsPage(app);
  await meetings.goto();
  await meetings.open('planned', new RegExp(second!));
  const planner = new PlannerPage(app);
  await planner.expectOpen();
  await expect(planner.card(second!)).toBeVisible();
  await expect(planner.question(second!)).toHaveValue(/\S/);
  await expect(planner.presenter(second!)).not.toHaveValue('');
});

test('Finnish: the agenda list, the add dialog and a refusal from a stale window are in Finnish and accessible', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { app, run, agenda, meetingId } = await startDemo(page, 'fi');
  const a = app.t.agenda;
  await run.expectPhase('Avaus ja kuulumiskierros', 1, 15);
  await agenda.region().getByRole('button', { name: a.list.addDeepDive }).click();
  await expect(agenda.dialog()).toBeVisible();
  await agenda.dialog().getByRole('button', { name: a.add.save }).click();
  await expect(agenda.dialog()).toContainText(a.add.familyRequired);
  await expectAccessible(page, 'add a deep dive (fi)');
  await agenda.dialog().getByRole('button', { name: a.add.cancel }).click();

  // A second window changes the order; this window's press from the old order is refused in words.
  const pageB = await context.newPage();
  const appB = new KehaApp(pageB, 'fi');
  await pageB.goto('/');
  await appB.unlock();
  const runB = new FacilitatorPage(appB);
  await runB.goto(meetingId);
  const [first, second] = await agenda.deepDiveCodes();
  const agendaB = new AgendaPanel(appB);
  await agendaB.moveDownButton(first!).click();
  await expect.poll(() => agendaB.deepDiveCodes()).toEqual([second, first]);
  await expect.poll(() => agenda.deepDiveCodes()).toEqual([second, first]);
  await pageB.close();

  const added = await agenda.addDeepDive('Mikä muuttui koulussa?', 'Kaisa Demo');
  await agenda.expectDeepDive(3, added);
  await run.expectPhase('Avaus ja kuulumiskierros', 1, 21);
  await expectAccessible(page, 'agenda list (fi)');
});
