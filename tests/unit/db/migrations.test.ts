// Covers schema migrations: a frozen fixture of every published schema version is upgraded by openDatabase() and must stay readable.
//
// HOW TO ADD A SCHEMA VERSION (docs/architecture.md: How to add a schema version)
// 1. In renderer/src/db/database.ts append `{ version: N, stores: {...}, upgrade? }` to schemaVersions
//    (never edit a published version).
// 2. Write tests/fixtures/dbFixtures/vN.mjs, which makes version N's rows from version N-1's (what the
//    version adds and changes), and run `node tests/fixtures/dbFixtures/generate.mjs`: it writes
//    tests/fixtures/db-vN.ts and checks that every older fixture is reproduced byte for byte. Encrypted
//    content of tables other than team, members and families lands in `expected.payloads`; a new
//    encrypted table also needs its entry in `payloadSchemas` below.
// 3. Add one entry to `migrationCases` below: `N: { fixture: dbVN }`, and give the entry for every
//    older version an `afterUpgrade` that checks what the upgrade to the current version must have done
//    (e.g. a new field filled in, a new table empty and usable). Version 1's checks that the meeting
//    tables of version 2 arrived.
// The shared invariants (counts equal, every sealed row of every table decrypts to the same content,
// every index of every table answers queries, meetings still run, codes stay unique, data stays
// writable) then run for every version automatically, and the guard test below fails until each
// published version has its fixture.
import { format } from 'date-fns';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assertCompatible,
  currentSchemaVersion,
  openDatabase,
  sealedMigrationPendingKey,
  schemaVersions,
  type KehaDatabase,
} from '../../../renderer/src/db/database';
import {
  addAction,
  listActionsForFamily,
  listActionsForMeeting,
  listOpenActions,
  setActionStatus,
} from '../../../renderer/src/db/repositories/actionRepository';
import {
  CodeTakenError,
  createFamily,
  deleteFamily,
  listFamilies,
  readFamily,
  restoreFamily,
  updateFamilyPayload,
} from '../../../renderer/src/db/repositories/familyRepository';
import {
  createHypothesis,
  listHypothesesForFamily,
  listRevisions,
  listRevisionsForMeeting,
  reviseHypothesis,
} from '../../../renderer/src/db/repositories/hypothesisRepository';
import {
  addGoal,
  createCarePeriod,
  listFamilyGoalRatings,
  readCarePeriodForRecord,
  readFamilyCarePeriod,
  removeGoal,
  restoreGoal,
  saveGoalRating,
} from '../../../renderer/src/db/repositories/carePeriodRepository';
import { readMeetingNotes, saveMeetingNote } from '../../../renderer/src/db/repositories/meetingNoteRepository';
import {
  readFamilyQuickRoundHistory,
  readQuickRoundLines,
  saveQuickRoundLine,
} from '../../../renderer/src/db/repositories/quickRoundRepository';
import { familyQuickRoundHistory, quickRoundLinePayloadSchema } from '../../../shared/meeting/quickRound';
import {
  createMeeting,
  duplicateMeeting,
  listMeetings,
  listMeetingSummaries,
  readMeeting,
  runMeeting,
} from '../../../renderer/src/db/repositories/meetingRepository';
import {
  listRevealedRiskRoundsForFamily,
  recordRiskScore,
  revealRiskRound,
  RiskRoundRevealedError,
} from '../../../renderer/src/db/repositories/riskRoundRepository';
import { readLanguage } from '../../../renderer/src/db/repositories/settingsRepository';
import {
  createThreeHousesSession,
  listThreeHousesSessionsForChild,
  listThreeHousesSessionsForFamily,
  updateThreeHousesSession,
} from '../../../renderer/src/db/repositories/threeHousesRepository';
import { addTimelineEvent, listTimelineEvents, updateTimelineEvent } from '../../../renderer/src/db/repositories/timelineRepository';
import { listMembers, readTeam } from '../../../renderer/src/db/repositories/teamRepository';
import { unlockVaultIn } from '../../../renderer/src/db/repositories/vaultRepository';
import { openPayload, sealPayload } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { WrongPassphraseError } from '../../../renderer/src/vault/vaultCrypto';
import { goalAtReview } from '../../../shared/carePeriod/goalTrend';
import { reflectingTeamNoteKey } from '../../../shared/carePeriod/reflectingTeam';
import { genogramSchema } from '../../../shared/genogram/genogram';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import { hypothesesInMeeting } from '../../../shared/hypothesis/revisions';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, elapsedInMeeting, runFitsSteps, stepTimes } from '../../../shared/meeting/engine';
import { meetingStart } from '../../../shared/meeting/meeting';
import { buildFamilySummaries } from '../../../shared/meeting/summary';
import { renderPlainText } from '../../../shared/document/render';
import { parseTemplate, standardTemplateRoles, upgradeTemplate, validateTemplate, type MeetingTemplate } from '../../../shared/meeting/template';
import { viewForAudience } from '../../../shared/threeHouses/consent';
import { decodeDrawing } from '../../../shared/threeHouses/drawing';
import { addItem, newSession, setConsent } from '../../../shared/threeHouses/session';
import { type TimelineEventPayload } from '../../../shared/timeline/timelineEvent';
import { valid } from '../../../shared/validation';
import { dbV1 } from '../../fixtures/db-v1';
import { dbV2 } from '../../fixtures/db-v2';
import { dbV3 } from '../../fixtures/db-v3';
import { dbV4 } from '../../fixtures/db-v4';
import { dbV5 } from '../../fixtures/db-v5';
import { dbV6 } from '../../fixtures/db-v6';
import { dbV7 } from '../../fixtures/db-v7';
import { dbV8 } from '../../fixtures/db-v8';
import { dbV9 } from '../../fixtures/db-v9';
import { payloadSchemas as sealedPayloadSchemas } from '../../../renderer/src/db/payloadSchemas';
import { listActivity } from '../../../renderer/src/db/repositories/activityRepository';
import {
  eraseFamily,
  listErasureCandidates,
  listTransfers,
  markTransferred,
  readRetentionMonths,
  summariesOf,
  untransferredCounts,
} from '../../../renderer/src/db/repositories/retentionRepository';
import { reviveRows, type DbFixture } from '../../fixtures/dbFixture';
import { recordFormat } from '../meeting/summaryFixture';
import { comparable, fastIterations } from './support';


