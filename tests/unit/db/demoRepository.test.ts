// Covers db/repositories/demoRepository.ts: loading and removing the demonstration team never touches real data.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KehaDatabase } from '../../../renderer/src/db/database';
import { countDemoData, hasDemoData, isEmptyInstall, loadDemoTeam, removeDemoData, restoreDemoData } from '../../../renderer/src/db/repositories/demoRepository';
import { CodeTakenError, createFamily, listFamilies, readFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { addMember, listMembers, readTeam, saveTeamName } from '../../../renderer/src/db/repositories/teamRepository';
import { addAction } from '../../../renderer/src/db/repositories/actionRepository';
import { createCarePeriod } from '../../../renderer/src/db/repositories/carePeriodRepository';
import { createHypothesis, reviseHypothesis } from '../../../renderer/src/db/repositories/hypothesisRepository';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import { createMeeting, duplicateMeeting, listMeetings, readMeeting, runMeeting, updateMeetingPlan } from '../../../renderer/src/db/repositories/meetingRepository';
import { saveMeetingNote } from '../../../renderer/src/db/repositories/meetingNoteRepository';
import { saveQuickRoundLine } from '../../../renderer/src/db/repositories/quickRoundRepository';
import { recordRiskScore, revealRiskRound } from '../../../renderer/src/db/repositories/riskRoundRepository';
import type { Session } from '../../../renderer/src/db/session';
import { demoFamilies, demoMembers, demoTeamName } from '../../../shared/demo/demoTeam';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { suggestedMeetingTime } from '../../../shared/meeting/plan';
import { createThreeHousesSession } from '../../../renderer/src/db/repositories/threeHousesRepository';
import { addTimelineEvent } from '../../../renderer/src/db/repositories/timelineRepository';
import { newSession } from '../../../shared/threeHouses/session';
import { comparable, freshDatabase, inspectStored, steppingClock, unlockedSession } from './support';

let db: KehaDatabase;
let session: Session;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDatabase());
  session = await unlockedSession(db, { now: steppingClock('2031-06-01T10:00:00.000Z') });
});
afterEach(() => cleanup());

