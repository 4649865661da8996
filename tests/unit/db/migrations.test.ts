// Covers schema migrations: a frozen fixture of every published schema version is upgraded by openDatabase() and must stay readable.
//
// HOW TO ADD SCHEMA VERSION 2 (or any later one)
// 1. In renderer/src/db/database.ts append `{ version: 2, stores: {...}, upgrade? }` to schemaVersions
//    (never edit version 1).
// 2. Freeze a fixture of version-2 rows as tests/fixtures/db-v2.ts (a `DbFixture`; see
//    tests/fixtures/makeDbFixture.mjs for how db-v1.ts was made). Keep db-v1.ts as it is.
// 3. Add one entry to `migrationCases` below: `2: { fixture: dbV2 }`, and give the entry for every
//    older version an `afterUpgrade` that checks what the v1→…→current upgrade must have done
//    (e.g. a new field filled in, a new index answering queries).
// The shared invariants (counts equal, everything decrypts to the same content, every index works,
// codes stay unique, data stays writable) then run for every version automatically, and the guard
// test below fails until each published version has its fixture.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, openDatabase, schemaVersions, type KehaDatabase } from '../../../renderer/src/db/database';
import {
  CodeTakenError,
  createFamily,
  listFamilies,
  readFamily,
  updateFamilyPayload,
} from '../../../renderer/src/db/repositories/familyRepository';
import { readLanguage } from '../../../renderer/src/db/repositories/settingsRepository';
import { listMembers, readTeam } from '../../../renderer/src/db/repositories/teamRepository';
import { unlockVaultIn } from '../../../renderer/src/db/repositories/vaultRepository';
import type { Session } from '../../../renderer/src/db/session';
import { WrongPassphraseError } from '../../../renderer/src/vault/vaultCrypto';
import { dbV1 } from '../../fixtures/db-v1';
import { reviveRows, type DbFixture } from '../../fixtures/dbFixture';
import { comparable } from './support';

type MigrationCase = {
  /** Rows exactly as the app at that schema version stored them. */
  fixture: DbFixture;
  /** What the upgrade from this version to the current one must have done, beyond the shared invariants. */
  afterUpgrade?: (db: KehaDatabase, session: Session, fixture: DbFixture) => Promise<void>;
};

/** One entry per published schema version. */
const migrationCases: Record<number, MigrationCase> = {
  1: { fixture: dbV1 },
};

type Row = Record<string, unknown> & { id?: string };

const opened: { db: { close(): void }; name: string }[] = [];
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) {
    db.close();
    await Dexie.delete(name);
  }
});

/** Writes the fixture with a plain Dexie that knows only the fixture's own schema version. */
async function writeFixture(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  const tables = reviveRows(fixture.tables);
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  expect(old.verno).toBe(fixture.version);
  old.close();
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3… in order (append-only)', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, index) => index + 1));
    expect(currentSchemaVersion).toBe(schemaVersions.length);
  });

  it('every published version has a frozen fixture and a migration case', () => {
    expect(Object.keys(migrationCases).map(Number).sort((a, b) => a - b)).toEqual(schemaVersions.map((v) => v.version));
    for (const [version, { fixture }] of Object.entries(migrationCases)) expect(fixture.version).toBe(Number(version));
  });

  it.each(Object.values(migrationCases).map((c) => [c.fixture.version, c.fixture] as const))(
    'published version %i still declares exactly the stores its fixture was made with',
    (version, fixture) => {
      expect(schemaVersions.find((v) => v.version === version)?.stores).toEqual(fixture.stores);
    },
  );
});