type MigrationCase = {
  /** Rows exactly as the app at that schema version stored them. */
  fixture: DbFixture;
  /** What the upgrade from this version to the current one must have done, beyond the shared invariants. */
  afterUpgrade?: (db: KehaDatabase, session: Session, fixture: DbFixture) => Promise<void>;
  /**
   * Sealed content a migration deliberately rewrites (a payload in a newer shape), by table and id:
   * checked instead of the fixture's own content. Everything else must decrypt to exactly the old content.
   */
  migratedPayloads?: Record<string, Record<string, unknown>>;
};

type Row = Record<string, unknown> & { id?: string };

/** Tables added by schema version 2 (meetings, their template snapshots and what they capture). */
const meetingTables = ['meetings', 'meetingTemplates', 'meetingNotes', 'hypotheses', 'riskRounds', 'actions'] as const;

/** Tables added by schema version 4 (the family timeline and the child's three houses). */
const methodTables = ['timelineEvents', 'threeHousesSessions'] as const;

/** Tables added by schema version 5 (the team's own templates, care periods and their goals' ratings). */
const adaptTables = ['templates', 'carePeriods', 'goalRatings'] as const;

const anEvent = (title: string): TimelineEventPayload => ({
  date: { precision: 'month', year: 2025, month: 11 },
  endDate: null,
  title,
  category: 'strengths',
  people: ['Tuuli'],
  source: 'familyAccount',
  sourceNote: '',
  actionTaken: '',
  ownView: '',
  shownToFamily: false,
});

