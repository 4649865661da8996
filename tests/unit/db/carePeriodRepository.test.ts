// Covers renderer/src/db/repositories/carePeriodRepository.ts through real encryption on
// fake-indexeddb: a family's care period round-trips with only ids and dates in the clear; bad dates,
// a second care period and one goal too many are refused with nothing written; two windows' edits
// both stay; one rating per meeting and goal whose rating and comment merge; ratings listed with
// their meetings' dates (a cancelled meeting's left out); removing a goal takes its ratings along
// and undo brings both back; deleting the family or removing the demo takes care periods and
// ratings along (and undo of the deletion restores them).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addGoal,
  CarePeriodExistsError,
  CarePeriodRefusedError,
  countGoalRatings,
  createCarePeriod,
  listFamilyGoalRatings,
  listFamilyCarePeriods,
  readCarePeriodForRecord,
  readCarePeriodOn,
  setCarePeriodChild,
  readFamilyCarePeriod,
  removeGoal,
  restoreGoal,
  saveGoalRating,
  setCarePeriodDates,
  setCarePeriodUnit,
  setGoalText,
} from '../../../renderer/src/db/repositories/carePeriodRepository';
import { hasDemoData, loadDemoTeam, removeDemoData } from '../../../renderer/src/db/repositories/demoRepository';
import { createFamily, deleteFamily, listFamilies, restoreFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { cancelMeeting, createMeeting, listMeetings, runMeeting } from '../../../renderer/src/db/repositories/meetingRepository';
import { carePeriodLimits } from '../../../shared/carePeriod/carePeriod';
import { interimReviewTemplate } from '../../../shared/meeting/builtInTemplates';
import type { CarePeriodRow } from '../../../renderer/src/db/database';
import { sealPayload } from '../../../renderer/src/db/sealedRecords';
import { comparable, inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2031-03-01T10:00:00.000Z');

const start = (familyId: string, unit = 'LIPSY perheosasto', childId = 'child-1') =>
  createCarePeriod(world.session, { familyId, childId, start: '2031-03-02', plannedEnd: '2031-04-27', unit });

/** A care period as stored before care periods named their child (the payload has no child). */
async function createCarePeriodWithoutChild(id: string, row: CarePeriodRow): Promise<string> {
  const payload = await sealPayload(world.session, world.db.carePeriods, { ...row, id }, { unit: 'LIPSY perheosasto', goals: [] });
  await world.db.carePeriods.add({ ...row, payload });
  return id;
}

/** An interim review of the family, planned at `scheduledAt`. */
const review = (familyId: string, scheduledAt: string) =>
  createMeeting(world.session, {
    scheduledAt,
    template: interimReviewTemplate,
    plan: { roles: {}, participants: [], quickRound: [], deepDives: [{ id: `dd-${scheduledAt}`, familyId, presenterId: null, question: '' }], closingNote: '' },
  });

describe('a care period', () => {
  it('round-trips, with the unit and the goals encrypted and only ids and dates in the clear', async () => {
    const id = await start('family-x', 'LIPSY perheosasto Jyväskylä');
    const goal = await addGoal(world.session, id, 'Tuuli nukkuu omassa sängyssään');
    expect(await readFamilyCarePeriod(world.session, 'family-x')).toMatchObject({
      id,
      familyId: 'family-x',
      start: '2031-03-02',
      plannedEnd: '2031-04-27',
      unit: 'LIPSY perheosasto Jyväskylä',
      goals: [{ id: goal, text: 'Tuuli nukkuu omassa sängyssään' }],
    });
    expect(await readFamilyCarePeriod(world.session, 'family-y')).toBeNull();
    const stored = inspectStored(await world.db.carePeriods.toArray());
    expect(stored).toContain('2031-03-02');
    expect(stored).not.toContain('Jyväskylä');
    expect(stored).not.toContain('sängyssään');
  });

  it('is refused with bad dates, or when the child already has one at that time, and nothing is written', async () => {
    await expect(createCarePeriod(world.session, { familyId: 'family-x', childId: 'child-1', start: '2031-02-30', plannedEnd: '2031-04-27', unit: 'LIPSY' })).rejects.toMatchObject({
      name: 'CarePeriodRefusedError',
      issue: { key: 'carePeriod.validation.dateFormat' },
    });
    await expect(createCarePeriod(world.session, { familyId: 'family-x', childId: 'child-1', start: '2031-03-02', plannedEnd: '2031-03-01', unit: 'LIPSY' })).rejects.toMatchObject({
      issue: { key: 'carePeriod.validation.endBeforeStart' },
    });
    await expect(start('family-x', '   ')).rejects.toThrow();
    expect(await world.db.carePeriods.count()).toBe(0);
    await start('family-x');
    await expect(start('family-x', 'Toinen')).rejects.toBeInstanceOf(CarePeriodExistsError);
    expect(await world.db.carePeriods.count()).toBe(1);
  });

  it('belongs to a child: a sibling may have one at the same time, and a child several over time', async () => {
    const tuuli = await start('family-x', 'LIPSY', 'tuuli');
    const eino = await start('family-x', 'LIPSY', 'eino');
    const later = await createCarePeriod(world.session, { familyId: 'family-x', childId: 'tuuli', start: '2031-09-01', plannedEnd: '2031-10-15', unit: 'LIPSY' });
    const periods = await listFamilyCarePeriods(world.session, 'family-x');
    // Latest start first (the two started the same day in either order).
    expect(periods[0]).toMatchObject({ id: later, childId: 'tuuli' });
    expect(periods.slice(1).map((p) => [p.id, p.childId])).toEqual(
      expect.arrayContaining([
        [tuuli, 'tuuli'],
        [eino, 'eino'],
      ]),
    );
    // The child is in the encrypted payload, not in the clear.
    expect(inspectStored(await world.db.carePeriods.toArray())).not.toContain('tuuli');
    // An interim review works on the care period current on its day.
    expect((await readCarePeriodOn(world.session, 'family-x', '2031-09-10'))!.id).toBe(later);
  });

  it('stored without a child still reads, and its child can be set', async () => {
    const id = await start('family-x');
    const row = (await world.db.carePeriods.get(id))!;
    // As stored before care periods named their child.
    await world.db.carePeriods.delete(id);
    const legacy = await createCarePeriodWithoutChild(id, row);
    expect((await listFamilyCarePeriods(world.session, 'family-x'))[0]).toMatchObject({ id: legacy, unit: 'LIPSY perheosasto' });
    expect((await listFamilyCarePeriods(world.session, 'family-x'))[0]!.childId).toBeUndefined();
    await setCarePeriodChild(world.session, legacy, 'tuuli');
    expect((await listFamilyCarePeriods(world.session, 'family-x'))[0]).toMatchObject({ id: legacy, childId: 'tuuli', unit: 'LIPSY perheosasto' });
  });

  it('changes one date against the stored other one', async () => {
    const id = await start('family-x');
    await setCarePeriodDates(world.session, id, { plannedEnd: '2031-05-11' });
    await expect(setCarePeriodDates(world.session, id, { start: '2031-06-01' })).rejects.toBeInstanceOf(CarePeriodRefusedError);
    await setCarePeriodDates(world.session, id, { start: '2031-03-09' });
    expect(await readFamilyCarePeriod(world.session, 'family-x')).toMatchObject({ start: '2031-03-09', plannedEnd: '2031-05-11' });
  });

  it('takes at most the limit of goals', async () => {
    const id = await start('family-x');
    for (let index = 0; index < carePeriodLimits.goals; index++) await addGoal(world.session, id, `Tavoite ${index + 1}`);
    await expect(addGoal(world.session, id, 'Yksi liikaa')).rejects.toMatchObject({ issue: { key: 'carePeriod.validation.tooManyGoals', values: { max: 12 } } });
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals).toHaveLength(carePeriodLimits.goals);
  });

  it('keeps both windows’ edits: a goal added in one while the other renames the unit and rewords a goal', async () => {
    const id = await start('family-x');
    const goal = await addGoal(world.session, id, 'Aamut sujuvat');
    const other = await secondWindow(world.name, world.others, '2031-03-01T11:00:00.000Z');
    whileNextEncrypting(() => addGoal(other, id, 'Koulu alkaa'));
    await setGoalText(world.session, id, goal, 'Aamut sujuvat rauhallisesti');
    await setCarePeriodUnit(other, id, 'LIPSY perheosasto');
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals.map((g) => g.text)).toEqual(['Aamut sujuvat rauhallisesti', 'Koulu alkaa']);
  });
});

