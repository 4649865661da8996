// Covers shared/family/familyFilter.ts: the family list's status, worker and free-text filters and its ordering.
import { describe, expect, it } from 'vitest';
import type { Family } from '../../../shared/family/family';
import { emptyFamilyFilter, filterFamilies, type FamilyFilter } from '../../../shared/family/familyFilter';

function family(overrides: Partial<Family> & Pick<Family, 'id' | 'code'>): Family {
  return {
    label: '',
    responsibleMemberId: null,
    children: [],
    notes: '',
    status: 'active',
    demo: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const families: Family[] = [
  family({ id: 'f1', code: 'KXR-482', label: 'Muutto Hämeenlinnaan', responsibleMemberId: 'm-sanna' }),
  family({
    id: 'f2',
    code: 'ABC-222',
    label: 'Koulunkäynti',
    responsibleMemberId: 'm-mikko',
    children: [{ id: 'c1', pseudonym: 'Äijä', birthYear: 2012 }],
  }),
  family({ id: 'f3', code: 'ÖRN-333', label: 'Päättynyt', status: 'closed', responsibleMemberId: 'm-sanna' }),
  family({ id: 'f4', code: 'BCD-444', label: 'Ei työntekijää', notes: 'salainen muistiinpano' }),
];
const memberNames = new Map([
  ['m-sanna', 'Sanna Virtanen'],
  ['m-mikko', 'Mikko Järvinen'],
]);

const ids = (filter: Partial<FamilyFilter>) =>
  filterFamilies(families, { ...emptyFamilyFilter, ...filter }, memberNames).map((f) => f.id);

describe('filterFamilies', () => {
  it('shows active families by default, ordered by code (Finnish collation: Ö after Z)', () => {
    expect(emptyFamilyFilter).toEqual({ status: 'active', worker: 'any', query: '' });
    expect(ids({})).toEqual(['f2', 'f4', 'f1']);
    expect(ids({ status: 'all' })).toEqual(['f2', 'f4', 'f1', 'f3']);
  });

  it('filters by status', () => {
    expect(ids({ status: 'closed' })).toEqual(['f3']);
  });

  it('filters by responsible worker, or by having none', () => {
    expect(ids({ status: 'all', worker: 'm-sanna' })).toEqual(['f1', 'f3']);
    expect(ids({ status: 'all', worker: 'none' })).toEqual(['f4']);
    expect(ids({ status: 'all', worker: 'm-unknown' })).toEqual([]);
  });

  it.each([
    ['hameenlinnaan', ['f1']],
    ['kxr', ['f1']],
    ['aija', ['f2']],
    ['järvinen', ['f2']],
    ['sanna', ['f1']],
    ['sanna muutto', ['f1']],
    ['sanna koulu', []],
  ])('text %j finds %j among active families', (query, expected) => {
    expect(ids({ query })).toEqual(expected);
  });

  it('does not search the notes (they are long free text, not list content)', () => {
    expect(ids({ query: 'salainen' })).toEqual([]);
  });

  it('combines all three filters', () => {
    expect(ids({ status: 'closed', worker: 'm-sanna', query: 'orn' })).toEqual(['f3']);
    expect(ids({ status: 'active', worker: 'm-sanna', query: 'orn' })).toEqual([]);
  });

  it('finds nothing by the name of a worker who is not in the name map', () => {
    expect(filterFamilies(families, { ...emptyFamilyFilter, query: 'sanna' }, new Map()).map((f) => f.id)).toEqual([]);
  });

  it('does not reorder or change the array it was given', () => {
    const before = families.map((f) => f.id);
    ids({ status: 'all' });
    expect(families.map((f) => f.id)).toEqual(before);
  });
});
