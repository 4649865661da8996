// Covers what the room's shared screen may see of a network map (shared/networkMap/roomView.ts):
// never the team's notes or the record's ids; with the family in the room only a map gone through
// with the family; with a network partner only a map the family agreed to share; the latest map.
import { describe, expect, it } from 'vitest';
import { addContact, blankContact, newNetworkMap, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { latestNetworkMap, networkMapForRoom } from '../../../shared/networkMap/roomView';

function map(flags: Partial<NetworkMap> = {}): NetworkMap {
  const start = { ...newNetworkMap({ date: '2026-11-02', centre: { kind: 'child', childId: 'child-1' } }), teamNotes: 'TEAM-SECRET-MAP', ...flags };
  const added = addContact(start, 'record-id-123', { ...blankContact('school'), name: 'Opettaja', teamNote: 'TEAM-SECRET-CONTACT', ownWords: true });
  if (!added.ok) throw new Error('refused');
  return added.value;
}

describe('network map on the room’s screen', () => {
  it('shows the team the map without team notes or record ids', () => {
    const view = networkMapForRoom(map(), [], 'Liisa');
    expect(view).toMatchObject({ allowed: true, centre: 'Liisa', date: '2026-11-02' });
    const text = JSON.stringify(view);
    for (const secret of ['TEAM-SECRET-MAP', 'TEAM-SECRET-CONTACT', 'record-id-123', 'child-1', 'teamNote']) expect(text).not.toContain(secret);
    if (view.allowed) expect(view.contacts[0]).toEqual({ id: 'n1', name: 'Opettaja', role: '', kind: 'person', sector: 'school', distance: 2, quality: 'neutral', description: '', ownWords: true });
  });

  it('with the family in the room, shows only a map gone through with the family', () => {
    expect(networkMapForRoom(map({ shownToFamily: false }), ['parents'], 'Liisa')).toEqual({ allowed: false, reason: 'notShownToFamily' });
    expect(networkMapForRoom(map({ shownToFamily: true }), ['parents'], 'Liisa').allowed).toBe(true);
  });

  it('with a network partner in the room, shows only a map the family agreed to share', () => {
    expect(networkMapForRoom(map({ shownToFamily: true }), ['network'], 'Liisa')).toEqual({ allowed: false, reason: 'notSharedWithNetwork' });
    expect(networkMapForRoom(map({ sharedWithNetwork: true }), ['network'], 'Liisa').allowed).toBe(true);
  });

  it('with both, the strictest holds', () => {
    expect(networkMapForRoom(map({ sharedWithNetwork: true }), ['network', 'parents'], 'Liisa')).toEqual({ allowed: false, reason: 'notShownToFamily' });
    expect(networkMapForRoom(map({ shownToFamily: true }), ['network', 'parents'], 'Liisa')).toEqual({ allowed: false, reason: 'notSharedWithNetwork' });
    expect(networkMapForRoom(map({ shownToFamily: true, sharedWithNetwork: true }), ['network', 'parents'], 'Liisa').allowed).toBe(true);
  });

  it('a refusal holds nothing of the map', () => {
    const text = JSON.stringify(networkMapForRoom(map(), ['parents'], 'Liisa'));
    expect(text).not.toContain('Opettaja');
    expect(text).not.toContain('Liisa');
  });

  it('the family in the centre reads as no name', () => {
    expect(networkMapForRoom({ ...map(), centre: { kind: 'family' } }, [], 'Liisa')).toMatchObject({ centre: '' });
  });

  it('picks the latest map by date, then by last change, as of a day', () => {
    const maps = [
      { id: 'a', date: '2026-10-01', updatedAt: '2026-10-01T10:00:00.000Z' },
      { id: 'b', date: '2026-11-01', updatedAt: '2026-11-01T10:00:00.000Z' },
      { id: 'c', date: '2026-11-01', updatedAt: '2026-11-02T10:00:00.000Z' },
    ];
    expect(latestNetworkMap(maps)?.id).toBe('c');
    expect(latestNetworkMap(maps, '2026-10-15')?.id).toBe('a');
    expect(latestNetworkMap(maps, '2026-09-01')).toBeNull();
    expect(latestNetworkMap([])).toBeNull();
  });
});

describe('the record’s line about network maps', () => {
  it('says drawn for a map made in the meeting, updated for an earlier one changed in it, nothing otherwise', async () => {
    const { networkMapChangesIn, networkMapRecordMention } = await import('../../../shared/networkMap/record');
    const from = '2026-11-20T09:00:00.000Z';
    const to = '2026-11-20T11:00:00.000Z';
    const before = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
    const changed = { createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' };
    const made = { createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:30:00.000Z' };
    const later = { createdAt: '2026-11-20T12:00:00.000Z', updatedAt: '2026-11-20T12:00:00.000Z' };
    expect(networkMapChangesIn([before, changed, made, later], from, to)).toEqual({ created: 1, updated: 1 });
    expect(networkMapRecordMention({ created: 1, updated: 1 })).toBe('networkMap.record.created');
    expect(networkMapRecordMention({ created: 0, updated: 2 })).toBe('networkMap.record.updated');
    expect(networkMapRecordMention(networkMapChangesIn([before, later], from, to))).toBeNull();
  });
});
