// The meetings list and the meeting planner: plan a meeting from the demonstration team, add a
// guest, hand a role over, add two deep-dive families with presenters and questions, reorder them
// from the keyboard, find everything saved after a reload, duplicate for next week, cancel with
// undo; a family deleted while on the agenda; starting; and axe scans in Finnish and English.
import { addWeeks, format } from 'date-fns';
import { fi as fiLocale } from 'date-fns/locale';
import { expect, test, type Page } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { PlannerPage } from './models/PlannerPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

const shots = process.env.KEHA_PLANNER_SHOTS;

async function withDemoTeam(page: Page, language: 'fi' | 'en') {
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  if (language === 'en') await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await app.families.expectCodes(['DEMO-101', 'DEMO-102', 'DEMO-103', 'DEMO-104']);
  return { app, meetings: new MeetingsPage(app), planner: new PlannerPage(app) };
}

test('a meeting is planned, saved as it is edited, duplicated for next week and cancelled with undo', async ({ page }) => {
  const { app, meetings, planner } = await withDemoTeam(page, 'fi');
  const t = app.t.meetings;

  // The demonstration team comes with one planned meeting with two deep dives.
  await meetings.goto();
  await expect(meetings.items('planned')).toHaveCount(1);
  await expect(meetings.items('planned')).toContainText(new RegExp(fill(t.deepDiveCodes, { codes: 'DEMO-\\d+, DEMO-\\d+' })));
  await expect(meetings.group('past')).toContainText(t.noPast);

  // A new weekly meeting starts from the default plan: the whole team, every active family on the quick round.
  await meetings.planMeeting({ template: 'weeklyMeeting', at: '2031-06-03T09:30' });
  await app.expectNotification(t.created);
  await expect(planner.dateTime()).toHaveValue('2031-06-03T09:30');
  await expect(planner.heading()).toContainText('klo 9.30');
  await planner.expectQuickRound(['DEMO-101', 'DEMO-102', 'DEMO-103']);
  await planner.expectDeepDives([]);
  await expect(planner.warnings()).toContainText(t.warningNoDeepDive);
  for (const name of ['Kaisa Demo', 'Tero Demo', 'Sanna Demo', 'Mikko Demo', 'Leena Demo', 'Aino Demo']) {
    await expect(planner.member(name)).toBeChecked();
  }
  await planner.expectRoleHolder('consultingSocialWorker', 'Kaisa Demo');
  if (shots) await page.screenshot({ path: `${shots}-planner-new-fi.png`, fullPage: true });

  // A guest: a name is required; name and organisation only.
  const guestForm = page.getByRole('form', { name: t.addGuest });
  await guestForm.getByLabel(t.guestName).focus();
  await page.keyboard.press('Enter');
  await expect(guestForm.getByRole('alert')).toHaveText(app.t.validation.required);
  await planner.addGuest('Rauha Koski', 'Kaarnan koulu');
  await app.expectNotification(fill(t.guestAdded, { name: 'Rauha Koski' }));

  // The chair is away this week: her role becomes unassigned, and the planner says so.
  await planner.setTakingPart('Kaisa Demo', false);
  await app.expectNotification('Kaisa Demo');
  await expect(planner.warnings()).toContainText(planner.roleWarning('consultingSocialWorker'));
  await planner.expectRoleHolder('consultingSocialWorker', null);
  // Tero covers the chair; the guest takes the coordinator's role for once.
  await planner.assignRole('consultingSocialWorker', 'Tero Demo');
  await planner.assignRole('teamCoordinator', 'Rauha Koski, Kaarnan koulu');
  await expect(planner.warnings()).not.toContainText(planner.roleWarning('consultingSocialWorker'));

  // Removing the guest unassigns her role; Undo brings both back.
  await planner.removeGuest('Rauha Koski');
  await app.expectNotification('Rauha Koski');
  await expect(planner.warnings()).toContainText(planner.roleWarning('teamCoordinator'));
  await expect(planner.guests()).toHaveCount(0);
  await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
  await expect(planner.guests()).toHaveText([/Rauha Koski.*Kaarnan koulu/]);
  await planner.expectRoleHolder('teamCoordinator', 'Rauha Koski, Kaarnan koulu');
  await expect(planner.warnings()).not.toContainText(planner.roleWarning('teamCoordinator'));

  // Two deep-dive families with presenters and questions.
  await planner.addDeepDive('DEMO-103', 'Sanna Demo', 'Miten arjen rytmiä voisi tukea, kun vauva herää öisin?');
  await planner.addDeepDive('DEMO-101', 'Mikko Demo', 'Mitä koulu tarvitsee meiltä, jotta Tuuli palaisi kouluun?');
  await planner.expectDeepDives(['DEMO-103', 'DEMO-101']);
  // The guest takes part in no family's discussion until the planner says which.
  await expect(planner.warnings()).toContainText(fill(t.warningGuestInNoDeepDive, { name: 'Rauha Koski' }));
  await planner.guestJoins('Rauha Koski', 'DEMO-103').check();
  await expect(planner.guestScores('Rauha Koski', 'DEMO-103')).not.toBeChecked();
  await expect(planner.warnings()).toContainText(t.noWarnings);

  // Reorder with the keyboard: the Move up button, then drag and drop from the keyboard.
  await planner.moveDeepDiveUp('DEMO-101');
  await planner.expectDeepDives(['DEMO-101', 'DEMO-103']);
  await expect(page.getByText(fill(t.moved, { code: 'DEMO-101', position: 1, count: 2 }))).toBeAttached();
  await expect(planner.card('DEMO-101').getByRole('button', { name: fill(t.moveUpLabel, { code: 'DEMO-101' }) })).toBeFocused();
  await planner.dragDeepDiveByKeyboard('DEMO-103', -1);
  await planner.expectDeepDives(['DEMO-103', 'DEMO-101']);
  await expect(page.getByText(fill(t.moved, { code: 'DEMO-103', position: 1, count: 2 }))).toBeAttached();
  await planner.moveDeepDiveDown('DEMO-103');
  await planner.expectDeepDives(['DEMO-101', 'DEMO-103']);
  await planner.expectSaved();
  if (shots) await page.screenshot({ path: `${shots}-planner-filled-fi.png`, fullPage: true });

  // Everything is still there after a reload.
  const id = planner.meetingId();
  await page.reload();
  await app.unlock();
  await planner.expectOpen();
  expect(planner.meetingId()).toBe(id);
  await expect(planner.dateTime()).toHaveValue('2031-06-03T09:30');
  await expect(planner.guests()).toHaveText([/Rauha Koski.*Kaarnan koulu/]);
  await expect(planner.guestJoins('Rauha Koski', 'DEMO-103')).toBeChecked();
  await expect(planner.guestJoins('Rauha Koski', 'DEMO-101')).not.toBeChecked();
  await expect(planner.member('Kaisa Demo')).not.toBeChecked();
  await planner.expectRoleHolder('consultingSocialWorker', 'Tero Demo');
  await planner.expectDeepDives(['DEMO-101', 'DEMO-103']);
  await expect(planner.presenter('DEMO-101').locator('option:checked')).toHaveText('Mikko Demo');
  await expect(planner.question('DEMO-103')).toHaveValue('Miten arjen rytmiä voisi tukea, kun vauva herää öisin?');
  await expect(planner.warnings()).toContainText(t.noWarnings);

  // Duplicate for next week: the copy opens, a week later, with the same agenda.
  const copy = await planner.duplicate();
  expect(copy).not.toBe(id);
  await expect(planner.dateTime()).toHaveValue(format(addWeeks(new Date(2031, 5, 3, 9, 30), 1), "yyyy-MM-dd'T'HH:mm"));
  const nextWeek = format(addWeeks(new Date(2031, 5, 3, 9, 30), 1), app.t.dates.longWithTime, { locale: fiLocale });
  await app.expectNotification(fill(t.duplicated, { date: nextWeek }));
  await expect(planner.heading()).toContainText(nextWeek);
  await planner.expectDeepDives(['DEMO-101', 'DEMO-103']);
  await expect(planner.question('DEMO-101')).toHaveValue('Mitä koulu tarvitsee meiltä, jotta Tuuli palaisi kouluun?');
  await expect(planner.guests()).toHaveText([/Rauha Koski/]);

  // Cancel the copy, then undo from the notification.
  await planner.cancel();
  await expect(meetings.items('cancelled')).toHaveCount(1);
  await expect(meetings.items('planned')).toHaveCount(2);
  if (shots) await page.screenshot({ path: `${shots}-list-fi.png`, fullPage: true });
  await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
  await planner.expectOpen();
  expect(planner.meetingId()).toBe(copy);
  await expect(page.getByRole('button', { name: t.start })).toBeVisible();
  await meetings.goto();
  await expect(meetings.items('planned')).toHaveCount(3);
  await expect(meetings.group('cancelled')).toHaveCount(0);
});

