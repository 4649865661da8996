// Covers renderer/src/db/sealedRecords.ts: schema-checked decryption and optimistic-concurrency updates of encrypted rows.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KehaDatabase } from '../../../renderer/src/db/database';
import { createFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { listFamilies, readFamily } from '../../../renderer/src/db/repositories/familyRepository';
import {
  openEach,
  openPayload,
  RecordMissingError,
  sealPayload,
  unreadableRecords,
  UnreadableRecordError,
  updateSealed,
} from '../../../renderer/src/db/sealedRecords';
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
    const sealed = await sealPayload(session, db.families, { id: 'f1' }, { label: 42 });
    await expect(openPayload(session, db.families, { id: 'f1', payload: sealed }, familyPayloadSchema)).rejects.toThrow();
  });

  it('refuses a payload sealed with another vault\u2019s key', async () => {
    const other = freshDatabase();
    try {
      const otherSession = await unlockedSession(other.db);
      const sealed = await sealPayload(otherSession, other.db.families, { id: 'f1' }, payload);
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
    const stored = (await db.families.get(id))!;
    const others = await Promise.all(
      Array.from({ length: 8 }, (_, i) => sealPayload(session, db.families, stored, { ...payload, notes: `other ${i + 1}` })),
    );
    let calls = 0;
    const attempt = updateSealed(session, db.families, id, familyPayloadSchema, (p, row) => {
      void db.families.put({ ...row, payload: others[calls++]! });
      return { payload: { ...p, label: 'mine' } };
    });
    await expect(attempt).rejects.toThrow(/kept changing/);
    expect(calls).toBe(8);
    const last = await openPayload(session, db.families, (await db.families.get(id))!, familyPayloadSchema);
    expect(last).toMatchObject({ label: 'x', notes: 'other 8' });
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

/** Flips one byte of a row's ciphertext, as a damaged disk or a bad copy would. */
async function damage(table: KehaDatabase['families'], id: string) {
  const row = (await table.get(id))!;
  const bytes = new Uint8Array(row.payload.data.slice(0));
  bytes[0] = bytes[0]! ^ 0xff;
  await table.put({ ...row, payload: { iv: row.payload.iv, data: bytes.buffer } });
}

describe('openList and the list reads', () => {
  it('leaves out a family whose payload does not decrypt, names it by its code, and lists the others', async () => {
    const readable = await createFamily(session, { code: 'kxr-482', label: 'Muutto', responsibleMemberId: null });
    const damaged = await createFamily(session, { code: 'pel-115', label: 'Koulu', responsibleMemberId: null });
    await damage(db.families, damaged);

    const families = await listFamilies(session);
    expect(families.map((family) => family.id)).toEqual([readable]);
    expect(unreadableRecords(session)).toEqual([{ table: 'families', id: damaged, familyId: damaged, code: 'PEL-115' }]);
    // Read again (a live query re-runs): still reported once.
    await listFamilies(session);
    expect(unreadableRecords(session)).toHaveLength(1);
  });

  it('single-record reads throw a named error', async () => {
    const damaged = await createFamily(session, { code: 'pel-115', label: 'Koulu', responsibleMemberId: null });
    await damage(db.families, damaged);
    await expect(readFamily(session, damaged)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('openEach sets aside content that fails its schema, and keeps other errors', async () => {
    const sealed = await sealPayload(session, db.families, { id: 'f1', code: 'AAA-111' }, { label: 42 });
    const fine = await sealPayload(session, db.families, { id: 'f2', code: 'BBB-222' }, payload);
    const rows = [{ id: 'f1', payload: sealed, code: 'AAA-111' }, { id: 'f2', payload: fine, code: 'BBB-222' }];
    const result = await openEach(db.families, rows, (row) => openPayload(session, db.families, row, familyPayloadSchema));
    expect(result.readable).toHaveLength(1);
    expect(result.unreadable).toEqual([{ table: 'families', id: 'f1', familyId: 'f1', code: 'AAA-111' }]);
    await expect(openEach(db.families, rows, () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
  });

  it('a record repaired (or deleted) drops out of the report on the next read', async () => {
    const damaged = await createFamily(session, { code: 'pel-115', label: 'Koulu', responsibleMemberId: null });
    const row = (await db.families.get(damaged))!;
    await damage(db.families, damaged);
    await listFamilies(session);
    expect(unreadableRecords(session)).toHaveLength(1);
    await db.families.put(row);
    await listFamilies(session);
    expect(unreadableRecords(session)).toEqual([]);
  });
});