describe('goal ratings', () => {
  it('are one row per meeting and goal; the rating and the comment merge, also from two windows', async () => {
    const id = await start('family-x');
    const goal = await addGoal(world.session, id, 'Aamut sujuvat');
    const meeting = await review('family-x', '2031-03-09T09:00:00.000Z');
    const target = { carePeriodId: id, familyId: 'family-x', goalId: goal, meetingId: meeting };
    await saveGoalRating(world.session, target, { rating: 4 });
    const other = await secondWindow(world.name, world.others, '2031-03-09T09:10:00.000Z');
    whileNextEncrypting(() => saveGoalRating(other, target, { comment: 'Kaksi hyvää aamua' }));
    await saveGoalRating(world.session, target, { rating: 5 });
    expect(await world.db.goalRatings.count()).toBe(1);
    expect(await world.db.goalRatings.get(`${meeting}|${goal}`)).toMatchObject({ carePeriodId: id, familyId: 'family-x', goalId: goal, meetingId: meeting });
    expect(await listFamilyGoalRatings(world.session, 'family-x')).toMatchObject([{ rating: 5, comment: 'Kaksi hyvää aamua' }]);
    expect(inspectStored(await world.db.goalRatings.toArray())).not.toContain('hyvää');
    // Not rated on purpose: null, and the comment stays.
    await saveGoalRating(world.session, target, { rating: null });
    expect(await listFamilyGoalRatings(world.session, 'family-x')).toMatchObject([{ rating: null, comment: 'Kaksi hyvää aamua' }]);
    await expect(saveGoalRating(world.session, target, { rating: 11 })).rejects.toThrow();
  });

  it('come with their meetings’ dates in meeting order, a started meeting at its start, a cancelled meeting’s left out', async () => {
    const id = await start('family-x');
    const goal = await addGoal(world.session, id, 'Aamut sujuvat');
    const second = await review('family-x', '2031-03-16T09:00:00.000Z');
    const first = await review('family-x', '2031-03-09T09:00:00.000Z');
    const cancelled = await review('family-x', '2031-03-12T09:00:00.000Z');
    for (const [meetingId, rating] of [[second, 6], [first, 3], [cancelled, 9]] as const) {
      await saveGoalRating(world.session, { carePeriodId: id, familyId: 'family-x', goalId: goal, meetingId }, { rating });
    }
    await cancelMeeting(world.session, cancelled);
    await runMeeting(world.session, first, 'start', { status: 'notStarted', stepIndex: 0 });
    const ratings = await listFamilyGoalRatings(world.session, 'family-x');
    const startedAt = (await listMeetings(world.session)).find((m) => m.id === first)!.run.startedAt!;
    expect(ratings.map((r) => [r.meetingId, r.rating, r.meetingDate])).toEqual([
      [first, 3, startedAt],
      [second, 6, Date.parse('2031-03-16T09:00:00.000Z')],
    ]);
    expect(await readCarePeriodForRecord(world.session, 'family-x', '2031-03-16')).toMatchObject({
      unit: 'LIPSY perheosasto',
      goals: [{ id: goal }],
      ratings: [
        { goalId: goal, meetingId: first, rating: 3, comment: '' },
        { goalId: goal, meetingId: second, rating: 6 },
      ],
    });
    expect(await readCarePeriodForRecord(world.session, 'family-y', '2031-03-16')).toBeNull();
  });
});

