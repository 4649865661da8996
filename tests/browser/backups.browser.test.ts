// Backups on real Chromium IndexedDB: a backup holds ciphertext and the vault header, never the text
// typed into the vault; rotation keeps the store within its limits; a database an older Kehä wrote is
// backed up as it was before the upgrade.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { backUp, backUpBeforeMigration, backupStoreFor } from '../../renderer/src/backup/backups';
import { browserBackupStore } from '../../renderer/src/backup/backupStore';
import { currentSchemaVersion, openDatabase } from '../../renderer/src/db/database';
import { createFamily } from '../../renderer/src/db/repositories/familyRepository';
import { addMember } from '../../renderer/src/db/repositories/teamRepository';
import { dbV4 } from '../fixtures/db-v4';
import { reviveRows, type DbFixture } from '../fixtures/dbFixture';
import { databaseWorld, settle } from './support';

const world = databaseWorld({ prefix: 'keha-backups' });
const extraDatabases: string[] = [];

afterEach(async () => {
  await settle();
  await Dexie.delete(`${world.name}-backups`);
  for (const name of extraDatabases.splice(0)) {
    await Dexie.delete(name);
    await Dexie.delete(`${name}-backups`);
  }
});

const canary = 'CANARY-BACKUP-4471';

type ExportFile = { formatName: string; data: { databaseVersion: number; tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: unknown[] }[] } };

describe('a backup', () => {
  it('holds the vault as stored: ciphertext and the vault header, never the family’s text', async () => {
    await addMember(world.session, { name: `Työntekijä ${canary}`, defaultRole: 'familyTherapist' });
    const familyId = await createFamily(world.session, { code: 'bkp-101', label: `Perhe ${canary}`, responsibleMemberId: null, children: [], notes: `Muistiinpano ${canary}` });
    const saved = await backUp(world.db, 'manual');
    const store = await backupStoreFor(world.name);
    const [entry] = await store.list();
    expect(entry).toMatchObject({ id: saved.id, reason: 'manual' });
    const blob = await store.read(saved.id);
    expect(blob.size).toBe(entry!.size);
    const text = await blob.text();
    expect(text).not.toContain(canary);
    expect(text).not.toContain('Muistiinpano');
    const file = JSON.parse(text) as ExportFile;
    expect(file.formatName).toBe('dexie');
    expect(file.data.databaseVersion).toBe(currentSchemaVersion);
    const vault = file.data.data.find((table) => table.tableName === 'vault')?.rows as { format: string; wrappedKey?: unknown; kdf: { iterations: number } }[];
    expect(vault).toHaveLength(1);
    expect(vault[0]!.format).toBe('keha-vault-v1');
    // Positive control: the family's clear fields are there (so the search above would have found text).
    const families = file.data.data.find((table) => table.tableName === 'families')?.rows as { id: string; code: string }[];
    expect(families.map((row) => row.id)).toEqual([familyId]);
    expect(text).toContain('BKP-101');
  });

  it('reports progress in rows while it runs', async () => {
    for (let i = 0; i < 30; i++) await createFamily(world.session, { code: `prg-${100 + i}`, label: '', responsibleMemberId: null, children: [], notes: '' });
    const { backupActivity, onBackupActivity } = await import('../../renderer/src/backup/backups');
    const seen: { completedRows: number; totalRows: number | undefined }[] = [];
    const stop = onBackupActivity(world.name, () => {
      const running = backupActivity(world.name).running;
      if (running) seen.push({ completedRows: running.completedRows, totalRows: running.totalRows });
    });
    await backUp(world.db, 'manual');
    stop();
    expect(seen.length).toBeGreaterThan(1);
    const last = seen[seen.length - 1]!;
    expect(last.totalRows).toBeGreaterThanOrEqual(30);
    expect(last.completedRows).toBe(last.totalRows);
    expect(backupActivity(world.name).running).toBeNull();
  });

  it('rotation keeps the store to 7 daily, 4 weekly and 6 monthly backups', async () => {
    const start = new Date(2026, 0, 1, 12).getTime();
    const days = 60;
    for (let day = 0; day < days; day++) await backUp(world.db, 'daily', () => new Date(start + day * 24 * 3600 * 1000));
    const kept = await browserBackupStore(world.name).list();
    expect(kept.length).toBeLessThanOrEqual(17);
    expect(kept.length).toBeGreaterThan(7);
    // The newest 7 days are all there.
    const newestDays = kept.slice(0, 7).map((entry) => new Date(entry.createdAt).getDate());
    expect(newestDays).toEqual([1, 28, 27, 26, 25, 24, 23]);
    // Every kept one reads back whole.
    for (const entry of kept) expect(JSON.parse(await (await browserBackupStore(world.name).read(entry.id)).text())).toHaveProperty('data');
  });
});

async function writeFixture(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  const tables = reviveRows(fixture.tables);
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('the backup before a migration', () => {
  it('holds the older version’s rows as stored, before the upgrade runs', async () => {
    const name = `keha-before-migration-${crypto.randomUUID()}`;
    extraDatabases.push(name);
    await writeFixture(name, dbV4);
    const saved = await backUpBeforeMigration(name, () => new Date('2026-12-05T10:00:00.000Z'));
    expect(saved?.reason).toBe('beforeMigration');

    const store = browserBackupStore(name);
    const [entry] = await store.list();
    expect(entry?.reason).toBe('beforeMigration');
    const file = JSON.parse(await (await store.read(entry!.id)).text()) as ExportFile;
    expect(file.data.databaseVersion).toBe(4);
    for (const [table, rows] of Object.entries(dbV4.tables)) {
      expect(file.data.tables.find((t) => t.name === table)?.rowCount, table).toBe(rows.length);
    }
    expect(file.data.tables.map((t) => t.name)).not.toContain('carePeriods');

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();
    // Now current: no second backup.
    expect(await backUpBeforeMigration(name)).toBeNull();
    expect(await store.list()).toHaveLength(1);
  });

  it('does nothing for a new database', async () => {
    expect(await backUpBeforeMigration(`keha-new-${crypto.randomUUID()}`)).toBeNull();
  });
});
