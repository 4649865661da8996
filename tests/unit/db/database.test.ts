// Covers renderer/src/db/database.ts: no sensitive fields indexed, separate databases per name, and refusal of a database written by a newer Kehä.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertCompatible,
  assertNotNewer,
  currentSchemaVersion,
  openDatabase,
  schemaVersions,
} from '../../../renderer/src/db/database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function fresh() {
  const name = `keha-schema-${crypto.randomUUID()}`;
  names.push(name);
  return { name, db: openDatabase(name) };
}

/** Fields that may be indexed in the clear (docs/architecture.md: Data). Never names or free text. */
const indexable = new Set(['id', 'key', 'code', 'status', 'demo', 'createdAt', 'updatedAt', 'type', 'date', 'scheduledAt', 'meetingId', 'familyId', 'hypothesisId', 'childId', 'carePeriodId', 'at']);

describe('schema', () => {
  it('indexes only ids, codes, status, dates and the demo flag, in every published version', () => {
    for (const { version, stores } of schemaVersions) {
      for (const [table, spec] of Object.entries(stores)) {
        const fields = spec.split(',').map((part) => part.trim().replace(/^[&*+]+/, '').replace(/^\[|\]$/g, ''));
        for (const field of fields.flatMap((f) => f.split('+'))) {
          expect(indexable.has(field), `v${version} ${table}.${field}`).toBe(true);
        }
      }
    }
  });

  it('opens at the current version with the expected tables and a unique code index', async () => {
    const { db } = fresh();
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'actions',
        'activityLog',
        'carePeriods',
        'families',
        'genograms',
        'goalRatings',
        'hypotheses',
        'hypothesisRevisions',
        'meetingNotes',
        'meetingTemplates',
        'meetings',
        'members',
        'networkMaps',
        'quickRoundLines',
        'riskRounds',
        'settings',
        'summaryTransfers',
        'syncConflicts',
        'syncOutbox',
        'syncRevs',
        'syncState',
        'team',
        'templates',
        'threeHousesSessions',
        'timelineEvents',
        'vault',
      ],
    );
    const code = db.families.schema.idxByName.code;
    expect(code?.unique).toBe(true);
    db.close();
  });

  it('keeps databases with different names apart (each test, profile or user has its own)', async () => {
    const a = fresh();
    const b = fresh();
    await a.db.settings.put({ key: 'language', value: 'en' });
    expect(await b.db.settings.count()).toBe(0);
    a.db.close();
    b.db.close();
  });
});

describe('a database written by a newer Kehä', () => {
  async function writeNewer(name: string) {
    const newer = new Dexie(name);
    const latest = schemaVersions[schemaVersions.length - 1]!.stores;
    newer.version(currentSchemaVersion + 1).stores({ ...latest, futureTable: 'id' });
    await newer.table('futureTable').add({ id: 'x', data: 'from the future' });
    newer.close();
  }

  it('is refused before opening, and left exactly as it was', async () => {
    const name = `keha-schema-${crypto.randomUUID()}`;
    names.push(name);
    await writeNewer(name);
    const versionBefore = (await indexedDB.databases()).find((info) => info.name === name)?.version;
    await expect(assertNotNewer(name)).rejects.toMatchObject({ name: 'VersionError' });
    expect((await indexedDB.databases()).find((info) => info.name === name)?.version).toBe(versionBefore);
    const check = new Dexie(name);
    await check.open();
    expect(await check.table('futureTable').count()).toBe(1);
    check.close();
  });

  it('is refused after opening too, if it got that far', async () => {
    const name = `keha-schema-${crypto.randomUUID()}`;
    names.push(name);
    await writeNewer(name);
    const db = openDatabase(name);
    try {
      await db.open();
      expect(() => assertCompatible(db)).toThrow(expect.objectContaining({ name: 'VersionError' }));
    } catch (error) {
      // Refusing to open at all is just as safe.
      expect((error as Error).name).toMatch(/VersionError/);
    } finally {
      db.close();
    }
  });

  it('a new install and a current database pass both checks', async () => {
    const { name, db } = fresh();
    await expect(assertNotNewer(name)).resolves.toBeUndefined();
    await db.open();
    expect(() => assertCompatible(db)).not.toThrow();
    db.close();
    await expect(assertNotNewer(name)).resolves.toBeUndefined();
  });
});
