// Covers the team on several computers on real Chromium IndexedDB + WebCrypto (docs/domain.md: The
// team on several computers): this computer's id is made once and kept; the member using it is
// remembered only while active; the computer that starts a meeting drives it, another computer's
// moves are refused until it takes the meeting over; a member's own score replaces only their own
// entry of the stored round, in place, and leaves every other entry as it was.
import { describe, expect, it } from 'vitest';
import { jumpInMeeting } from '../../renderer/src/db/repositories/agendaRepository';
import { createMeeting, runMeeting, takeOverMeeting, type SeenRun } from '../../renderer/src/db/repositories/meetingRepository';
import { readRiskRound, recordRiskScore, withdrawRiskScore } from '../../renderer/src/db/repositories/riskRoundRepository';
import { addMember, setMemberStatus } from '../../renderer/src/db/repositories/teamRepository';
import { ensureComputerId, readComputerMember, saveComputerMember } from '../../renderer/src/db/repositories/thisComputerRepository';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import type { MeetingPlan, RiskScore } from '../../shared/meeting/meeting';
import { databaseWorld } from './support';

const world = databaseWorld({ prefix: 'keha-together', clock: () => () => new Date('2031-06-02T09:00:00.000Z') });

const chair = { computerId: 'computer-chair', memberId: 'm-sanna' };
const recorder = { computerId: 'computer-recorder', memberId: 'm-mikko' };

const plan: MeetingPlan = {
  roles: { consultingSocialWorker: 'm-sanna' },
  participants: [
    { kind: 'member', id: 'm-sanna' },
    { kind: 'member', id: 'm-mikko' },
  ],
  quickRound: [],
  deepDives: [{ id: 'd-1', familyId: 'f-1', presenterId: 'm-sanna', question: '' }],
  closingNote: '',
};

async function seenOf(id: string): Promise<SeenRun> {
  const { status, stepIndex } = (await world.db.meetings.get(id))!.run;
  return { status, stepIndex };
}

describe('this computer', () => {
  it('makes its id once and keeps it, in the local settings', async () => {
    const [first, second] = await Promise.all([ensureComputerId(world.db), ensureComputerId(world.db)]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    expect(await ensureComputerId(world.db)).toBe(first);
    expect((await world.db.settings.get('computerId'))?.value).toBe(first);
  });

  it('remembers the member using it while they are active, and only an active member', async () => {
    const leena = await addMember(world.session, { name: 'Leena', defaultRole: 'responsibleSocialWorker' });
    expect(await readComputerMember(world.db)).toBeNull();
    await saveComputerMember(world.db, leena);
    expect(await readComputerMember(world.db)).toBe(leena);
    await setMemberStatus(world.session, leena, 'archived');
    // Archived since: the next unlock asks again.
    expect(await readComputerMember(world.db)).toBeNull();
    await expect(saveComputerMember(world.db, leena)).rejects.toBeInstanceOf(RangeError);
    await expect(saveComputerMember(world.db, 'nobody-such')).rejects.toBeInstanceOf(RangeError);
    await saveComputerMember(world.db, null);
    expect(await world.db.settings.get('computerMemberId')).toBeUndefined();
  });
});

describe('the chair’s computer drives the meeting', () => {
  it('starting makes this computer the driver; another computer’s moves are refused until it takes over', async () => {
    const id = await createMeeting(world.session, { scheduledAt: '2031-06-03T09:00:00.000Z', template: weeklyMeetingTemplate, plan });
    const started = await runMeeting(world.session, id, 'start', await seenOf(id), chair);
    expect(started.ok && started.run).toMatchObject({ driver: 'computer-chair', driverMemberId: 'm-sanna', status: 'running' });

    expect(await runMeeting(world.session, id, 'next', await seenOf(id), recorder)).toEqual({ ok: false, reason: 'notDriver' });
    expect(await jumpInMeeting(world.session, id, 'presentation:d-1', await seenOf(id), recorder)).toEqual({ ok: false, reason: 'notDriver' });
    expect((await world.db.meetings.get(id))!.run.stepIndex).toBe(0);

    const moved = await runMeeting(world.session, id, 'next', await seenOf(id), chair);
    expect(moved.ok && moved.run).toMatchObject({ stepIndex: 1, driver: 'computer-chair' });

    // The chair's laptop is gone: the recorder takes over; the phase and its timing stay.
    const before = (await world.db.meetings.get(id))!.run;
    const taken = await takeOverMeeting(world.session, id, recorder);
    expect(taken.ok).toBe(true);
    const after = (await world.db.meetings.get(id))!.run;
    expect(after).toEqual({ ...before, driver: 'computer-recorder', driverMemberId: 'm-mikko' });
    expect(await runMeeting(world.session, id, 'next', await seenOf(id), chair)).toEqual({ ok: false, reason: 'notDriver' });
    expect((await runMeeting(world.session, id, 'next', await seenOf(id), recorder)).ok).toBe(true);
  });

  it('a run with no driver (started before there was one) moves from any computer; a meeting not running is not taken over', async () => {
    const id = await createMeeting(world.session, { scheduledAt: '2031-06-03T09:00:00.000Z', template: weeklyMeetingTemplate, plan });
    expect(await takeOverMeeting(world.session, id, recorder)).toEqual({ ok: false, reason: 'notStarted' });
    const started = await runMeeting(world.session, id, 'start', await seenOf(id));
    expect(started.ok && started.run.driver).toBeUndefined();
    expect((await runMeeting(world.session, id, 'next', await seenOf(id), recorder)).ok).toBe(true);
  });
});

describe('a member’s own score', () => {
  const round = { meetingId: 'meeting-1', agendaItemId: 'd-1', familyId: 'f-1' };
  const score = (participantId: string, value: number | null, reason = ''): RiskScore => ({ participantId, participantName: participantId, score: value, reason, oneUp: '' });

  it('replaces only the scorer’s own entry, in its place, and leaves the others exactly as they were', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4, 'isä tukee'));
    await recordRiskScore(world.session, round, score('m-mikko', 7));
    await recordRiskScore(world.session, round, score('m-leena', null));
    const before = (await readRiskRound(world.session, round.meetingId, round.agendaItemId))!.scores;

    await recordRiskScore(world.session, round, score('m-mikko', 5, 'toinen ajatus'));
    const after = (await readRiskRound(world.session, round.meetingId, round.agendaItemId))!.scores;
    expect(after.map((entry) => entry.participantId)).toEqual(['m-sanna', 'm-mikko', 'm-leena']);
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]).toEqual(score('m-mikko', 5, 'toinen ajatus'));

    await withdrawRiskScore(world.session, round, 'm-mikko');
    expect((await readRiskRound(world.session, round.meetingId, round.agendaItemId))!.scores).toEqual([before[0], before[2]]);
    expect((await world.db.riskRounds.get(`${round.meetingId}|${round.agendaItemId}`))!.revealedAt).toBeNull();
  });
});