/** One entry per published schema version. */
const migrationCases: Record<number, MigrationCase> = {
  1: {
    fixture: dbV1,
    afterUpgrade: async (db, session, fixture) => {
      // Version 2 only adds the meeting tables: they exist, are empty, and take meetings at once.
      expect(() => assertCompatible(db)).not.toThrow();
      for (const table of meetingTables) {
        expect(db.backendDB().objectStoreNames.contains(table), table).toBe(true);
        expect(await db.table(table).count(), table).toBe(0);
      }
      expect(await listMeetings(session)).toEqual([]);

      const member = (fixture.tables.members as Row[]).find((row) => row.status === 'active' && row.demo === 0)!.id!;
      const family = (fixture.tables.families as Row[]).find((row) => row.status === 'active' && row.demo === 0)!.id!;
      const plan = {
        roles: { consultingSocialWorker: member },
        participants: [{ kind: 'member' as const, id: member }],
        quickRound: [{ id: 'q-1', familyId: family }],
        deepDives: [{ id: 'd-1', familyId: family, presenterId: member, question: 'Mitä tarvitaan?' }],
        closingNote: '',
      };
      const id = await createMeeting(session, { scheduledAt: '2026-01-05T07:00:00.000Z', template: weeklyMeetingTemplate, plan });
      const started = await runMeeting(session, id, 'start', { status: 'notStarted', stepIndex: 0 });
      expect(started.ok).toBe(true);
      await saveMeetingNote(session, { meetingId: id, stepKey: 'opening', familyId: null }, 'Ensimmäinen kokous päivityksen jälkeen');
      await createHypothesis(session, { meetingId: id, familyId: family, card: emptyCard('Hypoteesi') });
      await recordRiskScore(session, { meetingId: id, agendaItemId: 'd-1', familyId: family }, {
        participantId: member,
        participantName: 'Sanna',
        score: 5,
        reason: '',
        oneUp: '',
      });
      await revealRiskRound(session, id, 'd-1');
      await addAction(session, { kind: 'action', meetingId: id, familyId: family, text: 'Soita', ownerId: member, ownerName: 'Sanna', due: null });

      expect(await readMeeting(session, id)).toMatchObject({ ...plan, status: 'running', template: weeklyMeetingTemplate });
      expect(await db.meetingTemplates.count()).toBe(1);
      expect((await readMeetingNotes(session, id)).get('opening')?.text).toBe('Ensimmäinen kokous päivityksen jälkeen');
      expect(hypothesesInMeeting(await listRevisionsForMeeting(session, id), id).map((h) => h.after.card.wording)).toEqual(['Hypoteesi']);
      expect(await db.hypothesisRevisions.count()).toBe(1);
      expect((await listRevealedRiskRoundsForFamily(session, family)).map((r) => r.scores.length)).toEqual([1]);
      expect((await listOpenActions(session)).map((a) => a.text)).toEqual(['Soita']);
    },
  },
  2: {
    fixture: dbV2,
    migratedPayloads: {
      hypotheses: {
        '50000000-0000-4000-8000-000000000011': {
          ...emptyCard('Tuuli valvoo, koska huolehtii äidistä.'),
          proposers: [{ role: 'familyTherapist', name: '' }],
        },
      },
    },
    afterUpgrade: async (db, session, fixture) => {
      // What the meeting screens and the family page read from a version-2 database.
      const [finishedRow, plannedRow, cancelledRow] = fixture.tables.meetings as Row[];
      const snapshots = new Map((fixture.tables.meetingTemplates as Row[]).map((row) => [row.id!, row.template]));
      // Stored at template version 1; meetings read them upgraded (the standard roles added), the rows stay as stored.
      const snapshotOf = (row: Row) => upgradeTemplate(snapshots.get(row.templateId as string));
      expect((await listMeetings(session)).map((m) => m.status)).toEqual(['planned', 'finished', 'cancelled']);
      // The list's summaries: the template name from the snapshot, the deep-dive families from the payload.
      expect((await listMeetingSummaries(session)).map((m) => [m.status, m.templateName.fi, m.deepDives.length])).toEqual([
        ['planned', 'Lyhyt viikkokokous', 1],
        ['finished', 'Lyhyt viikkokokous', 1],
        ['cancelled', 'Lyhyt viikkokokous', 0],
      ]);

      const finished = (await readMeeting(session, finishedRow!.id!))!;
      expect(finished).toMatchObject({
        ...(fixture.expected.payloads!.meetings![finishedRow!.id!] as object),
        status: 'finished',
        template: snapshotOf(finishedRow!),
        run: finishedRow!.run,
      });
      // Each meeting joins its own snapshot: the cancelled one was planned with an older version of the template.
      const cancelledMeeting = (await readMeeting(session, cancelledRow!.id!))!;
      expect(cancelledMeeting.template).toEqual(snapshotOf(cancelledRow!));
      expect(cancelledMeeting.template).not.toEqual(finished.template);
      const steps = buildMeetingSteps(finished.template, { deepDiveItemIds: finished.deepDives.map((d) => d.id), quickRoundFamilyCount: 2 });
      // Started 09:00, finished 09:52 with a five-minute break: the record says 47 minutes, step by step.
      expect(elapsedInMeeting(finished.run, Date.parse('2026-01-01T00:00:00.000Z'))).toBe(47 * 60_000);
      expect(stepTimes(finished.run, steps, 0).map((step) => [step.stepKey.split(':')[0], step.actualMs / 60_000, step.outcome])).toEqual([
        ['opening', 11, 'done'],
        ['quickRound', 4, 'done'],
        ['reflection', 27, 'done'],
        ['closing', 5, 'done'],
      ]);

      const familyId = finished.deepDives[0]!.familyId;
      const notes = await readMeetingNotes(session, finished.id);
      expect([...notes.values()].map((note) => note.familyId).sort()).toEqual([familyId, null].sort());
      // Version 3's sealed migration gave the hypothesis today's card and its history: made (open) in
      // the finished meeting, then strengthened at its last change, in a meeting version 2 did not record.
      const [hypothesis] = await listHypothesesForFamily(session, familyId);
      expect(hypothesis).toMatchObject({
        wording: 'Tuuli valvoo, koska huolehtii äidistä.',
        proposers: [{ role: 'familyTherapist', name: '' }],
        status: 'strengthened',
        revisionCount: 2,
        revisitedAt: '2025-02-03T09:44:00.000Z',
      });
      expect((await listRevisions(session, hypothesis!.id)).map((r) => [r.seq, r.meetingId, r.at, r.status, r.card.wording])).toEqual([
        [1, finished.id, '2025-02-03T09:20:00.000Z', 'open', 'Tuuli valvoo, koska huolehtii äidistä.'],
        [2, null, '2025-02-03T09:44:00.000Z', 'strengthened', 'Tuuli valvoo, koska huolehtii äidistä.'],
      ]);
      // The finished meeting's record shows it as that meeting made it.
      expect(hypothesesInMeeting(await listRevisionsForMeeting(session, finished.id), finished.id)).toMatchObject([{ before: null, after: { status: 'open' } }]);
      // The upgrade's note that a migration needs the key is gone; the migration itself, run again
      // (as a second window might), changes nothing.
      expect(await db.settings.get(sealedMigrationPendingKey)).toBeUndefined();
      await db.settings.put({ key: sealedMigrationPendingKey, value: 'hypothesisRevisions' });
      await unlockVaultIn(db, fixture.passphrase, fastIterations);
      expect(await db.hypothesisRevisions.count()).toBe(2);
      expect(await db.settings.get(sealedMigrationPendingKey)).toBeUndefined();
      await reviseHypothesis(session, hypothesis!.id, { status: 'weakened' }, { meetingId: null });
      expect((await listRevisions(session, hypothesis!.id)).map((r) => r.seq)).toEqual([1, 2, 3]);
      const [round] = await listRevealedRiskRoundsForFamily(session, familyId);
      expect(round!.scores.map((score) => score.score)).toEqual([4, 6, null]);
      expect((await listOpenActions(session)).map((action) => action.kind)).toEqual(['action', 'familyQuestion']);
      expect((await listActionsForFamily(session, familyId)).find((action) => action.status === 'done')?.doneAt).toBe('2025-02-04T12:00:00.000Z');

      // Stays usable: the revealed round stays closed, old actions can be closed, last week's
      // meeting duplicated for the next, and the planned one run.
      const target = { meetingId: finished.id, agendaItemId: finished.deepDives[0]!.id, familyId };
      const late = { participantId: 'x', participantName: 'X', score: 9, reason: '', oneUp: '' };
      await expect(recordRiskScore(session, target, late)).rejects.toBeInstanceOf(RiskRoundRevealedError);
      const openAction = (await listActionsForMeeting(session, finished.id)).find((action) => action.status === 'open')!;
      await setActionStatus(session, openAction.id, 'done');
      expect((await listOpenActions(session)).map((action) => action.kind)).toEqual(['familyQuestion']);
      const copy = (await readMeeting(session, await duplicateMeeting(session, finished.id, '2025-02-17T09:00:00.000Z')))!;
      expect(copy).toMatchObject({ status: 'planned', template: finished.template, participants: finished.participants });
      // The copy is planned today, so it keeps the template as read today (template version 2, with
      // the standard roles) as a snapshot row of its own; the original's version-1 row stays as stored.
      expect(await db.meetingTemplates.count()).toBe(snapshots.size + 1);
      const copySnapshot = (await db.meetingTemplates.get((await db.meetings.get(copy.id))!.templateId))!;
      expect(copySnapshot.template).toEqual(finished.template);
      expect((await db.meetingTemplates.get(finishedRow!.templateId as string))!.template).toEqual(snapshots.get(finishedRow!.templateId as string));
      expect(await runMeeting(session, plannedRow!.id!, 'start', { status: 'notStarted', stepIndex: 0 })).toMatchObject({ ok: true });
      expect(await runMeeting(session, cancelledRow!.id!, 'start', { status: 'notStarted', stepIndex: 0 })).toEqual({ ok: false, reason: 'cancelled' });
    },
  },
  3: {
    fixture: dbV3,
    afterUpgrade: async (db, session) => {
      // The current version: the sealed migration at unlock leaves version-3 hypotheses alone.
      expect(await db.hypothesisRevisions.count()).toBe(3);
      const hypotheses = await listHypothesesForFamily(session, '20000000-0000-4000-8000-000000000011');
      expect(hypotheses).toMatchObject([{ status: 'strengthened', revisionCount: 2, wording: 'Tuuli valvoo, koska huolehtii äidistä yöllä.' }]);
      const history = await listRevisions(session, hypotheses[0]!.id);
      expect(history.map((r) => [r.seq, r.status, r.reason])).toEqual([
        [1, 'open', ''],
        [2, 'strengthened', 'Äiti kertoi, että Tuuli herää tarkistamaan hänet.'],
      ]);
      const finished = '30000000-0000-4000-8000-000000000011';
      expect(hypothesesInMeeting(await listRevisionsForMeeting(session, finished), finished)).toMatchObject([
        { before: null, after: { status: 'open', card: { wording: 'Tuuli valvoo, koska huolehtii äidistä.' } } },
      ]);

      // Version 4 only adds the method tables: they exist, are empty, and take an event and a session at once.
      expect(() => assertCompatible(db)).not.toThrow();
      for (const table of methodTables) {
        expect(db.backendDB().objectStoreNames.contains(table), table).toBe(true);
        expect(await db.table(table).count(), table).toBe(0);
      }
      const family = '20000000-0000-4000-8000-000000000011';
      expect(await listTimelineEvents(session, family)).toEqual([]);
      expect(await listThreeHousesSessionsForFamily(session, family)).toEqual([]);
      const event = await addTimelineEvent(session, { familyId: family, event: anEvent('Tuuli aloittaa uimakoulun') });
      const start = newSession({ childId: 'c-1', date: '2025-12-30', worker: { memberId: null, name: 'Sanna' } });
      const houses = await createThreeHousesSession(session, { familyId: family, session: start });
      await updateThreeHousesSession(session, houses, (s) => addItem(s, 'dreams', { id: 'i-1', text: 'Oma koira', verbatim: true }));
      expect((await listTimelineEvents(session, family)).map((e) => [e.id, e.title])).toEqual([[event, 'Tuuli aloittaa uimakoulun']]);
      expect((await listThreeHousesSessionsForChild(session, family, 'c-1')).map((s) => [s.id, s.houses.dreams.items[0]?.text])).toEqual([[houses, 'Oma koira']]);
    },
  },
  4: {
    fixture: dbV4,
    afterUpgrade: async (db, session, fixture) => {
      // The current version: what the timeline and the three-houses screens read from it.
      const kxr = '20000000-0000-4000-8000-000000000011';
      const aoe = '20000000-0000-4000-8000-000000000012';
      // Mixed precision in the timeline's order: "about 2019" sits at the start of 2019, the
      // autumn-2023 move (lasting into January 2024) after it.
      expect((await listTimelineEvents(session, kxr)).map((e) => [e.date.precision, e.title])).toEqual([
        ['day', 'Tuuli syntyy'],
        ['about', 'Isä muuttaa pois'],
        ['season', 'Muutto Hämeenlinnaan'],
      ]);
      expect((await listTimelineEvents(session, aoe)).map((e) => e.title)).toEqual(['Koulun vaihto']);

      const [stored] = await listThreeHousesSessionsForChild(session, kxr, 'c-1');
      expect(stored).toMatchObject({ familyId: kxr, childId: 'c-1', date: '2025-02-12', houses: { worries: { name: 'Pelkotalo' } } });
      // The drawing as version 4 stored it still decodes, point by point.
      const drawing = decodeDrawing(stored!.houses.goodThings.drawing!);
      expect(drawing.ok && drawing.value.strokes.map((s) => [s.pointer, s.colour, s.width, s.points.map((p) => [p.x, p.y, p.pressure])])).toEqual([
        ['mouse', 'red', 'medium', [[200, 500, null], [500, 200, null], [800, 500, null]]],
        ['pen', 'yellow', 'thick', [[850, 120, 40], [860, 130, 55], [872, 118, 61]]],
      ]);
      // Consent as recorded: the team sees the houses, the network nothing, the court was not asked.
      expect(viewForAudience(stored!, 'team')).toMatchObject({ allowed: true, consentRecordedOn: '2025-02-12' });
      expect(viewForAudience(stored!, 'network')).toEqual({ audience: 'network', allowed: false, reason: 'notGiven' });
      expect(viewForAudience(stored!, 'court')).toEqual({ audience: 'court', allowed: false, reason: 'notAsked' });

      // Stays writable: an edit of an old event, consent withdrawn on the old session.
      const move = (fixture.tables.timelineEvents as Row[])[1]!.id!;
      await updateTimelineEvent(session, move, { shownToFamily: true });
      expect((await listTimelineEvents(session, kxr)).find((e) => e.id === move)).toMatchObject({ shownToFamily: true, sourceNote: 'Lastensuojeluilmoitus 10/2023' });
      await updateThreeHousesSession(session, stored!.id, (s) => valid(setConsent(s, 'team', 'notGiven', '2025-12-31')));
      const [after] = await listThreeHousesSessionsForFamily(session, kxr);
      expect(viewForAudience(after!, 'sharedScreen')).toMatchObject({ allowed: false, reason: 'notGiven' });
      expect(after!.houses).toEqual(stored!.houses);
      expect((await db.threeHousesSessions.get(stored!.id))!.date).toBe('2025-02-12');

      // Version 5 only adds the team's templates, care periods and goal ratings: they exist, are
      // empty, and take a care period and a rating at once (in a meeting version 4 stored).
      expect(() => assertCompatible(db)).not.toThrow();
      for (const table of adaptTables) {
        expect(db.backendDB().objectStoreNames.contains(table), table).toBe(true);
        expect(await db.table(table).count(), table).toBe(0);
      }
      expect(await readFamilyCarePeriod(session, kxr)).toBeNull();
      const period = await createCarePeriod(session, { familyId: kxr, childId: 'child-1', start: '2025-12-01', plannedEnd: '2026-01-30', unit: 'LIPSY perheosasto' });
      const goal = await addGoal(session, period, 'Tuuli nukkuu omassa sängyssään');
      const finished = '30000000-0000-4000-8000-000000000011';
      await saveGoalRating(session, { carePeriodId: period, familyId: kxr, goalId: goal, meetingId: finished }, { rating: 4, comment: 'Alku' });
      expect(await listFamilyGoalRatings(session, kxr)).toMatchObject([{ goalId: goal, rating: 4, comment: 'Alku', meetingDate: Date.parse('2025-02-03T09:00:00.000Z') }]);

      // Template snapshots stored at template version 1 stay exactly as stored (their ids are hashes
      // of that content); a meeting reads its snapshot upgraded, with the standard roles.
      expect(comparable(await db.meetingTemplates.toArray())).toEqual(comparable(fixture.tables.meetingTemplates));
      const meeting = (await readMeeting(session, finished))!;
      const storedSnapshot = (fixture.tables.meetingTemplates as Row[]).find((row) => row.id === (fixture.tables.meetings as Row[])[0]!.templateId)!;
      expect((storedSnapshot.template as { schemaVersion: number }).schemaVersion).toBe(1);
      expect(meeting.template).toEqual({ ...(storedSnapshot.template as object), schemaVersion: 2, roles: standardTemplateRoles() });
    },
  },
  5: {
    fixture: dbV5,
    afterUpgrade: async (db, session, fixture) => {
      // The current version: what the template list, the meetings, the family page's care period
      // and the interim review's record read from it.
      const kxr = '20000000-0000-4000-8000-000000000011';
      const [review1, review2] = ['30000000-0000-4000-8000-000000000021', '30000000-0000-4000-8000-000000000022'];
      const carePeriodId = '90000000-0000-4000-8000-000000000011';

      // The team's template as stored: template version 2 with roles of its own, valid today. It is an
      // interim review, so its responsible worker's role (the ward's) reads as held for the meeting.
      const [templateRow] = await db.templates.toArray();
      const asRead = {
        ...templateRow!.template,
        roles: templateRow!.template.roles.map((role) => (role.id === 'responsibleSocialWorker' ? { ...role, scope: 'meeting' } : role)),
      };
      expect(validateTemplate(templateRow!.template)).toEqual({ ok: true, value: asRead });
      expect(templateRow!.template.roles.map((role) => role.id)).toEqual(['consultingSocialWorker', 'responsibleSocialWorker', 'teamCoordinator', 'municipalSocialWorker']);

      // The interim reviews keep their version-2 snapshot (read as the template is, with the ward's
      // role held for the meeting); the weekly meeting's version-1 snapshot is read upgraded while
      // its row stays version 1.
      const second = (await readMeeting(session, review2))!;
      expect(second.template).toEqual(asRead);
      expect(second.roles).toMatchObject({ municipalSocialWorker: 'g-2' });
      const weeklyRow = (fixture.tables.meetings as Row[])[0]!;
      expect(((await db.meetingTemplates.get(weeklyRow.templateId as string))!.template as MeetingTemplate).schemaVersion).toBe(1);
      expect((await readMeeting(session, weeklyRow.id!))!.template).toMatchObject({ schemaVersion: 2, roles: standardTemplateRoles() });

      // The care period and every rating with its review's date.
      expect(await readFamilyCarePeriod(session, kxr)).toMatchObject({
        id: carePeriodId,
        start: '2025-02-10',
        plannedEnd: '2025-04-04',
        unit: 'LIPSY perheosasto',
        goals: [{ id: 'goal-1' }, { id: 'goal-2' }, { id: 'goal-3' }],
      });
      const [first, later] = [Date.parse('2025-02-17T12:00:00.000Z'), Date.parse('2025-02-24T12:00:00.000Z')];
      const ratings = await listFamilyGoalRatings(session, kxr);
      expect(ratings.map((r) => [r.meetingDate, r.goalId, r.rating])).toEqual([
        [first, 'goal-1', 3],
        [first, 'goal-2', 5],
        [first, 'goal-3', null],
        [later, 'goal-1', 6],
        [later, 'goal-2', 4],
        [later, 'goal-3', 5],
      ]);
      const points = (goalId: string) => ratings.filter((r) => r.goalId === goalId).map((r) => ({ meetingId: r.meetingId, date: r.meetingDate, rating: r.rating }));
      expect(goalAtReview(points('goal-1'), { meetingId: review2, date: later })).toMatchObject({ rating: 6, previous: { rating: 3 }, direction: 'up' });
      expect(goalAtReview(points('goal-3'), { meetingId: review2, date: later })).toMatchObject({ rating: 5, previous: null, direction: null });

      // The second review's reflecting team, as two separate notes of its reflection step.
      const notes = await readMeetingNotes(session, review2);
      const reflectionStep = `reflection:${second.deepDives[0]!.id}`;
      expect(notes.get(reflectingTeamNoteKey(reflectionStep, 'teamReflection'))?.text).toContain('toiveikkaammin');
      expect(notes.get(reflectingTeamNoteKey(reflectionStep, 'familyComments'))?.text).toContain('huomasitte');
      expect(notes.get(reflectionStep)).toBeUndefined();

      // Its summary for the patient record, built from what was read.
      const carePeriod = (await readCarePeriodForRecord(session, kxr, format(meetingStart(second), 'yyyy-MM-dd')))!;
      const [summary] = buildFamilySummaries(
        {
          meeting: second,
          now: later,
          memberNames: new Map((await listMembers(session)).map((m) => [m.id, m.name])),
          families: new Map((await listFamilies(session)).map((f) => [f.id, { code: f.code, label: f.label }])),
          notes,
          hypothesisRevisions: [],
          riskRounds: [],
          actions: [],
          carePeriods: new Map([[kxr, carePeriod]]),
        },
        await recordFormat('fi'),
      );
      const text = renderPlainText(summary!.document);
      expect(summary!.document.title).toBe('Väliarviointipalaveri — kirjaus potilaskertomukseen: KXR-482');
      expect(text).toContain('- 1. Tuuli nukkuu omassa sängyssään\n    Arvio tässä palaverissa: 6/10\n    Edellinen arvio: 3/10 (17.2.2025)');
      expect(text).toContain('Kommentti: Kolme yötä omassa sängyssä.');
      expect(text).not.toContain('Nukahtaa vain äidin viereen');
      expect(text).toContain('Perheen kommentit');

      // Stays writable: a comment added to a rating, a goal removed with its ratings and put back,
      // and the family deleted with its care period and restored.
      await saveGoalRating(session, { carePeriodId, familyId: kxr, goalId: 'goal-3', meetingId: review2 }, { comment: 'Leipoivat yhdessä.' });
      expect((await listFamilyGoalRatings(session, kxr)).at(-1)).toMatchObject({ goalId: 'goal-3', rating: 5, comment: 'Leipoivat yhdessä.' });
      const removed = (await removeGoal(session, carePeriodId, 'goal-1'))!;
      expect(removed.ratings.map((r) => r.meetingId).sort()).toEqual([review1, review2]);
      expect(await db.goalRatings.count()).toBe(4);
      await restoreGoal(session, removed);
      expect((await readFamilyCarePeriod(session, kxr))!.goals.map((g) => g.id)).toEqual(['goal-1', 'goal-2', 'goal-3']);
      const before = comparable([await db.carePeriods.toArray(), await db.goalRatings.toArray()]);
      const deleted = (await deleteFamily(session, kxr))!;
      expect([await db.carePeriods.count(), await db.goalRatings.count()]).toEqual([0, 0]);
      await restoreFamily(session, deleted);
      expect(comparable([await db.carePeriods.toArray(), await db.goalRatings.toArray()])).toEqual(before);

      // Version 6 only adds the transfer marks and the activity log: they exist (the deletion and its
      // undo above are logged), and take a mark and an entry at once; families closed before version 6 count as closed since their last change.
      expect(() => assertCompatible(db)).not.toThrow();
      expect(await db.summaryTransfers.count()).toBe(0);
      await markTransferred(session, { familyId: kxr, meetingId: review1, deepDiveId: (await readMeeting(session, review1))!.deepDives[0]!.id });
      expect((await listTransfers(db, kxr)).map((row) => row.meetingId)).toEqual([review1]);
      // (The test's clock stands still, so the three entries share one instant.)
      expect((await listActivity(db)).map((entry) => `${entry.kind} ${entry.familyCode}`).sort()).toEqual(['familyDeleted KXR-482', 'familyRestored KXR-482', 'summaryTransferred KXR-482']);
    },
  },
  6: {
    fixture: dbV6,
    afterUpgrade: async (db, session) => {
      // The current version: the retention setting, the transfer marks, the log and erasure read from it.
      const [kxr, aoe] = ['20000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000012'];
      expect(await readRetentionMonths(db)).toBe(12);
      const summaries = summariesOf(await listMeetingSummaries(session));
      const untransferred = untransferredCounts(summaries, await listTransfers(db));
      expect(untransferred.get(kxr)).toBe(summaries.filter((summary) => summary.familyId === kxr).length - 1);
      expect((await listActivity(db)).map((entry) => entry.kind)).toEqual(['locked', 'summaryTransferred', 'unlocked', 'familyCreated']);
      // ÄÖÅ-7 closed 14 months before "now" (2026-01-01) with nothing to transfer: offered for erasure, and erased everywhere.
      expect((await listErasureCandidates(session)).map((candidate) => candidate.code)).toEqual(['ÄÖÅ-7']);
      await eraseFamily(session, aoe, 'ÄÖÅ-7');
      for (const table of db.tables) {
        if (table.name === 'activityLog') continue;
        const rows = await table.toArray();
        expect(JSON.stringify(rows), table.name).not.toContain(aoe);
        expect(JSON.stringify(rows), table.name).not.toContain('ÄÖÅ-7');
      }
      for (const meeting of await listMeetings(session)) expect(JSON.stringify(meeting), meeting.id).not.toContain(aoe);
      expect((await listActivity(db)).filter((entry) => entry.familyCode === 'ÄÖÅ-7').map((entry) => entry.kind)).toEqual(['familyErased']);

      // Version 7 only adds the genogram and network-map tables: they exist, are empty, take a sealed
      // row at once, and it goes with its family's deletion and comes back with the undo.
      expect(() => assertCompatible(db)).not.toThrow();
      expect([await db.genograms.count(), await db.networkMaps.count()]).toEqual([0, 0]);
      const at = session.now().toISOString();
      const clear = { id: kxr, familyId: kxr, createdAt: at, updatedAt: at };
      const empty = { people: [], relationships: [], parentLinks: [], emotionalLines: [], households: [] };
      await db.genograms.add({ ...clear, payload: await sealPayload(session, db.genograms, clear, empty) });
      expect(await openPayload(session, db.genograms, (await db.genograms.get(kxr))!, genogramSchema)).toEqual(empty);
      const deleted = (await deleteFamily(session, kxr))!;
      expect([deleted.genograms.map((row) => row.id), await db.genograms.count()]).toEqual([[kxr], 0]);
      await restoreFamily(session, deleted);
      expect(await db.genograms.count()).toBe(1);
    },
  },
  7: {
    fixture: dbV7,
    afterUpgrade: async (db, session, fixture) => {
      // The current version: a family's genogram and network maps are found by family, bound to their
      // row (payload format 2), go with the family's deletion and come back exactly with its undo;
      // erasing the closed family takes its map.
      const [kxr, aoe] = ['20000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000012'];
      const [genogramRow] = await db.genograms.where('familyId').equals(kxr).toArray();
      expect(genogramRow?.id).toBe(kxr);
      expect(genogramRow?.payload.v).toBe(2);
      expect(await openPayload(session, db.genograms, genogramRow!, genogramSchema)).toEqual(fixture.expected.payloads!.genograms![kxr]);
      const movedToAnotherFamily = { ...genogramRow!, familyId: aoe };
      await expect(openPayload(session, db.genograms, movedToAnotherFamily, genogramSchema)).rejects.toThrow();
      expect(await db.networkMaps.where('familyId').equals(kxr).count()).toBe(2);
      expect(await db.networkMaps.where('familyId').equals(aoe).count()).toBe(1);

      const before = comparable([await db.genograms.toArray(), await db.networkMaps.toArray()]);
      const deleted = (await deleteFamily(session, kxr))!;
      expect([deleted.genograms.length, deleted.networkMaps.length]).toEqual([1, 2]);
      expect([await db.genograms.count(), await db.networkMaps.count()]).toEqual([0, 1]);
      await restoreFamily(session, deleted);
      expect(comparable([await db.genograms.toArray(), await db.networkMaps.toArray()])).toEqual(before);

      await eraseFamily(session, aoe, 'ÄÖÅ-7');
      expect(await db.networkMaps.where('familyId').equals(aoe).count()).toBe(0);
      expect(await db.networkMaps.count()).toBe(2);

      // Version 8 only adds the quick round's lines: the table exists, is empty, takes a line at once,
      // and the line goes with its family's deletion and comes back with the undo.
      expect(() => assertCompatible(db)).not.toThrow();
      expect(await db.quickRoundLines.count()).toBe(0);
      const meetingId = '30000000-0000-4000-8000-000000000011';
      await saveQuickRoundLine(session, { meetingId, familyId: kxr }, { changed: 'Uusi koti', urgent: true, decision: 'nextTime' });
      expect((await readQuickRoundLines(session, meetingId)).get(kxr)).toMatchObject({ changed: 'Uusi koti', urgent: true, decision: 'nextTime' });
      const withLine = (await deleteFamily(session, kxr))!;
      expect([withLine.quickRoundLines.length, await db.quickRoundLines.count()]).toEqual([1, 0]);
      await restoreFamily(session, withLine);
      expect(await db.quickRoundLines.count()).toBe(1);
    },
  },
  8: {
    fixture: dbV8,
    afterUpgrade: async (db, session, fixture) => {
      // The current version: a meeting's lines are read in one query by meeting, a family's history by
      // family with its meetings' dates (newest first), bound to their row (payload format 2); a line
      // goes with the family's deletion, comes back exactly with its undo, and erasure takes it.
      const [kxr, aoe] = ['20000000-0000-4000-8000-000000000011', '20000000-0000-4000-8000-000000000012'];
      const [finished, planned] = ['30000000-0000-4000-8000-000000000011', '30000000-0000-4000-8000-000000000012'];
      const lines = await readQuickRoundLines(session, finished);
      expect([...lines.keys()].sort()).toEqual([kxr, aoe]);
      expect(lines.get(kxr)).toMatchObject({ urgent: true, decision: 'today' });
      const row = (await db.quickRoundLines.get(`${finished}|${kxr}`))!;
      expect(row.payload.v).toBe(2);
      expect(await openPayload(session, db.quickRoundLines, row, quickRoundLinePayloadSchema)).toEqual(fixture.expected.payloads!.quickRoundLines![row.id]);
      const movedToAnotherFamily = { ...row, familyId: aoe };
      const movedToAnotherMeeting = { ...row, meetingId: planned };
      await expect(openPayload(session, db.quickRoundLines, movedToAnotherFamily, quickRoundLinePayloadSchema)).rejects.toThrow();
      await expect(openPayload(session, db.quickRoundLines, movedToAnotherMeeting, quickRoundLinePayloadSchema)).rejects.toThrow();

      const { lines: own, meetingDates } = await readFamilyQuickRoundHistory(session, kxr);
      expect(familyQuickRoundHistory(own, meetingDates).map((line) => [line.scheduledAt, line.decision])).toEqual([
        ['2025-02-10T09:00:00.000Z', null],
        ['2025-02-03T09:00:00.000Z', 'today'],
      ]);

      // Saving again replaces the line; nothing else of the round changes.
      await saveQuickRoundLine(session, { meetingId: planned, familyId: kxr }, { changed: 'Koulupalaveri pidetty, ei huolta', urgent: false, decision: 'noNeed' });
      expect((await readQuickRoundLines(session, planned)).get(kxr)).toMatchObject({ changed: 'Koulupalaveri pidetty, ei huolta', decision: 'noNeed' });
      expect(await db.quickRoundLines.count()).toBe(3);

      const before = comparable(await db.quickRoundLines.toArray());
      const deleted = (await deleteFamily(session, kxr))!;
      expect([deleted.quickRoundLines.length, await db.quickRoundLines.count()]).toEqual([2, 1]);
      await restoreFamily(session, deleted);
      expect(comparable(await db.quickRoundLines.toArray())).toEqual(before);

      await eraseFamily(session, aoe, 'ÄÖÅ-7');
      expect(await db.quickRoundLines.where('familyId').equals(aoe).count()).toBe(0);
      expect(await db.quickRoundLines.count()).toBe(2);
      // The upgrade to 9 adds sync's tables, empty: nothing was ever sent from a version-8 database.
      expect([await db.syncOutbox.count(), await db.syncRevs.count(), await db.syncConflicts.count(), await db.syncState.count()]).toEqual([0, 0, 0, 0]);
    },
  },
  9: {
    fixture: dbV9,
    afterUpgrade: async (db, session) => {
      // The current version: with no team server set, changes leave nothing in the outbox; once a
      // server is set, every change to a synced row is noted there in its own transaction.
      const kxr = '20000000-0000-4000-8000-000000000011';
      await updateFamilyPayload(session, kxr, (payload) => ({ ...payload, notes: 'ilman palvelinta' }));
      expect(await db.syncOutbox.count()).toBe(0);
      await db.syncState.put({ id: 'server', value: 'set' });
      await updateFamilyPayload(session, kxr, (payload) => ({ ...payload, notes: 'palvelimen kanssa' }));
      expect((await db.syncOutbox.toArray()).map((row) => row.id)).toEqual([`families/${kxr}`]);
    },
  },
};

