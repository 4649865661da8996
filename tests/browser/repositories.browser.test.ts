// Covers the repositories on real Chromium IndexedDB + WebCrypto: round trips, no plaintext stored, fresh IV per write, unique codes, concurrency, AAD, undo, demo data, the timeline and three houses.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/database';
import { loadDemoTeam, removeDemoData } from '../../renderer/src/db/repositories/demoRepository';
import {
  CodeTakenError,
  createFamily,
  deleteFamily,
  readFamily,
  restoreFamily,
  updateFamilyPayload,
} from '../../renderer/src/db/repositories/familyRepository';
import { addMember, listMembers, updateMember } from '../../renderer/src/db/repositories/teamRepository';
import {
  createThreeHousesSession,
  deleteThreeHousesSession,
  listThreeHousesSessionsForChild,
  readThreeHousesSession,
  restoreThreeHousesSession,
  updateThreeHousesSession,
} from '../../renderer/src/db/repositories/threeHousesRepository';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  listTimelineEvents,
  restoreTimelineEvent,
  updateTimelineEvent,
} from '../../renderer/src/db/repositories/timelineRepository';
import { decodeDrawing, drawingForStorage, type Drawing } from '../../shared/threeHouses/drawing';
import { addItem, newSession, renameHouse, setConsent, setHouseDrawing } from '../../shared/threeHouses/session';
import { valid } from '../../shared/validation';
import { unlockVaultIn } from '../../renderer/src/db/repositories/vaultRepository';
import type { Session } from '../../renderer/src/db/session';
import { bytesOf, comparable, fastIterations, inspectStored, passphrase, steppingClock } from '../unit/db/support';
import { databaseWorld } from './support';

const world = databaseWorld({ prefix: 'keha-browser', clock: steppingClock });

const children = [{ id: 'c1', pseudonym: 'Tuuli', birthYear: 2016 }];

