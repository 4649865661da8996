// Covers a family's network maps (networkMapRepository) through real encryption on fake-indexeddb:
// round trip, newest (by the map's date) first per family, content encrypted at rest, the domain's
// edits applied on top of another window's, refused edits changing nothing, delete with undo, the
// family's limit, a family's deletion and the demonstration team taking its maps, and the changes a
// meeting's record mentions.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemoTeam, removeDemoData, restoreDemoData } from '../../../renderer/src/db/repositories/demoRepository';
import { createFamily, deleteFamily, listFamilies, restoreFamily } from '../../../renderer/src/db/repositories/familyRepository';
import {
  createNetworkMap,
  deleteNetworkMap,
  listNetworkMaps,
  NetworkMapRefusedError,
  networkMapChangesBetween,
  readNetworkMap,
  restoreNetworkMap,
  updateNetworkMap,
} from '../../../renderer/src/db/repositories/networkMapRepository';
import { limits } from '../../../shared/limits';
import { addContact, blankContact, newNetworkMap, removeContact, restoreContact, updateContact, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { valid } from '../../../shared/validation';
import { inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2025-03-01T10:00:00.000Z');
const familyX = 'family-x';
const familyY = 'family-y';

function withGrandma(map: NetworkMap = newNetworkMap({ date: '2025-02-20' })): NetworkMap {
  const added = addContact({ ...map, teamNotes: 'Isän tilanne huolettaa' }, 'g', { ...blankContact('relatives'), name: 'Mummo', description: 'Mummolla on rauhallista', ownWords: true, teamNote: 'Tärkeä tuki' });
  if (!added.ok) throw new Error(added.issue.key);
  return added.value;
}

const create = (map: NetworkMap = withGrandma(), familyId = familyX) => createNetworkMap(world.session, { familyId, map });

describe('network maps', () => {
  it('round-trip, with only the family and instants in the clear, the content encrypted', async () => {
    const map = withGrandma();
    const id = await create(map);
    const record = await readNetworkMap(world.session, id);
    expect(record).toEqual({ ...map, id, familyId: familyX, createdAt: record!.createdAt, updatedAt: record!.createdAt });
    const row = (await world.db.networkMaps.get(id))!;
    expect(Object.keys(row).sort()).toEqual(['createdAt', 'familyId', 'id', 'payload', 'updatedAt']);
    const stored = inspectStored(row);
    for (const secret of ['Mummo', 'rauhallista', 'Tärkeä', 'huolettaa', 'relatives', '2025-02-20']) expect(stored, secret).not.toContain(secret);
    expect(await readNetworkMap(world.session, 'missing')).toBeUndefined();
  });

  it('are listed per family, newest date first', async () => {
    const old = await create(newNetworkMap({ date: '2024-05-01' }));
    const recent = await create(newNetworkMap({ date: '2025-02-01' }));
    await create(newNetworkMap({ date: '2025-02-10' }), familyY);
    expect((await listNetworkMaps(world.session, familyX)).map((map) => map.id)).toEqual([recent, old]);
  });

  it('apply the domain’s edits; removing a contact can be undone; refused edits write nothing', async () => {
    const id = await create();
    const saved = await updateNetworkMap(world.session, id, (map) => updateContact(map, 'g', { distance: 1, quality: 'supports' }));
    expect(saved.contacts[0]).toMatchObject({ distance: 1, quality: 'supports' });
    let removed: ReturnType<typeof removeContact>['removed'] = null;
    await updateNetworkMap(world.session, id, (map) => {
      const result = removeContact(map, 'g');
      removed = result.removed;
      return valid(result.map);
    });
    expect((await readNetworkMap(world.session, id))!.contacts).toEqual([]);
    await updateNetworkMap(world.session, id, (map) => restoreContact(map, removed!));
    expect((await readNetworkMap(world.session, id))!.contacts.map((contact) => contact.name)).toEqual(['Mummo']);
    const before = await world.db.networkMaps.get(id);
    await expect(updateNetworkMap(world.session, id, (map) => addContact(map, 'x', { ...blankContact(), name: ' ' }))).rejects.toBeInstanceOf(NetworkMapRefusedError);
    expect(await world.db.networkMaps.get(id)).toEqual(before);
  });

  it('a contact added in one window and the map shown to the family in another are both kept', async () => {
    const id = await create();
    const other = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    whileNextEncrypting(() => updateNetworkMap(other, id, (map) => valid({ ...map, shownToFamily: true })));
    await updateNetworkMap(world.session, id, (map) => addContact(map, 'o', { ...blankContact('school'), name: 'Opettaja' }));
    const after = (await readNetworkMap(world.session, id))!;
    expect(after.shownToFamily).toBe(true);
    expect(after.contacts.map((contact) => contact.name)).toEqual(['Mummo', 'Opettaja']);
  });

  it('a deleted map comes back exactly with undo', async () => {
    const id = await create();
    const row = await deleteNetworkMap(world.session, id);
    expect(await readNetworkMap(world.session, id)).toBeUndefined();
    await restoreNetworkMap(world.session, row!);
    expect(await world.db.networkMaps.get(id)).toEqual(row);
  });

  it('a family has at most its limit of maps', async () => {
    const rows = Array.from({ length: limits.networkMapsPerFamily }, (_, index) => ({ id: `m${index}`, familyId: familyX, createdAt: 'x', updatedAt: 'x', payload: { iv: new Uint8Array(12), data: new ArrayBuffer(1) } }));
    await world.db.networkMaps.bulkAdd(rows as never);
    await expect(create()).rejects.toMatchObject({ issue: { key: 'networkMap.list.full' } });
  });

  it('counts the maps made and changed between two instants, from the clear instants', async () => {
    const before = await create();
    const from = Date.parse('2025-03-01T10:30:00.000Z');
    const later = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    await createNetworkMap(later, { familyId: familyX, map: withGrandma() });
    await updateNetworkMap(later, before, (map) => valid({ ...map, title: 'Päivitetty' }));
    const to = Date.parse('2025-03-01T12:00:00.000Z');
    expect(await networkMapChangesBetween(world.session, familyX, from, to)).toEqual({ created: 1, updated: 1 });
    expect(await networkMapChangesBetween(world.session, familyY, from, to)).toEqual({ created: 0, updated: 0 });
  });

  it('go with the family’s deletion and come back with its undo', async () => {
    const familyId = await createFamily(world.session, { code: 'NM-1', label: '', responsibleMemberId: null, status: 'active', notes: '', children: [] });
    const id = await create(withGrandma(), familyId);
    const deleted = await deleteFamily(world.session, familyId);
    expect(await world.db.networkMaps.get(id)).toBeUndefined();
    await restoreFamily(world.session, deleted!);
    expect((await readNetworkMap(world.session, id))!.contacts[0]!.name).toBe('Mummo');
  });

  it('the demonstration team has a network map, removed and put back with the demo data', async () => {
    await loadDemoTeam(world.session);
    const demoFamily = (await listFamilies(world.session)).find((family) => family.code === 'DEMO-101')!;
    const maps = await listNetworkMaps(world.session, demoFamily.id);
    expect(maps).toHaveLength(1);
    expect(maps[0]!.centre).toEqual({ kind: 'child', childId: demoFamily.children.find((child) => child.pseudonym === 'Tuuli')!.id });
    expect(maps[0]!.contacts.length).toBeGreaterThan(10);
    const removed = await removeDemoData(world.session);
    expect(await world.db.networkMaps.count()).toBe(0);
    await restoreDemoData(world.session, removed);
    expect(await world.db.networkMaps.count()).toBe(1);
  });
});