describe('demo data', () => {
  it('an install is empty until a member or family exists', async () => {
    expect(await isEmptyInstall(db)).toBe(true);
    expect(await hasDemoData(db)).toBe(false);
    await addMember(session, { name: 'Sanna', defaultRole: 'familyTherapist' });
    expect(await isEmptyInstall(db)).toBe(false);
    expect(await hasDemoData(db)).toBe(false);
  });

  it('loads the whole demo team, encrypted, marked demo, with workers linked and birth years from the session clock', async () => {
    await loadDemoTeam(session);
    expect(await hasDemoData(db)).toBe(true);
    expect(await readTeam(session)).toEqual({ name: demoTeamName, demo: true });

    const members = await listMembers(session);
    expect(members.map((m) => m.name).sort()).toEqual(demoMembers.map((m) => m.name).sort());
    expect(members.every((m) => m.demo)).toBe(true);

    const families = await listFamilies(session);
    const expected = demoFamilies(2031);
    expect(families.map((f) => f.code).sort()).toEqual(expected.map((f) => f.code).sort());
    expect(await db.families.where('demo').equals(1).count()).toBe(expected.length);
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    for (const want of expected) {
      const got = families.find((f) => f.code === want.code)!;
      expect(got).toMatchObject({ label: want.label, status: want.status, notes: want.notes, demo: true });
      const worker = want.responsible ? demoMembers.find((m) => m.key === want.responsible)!.name : undefined;
      expect(got.responsibleMemberId ? nameOf.get(got.responsibleMemberId) : undefined).toBe(worker);
      expect(got.children.map(({ pseudonym, birthYear }) => ({ pseudonym, birthYear }))).toEqual(want.children);
    }
    for (const row of await db.families.toArray()) expect(inspectStored(row)).not.toContain('Kuvitteellinen');
  });

  it('remove deletes every demo row and the demo team name, leaving an empty install', async () => {
    await loadDemoTeam(session);
    await removeDemoData(session);
    expect(await hasDemoData(db)).toBe(false);
    expect(await isEmptyInstall(db)).toBe(true);
    expect(await readTeam(session)).toEqual({ name: '', demo: false });
  });

  it('load then remove leaves real families, members and the team name byte-for-byte untouched', async () => {
    await saveTeamName(session, 'Oikea tiimi');
    const memberId = await addMember(session, { name: 'Oikea Työntekijä', defaultRole: 'familyTherapist' });
    const familyId = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: memberId });
    const before = comparable({ team: await db.team.get('team'), members: await db.members.toArray(), families: await db.families.toArray() });

    await loadDemoTeam(session);
    expect((await readTeam(session)).name).toBe('Oikea tiimi');
    expect(await db.families.count()).toBe(1 + demoFamilies(2031).length);
    await removeDemoData(session);

    const after = comparable({ team: await db.team.get('team'), members: await db.members.toArray(), families: await db.families.toArray() });
    expect(after).toEqual(before);
    expect(await readFamily(session, familyId)).toMatchObject({ label: 'oikea perhe', demo: false });
  });

  it('a team name the user typed while the demo was loaded survives removing the demo', async () => {
    await loadDemoTeam(session);
    await saveTeamName(session, 'Meidän tiimi');
    await removeDemoData(session);
    expect(await readTeam(session)).toEqual({ name: 'Meidän tiimi', demo: false });
  });

  it('if loading fails half-way (a real family already has a demo code) nothing of the demo stays and real data is untouched', async () => {
    const realId = await createFamily(session, { code: 'demo-103', label: 'real family', responsibleMemberId: null });
    const before = comparable(await db.families.get(realId));
    await expect(loadDemoTeam(session)).rejects.toBeInstanceOf(CodeTakenError);
    expect(await hasDemoData(db)).toBe(false);
    expect(await db.members.count()).toBe(0);
    expect(await db.families.toCollection().primaryKeys()).toEqual([realId]);
    expect(comparable(await db.families.get(realId))).toEqual(before);
    expect(await readTeam(session)).toEqual({ name: '', demo: false });
  });
});