describe('repositories on real IndexedDB', () => {
  it('round-trips a family across closing and reopening the database, storing no plaintext', async () => {
    const id = await createFamily(world.session, {
      code: 'kxr-482',
      label: 'Muutto Hämeenlinnaan',
      responsibleMemberId: null,
      children,
      notes: 'Koulu on huolissaan.',
    });
    const stored = inspectStored(await world.db.families.get(id));
    expect(stored).toContain('KXR-482');
    for (const secret of ['Muutto', 'Hämeenlinnaan', 'Tuuli', 'Koulu']) expect(stored, secret).not.toContain(secret);

    world.db.close();
    world.db = openDatabase(world.name);
    const reopened: Session = { db: world.db, dataKey: await unlockVaultIn(world.db, passphrase, fastIterations), now: world.session.now };
    expect(await readFamily(reopened, id)).toMatchObject({
      code: 'KXR-482',
      label: 'Muutto Hämeenlinnaan',
      children,
      notes: 'Koulu on huolissaan.',
    });
  });

  it('uses a fresh IV on every write, even when the content does not change', async () => {
    const id = await createFamily(world.session, { code: 'A-1', label: 'same', responsibleMemberId: null });
    const first = (await world.db.families.get(id))!.payload;
    await updateFamilyPayload(world.session, id, (payload) => payload);
    const second = (await world.db.families.get(id))!.payload;
    expect(bytesOf(second.iv)).not.toEqual(bytesOf(first.iv));
    expect(bytesOf(second.data)).not.toEqual(bytesOf(first.data));
    expect((await readFamily(world.session, id))?.label).toBe('same');
  });

  it('rejects a duplicate code case-insensitively and writes nothing', async () => {
    await createFamily(world.session, { code: 'KXR-482', label: 'first', responsibleMemberId: null });
    const before = comparable(await world.db.families.toArray());
    await expect(createFamily(world.session, { code: 'kxr-482', label: 'second', responsibleMemberId: null })).rejects.toBeInstanceOf(
      CodeTakenError,
    );
    expect(comparable(await world.db.families.toArray())).toEqual(before);
  });

  it('keeps both of two concurrent edits of different fields', async () => {
    const id = await createFamily(world.session, { code: 'A-1', label: 'old', responsibleMemberId: null, notes: 'old' });
    await Promise.all([
      updateFamilyPayload(world.session, id, (p) => ({ ...p, label: 'new label' })),
      updateFamilyPayload(world.session, id, (p) => ({ ...p, notes: 'new notes' })),
    ]);
    expect(await readFamily(world.session, id)).toMatchObject({ label: 'new label', notes: 'new notes' });

    const member = await addMember(world.session, { name: 'Sanna', defaultRole: 'familyTherapist' });
    await Promise.all([
      updateMember(world.session, member, { name: 'Sanna Virtanen' }),
      updateMember(world.session, member, { defaultRole: 'teamCoordinator' }),
    ]);
    expect((await listMembers(world.session))[0]).toMatchObject({ name: 'Sanna Virtanen', defaultRole: 'teamCoordinator' });
  });

  it('a payload moved onto another family fails to decrypt', async () => {
    const a = await createFamily(world.session, { code: 'A-1', label: 'family A', responsibleMemberId: null });
    const b = await createFamily(world.session, { code: 'B-2', label: 'family B', responsibleMemberId: null });
    await world.db.families.update(b, { payload: (await world.db.families.get(a))!.payload });
    await expect(readFamily(world.session, b)).rejects.toThrow();
  });

  it('delete then undo restores the identical stored row', async () => {
    const id = await createFamily(world.session, { code: 'A-1', label: 'x', responsibleMemberId: null, children });
    const stored = comparable(await world.db.families.get(id));
    const deleted = await deleteFamily(world.session, id);
    expect(await world.db.families.count()).toBe(0);
    await restoreFamily(world.session, deleted!);
    expect(comparable(await world.db.families.get(id))).toEqual(stored);
    expect((await readFamily(world.session, id))?.children).toEqual(children);
  });

  it('loading and removing the demo team leaves a real family untouched', async () => {
    const id = await createFamily(world.session, { code: 'REAL-1', label: 'oikea', responsibleMemberId: null });
    const before = comparable(await world.db.families.get(id));
    await loadDemoTeam(world.session);
    expect(await world.db.families.where('demo').equals(1).count()).toBeGreaterThan(0);
    await removeDemoData(world.session);
    expect(await world.db.families.toCollection().primaryKeys()).toEqual([id]);
    expect(comparable(await world.db.families.get(id))).toEqual(before);
    expect(await world.db.members.count()).toBe(0);
  });

  it('round-trips a timeline across reopening the database, in date order, storing no plaintext; delete and undo', async () => {
    const family = await createFamily(world.session, { code: 'T-1', label: 'aikajana', responsibleMemberId: null, children });
    const base = { endDate: null, category: 'family' as const, people: ['äiti'], source: null, sourceNote: '', actionTaken: '', ownView: '', shownToFamily: false };
    const move = await addTimelineEvent(world.session, {
      familyId: family,
      event: { ...base, date: { precision: 'season', year: 2023, season: 'autumn' }, endDate: { precision: 'month', year: 2024, month: 1 }, title: 'Muutto Hämeenlinnaan' },
    });
    const born = await addTimelineEvent(world.session, { familyId: family, event: { ...base, date: { precision: 'day', year: 2016, month: 4, day: 29 }, title: 'Tuuli syntyy' } });
    await Promise.all([
      updateTimelineEvent(world.session, move, { ownView: 'Ikävä kavereita' }),
      updateTimelineEvent(world.session, move, { shownToFamily: true }),
    ]);
    const stored = inspectStored(await world.db.timelineEvents.toArray());
    for (const secret of ['Muutto', 'Tuuli', 'äiti', 'Ikävä', 'autumn']) expect(stored, secret).not.toContain(secret);

    world.db.close();
    world.db = openDatabase(world.name);
    const reopened: Session = { db: world.db, dataKey: await unlockVaultIn(world.db, passphrase, fastIterations), now: world.session.now };
    const events = await listTimelineEvents(reopened, family);
    expect(events.map((e) => e.id)).toEqual([born, move]);
    expect(events[1]).toMatchObject({ ownView: 'Ikävä kavereita', shownToFamily: true, endDate: { precision: 'month', year: 2024, month: 1 } });

    const row = comparable(await world.db.timelineEvents.get(move));
    const deleted = await deleteTimelineEvent(reopened, move);
    expect((await listTimelineEvents(reopened, family)).map((e) => e.id)).toEqual([born]);
    await restoreTimelineEvent(reopened, deleted!);
    expect(comparable(await world.db.timelineEvents.get(move))).toEqual(row);
  });

  it('round-trips a three-houses session with a drawing and consent across reopening, storing no plaintext; family delete and undo take it along', async () => {
    const family = await createFamily(world.session, { code: 'H-1', label: 'talot', responsibleMemberId: null, children });
    const drawing: Drawing = {
      strokes: [{ pointer: 'pen', colour: 'green', width: 'medium', points: [{ x: 10, y: 20, pressure: 30 }, { x: 15, y: 28, pressure: 35 }] }],
    };
    const stored = drawingForStorage(drawing);
    if (!stored.ok || stored.value === null) throw new Error('drawing does not encode');
    const id = await createThreeHousesSession(world.session, {
      familyId: family,
      session: newSession({ childId: 'c1', date: '2025-02-20', worker: { memberId: null, name: 'Sanna Virtanen' } }),
    });
    await Promise.all([
      updateThreeHousesSession(world.session, id, (s) => addItem(s, 'worries', { id: 'i-1', text: 'Äiti itkee illalla', verbatim: true })),
      updateThreeHousesSession(world.session, id, (s) => renameHouse(s, 'dreams', 'Toivetalo')),
      updateThreeHousesSession(world.session, id, (s) => valid(setHouseDrawing(s, 'goodThings', stored.value))),
      updateThreeHousesSession(world.session, id, (s) => valid(setConsent(s, 'team', 'given', '2025-02-20'))),
    ]);
    const raw = inspectStored(await world.db.threeHousesSessions.get(id));
    for (const secret of ['Äiti', 'itkee', 'Toivetalo', 'Sanna', 'given']) expect(raw, secret).not.toContain(secret);

    world.db.close();
    world.db = openDatabase(world.name);
    const reopened: Session = { db: world.db, dataKey: await unlockVaultIn(world.db, passphrase, fastIterations), now: world.session.now };
    const [record] = await listThreeHousesSessionsForChild(reopened, family, 'c1');
    expect(record).toMatchObject({
      id,
      date: '2025-02-20',
      houses: { worries: { items: [{ text: 'Äiti itkee illalla', verbatim: true }] }, dreams: { name: 'Toivetalo' } },
      consent: { team: { state: 'given', recordedOn: '2025-02-20' }, court: { state: 'notAsked' } },
    });
    expect(decodeDrawing(record!.houses.goodThings.drawing!)).toEqual({ ok: true, value: drawing });

    const before = comparable(await world.db.threeHousesSessions.get(id));
    const deletedSession = await deleteThreeHousesSession(reopened, id);
    expect(await readThreeHousesSession(reopened, id)).toBeUndefined();
    await restoreThreeHousesSession(reopened, deletedSession!);
    const deletedFamily = await deleteFamily(reopened, family);
    expect(await world.db.threeHousesSessions.count()).toBe(0);
    await restoreFamily(reopened, deletedFamily!);
    expect(comparable(await world.db.threeHousesSessions.get(id))).toEqual(before);
  });
});
