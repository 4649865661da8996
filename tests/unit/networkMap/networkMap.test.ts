// Covers the network map's model (shared/networkMap/networkMap.ts): the payload schema, the rules
// for what the worker types, the pure edits (add, change, remove and put back a contact; stepping
// distance, sector and relation) and the family's view without the team's notes.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import {
  addContact,
  blankContact,
  networkMapSchema,
  newNetworkMap,
  qualityCounts,
  removeContact,
  restoreContact,
  stepDistance,
  stepQuality,
  stepSector,
  updateContact,
  validateMapDate,
  validateNetworkMap,
  withoutTeamNotes,
  type NetworkMap,
} from '../../../shared/networkMap/networkMap';

const base = newNetworkMap({ date: '2026-11-02' });
const grandma = { ...blankContact('relatives'), name: ' Mummo ', role: 'äidin äiti', quality: 'supports' as const, distance: 1 as const, ownWords: true, teamNote: 'Visits weekly' };

function withContacts(count: number): NetworkMap {
  let map = base;
  for (let index = 0; index < count; index++) {
    const next = addContact(map, `c${index}`, { ...blankContact(), name: `Contact ${index}` });
    if (!next.ok) throw new Error(next.issue.key);
    map = next.value;
  }
  return map;
}

describe('network map model', () => {
  it('a new map is valid, empty and has the family in the centre', () => {
    expect(networkMapSchema.parse(base)).toEqual(base);
    expect(base.centre).toEqual({ kind: 'family' });
    expect(base.contacts).toEqual([]);
    expect(newNetworkMap({ date: '2026-11-02', drawnWithFamily: true }).shownToFamily).toBe(true);
  });

  it('adds a contact trimmed, at the end', () => {
    const added = addContact(base, 'g', grandma);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.contacts).toHaveLength(1);
    expect(added.value.contacts[0]).toMatchObject({ id: 'g', name: 'Mummo', sector: 'relatives', distance: 1, ownWords: true });
    expect(networkMapSchema.safeParse(added.value).success).toBe(true);
  });

  it('refuses a contact without a name, an over-long one, or past the limit', () => {
    expect(addContact(base, 'x', { ...grandma, name: '   ' })).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
    expect(addContact(base, 'x', { ...grandma, name: 'x'.repeat(limits.networkMapName + 1) })).toMatchObject({ ok: false, issue: { key: 'validation.tooLong' } });
    const full = withContacts(limits.networkMapContacts);
    expect(addContact(full, 'one-more', grandma)).toMatchObject({ ok: false, issue: { key: 'networkMap.validation.tooManyContacts' } });
  });

  it('changes only the named fields of a contact', () => {
    const map = withContacts(3);
    const changed = updateContact(map, 'c1', { sector: 'school', distance: 3, quality: 'conflict' });
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.value.contacts[1]).toMatchObject({ id: 'c1', name: 'Contact 1', sector: 'school', distance: 3, quality: 'conflict' });
    expect(changed.value.contacts[0]).toEqual(map.contacts[0]);
    expect(updateContact(map, 'gone', { name: 'x' })).toMatchObject({ ok: false, issue: { key: 'networkMap.validation.contactGone' } });
  });

  it('removes a contact and puts it back in its place', () => {
    const map = withContacts(3);
    const { map: without, removed } = removeContact(map, 'c1');
    expect(without.contacts.map((contact) => contact.id)).toEqual(['c0', 'c2']);
    const back = restoreContact(without, removed!);
    expect(back).toEqual({ ok: true, value: map });
    // Putting it back twice does not duplicate it.
    expect(restoreContact(map, removed!)).toEqual({ ok: true, value: map });
    expect(removeContact(map, 'nobody').removed).toBeNull();
  });

  it('steps distance within 1..3, and sector and relation around', () => {
    expect(stepDistance(1, -1)).toBe(1);
    expect(stepDistance(1, 1)).toBe(2);
    expect(stepDistance(3, 1)).toBe(3);
    expect(stepSector('family', -1)).toBe('hobbies');
    expect(stepSector('hobbies', 1)).toBe('family');
    expect(stepQuality('supports', 1)).toBe('neutral');
    expect(stepQuality('supports', -1)).toBe('conflict');
  });

  it('the family’s view has no team notes anywhere', () => {
    const added = addContact({ ...base, teamNotes: 'Worried about the father' }, 'g', grandma);
    if (!added.ok) throw new Error('refused');
    const view = withoutTeamNotes(added.value);
    expect(JSON.stringify(view)).not.toContain('Worried');
    expect(JSON.stringify(view)).not.toContain('Visits weekly');
    expect(view.contacts[0]!.name).toBe('Mummo');
  });

  it('counts contacts by relation', () => {
    const map = withContacts(2);
    expect(qualityCounts(map)).toEqual({ supports: 0, neutral: 2, strained: 0, conflict: 0 });
  });

  it('checks a whole map: shape, unique contact ids', () => {
    const map = withContacts(2);
    expect(validateNetworkMap(map).ok).toBe(true);
    expect(validateNetworkMap({ ...map, contacts: [map.contacts[0], map.contacts[0]] })).toMatchObject({ ok: false });
    expect(validateNetworkMap({ ...map, date: 'yesterday' })).toMatchObject({ ok: false, issue: { key: 'networkMap.validation.unreadable' } });
    expect(validateNetworkMap({ ...map, contacts: [{ ...map.contacts[0], distance: 4 }] })).toMatchObject({ ok: false });
  });

  it('checks the map’s date: a real day, not in the future', () => {
    const today = new Date(2026, 10, 10);
    expect(validateMapDate('2026-11-10', today)).toEqual({ ok: true, value: '2026-11-10' });
    expect(validateMapDate('2026-11-11', today)).toMatchObject({ ok: false, issue: { key: 'networkMap.validation.dateFuture' } });
    expect(validateMapDate('2026-02-30', today)).toMatchObject({ ok: false, issue: { key: 'validation.dateFormat' } });
    expect(validateMapDate('', today)).toMatchObject({ ok: false, issue: { key: 'validation.required' } });
  });
});
