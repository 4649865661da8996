// Covers db/repositories/demoRepository.ts: loading and removing the demonstration team never touches real data.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KehaDatabase } from '../../../renderer/src/db/database';
import { hasDemoData, isEmptyInstall, loadDemoTeam, removeDemoData } from '../../../renderer/src/db/repositories/demoRepository';
import { CodeTakenError, createFamily, listFamilies, readFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { addMember, listMembers, readTeam, saveTeamName } from '../../../renderer/src/db/repositories/teamRepository';
import type { Session } from '../../../renderer/src/db/session';
import { demoFamilies, demoMembers, demoTeamName } from '../../../shared/demo/demoTeam';
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
