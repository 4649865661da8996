// Covers a family's genogram (genogramRepository) through real encryption on fake-indexeddb: made by
// its first edit as one row per family (id = the family's id), content encrypted at rest with only
// ids and instants in the clear, two windows' edits both kept, refused edits writing nothing, a
// removal undone on top of a later edit, and "drawn"/"updated" between two instants for the record.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { nudgePerson, putPerson, putRelationship, removePerson, restoreRemoved, type GenogramRemoval } from '../../../shared/genogram/edit';
import { newPerson } from '../../../shared/genogram/genogram';
import { valid } from '../../../shared/validation';
import { genogramChangeBetween, GenogramRefusedError, readGenogram, updateGenogram } from '../../../renderer/src/db/repositories/genogramRepository';
import { inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2025-03-01T10:00:00.000Z');
const family = 'family-x';
const mother = newPerson({ id: 'mum', name: 'Äiti Salainen', gender: 'female', birthYear: 1985 });
const father = newPerson({ id: 'dad', name: 'Isä Salainen', gender: 'male', birthYear: 1983 });

describe('genogram repository', () => {
  it('is made by the first edit, one row per family, and reads back whole', async () => {
    expect(await readGenogram(world.session, family)).toBeUndefined();
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    await updateGenogram(world.session, family, (g) => putPerson(g, father));
    const read = await readGenogram(world.session, family);
    expect(read).toMatchObject({ id: family, familyId: family, people: [mother, father], relationships: [] });
    expect(read!.updatedAt > read!.createdAt).toBe(true);
    expect(await world.db.genograms.count()).toBe(1);
    expect(await readGenogram(world.session, 'family-y')).toBeUndefined();
  });

  it('keeps names and relations encrypted; only ids and instants in the clear', async () => {
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    const row = (await world.db.genograms.get(family))!;
    expect(Object.keys(row).sort()).toEqual(['createdAt', 'familyId', 'id', 'payload', 'updatedAt']);
    const stored = inspectStored(row);
    for (const secret of ['Salainen', 'female', '1985', 'people']) expect(stored, secret).not.toContain(secret);
  });

  it('refuses an edit the domain refuses and writes nothing', async () => {
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    const before = await world.db.genograms.get(family);
    await expect(
      updateGenogram(world.session, family, (g) => putRelationship(g, { id: 'r', a: 'mum', b: 'mum', kind: 'married', startYear: null, endYear: null, note: '' })),
    ).rejects.toSatisfy((error) => error instanceof GenogramRefusedError && error.issue.key === 'genogram.validation.samePerson');
    expect(await world.db.genograms.get(family)).toEqual(before);
  });

  it('keeps both windows’ edits when they write at once', async () => {
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    const other = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    whileNextEncrypting(() => updateGenogram(other, family, (g) => putPerson(g, father)));
    await updateGenogram(world.session, family, (g) => valid(nudgePerson(g, 'mum', 20, 0)));
    const read = (await readGenogram(world.session, family))!;
    expect(read.people.map((person) => person.id)).toEqual(['mum', 'dad']);
    expect(read.people[0]!.offset).toEqual({ x: 20, y: 0 });
  });

  it('undoes a removal on top of what was written after it', async () => {
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    await updateGenogram(world.session, family, (g) => putPerson(g, father));
    await updateGenogram(world.session, family, (g) => putRelationship(g, { id: 'r', a: 'mum', b: 'dad', kind: 'divorced', startYear: 2008, endYear: null, note: '' }));
    let removed: GenogramRemoval | undefined;
    await updateGenogram(world.session, family, (g) => {
      const result = removePerson(g, 'dad');
      removed = result.removed;
      return valid(result.genogram);
    });
    await updateGenogram(world.session, family, (g) => putPerson(g, newPerson({ id: 'kid', name: 'Aino', gender: 'female' })));
    await updateGenogram(world.session, family, (g) => valid(restoreRemoved(g, removed!)));
    const read = (await readGenogram(world.session, family))!;
    expect(read.people.map((person) => person.id).sort()).toEqual(['dad', 'kid', 'mum']);
    expect(read.relationships.map((relationship) => relationship.id)).toEqual(['r']);
  });

  it('says whether the genogram was drawn or updated between two instants', async () => {
    const start = world.session.now().getTime();
    await updateGenogram(world.session, family, (g) => putPerson(g, mother));
    const middle = world.session.now().getTime();
    expect(await genogramChangeBetween(world.session, family, start, middle)).toBe('created');
    await updateGenogram(world.session, family, (g) => putPerson(g, father));
    const end = world.session.now().getTime();
    expect(await genogramChangeBetween(world.session, family, middle, end)).toBe('updated');
    expect(await genogramChangeBetween(world.session, family, end + 1000, end + 2000)).toBeNull();
    expect(await genogramChangeBetween(world.session, 'family-y', start, end)).toBeNull();
  });
});
