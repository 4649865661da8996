// Covers renderer/src/db/sealedRecords.ts: schema-checked decryption and optimistic-concurrency updates of encrypted rows.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KehaDatabase } from '../../../renderer/src/db/database';
import { createFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { openPayload, RecordMissingError, sealPayload, updateSealed } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { familyPayloadSchema } from '../../../shared/family/family';
import { comparable, freshDatabase, steppingClock, unlockedSession } from './support';

let db: KehaDatabase;
let session: Session;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDatabase());
  session = await unlockedSession(db, { now: steppingClock('2025-03-01T10:00:00.000Z') });
});
afterEach(() => cleanup());

const payload = { label: 'x', responsibleMemberId: null, children: [], notes: '' };

describe('openPayload', () => {
  it('refuses content that decrypts but does not fit the schema', async () => {
    const sealed = await sealPayload(session, db.families, 'f1', { label: 42 });
    await expect(openPayload(session, db.families, { id: 'f1', payload: sealed }, familyPayloadSchema)).rejects.toThrow();
  });

  it('refuses a payload sealed with another vault\u2019s key', async () => {
    const other = freshDatabase();
    try {
      const otherSession = await unlockedSession(other.db);
      const sealed = await sealPayload(otherSession, other.db.families, 'f1', payload);
      await expect(openPayload(session, db.families, { id: 'f1', payload: sealed }, familyPayloadSchema)).rejects.toThrow();
    } finally {
      await other.cleanup();
    }
  });
});

describe('updateSealed', () => {
  it('stamps updatedAt from the session clock and applies clear fields with the payload', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'x', responsibleMemberId: null });
    const created = (await db.families.get(id))!.updatedAt;
    await updateSealed(session, db.families, id, familyPayloadSchema, (p) => ({ payload: { ...p, notes: 'n' }, fields: { status: 'closed' as const } }));
    const row = (await db.families.get(id))!;
    expect(row.status).toBe('closed');
    expect(Date.parse(row.updatedAt)).toBeGreaterThan(Date.parse(created));
    expect(row.createdAt).toBe(created);
    expect((await openPayload(session, db.families, row, familyPayloadSchema)).notes).toBe('n');
  });

  it('gives up with an error (instead of overwriting) when another writer keeps changing the record', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'x', responsibleMemberId: null });
    // What another tab writes each time this writer is about to save: sealed in advance so it lands first.
    const others = await Promise.all(
      Array.from({ length: 8 }, (_, i) => sealPayload(session, db.families, id, { ...payload, notes: `other ${i + 1}` })),
    );
    let calls = 0;
    const attempt = updateSealed(session, db.families, id, familyPayloadSchema, (p, row) => {
      void db.families.put({ ...row, payload: others[calls++]! });
      return { payload: { ...p, label: 'mine' } };
    });
    await expect(attempt).rejects.toThrow(/kept changing/);
    expect(calls).toBe(8);
    const stored = await openPayload(session, db.families, (await db.families.get(id))!, familyPayloadSchema);
    expect(stored).toMatchObject({ label: 'x', notes: 'other 8' });
  });

  it('throws RecordMissingError if the record is deleted while the change is being sealed', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'x', responsibleMemberId: null });
    const attempt = updateSealed(session, db.families, id, familyPayloadSchema, (p) => {
      void db.families.delete(id);
      return { payload: p };
    });
    await expect(attempt).rejects.toBeInstanceOf(RecordMissingError);
    expect(await db.families.count()).toBe(0);
  });

  it('does not write when the change throws', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'x', responsibleMemberId: null });
    const before = comparable(await db.families.get(id));
    await expect(
      updateSealed(session, db.families, id, familyPayloadSchema, () => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    expect(comparable(await db.families.get(id))).toEqual(before);
  });
});
