// A meeting run by the chair with a recorder on another computer, in sync through a CouchDB-compatible
// server (docs/domain.md: The team on several computers). Anna's computer starts the demonstration
// meeting and drives it; Ben's joins the team, says Mikko is using it, opens the meeting and follows
// it: the chair's computer named, the phase moving when Anna's moves it, no phase controls, a note
// captured there reaching Anna's. In the scoring round Mikko scores privately on Ben's computer:
// Anna's sees that he has scored and never the value, until she reveals the round, which Ben's then
// shows too. Then Ben's computer takes the meeting over and moves it on; Anna's follows.
import { expect, test } from './support/syncServer';
import { FacilitatorPage } from './models/FacilitatorPage';
import { TeamSync } from './models/TeamSync';
import { TogetherPage } from './models/TogetherPage';
import { fill } from './models/texts';

const leftOut = ['Leena Demo', 'Aino Demo'];
const steps = 15;

test('the chair drives the meeting on one computer; the recorder follows on another and scores privately there', async ({ teamServer, computers }) => {
  test.setTimeout(240_000);
  const anna = await computers.open('anna');
  await anna.openApp();
  await anna.app.setLanguage('en');
  await anna.app.start();
  const chair = new FacilitatorPage(anna.app);
  const meetingId = await chair.openDemoPlan({ without: leftOut });
  await new TogetherPage(anna.app).chooseMember('Kaisa Demo');
  await new TeamSync(anna).connect(teamServer.databaseUrl, teamServer.members.anna);

  const ben = await computers.open('ben');
  await ben.openApp();
  await ben.app.setLanguage('en');
  await new TeamSync(ben).join(teamServer.databaseUrl, teamServer.members.ben);
  const benHere = new TogetherPage(ben.app);
  await benHere.chooseMember('Mikko Demo');

  // Anna starts the meeting: her computer drives it.
  await chair.startFromPlan(meetingId);
  const t = anna.app.t;
  await expect(anna.page.locator('.run-step-of')).toContainText(fill(t.run.stepOf, { number: 1, count: steps }));
  await expect(anna.page.getByRole('button', { name: t.run.controls.next })).toBeVisible();

  // Ben's computer follows it.
  const recorder = new FacilitatorPage(ben.app);
  await recorder.goto(meetingId);
  await expect(benHere.followerBar()).toContainText(fill(t.together.follow.following, { name: 'Kaisa Demo' }));
  await expect(ben.page.getByRole('button', { name: t.run.controls.next })).toHaveCount(0);
  await expect(ben.page.locator('.run-step-of')).toContainText(fill(t.run.stepOf, { number: 1, count: steps }));
  // The recorder captures on Ben's computer (Alt+N still works there); the note reaches Anna's.
  await recorder.shortcut('addNote');
  await expect(recorder.notes()).toBeFocused();
  await ben.page.keyboard.type('BEN recorded the check-in');
  await recorder.expectNotesSaved();
  await expect(chair.notes()).toHaveValue('BEN recorded the check-in');

  // Anna moves on to the first family's scoring round: Ben's follows.
  await chair.advance(6);
  await expect(ben.page.locator('.run-step-of')).toContainText(fill(t.run.stepOf, { number: 7, count: steps }));
  const riskPhase = await chair.heading().textContent();
  await expect(recorder.heading()).toHaveText(riskPhase!);

  // Mikko scores on Ben's computer, privately.
  await benHere.ownScore().getByRole('button', { name: t.together.score.scoreNow }).click();
  const dialog = ben.page.getByRole('dialog', { name: fill(t.run.risk.dialogTitle, { name: 'Mikko Demo' }) });
  await dialog.getByRole('radio', { name: '6', exact: true }).check();
  await dialog.getByLabel(t.run.risk.reason, { exact: true }).fill('MIKKO reason');
  await dialog.getByRole('button', { name: t.run.risk.save }).click();
  await expect(benHere.ownScore()).toContainText(t.together.score.scored);

  // Anna's computer: Mikko has scored; not what. Kaisa scores on Anna's computer, and Anna reveals.
  const mikkoRow = chair.riskPanel().locator('.run-risk-row', { hasText: 'Mikko Demo' });
  await expect(mikkoRow).toContainText(t.run.risk.scored);
  await expect(chair.riskPanel()).not.toContainText('MIKKO reason');
  await chair.score('Kaisa Demo', 4, 'KAISA reason', '');
  await expect(recorder.riskProgress()).toHaveText(fill(t.run.risk.progress, { scored: 2, count: 4 }));
  await expect(ben.page.getByText('KAISA reason')).toHaveCount(0);
  await chair.reveal(true);
  await expect(chair.riskTable()).toContainText('MIKKO reason');
  // After the reveal every computer shows every score.
  await expect(recorder.riskTable()).toContainText('KAISA reason');
  await expect(recorder.riskTable()).toContainText('MIKKO reason');

  // Anna's laptop is gone: Ben's computer takes the meeting over and moves on; Anna's, back, follows it.
  await benHere.followerBar().getByRole('button', { name: t.together.follow.takeOver }).click();
  await ben.page.getByRole('alertdialog', { name: t.together.follow.takeOverTitle }).getByRole('button', { name: t.together.follow.takeOverConfirm }).click();
  await expect(ben.page.getByRole('button', { name: t.run.controls.next })).toBeVisible();
  await recorder.advance(1);
  await expect(anna.page.locator('.run-step-of')).toContainText(fill(t.run.stepOf, { number: 8, count: steps }));
  await expect(new TogetherPage(anna.app).followerBar()).toContainText(fill(t.together.follow.following, { name: 'Mikko Demo' }));
  await expect(anna.page.getByRole('button', { name: t.run.controls.next })).toHaveCount(0);
});