describe('the demonstration meeting', () => {
  /** Captures one of everything in `meetingId` about `familyId` (a note on its deep-dive step, a hypothesis, a risk round, an action). */
  async function captureIn(meetingId: string, agendaItemId: string, familyId: string, text: string) {
    await saveMeetingNote(session, { meetingId, stepKey: `hypotheses:${agendaItemId}`, familyId }, `${text} muistiinpano`);
    const hypothesis = await createHypothesis(session, { meetingId, familyId, card: emptyCard(`${text} hypoteesi`) });
    await reviseHypothesis(session, hypothesis, { status: 'strengthened', reason: `${text} syy` }, { meetingId });
    const score = { participantId: 'p', participantName: 'P', score: 5, reason: `${text} perustelu`, oneUp: '' };
    await recordRiskScore(session, { meetingId, agendaItemId, familyId }, score);
    await revealRiskRound(session, meetingId, agendaItemId);
    await addAction(session, { kind: 'action', meetingId, familyId, text: `${text} tehtävä`, ownerId: null, ownerName: '', due: null });
  }

  const capturedTables = ['meetingNotes', 'hypotheses', 'hypothesisRevisions', 'riskRounds', 'actions'] as const;
  const snapshot = async () =>
    comparable(
      Object.fromEntries(
        await Promise.all(
          ['team', 'members', 'families', 'meetings', ...capturedTables].map(async (table) => [table, await db.table(table).toArray()] as const),
        ),
      ),
    );

  it('is planned for tomorrow at 9 with the demo team, every active demo family on the quick round and two deep dives', async () => {
    await loadDemoTeam(session);
    const meetings = await listMeetings(session);
    expect(meetings).toHaveLength(1);
    const meeting = meetings[0]!;
    expect(meeting).toMatchObject({ status: 'planned', demo: true, closingNote: '' });
    expect(meeting.template).toEqual(weeklyMeetingTemplate);
    expect(meeting.scheduledAt).toBe(suggestedMeetingTime(new Date('2031-06-01T10:00:00.000Z')).toISOString());

    const members = await listMembers(session);
    const families = await listFamilies(session);
    expect(meeting.participants.map((p) => p.id).sort()).toEqual(members.map((m) => m.id).sort());
    const active = families.filter((f) => f.status === 'active');
    expect(meeting.quickRound.map((item) => item.familyId).sort()).toEqual(active.map((f) => f.id).sort());
    expect(meeting.deepDives).toHaveLength(2);
    for (const dive of meeting.deepDives) {
      expect(active.map((f) => f.id)).toContain(dive.familyId);
      expect(dive.question.length).toBeGreaterThan(0);
      if (dive.presenterId) expect(meeting.participants.map((p) => p.id)).toContain(dive.presenterId);
    }
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    expect(nameOf.get(meeting.roles.consultingSocialWorker!)).toBe('Kaisa Demo');
    // Ready to run: two deep-dive families give the template's per-family phases twice.
    const row = (await db.meetings.get(meeting.id))!;
    expect(buildMeetingSteps(meeting.template, row.outline)).toHaveLength(2 + 6 * 2 + 1);
    expect(inspectStored(row)).not.toContain('Miten voisimme');
  });

  it('removing the demo deletes its meeting and everything captured in it or about demo families, and keeps every real row as it was', async () => {
    await saveTeamName(session, 'Oikea tiimi');
    const realMember = await addMember(session, { name: 'Oikea Työntekijä', defaultRole: 'familyTherapist' });
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: realMember });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    const demoFamily = demoMeeting.deepDives[0]!.familyId;

    // Captured in the demo meeting, about a demo family.
    await captureIn(demoMeeting.id, demoMeeting.deepDives[0]!.id, demoFamily, 'Demo');
    await runMeeting(session, demoMeeting.id, 'start', { status: 'notStarted', stepIndex: 0 });

    // A real meeting that (by mistake or on purpose) also took up a demo family.
    const plan = {
      roles: {},
      participants: [{ kind: 'member' as const, id: realMember }],
      quickRound: [],
      deepDives: [
        { id: 'real-item', familyId: realFamily, presenterId: realMember, question: 'Oikea kysymys' },
        { id: 'demo-item', familyId: demoFamily, presenterId: null, question: '' },
      ],
      closingNote: '',
    };
    const realMeeting = await createMeeting(session, { scheduledAt: '2031-06-05T09:00:00.000Z', template: weeklyMeetingTemplate, plan });
    await saveMeetingNote(session, { meetingId: realMeeting, stepKey: 'opening', familyId: null }, 'Oikea avaus');
    const before = await snapshot();
    await captureIn(realMeeting, 'real-item', realFamily, 'Oikea');
    const withReal = await snapshot();
    await captureIn(realMeeting, 'demo-item', demoFamily, 'Demoperhe');

    await removeDemoData(session);

    expect(await listMeetings(session)).toHaveLength(1);
    expect(await hasDemoData(db)).toBe(false);
    const after = (await snapshot()) as Record<string, unknown[]>;
    const expected = withReal as Record<string, unknown[]>;
    // Every real row is byte-for-byte as it was; nothing of the demo (nor about a demo family) is left.
    for (const table of ['team', 'members', 'families', 'meetings', ...capturedTables]) {
      const realRows = (expected[table] as { demo?: number; familyId?: string; meetingId?: string }[]).filter(
        (row) => row.demo !== 1 && row.meetingId !== demoMeeting.id && row.familyId !== demoFamily,
      );
      expect(after[table], table).toEqual(realRows);
    }
    expect(before).not.toEqual(withReal);
    for (const table of capturedTables) expect(await db.table(table).where('meetingId').equals(realMeeting).count(), table).toBeGreaterThan(0);
  });

  it('removing the demo deletes demo families’ timelines and three-houses sessions and keeps a real family’s exactly', async () => {
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoFamily = (await listFamilies(session)).find((family) => family.demo)!;
    const method = async (familyId: string, childId: string, text: string) => {
      await addTimelineEvent(session, {
        familyId,
        event: {
          date: { precision: 'season', year: 2030, season: 'spring' },
          endDate: null,
          title: `${text} tapahtuma`,
          category: 'strengths',
          people: [],
          source: 'familyAccount',
          sourceNote: '',
          actionTaken: '',
          ownView: '',
          shownToFamily: true,
        },
      });
      await createThreeHousesSession(session, { familyId, session: newSession({ childId, date: '2031-05-30', worker: { memberId: null, name: text } }) });
    };
    await method(realFamily, 'real-child', 'Oikea');
    const real = comparable([await db.timelineEvents.toArray(), await db.threeHousesSessions.toArray()]);
    await method(demoFamily.id, demoFamily.children[0]?.id ?? 'demo-child', 'Demo');

    await removeDemoData(session);
    expect(comparable([await db.timelineEvents.toArray(), await db.threeHousesSessions.toArray()])).toEqual(real);
    expect(await db.timelineEvents.count()).toBe(1);
    expect(await db.threeHousesSessions.count()).toBe(1);
  });

  it('if loading fails half-way no demo meeting is left behind', async () => {
    await createFamily(session, { code: 'demo-103', label: 'real family', responsibleMemberId: null });
    await expect(loadDemoTeam(session)).rejects.toBeInstanceOf(CodeTakenError);
    expect(await db.meetings.count()).toBe(0);
  });
});

