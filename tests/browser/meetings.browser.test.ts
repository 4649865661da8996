// Covers the meeting repositories on real Chromium IndexedDB + WebCrypto, with two windows (two
// database connections) writing at once: a phase change happens once, first notes and first risk
// scores are never lost, a revealed round stays closed, a started meeting's agenda stays frozen;
// plus encryption at rest, a run resuming after the database is closed and opened again, and
// template snapshots stored once however many windows plan with the same template at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type KehaDatabase } from '../../renderer/src/db/database';
import { addAction, listOpenActions, setActionStatus, updateAction } from '../../renderer/src/db/repositories/actionRepository';
import {
  createMeeting,
  MeetingNotEditableError,
  readMeeting,
  runMeeting,
  updateMeetingPlan,
  type SeenRun,
} from '../../renderer/src/db/repositories/meetingRepository';
import { noteId, readMeetingNotes, saveMeetingNote } from '../../renderer/src/db/repositories/meetingNoteRepository';
import {
  readRiskRound,
  recordRiskScore,
  revealRiskRound,
  RiskRoundRevealedError,
} from '../../renderer/src/db/repositories/riskRoundRepository';
import { unlockVaultIn } from '../../renderer/src/db/repositories/vaultRepository';
import type { Session } from '../../renderer/src/db/session';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { elapsedInPhase } from '../../shared/meeting/engine';
import type { MeetingPlan, RiskScore } from '../../shared/meeting/meeting';
import { fastIterations, inspectStored, passphrase } from '../unit/db/support';
import { databaseWorld } from './support';

const minute = 60_000;

let time: number;
/** Other windows' connections, closed after each test (before the world closes and deletes the database). */
const connections: KehaDatabase[] = [];
const now = () => new Date(time);

const world = databaseWorld({
  prefix: 'keha-meetings',
  clock: () => {
    time = Date.parse('2031-06-02T09:00:00.000Z');
    return now;
  },
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const connection of connections.splice(0)) connection.close();
});

/** Another window: its own connection to the same database, unlocked with the same passphrase. */
async function secondWindow(): Promise<Session> {
  const other = openDatabase(world.name);
  connections.push(other);
  return { db: other, dataKey: await unlockVaultIn(other, passphrase, fastIterations), now };
}

/** Lets another window write at the worst moment: while this window encrypts its change, before its write transaction. */
function whileNextEncrypting(meanwhile: () => Promise<unknown>) {
  const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'encrypt').mockImplementationOnce(async (...args: Parameters<SubtleCrypto['encrypt']>) => {
    await meanwhile();
    return encrypt(...args);
  });
}

const plan: MeetingPlan = {
  roles: { consultingSocialWorker: 'm-sanna' },
  participants: [
    { kind: 'member', id: 'm-sanna' },
    { kind: 'guest', id: 'g-liisa', name: 'Liisa Lahtinen', organisation: 'Keskuskoulu' },
  ],
  quickRound: [{ id: 'q-1', familyId: 'f-1' }],
  deepDives: [{ id: 'd-1', familyId: 'f-1', presenterId: 'm-sanna', question: 'Miten tukea äitiä arjessa?' }],
  closingNote: '',
};
const planned = () => createMeeting(world.session, { scheduledAt: '2031-06-03T09:00:00.000Z', template: weeklyMeetingTemplate, plan });

async function seenOf(id: string): Promise<SeenRun> {
  const { status, stepIndex } = (await world.db.meetings.get(id))!.run;
  return { status, stepIndex };
}

