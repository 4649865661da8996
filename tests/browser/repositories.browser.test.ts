// Covers the repositories on real Chromium IndexedDB + WebCrypto: round trips, no plaintext stored, fresh IV per write, unique codes, concurrency, AAD, undo, demo data, the timeline and three houses.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type KehaDatabase } from '../../renderer/src/db/database';
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
import { bytesOf, comparable, inspectStored, passphrase, steppingClock, unlockedSession } from '../unit/db/support';

/** Dexie resolves reads before their IndexedDB transaction ends; let those end so the delete is not reported as blocked. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

let name: string;
let db: KehaDatabase;
let session: Session;

beforeEach(async () => {
  name = `keha-browser-${crypto.randomUUID()}`;
  db = openDatabase(name);
  session = await unlockedSession(db, { now: steppingClock() });
});
afterEach(async () => {
  db.close();
  await settle();
  await Dexie.delete(name);
});

const children = [{ id: 'c1', pseudonym: 'Tuuli', birthYear: 2016 }];

describe('repositories on real IndexedDB', () => {
  it('round-trips a family across closing and reopening the database, storing no plaintext', async () => {
    const id = await createFamily(session, {
      code: 'kxr-482',
      label: 'Muutto Hämeenlinnaan',
      responsibleMemberId: null,
      children,
      notes: 'Koulu on huolissaan.',
    });
    const stored = inspectStored(await db.families.get(id));
    expect(stored).toContain('KXR-482');
    for (const secret of ['Muutto', 'Hämeenlinnaan', 'Tuuli', 'Koulu']) expect(stored, secret).not.toContain(secret);

    db.close();
    db = openDatabase(name);
    const reopened: Session = { db, dataKey: await unlockVaultIn(db, passphrase), now: session.now };
    expect(await readFamily(reopened, id)).toMatchObject({
      code: 'KXR-482',
      label: 'Muutto Hämeenlinnaan',
      children,
      notes: 'Koulu on huolissaan.',
    });
  });

  it('uses a fresh IV on every write, even when the content does not change', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'same', responsibleMemberId: null });
    const first = (await db.families.get(id))!.payload;
    await updateFamilyPayload(session, id, (payload) => payload);
    const second = (await db.families.get(id))!.payload;
    expect(bytesOf(second.iv)).not.toEqual(bytesOf(first.iv));
    expect(bytesOf(second.data)).not.toEqual(bytesOf(first.data));
    expect((await readFamily(session, id))?.label).toBe('same');
  });

  it('rejects a duplicate code case-insensitively and writes nothing', async () => {
    await createFamily(session, { code: 'KXR-482', label: 'first', responsibleMemberId: null });
    const before = comparable(await db.families.toArray());
    await expect(createFamily(session, { code: 'kxr-482', label: 'second', responsibleMemberId: null })).rejects.toBeInstanceOf(
      CodeTakenError,
    );
    expect(comparable(await db.families.toArray())).toEqual(before);
  });

  it('keeps both of two concurrent edits of different fields', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old', responsibleMemberId: null, notes: 'old' });
    await Promise.all([
      updateFamilyPayload(session, id, (p) => ({ ...p, label: 'new label' })),
      updateFamilyPayload(session, id, (p) => ({ ...p, notes: 'new notes' })),
    ]);
    expect(await readFamily(session, id)).toMatchObject({ label: 'new label', notes: 'new notes' });

    const member = await addMember(session, { name: 'Sanna', defaultRole: 'familyTherapist' });
    await Promise.all([
      updateMember(session, member, { name: 'Sanna Virtanen' }),
      updateMember(session, member, { defaultRole: 'teamCoordinator' }),
    ]);
    expect((await listMembers(session))[0]).toMatchObject({ name: 'Sanna Virtanen', defaultRole: 'teamCoordinator' });
  });

  it('a payload moved onto another family fails to decrypt', async () => {
    const a = await createFamily(session, { code: 'A-1', label: 'family A', responsibleMemberId: null });
    const b = await createFamily(session, { code: 'B-2', label: 'family B', responsibleMemberId: null });
    await db.families.update(b, { payload: (await db.families.get(a))!.payload });
    await expect(readFamily(session, b)).rejects.toThrow();
  });

  it('delete then undo restores the identical stored row', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'x', responsibleMemberId: null, children });
    const stored = comparable(await db.families.get(id));
    const deleted = await deleteFamily(session, id);
    expect(await db.families.count()).toBe(0);
    await restoreFamily(session, deleted!);
    expect(comparable(await db.families.get(id))).toEqual(stored);
    expect((await readFamily(session, id))?.children).toEqual(children);
  });

  it('loading and removing the demo team leaves a real family untouched', async () => {
    const id = await createFamily(session, { code: 'REAL-1', label: 'oikea', responsibleMemberId: null });
    const before = comparable(await db.families.get(id));
    await loadDemoTeam(session);
    expect(await db.families.where('demo').equals(1).count()).toBeGreaterThan(0);
    await removeDemoData(session);
    expect(await db.families.toCollection().primaryKeys()).toEqual([id]);
    expect(comparable(await db.families.get(id))).toEqual(before);
    expect(await db.members.count()).toBe(0);
  });

  it('round-trips a timeline across reopening the database, in date order, storing no plaintext; delete and undo', async () => {
    const family = await createFamily(session, { code: 'T-1', label: 'aikajana', responsibleMemberId: null, children });
    const base = { endDate: null, category: 'family' as const, people: ['äiti'], source: null, sourceNote: '', actionTaken: '', ownView: '', shownToFamily: false };
    const move = await addTimelineEvent(session, {
      familyId: family,
      event: { ...base, date: { precision: 'season', year: 2023, season: 'autumn' }, endDate: { precision: 'month', year: 2024, month: 1 }, title: 'Muutto Hämeenlinnaan' },
    });
    const born = await addTimelineEvent(session, { familyId: family, event: { ...base, date: { precision: 'day', year: 2016, month: 4, day: 29 }, title: 'Tuuli syntyy' } });
    await Promise.all([
      updateTimelineEvent(session, move, { ownView: 'Ikävä kavereita' }),
      updateTimelineEvent(session, move, { shownToFamily: true }),
    ]);
    const stored = inspectStored(await db.timelineEvents.toArray());
    for (const secret of ['Muutto', 'Tuuli', 'äiti', 'Ikävä', 'autumn']) expect(stored, secret).not.toContain(secret);

    db.close();
    db = openDatabase(name);
    const reopened: Session = { db, dataKey: await unlockVaultIn(db, passphrase), now: session.now };
    const events = await listTimelineEvents(reopened, family);
    expect(events.map((e) => e.id)).toEqual([born, move]);
    expect(events[1]).toMatchObject({ ownView: 'Ikävä kavereita', shownToFamily: true, endDate: { precision: 'month', year: 2024, month: 1 } });

    const row = comparable(await db.timelineEvents.get(move));
    const deleted = await deleteTimelineEvent(reopened, move);
    expect((await listTimelineEvents(reopened, family)).map((e) => e.id)).toEqual([born]);
    await restoreTimelineEvent(reopened, deleted!);
    expect(comparable(await db.timelineEvents.get(move))).toEqual(row);
  });

  it('round-trips a three-houses session with a drawing and consent across reopening, storing no plaintext; family delete and undo take it along', async () => {
    const family = await createFamily(session, { code: 'H-1', label: 'talot', responsibleMemberId: null, children });
    const drawing: Drawing = {
      strokes: [{ pointer: 'pen', colour: 'green', width: 'medium', points: [{ x: 10, y: 20, pressure: 30 }, { x: 15, y: 28, pressure: 35 }] }],
    };
    const stored = drawingForStorage(drawing);
    if (!stored.ok || stored.value === null) throw new Error('drawing does not encode');
    const id = await createThreeHousesSession(session, {
      familyId: family,
      session: newSession({ childId: 'c1', date: '2025-02-20', worker: { memberId: null, name: 'Sanna Virtanen' } }),
    });
    await Promise.all([
      updateThreeHousesSession(session, id, (s) => addItem(s, 'worries', { id: 'i-1', text: 'Äiti itkee illalla', verbatim: true })),
      updateThreeHousesSession(session, id, (s) => renameHouse(s, 'dreams', 'Toivetalo')),
      updateThreeHousesSession(session, id, (s) => valid(setHouseDrawing(s, 'goodThings', stored.value))),
      updateThreeHousesSession(session, id, (s) => valid(setConsent(s, 'team', 'given', '2025-02-20'))),
    ]);
    const raw = inspectStored(await db.threeHousesSessions.get(id));
    for (const secret of ['Äiti', 'itkee', 'Toivetalo', 'Sanna', 'given']) expect(raw, secret).not.toContain(secret);

    db.close();
    db = openDatabase(name);
    const reopened: Session = { db, dataKey: await unlockVaultIn(db, passphrase), now: session.now };
    const [record] = await listThreeHousesSessionsForChild(reopened, family, 'c1');
    expect(record).toMatchObject({
      id,
      date: '2025-02-20',
      houses: { worries: { items: [{ text: 'Äiti itkee illalla', verbatim: true }] }, dreams: { name: 'Toivetalo' } },
      consent: { team: { state: 'given', recordedOn: '2025-02-20' }, court: { state: 'notAsked' } },
    });
    expect(decodeDrawing(record!.houses.goodThings.drawing!)).toEqual({ ok: true, value: drawing });

    const before = comparable(await db.threeHousesSessions.get(id));
    const deletedSession = await deleteThreeHousesSession(reopened, id);
    expect(await readThreeHousesSession(reopened, id)).toBeUndefined();
    await restoreThreeHousesSession(reopened, deletedSession!);
    const deletedFamily = await deleteFamily(reopened, family);
    expect(await db.threeHousesSessions.count()).toBe(0);
    await restoreFamily(reopened, deletedFamily!);
    expect(comparable(await db.threeHousesSessions.get(id))).toEqual(before);
  });
});
