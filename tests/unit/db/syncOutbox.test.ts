// Covers renderer/src/db/syncMiddleware.ts: a change to a synced row is in `syncOutbox` in the same
// transaction while this computer has a team server, never without one, never for sync's own
// writes, and a transaction that sets the server part way notes what it writes after.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type FamilyRow } from '../../../renderer/src/db/database';
import { markFromSync, serverStateId } from '../../../renderer/src/db/syncMiddleware';
import { freshDatabase } from './support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function fresh() {
  const opened = freshDatabase();
  cleanups.push(opened.cleanup);
  return opened.db;
}

const family = (id: string): FamilyRow => ({
  id,
  code: `K-${id}`,
  status: 'active',
  demo: 0,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  payload: { iv: new Uint8Array(12), data: new Uint8Array(4) } as unknown as FamilyRow['payload'],
});

describe('the sync outbox', () => {
  it('notes nothing without a team server', async () => {
    const db = fresh();
    await db.families.put(family('f1'));
    await db.families.update('f1', { updatedAt: '2025-03-02T10:00:00.000Z' });
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('notes every changed synced row, deletions included, while a server is set', async () => {
    const db = fresh();
    await db.syncState.put({ id: serverStateId });
    await db.families.bulkPut([family('f1'), family('f2')]);
    await db.families.delete('f2');
    expect((await db.syncOutbox.toArray()).map((entry) => entry.id).sort()).toEqual(['families/f1', 'families/f2']);
  });

  it('notes the writes after the server is set within the same transaction, not those before', async () => {
    const db = fresh();
    await db.transaction('rw', db.families, db.syncState, async () => {
      await db.families.put(family('before'));
      await db.syncState.put({ id: serverStateId });
      await db.families.put(family('after'));
    });
    expect((await db.syncOutbox.toArray()).map((entry) => entry.id)).toEqual(['families/after']);
  });

  it('stops noting within a transaction that removes the server', async () => {
    const db = fresh();
    await db.syncState.put({ id: serverStateId });
    await db.transaction('rw', db.families, db.syncState, async () => {
      await db.families.put(family('before'));
      await db.syncState.delete(serverStateId);
      await db.families.put(family('after'));
    });
    expect((await db.syncOutbox.toArray()).map((entry) => entry.id)).toEqual(['families/before']);
  });

  it('follows the server being set or removed in another window', async () => {
    const opened = freshDatabase();
    cleanups.push(opened.cleanup);
    const here = opened.db;
    const other = openDatabase(opened.name);
    cleanups.push(async () => other.close());
    await here.families.put(family('none'));
    await other.syncState.put({ id: serverStateId });
    await here.families.put(family('set'));
    await other.syncState.delete(serverStateId);
    await here.families.put(family('removed'));
    await here.families.delete('none');
    expect((await here.syncOutbox.toArray()).map((entry) => entry.id)).toEqual(['families/set']);
  });

  it("leaves out sync's own writes, and a change rolled back leaves no entry", async () => {
    const db = fresh();
    await db.syncState.put({ id: serverStateId });
    await db.transaction('rw', db.families, async (transaction) => {
      markFromSync(transaction.idbtrans);
      await db.families.put(family('from-sync'));
    });
    await expect(
      db.transaction('rw', db.families, async () => {
        await db.families.put(family('rolled-back'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await db.families.count()).toBe(1);
  });
});
