// Covers db/repositories/activityRepository.ts: entries hold a kind, an instant and a pseudonym code
// only (any other text is refused) and who wrote it (a member's id), newest first, filtered, pruned
// after two years, and exported as CSV.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  activityCsv,
  forgetCodeInLog,
  activityKinds,
  filterActivity,
  listActivity,
  pruneActivity,
  recordActivity,
  setActivityMember,
  type ActivityKind,
} from '../../../renderer/src/db/repositories/activityRepository';
import { repositoryWorld } from './support';

const world = repositoryWorld();

describe('the activity log', () => {
  it('keeps the kind, the time and the code, newest first', async () => {
    await recordActivity(world.db, 'unlocked', null, new Date('2025-01-01T10:00:00.000Z'));
    await recordActivity(world.db, 'familyCreated', 'KXR-482', new Date('2025-01-01T10:05:00.000Z'));
    const entries = await listActivity(world.db);
    expect(entries.map((e) => [e.kind, e.familyCode, e.at])).toEqual([
      ['familyCreated', 'KXR-482', '2025-01-01T10:05:00.000Z'],
      ['unlocked', null, '2025-01-01T10:00:00.000Z'],
    ]);
    expect(Object.keys((await world.db.activityLog.toArray())[0]!).sort()).toEqual(['at', 'by', 'familyCode', 'id', 'kind']);
  });

  it('names the member using this computer by id, and reads older entries without one', async () => {
    await world.db.activityLog.add({ id: 'old', at: '2025-01-01T09:00:00.000Z', kind: 'unlocked', familyCode: null });
    setActivityMember('member-1');
    try {
      await recordActivity(world.db, 'locked', null, new Date('2025-01-01T10:00:00.000Z'));
    } finally {
      setActivityMember(null);
    }
    await recordActivity(world.db, 'unlocked', null, new Date('2025-01-01T11:00:00.000Z'));
    expect((await listActivity(world.db)).map((e) => [e.kind, e.by])).toEqual([
      ['unlocked', null],
      ['locked', 'member-1'],
      ['unlocked', null],
    ]);
  });

  it('refuses anything but a pseudonym code in the code field, and unknown kinds', async () => {
    await expect(recordActivity(world.db, 'familyCreated', 'Matti Meikäläinen')).rejects.toBeInstanceOf(RangeError);
    await expect(recordActivity(world.db, 'familyCreated', 'x'.repeat(200))).rejects.toBeInstanceOf(RangeError);
    await expect(recordActivity(world.db, 'a note' as ActivityKind)).rejects.toBeInstanceOf(RangeError);
    expect(await world.db.activityLog.count()).toBe(0);
  });

  it('includes the kinds the backup, restore and key work will write', () => {
    expect(activityKinds).toEqual(expect.arrayContaining(['backupMade', 'restored', 'passphraseChanged', 'keyRotated']));
  });

  it('an erasure takes the code off the family’s earlier entries but keeps an earlier erasure of the same code', async () => {
    await recordActivity(world.db, 'familyErased', 'KXR-482', new Date('2024-01-01T00:00:00.000Z'));
    await recordActivity(world.db, 'familyCreated', 'KXR-482', new Date('2024-02-01T00:00:00.000Z'));
    await recordActivity(world.db, 'familyCreated', 'ABC-123', new Date('2024-02-02T00:00:00.000Z'));
    await forgetCodeInLog(world.db, 'KXR-482');
    expect((await listActivity(world.db)).map((e) => [e.kind, e.familyCode])).toEqual([
      ['familyCreated', 'ABC-123'],
      ['familyCreated', null],
      ['familyErased', 'KXR-482'],
    ]);
  });

  it('forgets entries older than two years', async () => {
    await recordActivity(world.db, 'locked', null, new Date('2022-12-31T00:00:00.000Z'));
    await recordActivity(world.db, 'locked', null, new Date('2023-02-01T00:00:00.000Z'));
    expect(await pruneActivity(world.db, new Date('2025-01-15T00:00:00.000Z'))).toBe(1);
    expect((await listActivity(world.db)).map((e) => e.at)).toEqual(['2023-02-01T00:00:00.000Z']);
  });

  it('filters by kind and by code, and exports CSV with a header', () => {
    const entries = [
      { id: '1', at: '2025-01-02T00:00:00.000Z', kind: 'familyErased' as const, familyCode: 'KXR-482', by: 'm1' },
      { id: '2', at: '2025-01-01T00:00:00.000Z', kind: 'locked' as const, familyCode: null, by: null },
    ];
    expect(filterActivity(entries, { kind: 'all', code: 'kxr' }).map((e) => e.id)).toEqual(['1']);
    expect(filterActivity(entries, { kind: 'locked', code: '' }).map((e) => e.id)).toEqual(['2']);
    const names = (id: string) => (id === 'm1' ? 'Leena "L" Virtanen' : '?');
    expect(activityCsv(entries, { at: 'Time', kind: 'Event', familyCode: 'Family', by: 'Who' }, (kind) => (kind === 'locked' ? 'Locked, by hand' : kind), names)).toBe(
      'Time,Event,Family,Who\r\n2025-01-02T00:00:00.000Z,familyErased,KXR-482,"Leena ""L"" Virtanen"\r\n2025-01-01T00:00:00.000Z,"Locked, by hand",,\r\n',
    );
  });
});
