// Covers the child's three-houses sessions (threeHousesRepository) through real encryption on
// fake-indexeddb: round trip with a drawing and consent, newest first per family and per child,
// content encrypted at rest, the domain's edits applied on top of another window's, edits the
// domain refuses changing nothing, and delete with undo.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createThreeHousesSession,
  deleteThreeHousesSession,
  listThreeHousesSessionsForChild,
  latestThreeHousesSessionsAsOf,
  listThreeHousesSessionsForFamily,
  readThreeHousesSession,
  restoreThreeHousesSession,
  ThreeHousesRefusedError,
  updateThreeHousesSession,
} from '../../../renderer/src/db/repositories/threeHousesRepository';
import { RecordMissingError } from '../../../renderer/src/db/sealedRecords';
import { limits } from '../../../shared/limits';
import { viewForAudience } from '../../../shared/threeHouses/consent';
import { decodeDrawing, drawingForStorage, type Drawing } from '../../../shared/threeHouses/drawing';
import {
  addItem,
  newSession,
  removeItem,
  renameHouse,
  restoreItem,
  setConsent,
  setHouseDrawing,
  type ThreeHousesSession,
} from '../../../shared/threeHouses/session';
import { valid } from '../../../shared/validation';
import { comparable, inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2025-03-01T10:00:00.000Z');

const familyX = 'family-x';
const familyY = 'family-y';
const worker = { memberId: 'm-1', name: 'Sanna Virtanen' };
const start = (date = '2025-02-20', childId = 'c-1') => newSession({ childId, date, worker });
const create = (payload: ThreeHousesSession = start(), familyId = familyX) => createThreeHousesSession(world.session, { familyId, session: payload });
const item = (id: string, text: string, verbatim = true) => ({ id, text, verbatim });
const drawing: Drawing = {
  strokes: [
    {
      pointer: 'touch',
      colour: 'blue',
      width: 'thick',
      points: [
        { x: 100, y: 900, pressure: 50 },
        { x: 140, y: 860, pressure: 52 },
      ],
    },
  ],
};
const encoded = (value: Drawing) => {
  const stored = drawingForStorage(value);
  if (!stored.ok || stored.value === null) throw new Error('test drawing does not encode');
  return stored.value;
};
/** A session with something in every part: items, a renamed house, a drawing, a follow-up question, consent. */
function filled(): ThreeHousesSession {
  let value = start();
  for (const change of [
    (s: ThreeHousesSession) => addItem(s, 'worries', item('i-1', 'Äiti itkee illalla.')),
    (s: ThreeHousesSession) => addItem(s, 'goodThings', item('i-2', 'Piirsi mummon ja koiran.', false)),
    (s: ThreeHousesSession) => renameHouse(s, 'dreams', 'Toivetalo'),
  ]) {
    const next = change(value);
    if (!next.ok) throw new Error(next.issue.key);
    value = next.value;
  }
  value = setHouseDrawing(value, 'goodThings', encoded(drawing));
  value = setConsent(value, 'team', 'given', '2025-02-20');
  return { ...value, followUpQuestions: ['Kenelle Tuuli voi kertoa illoista?'] };
}

describe('three-houses sessions', () => {
  it('round-trip the houses, the drawing and the consent, with the child and the date also in the clear', async () => {
    const payload = filled();
    const id = await create(payload);
    const record = await readThreeHousesSession(world.session, id);
    expect(record).toEqual({ ...payload, id, familyId: familyX, createdAt: record!.createdAt, updatedAt: record!.createdAt });
    expect(record!.createdAt).toMatch(/^2025-03-01T10:00:0\d\.000Z$/);
    expect(decodeDrawing(record!.houses.goodThings.drawing!)).toEqual({ ok: true, value: drawing });
    expect(viewForAudience(record!, 'team')).toMatchObject({ allowed: true, workerName: 'Sanna Virtanen' });
    expect(viewForAudience(record!, 'parents')).toEqual({ audience: 'parents', allowed: false, reason: 'notAsked' });
    const row = (await world.db.threeHousesSessions.get(id))!;
    expect({ familyId: row.familyId, childId: row.childId, date: row.date }).toEqual({ familyId: familyX, childId: 'c-1', date: '2025-02-20' });
    expect(await readThreeHousesSession(world.session, 'missing')).toBeUndefined();
  });

  it('are listed newest first, by family and by child, a child’s list naming the family too', async () => {
    const baseline = await create(start('2024-09-01'));
    const now = await create(start('2025-02-20'));
    const sibling = await create(start('2024-12-01', 'c-2'));
    // The same child id in another family is another child.
    const otherFamily = await create(start('2025-01-10'), familyY);
    expect((await listThreeHousesSessionsForFamily(world.session, familyX)).map((s) => s.id)).toEqual([now, sibling, baseline]);
    expect((await listThreeHousesSessionsForChild(world.session, familyX, 'c-1')).map((s) => s.id)).toEqual([now, baseline]);
    expect((await listThreeHousesSessionsForChild(world.session, familyY, 'c-1')).map((s) => s.id)).toEqual([otherFamily]);
    expect(await listThreeHousesSessionsForChild(world.session, familyX, 'c-3')).toEqual([]);
  });

  it('keep the child’s words, the house names, the worker and the consent encrypted', async () => {
    const id = await create(filled());
    const stored = inspectStored(await world.db.threeHousesSessions.get(id));
    for (const secret of ['Äiti', 'itkee', 'mummon', 'Toivetalo', 'Sanna', 'Kenelle', 'given', 'verbatim', 'worries']) {
      expect(stored, secret).not.toContain(secret);
    }
    expect(stored).toContain(familyX);
    expect(Object.keys((await world.db.threeHousesSessions.get(id))!).sort()).toEqual(['childId', 'createdAt', 'date', 'familyId', 'id', 'payload', 'updatedAt']);
  });

  it('the domain’s edits are saved and return the session as saved; removing an item can be undone', async () => {
    const id = await create();
    await updateThreeHousesSession(world.session, id, (s) => addItem(s, 'worries', item('i-1', '  Koulumatka pelottaa  ')));
    await updateThreeHousesSession(world.session, id, (s) => addItem(s, 'worries', item('i-2', 'Isä on kaukana')));
    let removed: ReturnType<typeof removeItem>['removed'] = null;
    const saved = await updateThreeHousesSession(world.session, id, (s) => {
      const result = removeItem(s, 'worries', 'i-1');
      removed = result.removed;
      return valid(result.session);
    });
    expect(saved.houses.worries.items.map((i) => i.text)).toEqual(['Isä on kaukana']);
    await updateThreeHousesSession(world.session, id, (s) => valid(restoreItem(s, removed!)));
    expect((await readThreeHousesSession(world.session, id))?.houses.worries.items.map((i) => i.text)).toEqual(['Koulumatka pelottaa', 'Isä on kaukana']);
    const record = (await readThreeHousesSession(world.session, id))!;
    expect(record.updatedAt > record.createdAt).toBe(true);
  });

  it('an item added in one window and consent withdrawn in another are both kept', async () => {
    const id = await create(filled());
    const otherSession = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    // The other window saves while this one is encrypting its own edit (after reading the session).
    whileNextEncrypting(() => updateThreeHousesSession(otherSession, id, (s) => valid(setConsent(s, 'team', 'notGiven', '2025-03-01'))));
    await updateThreeHousesSession(world.session, id, (s) => addItem(s, 'dreams', item('i-9', 'Oma huone')));
    const after = (await readThreeHousesSession(world.session, id))!;
    expect(after.houses.dreams.items.map((i) => i.text)).toEqual(['Oma huone']);
    expect(after.consent.team).toEqual({ state: 'notGiven', recordedOn: '2025-03-01' });
    expect(viewForAudience(after, 'sharedScreen')).toMatchObject({ allowed: false });
  });

  it('an edit the domain refuses throws its reason and changes nothing', async () => {
    const id = await create(filled());
    const before = comparable(await world.db.threeHousesSessions.get(id));
    const refused = (change: (s: ThreeHousesSession) => ReturnType<typeof addItem>) => updateThreeHousesSession(world.session, id, change);

    await expect(refused((s) => addItem(s, 'worries', item('i-x', '   ')))).rejects.toMatchObject({
      name: 'ThreeHousesRefusedError',
      issue: { key: 'threeHouses.validation.itemEmpty' },
    });
    await expect(refused((s) => renameHouse(s, 'dreams', 'x'.repeat(limits.threeHousesHouseName + 1)))).rejects.toMatchObject({
      issue: { key: 'validation.tooLong' },
    });
    // A damaged drawing and a session moved into the future are refused by the whole-session check.
    await expect(refused((s) => valid(setHouseDrawing(s, 'dreams', 'not a drawing!')))).rejects.toMatchObject({
      issue: { key: 'threeHouses.validation.drawingUnreadable' },
    });
    await expect(refused((s) => valid({ ...s, date: '2025-03-02' }))).rejects.toMatchObject({
      issue: { key: 'threeHouses.validation.sessionDateFuture' },
    });
    expect(comparable(await world.db.threeHousesSessions.get(id))).toEqual(before);
    // The same edit with good input goes through.
    await expect(refused((s) => addItem(s, 'worries', item('i-x', 'Pimeä porraskäytävä')))).resolves.toBeDefined();
    expect((await readThreeHousesSession(world.session, id))?.houses.worries.items.map((i) => i.text)).toEqual(['Äiti itkee illalla.', 'Pimeä porraskäytävä']);
  });

  it('a full house refuses one more item, and the session stays as it was', async () => {
    let full = start();
    for (let index = 0; index < limits.threeHousesItemsPerHouse; index++) {
      const next = addItem(full, 'goodThings', item(`i-${index}`, `Hyvä asia ${index}`));
      if (!next.ok) throw new Error(next.issue.key);
      full = next.value;
    }
    const id = await create(full);
    const before = comparable(await world.db.threeHousesSessions.get(id));
    await expect(updateThreeHousesSession(world.session, id, (s) => addItem(s, 'goodThings', item('one-more', 'Vielä yksi')))).rejects.toBeInstanceOf(
      ThreeHousesRefusedError,
    );
    expect(comparable(await world.db.threeHousesSessions.get(id))).toEqual(before);
  });

  it('refuses a new session the domain refuses, writing nothing', async () => {
    await expect(create(start('2025-03-02'))).rejects.toMatchObject({ issue: { key: 'threeHouses.validation.sessionDateFuture' } });
    await expect(create(start('2025-02-30'))).rejects.toBeInstanceOf(ThreeHousesRefusedError);
    await expect(create({ ...start(), worker: { memberId: null, name: '' } })).rejects.toBeInstanceOf(ThreeHousesRefusedError);
    expect(await world.db.threeHousesSessions.count()).toBe(0);
  });

  it('moving a session to its right date keeps the clear copy in step, so the lists order it right', async () => {
    const older = await create(start('2025-01-05'));
    const id = await create(start('2024-06-01'));
    await updateThreeHousesSession(world.session, id, (s) => valid({ ...s, date: '2025-02-01' }));
    expect((await world.db.threeHousesSessions.get(id))!.date).toBe('2025-02-01');
    expect((await listThreeHousesSessionsForChild(world.session, familyX, 'c-1')).map((s) => s.id)).toEqual([id, older]);
  });

  it('an edit of a session deleted in another window fails loudly', async () => {
    await expect(updateThreeHousesSession(world.session, 'gone', (s) => valid(s))).rejects.toBeInstanceOf(RecordMissingError);
  });

  it('delete then undo gives back the identical session', async () => {
    const kept = await create(start('2024-09-01'));
    const id = await create(filled());
    const stored = comparable(await world.db.threeHousesSessions.get(id));
    const listed = await listThreeHousesSessionsForFamily(world.session, familyX);

    const deleted = await deleteThreeHousesSession(world.session, id);
    expect((await listThreeHousesSessionsForFamily(world.session, familyX)).map((s) => s.id)).toEqual([kept]);
    await restoreThreeHousesSession(world.session, deleted!);
    expect(comparable(await world.db.threeHousesSessions.get(id))).toEqual(stored);
    expect(await listThreeHousesSessionsForFamily(world.session, familyX)).toEqual(listed);
    expect(await deleteThreeHousesSession(world.session, 'missing')).toBeUndefined();
  });

  it('each child’s latest session as of an instant: dated by that day and recorded by then, nothing of another family', async () => {
    await create(start('2025-02-10', 'c-1'));
    const latestOfFirst = await create(start('2025-02-20', 'c-1'));
    const second = await create(start('2025-02-25', 'c-2'));
    await create(start('2025-02-27', 'c-3'), familyY);
    const asOf = Date.parse((await world.db.threeHousesSessions.get(second))!.createdAt) + 500;
    // Recorded after the instant, though dated before it: a past meeting's record must not change.
    await create(start('2025-02-21', 'c-1'));
    const latest = await latestThreeHousesSessionsAsOf(world.session, familyX, asOf);
    expect(latest.sort((a, b) => a.childId.localeCompare(b.childId))).toEqual([
      { id: latestOfFirst, childId: 'c-1', date: '2025-02-20' },
      { id: second, childId: 'c-2', date: '2025-02-25' },
    ]);
    // Before anything was recorded there is none; today, the later-recorded session is the first child's latest.
    expect(await latestThreeHousesSessionsAsOf(world.session, familyX, new Date(2025, 1, 24, 12).getTime())).toEqual([]);
    expect((await latestThreeHousesSessionsAsOf(world.session, familyX, Date.now())).map((entry) => entry.date).sort()).toEqual(['2025-02-21', '2025-02-25']);
  });
});
