// Covers the genogram's model (shared/genogram/genogram.ts) and its pure edits (edit.ts): the
// payload schema and the checks that its parts fit together, years typed by the worker, and edits
// that keep the rules (one relationship per couple, nobody their own ancestor) and removals that
// Undo puts back exactly.
import { describe, expect, it } from 'vitest';
import {
  emptyGenogram,
  genogramIssues,
  genogramSchema,
  newPerson,
  validateGenogramYear,
  type Genogram,
} from '../../../shared/genogram/genogram';
import {
  nudgePerson,
  putEmotionalLine,
  putHousehold,
  putParentLink,
  putPerson,
  putRelationship,
  removeItem,
  removePerson,
  resetNudge,
  restoreRemoved,
} from '../../../shared/genogram/edit';
import { limits } from '../../../shared/limits';
import type { Validated } from '../../../shared/validation';

const ok = (result: Validated<Genogram>): Genogram => {
  if (!result.ok) throw new Error(`Expected a valid edit, got ${result.issue.key}`);
  return result.value;
};

/** Mother and father (married), their two children, the older the index child; a household of three. */
function smallFamily(): Genogram {
  let g = emptyGenogram();
  g = ok(putPerson(g, newPerson({ id: 'mum', name: 'Äiti', gender: 'female', birthYear: 1985 })));
  g = ok(putPerson(g, newPerson({ id: 'dad', name: 'Isä', gender: 'male', birthYear: 1983 })));
  g = ok(putPerson(g, newPerson({ id: 'a', name: 'Aino', gender: 'female', birthYear: 2012, index: true, childId: 'child-1' })));
  g = ok(putPerson(g, newPerson({ id: 'b', name: 'Eeli', gender: 'male', birthYear: 2015 })));
  g = ok(putRelationship(g, { id: 'r1', a: 'mum', b: 'dad', kind: 'divorced', startYear: 2010, endYear: 2019, note: '' }));
  g = ok(putParentLink(g, { id: 'l1', child: 'a', parents: ['mum', 'dad'], kind: 'birth' }));
  g = ok(putParentLink(g, { id: 'l2', child: 'b', parents: ['mum', 'dad'], kind: 'birth' }));
  g = ok(putEmotionalLine(g, { id: 'e1', from: 'dad', to: 'a', kind: 'conflict', note: '' }));
  g = ok(putHousehold(g, { id: 'h1', name: '', members: ['mum', 'a', 'b'] }));
  return g;
}

describe('genogram schema', () => {
  it('accepts a whole genogram and the empty one', () => {
    expect(genogramSchema.safeParse(smallFamily()).success).toBe(true);
    expect(genogramSchema.safeParse(emptyGenogram()).success).toBe(true);
    expect(genogramIssues(smallFamily())).toEqual([]);
  });

  it('refuses references to people who are not in it, duplicate ids and couples joined twice', () => {
    const g = smallFamily();
    expect(genogramSchema.safeParse({ ...g, emotionalLines: [{ id: 'e2', from: 'x', to: 'a', kind: 'close', note: '' }] }).success).toBe(false);
    expect(genogramSchema.safeParse({ ...g, people: [...g.people, g.people[0]] }).success).toBe(false);
    expect(
      genogramIssues({ ...g, relationships: [...g.relationships, { ...g.relationships[0]!, id: 'r2', a: 'dad', b: 'mum' }] }),
    ).toContain('Two relationships join the same couple (r2).');
  });

  it('refuses a person who is their own ancestor', () => {
    const g = smallFamily();
    const cyclic = { ...g, parentLinks: [...g.parentLinks, { id: 'l3', child: 'mum', parents: ['a'], kind: 'foster' as const }] };
    expect(genogramIssues(cyclic)).toEqual(['Someone is their own ancestor.']);
  });

  it('refuses a pregnancy with a birth year and a year of death for the living', () => {
    const g = smallFamily();
    expect(genogramIssues({ ...g, people: [...g.people, newPerson({ id: 'p', name: '?', gender: 'unknown', pregnancy: true, birthYear: 2024 })] })).toHaveLength(1);
    expect(genogramIssues({ ...g, people: [...g.people, newPerson({ id: 'q', name: 'Q', gender: 'male', deathYear: 2001 })] })).toHaveLength(1);
  });
});

describe('genogram years', () => {
  const now = new Date(2026, 5, 1);
  it('reads four digits, empty as unknown, and refuses the future and before the earliest year', () => {
    expect(validateGenogramYear(' 1948 ', now)).toEqual({ ok: true, value: 1948 });
    expect(validateGenogramYear('', now)).toEqual({ ok: true, value: null });
    expect(validateGenogramYear('48', now)).toMatchObject({ ok: false, issue: { key: 'genogram.validation.yearFormat' } });
    expect(validateGenogramYear('2027', now)).toMatchObject({ ok: false, issue: { key: 'genogram.validation.yearFuture', values: { year: 2026 } } });
    expect(validateGenogramYear('1800', now)).toMatchObject({ ok: false, issue: { key: 'genogram.validation.yearTooOld' } });
  });
});

