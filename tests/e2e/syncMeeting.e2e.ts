// A meeting run by the chair with the team on three computers, in sync through the team server
// (pouchdb-server on 127.0.0.1, tests/e2e/support/syncServer.ts): Anna's computer (the chair) makes
// the team, a family and the weekly meeting's plan and connects to the server; Ben's and Cecilia's
// computers join and say who is using them. Anna starts the meeting: the followers show its phase,
// family and timers, have no phase controls (Alt+→ moves nothing) and follow every move. Ben captures
// into the running meeting (a note, a hypothesis, an action, a question for the family) and Anna sees
// it. In the scoring round each member scores on their own laptop: no computer shows a value before
// the reveal (the chair sees who has scored), all three show every score after it, without a
// conflict. Cecilia's laptop drops off the network, keeps capturing, comes back and catches up.
// Anna finishes; Ben's computer has the record. The room's screen, opened from Anna's computer, only
// follows her: scored or not before the reveal, anonymous dots after it, nothing of the followers'.
// Cecilia's computer is in Finnish (the follower's banner and own score). docs/domain.md: The team on
// several computers.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/syncServer';
import type { Computer } from './models/Computer';
import { FacilitatorPage } from './models/FacilitatorPage';
import { MeetingsPage } from './models/MeetingsPage';
import { RecordPage } from './models/RecordPage';
import { SharedScreenPage } from './models/SharedScreenPage';
import { TeamSync } from './models/TeamSync';
import { TogetherPage } from './models/TogetherPage';
import { fill } from './models/texts';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';

const members = { anna: 'Anna Aalto', ben: 'Ben Berg', cecilia: 'Cecilia Cole' } as const;
const family = { code: 'SYN-201', label: 'Koskinen' };
/** The weekly meeting with one deep-dive family and no quick round families: nine steps. */
const steps = 9;
/** A phase of the weekly meeting by its id: its step number here, its name in the computer's language. */
const phases = { presentation: 3, hypothesising: 5, riskScaling: 7, plan: 8, recordingAndClose: 9 } as const;
type PhaseId = keyof typeof phases;
const scores = { anna: 4, ben: 6, cecilia: 7 } as const;

/** A computer with the run screen's page objects on it. */
function phaseName(id: PhaseId, language: 'fi' | 'en'): string {
  const phase = weeklyMeetingTemplate.phases.find((candidate) => candidate.id === id);
  if (!phase) throw new Error(`No phase ${id}`);
  return phase.name[language];
}

function seat(computer: Computer) {
  const run = new FacilitatorPage(computer.app);
  /** Waits until this computer shows the phase (in its own language) at its step. */
  const expectPhase = (id: PhaseId) => run.expectPhase(phaseName(id, computer.app.language), phases[id], steps);
  return { computer, page: computer.page, app: computer.app, run, together: new TogetherPage(computer.app), expectPhase };
}
type Seat = ReturnType<typeof seat>;

/** "0:04:34 / 0:10:00" (or "4:34 / …"): the elapsed part in seconds. */
async function elapsedSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.run-timer-value [aria-hidden="true"]').textContent()) ?? '';
  const clock = /^\s*([\d:]+)/.exec(text)?.[1];
  if (!clock) throw new Error(`No elapsed time in "${text}"`);
  return clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * The follower's timer is within 2 s of the chair's: the chair's is read before and after the
 * follower's, and each display rounds down to the second (so one more second either way).
 */
async function expectTimerFollows(chair: Locator, follower: Locator) {
  const before = await elapsedSeconds(chair);
  const followed = await elapsedSeconds(follower);
  const after = await elapsedSeconds(chair);
  expect(followed).toBeGreaterThanOrEqual(before - 2 - 1);
  expect(followed).toBeLessThanOrEqual(after + 2 + 1);
}

async function expectFollowing(follower: Seat, chair: Seat, phase: PhaseId) {
  await chair.expectPhase(phase);
  await follower.expectPhase(phase);
  await expect(follower.together.followerBar()).toContainText(fill(follower.app.t.together.follow.following, { name: members.anna }));
  await expect(follower.run.controls()).toHaveCount(0);
  await expectTimerFollows(chair.run.phaseTimer(), follower.run.phaseTimer());
  await expectTimerFollows(chair.run.meetingTimer(), follower.run.meetingTimer());
}

/** On a computer following the run: "Your score", privately. */
async function scoreOwn(seat: Seat, name: string, score: number, reason: string) {
  const t = seat.app.t;
  await seat.together.ownScore().getByRole('button', { name: t.together.score.scoreNow }).click();
  const dialog = seat.page.getByRole('dialog', { name: fill(t.run.risk.dialogTitle, { name }) });
  await dialog.getByRole('radio', { name: String(score), exact: true }).check();
  await dialog.getByLabel(t.run.risk.reason, { exact: true }).fill(reason);
  await dialog.getByRole('button', { name: t.run.risk.save }).click();
  await expect(dialog).toBeHidden();
  await expect(seat.together.ownScore()).toContainText(t.together.score.scored);
}