describe('two windows running one meeting', () => {
  it('both pressing "next" from the same view move the meeting exactly one step; the other is told', async () => {
    const id = await planned();
    expect((await runMeeting(world.session, id, 'start', await seenOf(id))).ok).toBe(true);
    const other = await secondWindow();
    const seen = await seenOf(id);
    time += 5 * minute;

    const results = await Promise.all([runMeeting(world.session, id, 'next', seen), runMeeting(other, id, 'next', seen)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: 'changedElsewhere' });
    const stored = (await world.db.meetings.get(id))!;
    expect(stored.run.stepIndex).toBe(1);
    expect(stored.run.stepLog).toHaveLength(1);
    expect((await readMeeting(other, id))!.run).toEqual(stored.run);
  });

  it('"pause" in one window and "next" in the other from the same view: only one happens', async () => {
    const id = await planned();
    await runMeeting(world.session, id, 'start', await seenOf(id));
    const other = await secondWindow();
    const seen = await seenOf(id);
    const [paused, moved] = await Promise.all([runMeeting(world.session, id, 'pause', seen), runMeeting(other, id, 'next', seen)]);
    expect([paused.ok, moved.ok].filter(Boolean)).toHaveLength(1);
    const run = (await world.db.meetings.get(id))!.run;
    expect(paused.ok ? run.status === 'paused' && run.stepIndex === 0 : run.status === 'running' && run.stepIndex === 1).toBe(true);
  });

  it('a plan edit being saved while the other window starts the meeting is refused, and the agenda stays as it started', async () => {
    const id = await planned();
    const other = await secondWindow();
    whileNextEncrypting(() => runMeeting(other, id, 'start', { status: 'notStarted', stepIndex: 0 }));
    await expect(updateMeetingPlan(world.session, id, (current) => ({ ...current, deepDives: [] }))).rejects.toBeInstanceOf(
      MeetingNotEditableError,
    );
    expect((await readMeeting(world.session, id))!).toMatchObject({ status: 'running', deepDives: plan.deepDives });
  });

  it('resumes with the right time after the database is closed and opened again', async () => {
    const id = await planned();
    await runMeeting(world.session, id, 'start', await seenOf(id));
    time += 4 * minute;
    await runMeeting(world.session, id, 'pause', await seenOf(id));
    time += 20 * minute;
    await runMeeting(world.session, id, 'resume', await seenOf(id));
    time += minute;
    world.db.close();

    time += 2 * minute;
    const reopened = openDatabase(world.name);
    connections.push(reopened);
    const meeting = (await readMeeting({ db: reopened, dataKey: await unlockVaultIn(reopened, passphrase, fastIterations), now }, id))!;
    expect(meeting.status).toBe('running');
    expect(elapsedInPhase(meeting.run, time)).toBe(7 * minute);
  });
});

describe('template snapshots', () => {
  it('two windows planning meetings with the same template at once store one snapshot, shared by both', async () => {
    const other = await secondWindow();
    const meetings = { ...plan, deepDives: [] };
    const ids = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        createMeeting(i % 2 ? other : world.session, { scheduledAt: `2031-06-${10 + i}T09:00:00.000Z`, template: weeklyMeetingTemplate, plan: meetings }),
      ),
    );
    expect(await world.db.meetings.count()).toBe(6);
    expect(await world.db.meetingTemplates.count()).toBe(1);
    const [snapshot] = await world.db.meetingTemplates.toArray();
    for (const id of ids) {
      expect((await world.db.meetings.get(id))!.templateId).toBe(snapshot!.id);
      expect((await readMeeting(other, id))!.template).toEqual(weeklyMeetingTemplate);
    }
  });

  it('a template change being saved while the other window starts the meeting is refused and stores no snapshot', async () => {
    const id = await planned();
    const other = await secondWindow();
    whileNextEncrypting(() => runMeeting(other, id, 'start', { status: 'notStarted', stepIndex: 0 }));
    await expect(updateMeetingPlan(world.session, id, (current) => current, { template: interimReviewTemplate })).rejects.toBeInstanceOf(
      MeetingNotEditableError,
    );
    expect(await world.db.meetingTemplates.count()).toBe(1);
    expect((await readMeeting(other, id))!).toMatchObject({ status: 'running', template: weeklyMeetingTemplate });
  });

  it('a template change saved while planned moves the meeting to the new snapshot and keeps the old one', async () => {
    const id = await planned();
    const before = (await world.db.meetings.get(id))!.templateId;
    await updateMeetingPlan(world.session, id, (current) => current, { template: interimReviewTemplate });
    const after = (await world.db.meetings.get(id))!.templateId;
    expect(after).not.toBe(before);
    expect((await world.db.meetingTemplates.bulkGet([before, after])).map((row) => row?.template.name.en)).toEqual([
      weeklyMeetingTemplate.name.en,
      interimReviewTemplate.name.en,
    ]);
    expect((await readMeeting(world.session, id))!.template).toEqual(interimReviewTemplate);
  });
});