describe('removing a goal', () => {
  it('takes its ratings along in one step and undo brings both back exactly, in place', async () => {
    const id = await start('family-x');
    const goals = [await addGoal(world.session, id, 'Yksi'), await addGoal(world.session, id, 'Kaksi'), await addGoal(world.session, id, 'Kolme')];
    const meeting = await review('family-x', '2031-03-09T09:00:00.000Z');
    for (const goalId of goals) await saveGoalRating(world.session, { carePeriodId: id, familyId: 'family-x', goalId, meetingId: meeting }, { rating: 5, comment: goalId });
    const before = comparable(await world.db.goalRatings.toArray());
    expect(await countGoalRatings(world.session, id, goals[1]!)).toBe(1);

    const removed = await removeGoal(world.session, id, goals[1]!);
    expect(removed).toMatchObject({ goal: { text: 'Kaksi' }, index: 1 });
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals.map((g) => g.text)).toEqual(['Yksi', 'Kolme']);
    expect((await world.db.goalRatings.toArray()).map((r) => r.goalId).sort()).toEqual([goals[0], goals[2]].sort());

    await restoreGoal(world.session, removed!);
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals.map((g) => g.text)).toEqual(['Yksi', 'Kaksi', 'Kolme']);
    expect(comparable(await world.db.goalRatings.toArray())).toEqual(before);
    // Undo twice changes nothing; removing a goal that is gone returns nothing.
    await restoreGoal(world.session, removed!);
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals).toHaveLength(3);
    expect(await removeGoal(world.session, id, 'no-such-goal')).toBeUndefined();
  });

  it('leaves nothing half done if the care period changes under it: the removal is applied on top', async () => {
    const id = await start('family-x');
    const [a, b] = [await addGoal(world.session, id, 'A'), await addGoal(world.session, id, 'B')];
    const other = await secondWindow(world.name, world.others, '2031-03-01T11:00:00.000Z');
    whileNextEncrypting(() => setGoalText(other, id, b, 'B muotoiltu'));
    await removeGoal(world.session, id, a);
    expect((await readFamilyCarePeriod(world.session, 'family-x'))!.goals.map((g) => g.text)).toEqual(['B muotoiltu']);
  });
});