describe('genogram edits', () => {
  it('keeps a pregnancy without a birth year and the living without a year of death', () => {
    const g = ok(putPerson(emptyGenogram(), newPerson({ id: 'p', name: 'Vauva', gender: 'unknown', pregnancy: true, birthYear: 2026, deathYear: 2020 })));
    expect(g.people[0]).toMatchObject({ birthYear: null, deathYear: null });
  });

  it('refuses a second relationship for a couple, a relationship with oneself and unknown people', () => {
    const g = smallFamily();
    expect(putRelationship(g, { id: 'r2', a: 'dad', b: 'mum', kind: 'married', startYear: null, endYear: null, note: '' })).toMatchObject({
      ok: false,
      issue: { key: 'genogram.validation.relationshipExists' },
    });
    expect(putRelationship(g, { id: 'r2', a: 'a', b: 'a', kind: 'married', startYear: null, endYear: null, note: '' })).toMatchObject({ ok: false });
    expect(putRelationship(g, { id: 'r2', a: 'a', b: 'zz', kind: 'married', startYear: null, endYear: null, note: '' })).toMatchObject({ ok: false });
    // Saving the same relationship with a new kind is an edit, not a second one.
    expect(ok(putRelationship(g, { ...g.relationships[0]!, kind: 'separated' })).relationships).toHaveLength(1);
  });

  it('refuses parents that would make someone their own ancestor, and a second link of the same kind', () => {
    const g = smallFamily();
    expect(putParentLink(g, { id: 'l3', child: 'mum', parents: ['b'], kind: 'foster' })).toMatchObject({ ok: false, issue: { key: 'genogram.validation.ownAncestor' } });
    expect(putParentLink(g, { id: 'l3', child: 'a', parents: ['mum'], kind: 'birth' })).toMatchObject({ ok: false, issue: { key: 'genogram.validation.parentLinkExists' } });
    const withFoster = ok(putParentLink(ok(putPerson(g, newPerson({ id: 'f', name: 'Sijaisäiti', gender: 'female' }))), { id: 'l3', child: 'b', parents: ['f'], kind: 'foster' }));
    expect(genogramIssues(withFoster)).toEqual([]);
  });

  it('removes a person with everything that names them, and Undo puts it all back', () => {
    const g = smallFamily();
    const { genogram: without, removed } = removePerson(g, 'dad');
    expect(without.people.map((person) => person.id)).toEqual(['mum', 'a', 'b']);
    expect(without.relationships).toEqual([]);
    expect(without.emotionalLines).toEqual([]);
    expect(without.parentLinks.map((link) => link.parents)).toEqual([['mum'], ['mum']]);
    expect(genogramIssues(without)).toEqual([]);
    const back = restoreRemoved(without, removed);
    expect(genogramIssues(back)).toEqual([]);
    expect(new Set(back.people.map((person) => person.id))).toEqual(new Set(g.people.map((person) => person.id)));
    expect(back.relationships).toEqual(g.relationships);
    expect(back.parentLinks).toEqual(g.parentLinks);
    expect(back.emotionalLines).toEqual(g.emotionalLines);
  });

  it('drops a household its last member leaves, and brings it back on Undo', () => {
    let g = ok(putHousehold(smallFamily(), { id: 'h2', name: 'Isän koti', members: ['dad'] }));
    const { genogram: without, removed } = removePerson(g, 'dad');
    expect(without.households.map((household) => household.id)).toEqual(['h1']);
    g = restoreRemoved(without, removed);
    expect(g.households.map((household) => household.id)).toEqual(['h1', 'h2']);
  });

  it('restores only what still fits when people were removed in between', () => {
    const g = smallFamily();
    const first = removeItem(g, 'emotionalLines', 'e1');
    const second = removePerson(first.genogram, 'a');
    expect(genogramIssues(restoreRemoved(second.genogram, first.removed))).toEqual([]);
    expect(restoreRemoved(second.genogram, first.removed).emotionalLines).toEqual([]);
  });

  it('nudges within the limit and resets', () => {
    const g = nudgePerson(smallFamily(), 'a', 10_000, -20);
    expect(g.people.find((person) => person.id === 'a')!.offset).toEqual({ x: limits.genogramNudge, y: -20 });
    expect(resetNudge(g, 'a').people.find((person) => person.id === 'a')!.offset).toEqual({ x: 0, y: 0 });
    expect(genogramSchema.safeParse(g).success).toBe(true);
  });

  it('refuses an empty household and too many people', () => {
    expect(putHousehold(smallFamily(), { id: 'h3', name: '', members: [] })).toMatchObject({ ok: false });
    let g = emptyGenogram();
    for (let index = 0; index < limits.genogramPeople; index++) g = ok(putPerson(g, newPerson({ id: `p${index}`, name: `P${index}`, gender: 'unknown' })));
    expect(putPerson(g, newPerson({ id: 'one-more', name: 'X', gender: 'male' }))).toMatchObject({ ok: false, issue: { key: 'genogram.validation.tooManyPeople' } });
  });
});