test('the time, the meeting type and the quick round are edited in place and kept', async ({ page }) => {
  const { app, meetings, planner } = await withDemoTeam(page, 'en');
  const t = app.t.meetings;
  await meetings.goto();
  await meetings.planMeeting({ template: 'weeklyMeeting' });

  await planner.setDateTime('2031-07-01T13:15');
  await expect(planner.heading()).toContainText('Tuesday 1 July 2031 at 13:15');

  // Quick round: remove with undo, reorder from the keyboard, add a closed family.
  await planner.removeFromQuickRound('DEMO-102');
  await planner.expectQuickRound(['DEMO-101', 'DEMO-103']);
  await app.notification().getByRole('button', { name: app.t.commands.undo }).click();
  await planner.expectQuickRound(['DEMO-101', 'DEMO-102', 'DEMO-103']);
  const moveUp = planner.quickRound().getByRole('button', { name: fill(t.moveUpLabel, { code: 'DEMO-103' }) });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await planner.expectQuickRound(['DEMO-101', 'DEMO-103', 'DEMO-102']);
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Enter');
  await planner.expectQuickRound(['DEMO-103', 'DEMO-101', 'DEMO-102']);
  // At the top the button stays focusable and says it cannot go further.
  await expect(moveUp).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await planner.expectQuickRound(['DEMO-103', 'DEMO-101', 'DEMO-102']);
  await planner.addToQuickRound('DEMO-104');
  await planner.expectQuickRound(['DEMO-103', 'DEMO-101', 'DEMO-102', 'DEMO-104']);
  await planner.expectSaved();

  await page.reload();
  await app.unlock();
  await planner.expectOpen(meetings.templateName('weeklyMeeting'));
  await expect(planner.dateTime()).toHaveValue('2031-07-01T13:15');
  await planner.expectQuickRound(['DEMO-103', 'DEMO-101', 'DEMO-102', 'DEMO-104']);

  // Another meeting type: an interim review is about one family, so it has no quick round.
  await planner.setTemplate(meetings.templateName('interimReview'));
  await expect(planner.heading()).toContainText(meetings.templateName('interimReview'));
  await expect(planner.quickRound()).toHaveCount(0);
  await planner.expectSaved();
  await page.reload();
  await app.unlock();
  await planner.expectOpen(meetings.templateName('interimReview'));
  await expect(planner.quickRound()).toHaveCount(0);

  // An impossible time is refused with a message and nothing is saved.
  await planner.dateTime().fill('');
  await expect(planner.region(t.schedule).getByRole('alert')).toHaveText(t.dateTimeFormat);
  await expect(planner.heading()).toContainText('Tuesday 1 July 2031 at 13:15');
});