describe('deleting a family and removing the demo', () => {
  it('deleting a family takes its care period and ratings along, and undo restores them exactly', async () => {
    const family = await createFamily(world.session, { code: 'KXR-1', label: '', responsibleMemberId: null });
    const other = await createFamily(world.session, { code: 'AOE-2', label: '', responsibleMemberId: null });
    for (const familyId of [family, other]) {
      const id = await start(familyId);
      const goal = await addGoal(world.session, id, `Tavoite ${familyId}`);
      await saveGoalRating(world.session, { carePeriodId: id, familyId, goalId: goal, meetingId: await review(familyId, '2031-03-09T09:00:00.000Z') }, { rating: 4 });
    }
    const before = comparable([await world.db.carePeriods.toArray(), await world.db.goalRatings.toArray()]);
    const deleted = await deleteFamily(world.session, family);
    expect(deleted?.carePeriods).toHaveLength(1);
    expect(deleted?.goalRatings).toHaveLength(1);
    expect((await world.db.carePeriods.toArray()).map((row) => row.familyId)).toEqual([other]);
    expect((await world.db.goalRatings.toArray()).map((row) => row.familyId)).toEqual([other]);
    await restoreFamily(world.session, deleted!);
    expect(comparable([await world.db.carePeriods.toArray(), await world.db.goalRatings.toArray()])).toEqual(before);
  });

  it('removing the demo takes demo families’ care periods and ratings, and keeps real ones, even one given in a demo meeting', async () => {
    const real = await createFamily(world.session, { code: 'REAL-1', label: '', responsibleMemberId: null });
    const realPeriod = await start(real);
    const realGoal = await addGoal(world.session, realPeriod, 'Oikea tavoite');
    await saveGoalRating(world.session, { carePeriodId: realPeriod, familyId: real, goalId: realGoal, meetingId: await review(real, '2031-03-09T09:00:00.000Z') }, { rating: 4 });
    const kept = comparable([await world.db.carePeriods.toArray(), await world.db.goalRatings.toArray()]);

    await loadDemoTeam(world.session);
    const demoFamily = (await listFamilies(world.session)).find((family) => family.demo)!;
    const demoMeeting = (await listMeetings(world.session)).find((meeting) => meeting.demo)!;
    const demoPeriod = await start(demoFamily.id);
    const demoGoal = await addGoal(world.session, demoPeriod, 'Demotavoite');
    await saveGoalRating(world.session, { carePeriodId: demoPeriod, familyId: demoFamily.id, goalId: demoGoal, meetingId: demoMeeting.id }, { rating: 7 });
    // A real family rated in the demo meeting: real work, so the rating stays and so does the meeting it was given in.
    await saveGoalRating(world.session, { carePeriodId: realPeriod, familyId: real, goalId: realGoal, meetingId: demoMeeting.id }, { rating: 8 });
    const realRatingInDemo = comparable(await world.db.goalRatings.get(`${demoMeeting.id}|${realGoal}`));

    await removeDemoData(world.session);
    expect(await hasDemoData(world.db)).toBe(false);
    const [periods, ratings] = kept as [unknown[], { id: string }[]];
    // Ratings are stored in id order, and ids begin with the (random) meeting id.
    const expectedRatings = [...ratings, realRatingInDemo as { id: string }].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(comparable([await world.db.carePeriods.toArray(), await world.db.goalRatings.toArray()])).toEqual([periods, expectedRatings]);
    expect(await world.db.meetings.get(demoMeeting.id)).toBeDefined();
  });
});