describe('two windows capturing at once', () => {
  const target = { meetingId: 'meeting-1', stepKey: 'opening', familyId: null };

  it('first saves of the same note from both windows leave one record with the text saved last', async () => {
    const other = await secondWindow();
    whileNextEncrypting(() => saveMeetingNote(other, target, 'Toisen ikkunan teksti'));
    await saveMeetingNote(world.session, target, 'Tämän ikkunan teksti, tallennettu viimeisenä');
    expect(await world.db.meetingNotes.count()).toBe(1);
    expect((await readMeetingNotes(other, 'meeting-1')).get('opening')?.text).toBe('Tämän ikkunan teksti, tallennettu viimeisenä');

    await Promise.all([saveMeetingNote(world.session, target, 'A'), saveMeetingNote(other, target, 'B')]);
    expect(await world.db.meetingNotes.count()).toBe(1);
    expect(['A', 'B']).toContain((await readMeetingNotes(world.session, 'meeting-1')).get('opening')?.text);
  });

  it('stores notes encrypted', async () => {
    await saveMeetingNote(world.session, target, 'Äiti kertoi, että isä muutti pois.');
    const stored = inspectStored(await world.db.meetingNotes.get(noteId('meeting-1', 'opening')));
    for (const secret of ['Äiti', 'isä', 'muutti']) expect(stored, secret).not.toContain(secret);
  });

  const round = { meetingId: 'meeting-1', agendaItemId: 'd-1', familyId: 'f-1' };
  const score = (participantId: string, value: number): RiskScore => ({
    participantId,
    participantName: participantId,
    score: value,
    reason: 'Mummo auttaa arjessa',
    oneUp: '',
  });

  it('two first risk scores from two windows are both kept', async () => {
    const other = await secondWindow();
    await Promise.all([recordRiskScore(world.session, round, score('m-sanna', 4)), recordRiskScore(other, round, score('m-mikko', 7))]);
    const scores = (await readRiskRound(world.session, 'meeting-1', 'd-1'))!.scores;
    expect(scores.map((s) => s.score).sort()).toEqual([4, 7]);
    expect(inspectStored(await world.db.riskRounds.toArray())).not.toContain('Mummo');
  });

  it('a score being saved while the other window reveals is refused; the revealed scores stay as revealed', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4));
    const other = await secondWindow();
    whileNextEncrypting(() => revealRiskRound(other, 'meeting-1', 'd-1'));
    await expect(recordRiskScore(world.session, round, score('m-mikko', 9))).rejects.toBeInstanceOf(RiskRoundRevealedError);
    const revealed = (await readRiskRound(other, 'meeting-1', 'd-1'))!;
    expect(revealed.revealedAt).not.toBeNull();
    expect(revealed.scores.map((s) => s.participantId)).toEqual(['m-sanna']);
  });

  it('an action edited in one window and marked done in the other keeps both', async () => {
    const id = await addAction(world.session, {
      kind: 'action',
      meetingId: 'meeting-1',
      familyId: 'f-1',
      text: 'Soita koululle',
      ownerId: null,
      ownerName: '',
      due: '2031-06-10',
    });
    const other = await secondWindow();
    whileNextEncrypting(() => setActionStatus(other, id, 'done'));
    await updateAction(world.session, id, { text: 'Soita rehtorille', due: '2031-06-12' });
    expect(await listOpenActions(world.session)).toEqual([]);
    const stored = (await world.db.actions.get(id))!;
    expect(stored).toMatchObject({ status: 'done', due: '2031-06-12' });
    expect(inspectStored(stored)).not.toContain('rehtorille');
  });
});