describe('removing the demonstration data keeps real work and can be undone', () => {
  async function captureIn(meetingId: string, familyId: string, text: string) {
    const hypothesis = await createHypothesis(session, { meetingId, familyId, card: emptyCard(`${text} hypoteesi`) });
    await reviseHypothesis(session, hypothesis, { status: 'strengthened', reason: `${text} syy` }, { meetingId });
    await addAction(session, { kind: 'action', meetingId, familyId, text: `${text} tehtävä`, ownerId: null, ownerName: '', due: null });
    return hypothesis;
  }
  const everyTable = async () =>
    comparable(Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))));

  it('a copy of a demo meeting is the team’s own: a real family’s hypothesis and action captured in it survive removal', async () => {
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    const copy = await duplicateMeeting(session, demoMeeting.id, '2031-06-09T09:00:00.000Z');
    expect((await readMeeting(session, copy))?.demo).toBe(false);
    const hypothesis = await captureIn(copy, realFamily, 'Oikea');
    const real = comparable({
      hypothesis: await db.hypotheses.get(hypothesis),
      revisions: await db.hypothesisRevisions.where('hypothesisId').equals(hypothesis).toArray(),
      actions: await db.actions.where('familyId').equals(realFamily).toArray(),
      meeting: await db.meetings.get(copy),
    });

    await removeDemoData(session);
    expect(await hasDemoData(db)).toBe(false);
    expect(
      comparable({
        hypothesis: await db.hypotheses.get(hypothesis),
        revisions: await db.hypothesisRevisions.where('hypothesisId').equals(hypothesis).toArray(),
        actions: await db.actions.where('familyId').equals(realFamily).toArray(),
        meeting: await db.meetings.get(copy),
      }),
    ).toEqual(real);
    expect(await db.actions.count()).toBe(1);
  });

  it('a demo meeting holding a real family’s hypothesis and action is kept with them; its demo family’s captures go', async () => {
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    const demoFamily = demoMeeting.deepDives[0]!.familyId;
    const realHypothesis = await captureIn(demoMeeting.id, realFamily, 'Oikea');
    await captureIn(demoMeeting.id, demoFamily, 'Demo');
    const counts = await countDemoData(session);
    expect(counts).toMatchObject({ meetings: 0, keptMeetings: 1, hypotheses: 1, actions: 1 });

    await removeDemoData(session);
    expect(await db.meetings.get(demoMeeting.id)).toBeDefined();
    expect((await db.hypotheses.toArray()).map((row) => row.id)).toEqual([realHypothesis]);
    expect((await db.actions.toArray()).map((row) => row.familyId)).toEqual([realFamily]);
    expect(await db.hypothesisRevisions.where('familyId').equals(realFamily).count()).toBe(2);
  });

  it('a demo meeting whose plan the team gave a real family is kept, with nothing captured yet', async () => {
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    await updateMeetingPlan(session, demoMeeting.id, (plan) => ({
      ...plan,
      deepDives: [...plan.deepDives, { id: 'real-item', familyId: realFamily, presenterId: null, question: 'Oikea kysymys' }],
    }));
    expect(await countDemoData(session)).toMatchObject({ meetings: 0, keptMeetings: 1 });
    await removeDemoData(session);
    expect((await readMeeting(session, demoMeeting.id))?.deepDives.map((dive) => dive.question)).toContain('Oikea kysymys');
  });

  it('undo right after puts every demo row back exactly, and real rows stay as they were', async () => {
    await saveTeamName(session, 'Oikea tiimi');
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    const demoFamily = demoMeeting.deepDives[0]!.familyId;
    await captureIn(demoMeeting.id, demoFamily, 'Demo');
    await saveMeetingNote(session, { meetingId: demoMeeting.id, stepKey: 'opening', familyId: null }, 'Demoavaus');
    await saveMeetingNote(session, { meetingId: demoMeeting.id, stepKey: `hypotheses:${demoMeeting.deepDives[0]!.id}`, familyId: demoFamily }, 'Demomuistiinpano');
    await createCarePeriod(session, { familyId: demoFamily, childId: 'c', start: '2031-05-01', plannedEnd: '2031-06-20', unit: 'LIPSY' });
    await captureIn((await createMeeting(session, { scheduledAt: '2031-06-05T09:00:00.000Z', template: weeklyMeetingTemplate, plan: { roles: {}, participants: [], quickRound: [], deepDives: [], closingNote: '' } })), realFamily, 'Oikea');
    const before = await everyTable();

    const removed = await removeDemoData(session);
    expect(await hasDemoData(db)).toBe(false);
    expect(await db.meetings.count()).toBe(1);
    await restoreDemoData(session, removed);
    expect(await everyTable()).toEqual(before);
    expect(await hasDemoData(db)).toBe(true);
  });

  it('the counts shown before removal are what removal takes', async () => {
    const realFamily = await createFamily(session, { code: 'REAL-1', label: 'oikea perhe', responsibleMemberId: null });
    await loadDemoTeam(session);
    const demoMeeting = (await listMeetings(session))[0]!;
    const [first, second] = demoMeeting.deepDives.map((dive) => dive.familyId);
    await captureIn(demoMeeting.id, first!, 'Demo 1');
    await captureIn(demoMeeting.id, second!, 'Demo 2');
    await captureIn(demoMeeting.id, second!, 'Demo 3');
    await saveMeetingNote(session, { meetingId: demoMeeting.id, stepKey: 'opening', familyId: null }, 'Demoavaus');
    await saveQuickRoundLine(session, { meetingId: demoMeeting.id, familyId: first! }, { changed: 'Demomuutos', urgent: true, decision: 'today' });
    const copy = await duplicateMeeting(session, demoMeeting.id, '2031-06-09T09:00:00.000Z');
    await captureIn(copy, realFamily, 'Oikea');

    const counts = await countDemoData(session);
    expect(counts).toEqual({
      families: demoFamilies(2031).length,
      members: demoMembers.length,
      meetings: 1,
      keptMeetings: 0,
      hypotheses: 3,
      actions: 3,
      riskRounds: 0,
      notes: 1,
      timelineEvents: 0,
      threeHousesSessions: 0,
      networkMaps: 1,
      genograms: 2,
      quickRoundLines: 1,
      carePeriods: 0,
    });
    const removed = await removeDemoData(session);
    expect(removed.quickRoundLines).toHaveLength(1);
    expect([removed.families.length, removed.members.length, removed.meetings.length, removed.hypotheses.length, removed.actions.length]).toEqual([
      counts.families,
      counts.members,
      counts.meetings,
      counts.hypotheses,
      counts.actions,
    ]);
    expect(await countDemoData(session)).toMatchObject({ families: 0, members: 0, meetings: 0, hypotheses: 0, actions: 0 });
  });
});