describe.each(Object.values(migrationCases).map((c) => [c.fixture.version, c] as const))(
  'a database of schema version %i opened by the current app',
  (_version, { fixture, afterUpgrade }) => {
    async function upgraded(): Promise<{ db: KehaDatabase; session: Session }> {
      const name = `keha-migration-${fixture.version}-${crypto.randomUUID()}`;
      await writeFixture(name, fixture);
      const db = openDatabase(name);
      opened.push({ db, name });
      await db.open();
      const dataKey = await unlockVaultIn(db, fixture.passphrase);
      return { db, session: { db, dataKey, now: () => new Date('2026-01-01T00:00:00.000Z') } };
    }

    it('is at the current version with the same number of rows in every table', async () => {
      const { db } = await upgraded();
      expect(db.verno).toBe(currentSchemaVersion);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
    });

    it('unlocks with the old passphrase (and only with it)', async () => {
      const { db } = await upgraded();
      await expect(unlockVaultIn(db, `${fixture.passphrase}!`)).rejects.toBeInstanceOf(WrongPassphraseError);
    });

    it('decrypts every family, member and the team to exactly the old content', async () => {
      const { session } = await upgraded();
      const families = await listFamilies(session);
      expect(families).toHaveLength(Object.keys(fixture.expected.families).length);
      for (const family of families) {
        const { id, code, status, demo, createdAt, updatedAt, ...payload } = family;
        expect(payload, code).toEqual(fixture.expected.families[id]);
        const row = (fixture.tables.families as Row[]).find((r) => r.id === id)!;
        expect({ code, status, demo: demo ? 1 : 0, createdAt, updatedAt }).toEqual({
          code: row.code,
          status: row.status,
          demo: row.demo,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        });
      }
      const members = await listMembers(session);
      expect(members).toHaveLength(Object.keys(fixture.expected.members).length);
      for (const member of members) {
        expect({ name: member.name, defaultRole: member.defaultRole }).toEqual(fixture.expected.members[member.id]);
      }
      expect(await readTeam(session)).toEqual(fixture.expected.team);
    });

    it('keeps the unencrypted settings', async () => {
      const { db } = await upgraded();
      const stored = (fixture.tables.settings as Row[]).find((r) => r.key === 'language')?.value;
      expect(await readLanguage(db)).toBe(stored ?? 'fi');
    });

    it('answers queries on every index (code, demo, status)', async () => {
      const { db } = await upgraded();
      const families = fixture.tables.families as Row[];
      const members = fixture.tables.members as Row[];
      for (const row of families) {
        expect(await db.families.where('code').equals(row.code as string).primaryKeys(), String(row.code)).toEqual([row.id]);
      }
      expect((await db.families.where('demo').equals(1).primaryKeys()).sort()).toEqual(
        families.filter((r) => r.demo === 1).map((r) => r.id).sort(),
      );
      expect((await db.members.where('demo').equals(1).primaryKeys()).sort()).toEqual(
        members.filter((r) => r.demo === 1).map((r) => r.id).sort(),
      );
      for (const status of ['active', 'closed']) {
        expect(await db.families.where('status').equals(status).count(), status).toBe(families.filter((r) => r.status === status).length);
      }
      for (const status of ['active', 'archived']) {
        expect(await db.members.where('status').equals(status).count(), status).toBe(members.filter((r) => r.status === status).length);
      }
      expect(await db.families.orderBy('updatedAt').count()).toBe(families.length);
    });

    it('still refuses a duplicate pseudonym code and stays writable', async () => {
      const { db, session } = await upgraded();
      const [first] = fixture.tables.families as Row[];
      const before = comparable(await db.families.toArray());
      await expect(
        createFamily(session, { code: String(first!.code).toLowerCase(), label: 'x', responsibleMemberId: null }),
      ).rejects.toBeInstanceOf(CodeTakenError);
      expect(comparable(await db.families.toArray())).toEqual(before);

      await updateFamilyPayload(session, first!.id!, (payload) => ({ ...payload, notes: 'päivitetty' }));
      expect((await readFamily(session, first!.id!))?.notes).toBe('päivitetty');
    });

    if (afterUpgrade) {
      it('did what the upgrade from this version must do', async () => {
        const { db, session } = await upgraded();
        await afterUpgrade(db, session, fixture);
      });
    }
  },
);