/** Today's schema for the encrypted payload of every table that has one (the restore's and the merge's, db/payloadSchemas.ts). */
const payloadSchemas: Record<string, z.ZodType<unknown>> = sealedPayloadSchemas;

/** What every sealed row of a fixture decrypts to, by table and id. */
function expectedPayloads(fixture: DbFixture): Record<string, Record<string, unknown>> {
  return {
    team: { team: fixture.expected.team },
    members: fixture.expected.members,
    families: fixture.expected.families,
    ...fixture.expected.payloads,
  };
}

/** Every index of a table in the current schema, as Dexie names it (`[a+b]` for compound ones), primary key first. */
function indexesOf(table: string): string[] {
  const spec: string = (schemaVersions[schemaVersions.length - 1]!.stores as Record<string, string>)[table] ?? '';
  return spec.split(',').map((part) => part.trim().replace(/^[&*+]+/, '')).filter(Boolean);
}

/** The value a row has for an index, or undefined when IndexedDB leaves the row out of it (null, booleans…). */
function indexValue(row: Row, index: string): unknown {
  const fields = index.startsWith('[') ? index.slice(1, -1).split('+') : [index];
  const values = fields.map((field) => row[field]);
  const keyable = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (!values.every(keyable)) return undefined;
  return index.startsWith('[') ? values : values[0];
}