test('a cancelled meeting is shown read-only and can be restored from its page or from the list', async ({ page }) => {
  const { app, meetings, planner } = await withDemoTeam(page, 'en');
  const t = app.t.meetings;
  await meetings.goto();
  await meetings.open('planned', 'DEMO-');
  await planner.cancel();
  await meetings.open('cancelled', 'DEMO-');
  await expect(page.getByText(t.readOnlyCancelled)).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}-cancelled-en.png`, fullPage: true });
  await expect(planner.role('consultingSocialWorker')).toBeDisabled();
  await expect(planner.deepDives().getByRole('article')).toHaveCount(2);
  await expect(planner.orderList()).toHaveCount(0);
  await expect(planner.deepDives().getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t.start })).toHaveCount(0);
  await planner.restore();
  await app.expectNotification(t.restored.split(' {{')[0]!);
  await expect(page.getByRole('button', { name: t.start })).toBeVisible();
  await expect(planner.role('consultingSocialWorker')).toBeEnabled();

  // Restore straight from the list as well.
  await planner.cancel();
  await expect(meetings.items('planned')).toHaveCount(0);
  await meetings.restore('DEMO-');
  await expect(meetings.items('planned')).toHaveCount(1);
  await expect(meetings.group('cancelled')).toHaveCount(0);
});

test('a family deleted while on the agenda leaves the plan: its question and presenter go with it', async ({ page }) => {
  const { app, meetings, planner } = await withDemoTeam(page, 'en');
  const t = app.t.meetings;
  await meetings.goto();
  await meetings.open('planned', 'DEMO-');
  await planner.expectOpen();
  const [kept, deleted] = await planner.deepDiveCodes();
  expect(deleted).toMatch(/^DEMO-/);

  await app.families.goto();
  await app.families.open(deleted!);
  await page.getByRole('button', { name: app.t.family.delete }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: app.t.family.deleteConfirm }).click();
  await app.families.expectOpen();

  await meetings.goto();
  await meetings.open('planned', kept!);
  await planner.expectOpen();
  await planner.expectDeepDives([kept!]);
  await planner.expectQuickRound(['DEMO-101', 'DEMO-102', 'DEMO-103'].filter((code) => code !== deleted));
  await expect(page.getByText(deleted!, { exact: true })).toHaveCount(0);
  await expect(planner.warnings()).not.toContainText(t.warningDeletedDeepDive);
  await expect(planner.removeDeletedButtons()).toHaveCount(0);
});

test('starting the meeting opens the facilitator and lists it as running', async ({ page }) => {
  const { app, meetings, planner } = await withDemoTeam(page, 'en');
  await meetings.goto();
  await meetings.open('planned', 'DEMO-');
  await planner.expectOpen();
  await planner.start();
  await meetings.goto();
  await expect(meetings.items('running')).toHaveCount(1);
  await expect(meetings.items('planned')).toHaveCount(0);
  await meetings.continueRunning('DEMO-');
  await expect(page).toHaveURL(/\/run$/);
  void app;
});


for (const language of ['fi', 'en'] as const) {
  test(`the meetings list and the planner pass axe (${language})`, async ({ page }) => {
    const { app, meetings, planner } = await withDemoTeam(page, language);
    const t = app.t.meetings;
    await meetings.goto();
    await expectAccessible(page, 'meetings list');
    await meetings.openPlanDialog();
    await expectAccessible(page, 'plan a meeting dialog');
    await page.keyboard.press('Escape');
    await meetings.open('planned', 'DEMO-');
    await planner.expectOpen();
    await planner.addGuest('Rauha Koski', 'Kaarnan koulu');
    await planner.setTakingPart('Aino Demo', false);
    await expect(planner.warnings()).toContainText(planner.roleWarning('teamCoordinator'));
    await expectAccessible(page, 'planner with warnings');
    if (shots) await page.screenshot({ path: `${shots}-planner-demo-${language}.png`, fullPage: true });
    await page.getByRole('button', { name: t.cancelMeeting }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, 'cancel confirmation');
    await page.getByRole('alertdialog').getByRole('button', { name: t.cancelConfirm }).click();
    await meetings.expectOpen();
    await expectAccessible(page, 'meetings list with a cancelled meeting');
    if (shots) await page.screenshot({ path: `${shots}-list-${language}.png`, fullPage: true });
    await meetings.open('cancelled', 'DEMO-');
    await expectAccessible(page, 'cancelled meeting, read-only');
  });
}