/** No score value and no reason of anyone shows on this computer. */
async function expectNoScoreShown(seat: Seat) {
  await expect(seat.run.riskPanel()).toBeVisible();
  for (const score of Object.values(scores)) await expect(seat.run.riskPanel()).not.toContainText(new RegExp(`(^|\\D)${score}(\\D|$)`));
  await expect(seat.run.riskPanel().locator('.run-risk-score')).toHaveCount(0);
  await expect(seat.run.riskTable()).toHaveCount(0);
  await expect(seat.run.riskPanel()).not.toContainText('reason-');
}

function conflictNotice(seat: Seat) {
  return seat.page.getByText(seat.app.t.syncConflict.notice.title);
}

test('a meeting run by the chair with a recorder and private scores from three laptops', async ({ teamServer, computers }) => {
  test.setTimeout(90_000);

  // Anna's computer: the team, a family, the week's plan; then the team server.
  const anna = seat(await computers.open('anna'));
  await anna.computer.openApp();
  await anna.app.setLanguage('en');
  await anna.app.start();
  await anna.app.team.goto();
  await anna.app.team.addMember(members.anna, 'consultingSocialWorker');
  await anna.app.team.addMember(members.ben, 'teamCoordinator');
  await anna.app.team.addMember(members.cecilia, 'familyTherapist');
  await anna.together.chooseMember(members.anna);
  await anna.app.families.goto();
  await anna.app.families.create(family);
  await new MeetingsPage(anna.app).goto();
  const planner = await new MeetingsPage(anna.app).planMeeting();
  await planner.addDeepDive(family.code, members.cecilia);
  for (const name of Object.values(members)) await expect(planner.member(name)).toBeChecked();
  await planner.expectSaved();
  const meetingId = planner.meetingId();
  await new TeamSync(anna.computer).connect(teamServer.databaseUrl, teamServer.members.anna);

  // Ben's and Cecilia's computers join the team and say who is using them (Cecilia's in Finnish).
  const ben = seat(await computers.open('ben'));
  const cecilia = seat(await computers.open('cecilia'));
  for (const [follower, user, name, language] of [
    [ben, teamServer.members.ben, members.ben, 'en'],
    [cecilia, teamServer.members.cecilia, members.cecilia, 'fi'],
  ] as const) {
    await follower.computer.openApp();
    if (language !== 'fi') await follower.app.setLanguage(language);
    await new TeamSync(follower.computer).join(teamServer.databaseUrl, user);
    await follower.together.chooseMember(name);
  }

  // Anna starts the meeting; the other laptops follow it live.
  await anna.run.startFromPlan(meetingId);
  const room = await SharedScreenPage.openFrom(anna.page, 'en');
  await anna.run.advance(phases.presentation - 1);
  await room.expectPhase(phaseName('presentation', 'en'), phases.presentation, steps);
  for (const follower of [ben, cecilia]) {
    await new MeetingsPage(follower.app).goto();
    await new MeetingsPage(follower.app).continueRunning(family.code);
    await expectFollowing(follower, anna, 'presentation');
    await expect(follower.run.familyCard()).toContainText(family.code);
    await expect(follower.run.familyCard()).toContainText(family.label);
    // The room's screen is the chair's alone.
    await expect(SharedScreenPage.openButton(follower.page, follower.app.language)).toHaveCount(0);
  }
  // Alt+→ on a follower moves nothing: after the chair's two moves, every computer is two phases on.
  await ben.run.shortcut('next');
  await cecilia.run.shortcut('next');
  await anna.run.advance(phases.hypothesising - phases.presentation);
  for (const follower of [ben, cecilia]) await expectFollowing(follower, anna, 'hypothesising');

  // Ben, the recorder, captures into the running meeting: Anna sees it, proposed by Ben.
  const note = 'Ben notes: the grandmother helps at weekends (note-ben).';
  const hypothesis = 'One possible idea is that the move cut the family off from friends (hyp-ben).';
  await ben.run.notes().fill(note);
  await ben.run.expectNotesSaved();
  await ben.run.addHypothesis(hypothesis, null);
  await expect(anna.run.notes()).toHaveValue(note);
  await expect(anna.run.ourHypotheses().filter({ hasText: hypothesis })).toContainText(members.ben);

  // The scoring round: each member scores on their own laptop, all at once.
  await anna.run.advance(phases.riskScaling - phases.hypothesising);
  for (const follower of [ben, cecilia]) await expectFollowing(follower, anna, 'riskScaling');
  await expect(cecilia.together.ownScore()).toContainText(cecilia.app.t.together.score.hidden);
  await Promise.all([
    scoreOwn(ben, members.ben, scores.ben, 'reason-ben'),
    scoreOwn(cecilia, members.cecilia, scores.cecilia, 'reason-cecilia'),
    anna.run.score(members.anna, scores.anna, 'reason-anna', 'oneup-anna'),
  ]);
  // Before the reveal no computer shows a value; the chair sees who has scored.
  for (const seat of [anna, ben, cecilia]) {
    await expect(seat.run.riskProgress()).toHaveText(fill(seat.app.t.run.risk.progress, { scored: 3, count: 3 }));
    await expectNoScoreShown(seat);
  }
  for (const name of Object.values(members)) await expect(anna.run.riskRow(name)).toContainText(anna.app.t.run.risk.scored);
  const shots = process.env.KEHA_SHOTS;
  if (shots) for (const seat of [anna, ben, cecilia]) await seat.page.screenshot({ path: `${shots}/sync-meeting-scored-${seat.computer.name}.png`, fullPage: true });
  // The room's screen: who scored, never what, and nothing of the followers' own scores.
  await expect(room.scoredCount()).toBeVisible();
  await expect(room.dotLine()).toHaveCount(0);
  await anna.run.reveal(false);
  // After the reveal the room gets the dots, without names or reasons.
  await expect(room.dots()).toHaveCount(3);
  const onTheWall = await room.page.locator('body').innerText();
  for (const secret of [...Object.values(members), 'reason-']) expect(onTheWall, secret).not.toContain(secret);
  for (const seat of [anna, ben, cecilia]) {
    for (const [who, score] of Object.entries(scores)) {
      await expect(seat.run.riskTable().getByRole('row').filter({ hasText: members[who as keyof typeof members] })).toContainText(String(score));
    }
    await expect(conflictNotice(seat)).toHaveCount(0);
  }

  // The plan: Ben adds an action and a question for the family.
  await anna.run.advance(1);
  for (const follower of [ben, cecilia]) await expectFollowing(follower, anna, 'plan');
  const action = 'Cecilia visits the family on Tuesday (act-ben)';
  const question = 'What helps weekends go well (ask-ben)?';
  await ben.run.fillAction({ what: action, owner: members.cecilia, due: '2031-06-10' });
  await expect(ben.run.ourActions().filter({ hasText: action })).toHaveCount(1);
  await ben.run.addQuestion(question);
  await expect(anna.run.ourActions().filter({ hasText: action })).toContainText(members.cecilia);
  await expect(anna.run.questionsPanel()).toContainText(question);

  // Cecilia's laptop drops off the network; she keeps writing; Anna moves on meanwhile.
  await cecilia.computer.goOffline();
  const offlineNote = 'Cecilia, offline: ask about the school bus (note-cecilia).';
  await cecilia.run.notes().fill(offlineNote);
  await cecilia.run.expectNotesSaved();
  const cecilias = new TeamSync(cecilia.computer);
  // Her header says so, with changes waiting (in Finnish: "Ei yhteyttä … alkaen · 1 muutos odottaa";
  // an autosave may leave more than one).
  const waiting = fill(cecilia.app.t.sync.status.offlineWaiting_one, { time: '\u0000', count: 1 }).split('\u0000');
  await expect(cecilias.status()).toHaveText(new RegExp(`^${waiting[0]}.+ · \\d+ .*${waiting[1]!.split(' ').pop()}`));
  await anna.run.advance(1);
  await expectFollowing(ben, anna, 'recordingAndClose');
  await cecilia.expectPhase('plan');
  // Back on the network: she catches up with the chair, and her note reaches Anna.
  await cecilia.computer.goOnline();
  await cecilias.expectSynced();
  await expectFollowing(cecilia, anna, 'recordingAndClose');
  await anna.run.shortcut('previous');
  await anna.expectPhase('plan');
  await expect(anna.run.notes()).toHaveValue(offlineNote);
  await anna.run.shortcut('next');
  await expectFollowing(cecilia, anna, 'recordingAndClose');
  await room.expectPhase(phaseName('recordingAndClose', 'en'), phases.recordingAndClose, steps);
  await expect(room.page.locator('body')).not.toContainText(offlineNote);

  // Anna finishes; Ben's run screen says so and leads to the record, which has everything.
  await anna.run.finish();
  await expect(ben.page.getByRole('heading', { level: 1, name: ben.app.t.run.finished.title })).toBeVisible();
  await ben.page.getByRole('link', { name: ben.app.t.run.finished.openRecord }).click();
  const record = new RecordPage(ben.app);
  await record.expectOpen();
  await record.openWholeRecord();
  for (const text of [note, hypothesis, action, question, offlineNote, 'reason-ben', 'reason-cecilia', 'reason-anna']) {
    await expect(record.shown()).toContainText(text);
  }
  for (const seat of [anna, ben, cecilia]) await expect(conflictNotice(seat)).toHaveCount(0);
});