const opened: { db: { close(): void }; name: string }[] = [];
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await Dexie.delete(name);
  }
});

/** Writes the fixture with a plain Dexie that knows only the fixture's own schema version. */
async function writeFixture(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  const tables = reviveRows(fixture.tables);
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  expect(old.verno).toBe(fixture.version);
  old.close();
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3… in order (append-only)', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, index) => index + 1));
    expect(currentSchemaVersion).toBe(schemaVersions.length);
  });

  it('every published version has a frozen fixture and a migration case', () => {
    expect(Object.keys(migrationCases).map(Number).sort((a, b) => a - b)).toEqual(schemaVersions.map((v) => v.version));
    for (const [version, { fixture }] of Object.entries(migrationCases)) expect(fixture.version).toBe(Number(version));
  });

  it.each(Object.values(migrationCases).map((c) => [c.fixture.version, c.fixture] as const))(
    'published version %i still declares exactly the stores its fixture was made with',
    (version, fixture) => {
      expect(schemaVersions.find((v) => v.version === version)?.stores).toEqual(fixture.stores);
    },
  );
});

describe.each(Object.values(migrationCases).map((c) => [c.fixture.version, c] as const))(
  'a database of schema version %i opened by the current app',
  (_version, { fixture, afterUpgrade, migratedPayloads }) => {
    async function upgraded(): Promise<{ db: KehaDatabase; session: Session }> {
      const name = `keha-migration-${fixture.version}-${crypto.randomUUID()}`;
      await writeFixture(name, fixture);
      const db = openDatabase(name);
      opened.push({ db, name });
      await db.open();
      const dataKey = await unlockVaultIn(db, fixture.passphrase, fastIterations);
      return { db, session: { db, dataKey, now: () => new Date('2026-01-01T00:00:00.000Z') } };
    }

    it('is at the current version with the same number of rows in every table', async () => {
      const { db } = await upgraded();
      expect(db.verno).toBe(currentSchemaVersion);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
    });

    it('unlocks with the old passphrase (and only with it)', async () => {
      const { db } = await upgraded();
      await expect(unlockVaultIn(db, `${fixture.passphrase}!`, fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
    });

    it('decrypts every family, member and the team to exactly the old content', async () => {
      const { session } = await upgraded();
      const families = await listFamilies(session);
      expect(families).toHaveLength(Object.keys(fixture.expected.families).length);
      for (const family of families) {
        const { id, code, status, demo, createdAt, updatedAt, ...payload } = family;
        expect(payload, code).toEqual(fixture.expected.families[id]);
        const row = (fixture.tables.families as Row[]).find((r) => r.id === id)!;
        expect({ code, status, demo: demo ? 1 : 0, createdAt, updatedAt }).toEqual({
          code: row.code,
          status: row.status,
          demo: row.demo,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        });
      }
      const members = await listMembers(session);
      expect(members).toHaveLength(Object.keys(fixture.expected.members).length);
      for (const member of members) {
        expect({ name: member.name, defaultRole: member.defaultRole }).toEqual(fixture.expected.members[member.id]);
      }
      expect(await readTeam(session)).toEqual(fixture.expected.team);
    });

    it('decrypts every sealed row of every table, with today’s payload schema, to exactly the old content', async () => {
      const { db, session } = await upgraded();
      const expected = expectedPayloads(fixture);
      for (const [table, byId] of Object.entries(migratedPayloads ?? {})) expected[table] = { ...expected[table], ...byId };
      let sealed = 0;
      for (const table of Object.keys(fixture.tables)) {
        const rows = (await db.table(table).toArray()) as Row[];
        for (const row of rows.filter((r) => 'payload' in r)) {
          const schema = payloadSchemas[table];
          expect(schema, `a payload schema for ${table}`).toBeDefined();
          expect(expected[table]?.[row.id!], `expected content of ${table}/${row.id}`).toBeDefined();
          const payload = await openPayload(session, db.table(table), row as never, schema!);
          expect(payload, `${table}/${row.id}`).toEqual(expected[table]![row.id!]);
          sealed++;
        }
      }
      expect(sealed).toBe(Object.values(expected).reduce((sum, byId) => sum + Object.keys(byId).length, 0));
    });

    it('answers queries on every index of every table, with the same rows as before', async () => {
      const { db } = await upgraded();
      for (const [table, fixtureRows] of Object.entries(reviveRows(fixture.tables))) {
        const rows = fixtureRows as Row[];
        const [primaryKey, ...indexes] = indexesOf(table);
        expect(primaryKey, `${table} is in the current schema`).toBeDefined();
        for (const row of rows) {
          expect(await db.table(table).get(row[primaryKey!] as string), `${table}/${String(row[primaryKey!])}`).toBeDefined();
        }
        for (const index of indexes) {
          const indexed = rows.filter((row) => indexValue(row, index) !== undefined);
          expect(await db.table(table).orderBy(index).count(), `${table}.${index}`).toBe(indexed.length);
          for (const row of indexed) {
            const value = indexValue(row, index);
            const want = indexed.filter((other) => JSON.stringify(indexValue(other, index)) === JSON.stringify(value)).map((other) => other[primaryKey!]);
            const got = await db.table(table).where(index).equals(value as string).primaryKeys();
            expect([...got].sort(), `${table}.${index} = ${JSON.stringify(value)}`).toEqual([...want].sort());
          }
        }
      }
    });

    it('reads every meeting back, with a template snapshot that is still valid and a run that fits it', async () => {
      const { session } = await upgraded();
      const meetings = await listMeetings(session);
      expect(meetings).toHaveLength((fixture.tables.meetings ?? []).length);
      for (const meeting of meetings) {
        expect(parseTemplate(meeting.template), meeting.id).toEqual({ ok: true, value: meeting.template });
        const steps = buildMeetingSteps(meeting.template, {
          deepDiveItemIds: meeting.deepDives.map((item) => item.id),
          quickRoundFamilyCount: meeting.quickRound.length,
        });
        expect(runFitsSteps(meeting.run, steps), meeting.id).toBe(true);
      }
      expect(meetings.map((m) => m.scheduledAt)).toEqual(meetings.map((m) => m.scheduledAt).sort().reverse());
    });

    it('keeps the unencrypted settings', async () => {
      const { db } = await upgraded();
      const stored = (fixture.tables.settings as Row[]).find((r) => r.key === 'language')?.value;
      expect(await readLanguage(db)).toBe(stored ?? 'fi');
    });

    it('answers queries on every index (code, demo, status)', async () => {
      const { db } = await upgraded();
      const families = fixture.tables.families as Row[];
      const members = fixture.tables.members as Row[];
      for (const row of families) {
        expect(await db.families.where('code').equals(row.code as string).primaryKeys(), String(row.code)).toEqual([row.id]);
      }
      expect((await db.families.where('demo').equals(1).primaryKeys()).sort()).toEqual(
        families.filter((r) => r.demo === 1).map((r) => r.id).sort(),
      );
      expect((await db.members.where('demo').equals(1).primaryKeys()).sort()).toEqual(
        members.filter((r) => r.demo === 1).map((r) => r.id).sort(),
      );
      for (const status of ['active', 'closed']) {
        expect(await db.families.where('status').equals(status).count(), status).toBe(families.filter((r) => r.status === status).length);
      }
      for (const status of ['active', 'archived']) {
        expect(await db.members.where('status').equals(status).count(), status).toBe(members.filter((r) => r.status === status).length);
      }
      expect(await db.families.orderBy('updatedAt').count()).toBe(families.length);
    });

    it('still refuses a duplicate pseudonym code and stays writable', async () => {
      const { db, session } = await upgraded();
      const [first] = fixture.tables.families as Row[];
      const before = comparable(await db.families.toArray());
      await expect(
        createFamily(session, { code: String(first!.code).toLowerCase(), label: 'x', responsibleMemberId: null }),
      ).rejects.toBeInstanceOf(CodeTakenError);
      expect(comparable(await db.families.toArray())).toEqual(before);

      await updateFamilyPayload(session, first!.id!, (payload) => ({ ...payload, notes: 'päivitetty' }));
      expect((await readFamily(session, first!.id!))?.notes).toBe('päivitetty');
    });

    if (afterUpgrade) {
      it('did what the upgrade from this version must do', async () => {
        const { db, session } = await upgraded();
        await afterUpgrade(db, session, fixture);
      });
    }
  },
);
