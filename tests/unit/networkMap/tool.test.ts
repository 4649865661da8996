// Covers the network map's capture-tool parts (shared/networkMap/tool.ts): what reaches the room's
// screen (the current family's latest map only, as the people in the room allow, no team notes, no
// record ids, exactly the listed fields) and the record's line.
import { describe, expect, it } from 'vitest';
import { addContact, blankContact, newNetworkMap, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { drawNetworkMap, networkMapRecord, networkMapRoom, seeNetworkMap, type NetworkMapRoomContext } from '../../../shared/networkMap/tool';

function map(familyId: string, date: string, flags: Partial<NetworkMap> = {}, name = 'Opettaja') {
  const start = { ...newNetworkMap({ date, centre: { kind: 'child', childId: 'child-1' } }), teamNotes: 'TEAM-SECRET-MAP', ...flags };
  const added = addContact(start, `record-id-${name}`, { ...blankContact('school'), name, teamNote: 'TEAM-SECRET-CONTACT' });
  if (!added.ok) throw new Error('refused');
  return { ...added.value, familyId, updatedAt: `${date}T10:00:00.000Z` };
}

const children = [{ id: 'child-1', pseudonym: 'Tuuli' }];
const context = (audiences: NetworkMapRoomContext['audiences'], maps = [map('fam-a', '2026-10-01', {}, 'Vanha'), map('fam-a', '2026-11-01'), map('fam-b', '2026-11-15', {}, 'TOINEN-PERHE')]): NetworkMapRoomContext => ({
  deepDive: { id: 'dd-a', familyId: 'fam-a', presenterId: null, question: '' },
  audiences,
  loaded: { familyId: 'fam-a', maps, children },
});

/** Every key path of a value, as the registry's `fields` lists them. */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => paths(item, `${prefix}[]`)).concat(prefix ? [prefix] : []);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [`${prefix}.${key}`, ...paths(inner, `${prefix}.${key}`)]);
  return [];
}

describe('the network map on the room’s screen', () => {
  it('shows the team the family’s latest map, without team notes, record ids or another family’s map', () => {
    const drawn = drawNetworkMap(seeNetworkMap(context([]))!);
    expect(drawn.map).toMatchObject({ allowed: true, date: '2026-11-01', centre: 'Tuuli' });
    const text = JSON.stringify(drawn);
    for (const secret of ['TEAM-SECRET', 'record-id', 'child-1', 'TOINEN-PERHE', 'Vanha', 'teamNote', 'fam-a']) expect(text, secret).not.toContain(secret);
    for (const path of new Set(paths(drawn))) expect(networkMapRoom.fields).toContain(path);
  });

  it('withholds a map not gone through with the family while the family is in the room, saying only why', () => {
    const drawn = drawNetworkMap(seeNetworkMap(context(['parents']))!);
    expect(drawn).toEqual({ map: { allowed: false, reason: 'notShownToFamily' } });
    const shown = drawNetworkMap(seeNetworkMap(context(['parents'], [map('fam-a', '2026-11-01', { shownToFamily: true })]))!);
    expect(shown.map?.allowed).toBe(true);
  });

  it('withholds a map the family has not agreed to share while a network partner is in the room', () => {
    expect(drawNetworkMap(seeNetworkMap(context(['network']))!)).toEqual({ map: { allowed: false, reason: 'notSharedWithNetwork' } });
  });

  it('sees nothing without a deep dive, before loading, or with another family’s data loaded', () => {
    expect(seeNetworkMap({ ...context([]), deepDive: null })).toBeNull();
    expect(seeNetworkMap({ ...context([]), loaded: undefined })).toBeNull();
    expect(seeNetworkMap({ ...context([]), loaded: { familyId: 'fam-b', maps: [], children } })).toBeNull();
  });

  it('says there is no map when the family has none', () => {
    expect(drawNetworkMap(seeNetworkMap(context([], []))!)).toEqual({ map: null });
  });
});

describe('the record’s mention of the network map', () => {
  const t = (key: string) => `<${key}>`;
  it('says drawn or updated, and nothing when no map changed', () => {
    expect(networkMapRecord.mentions({ t, formatDay: (day) => day, offered: true, data: { created: 1, updated: 0 } })).toEqual([{ text: '<networkMap.record.created>', details: [] }]);
    expect(networkMapRecord.mentions({ t, formatDay: (day) => day, offered: true, data: { created: 0, updated: 1 } })).toEqual([{ text: '<networkMap.record.updated>', details: [] }]);
    expect(networkMapRecord.mentions({ t, formatDay: (day) => day, offered: true, data: { created: 0, updated: 0 } })).toEqual([]);
    expect(networkMapRecord.mentions({ t, formatDay: (day) => day, offered: true, data: undefined })).toEqual([]);
  });
});
