// Restore, all or nothing: a backup file is checked completely before anything changes (format,
// version, whole, vault header, passphrase, every record), then replaces everything in one step and
// keeps the data as it was as a backup, which restores back ("Undo restore").
import './nodeBlobs';
import { schemaVersions } from '../../../renderer/src/db/database';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  beforeRestoreFile,
  checkBackupFile,
  migrationDatabaseName,
  readLastRestore,
  restoreChecked,
  RestoreRefusedError,
  type RestoreRefusal,
} from '../../../renderer/src/backup/restore';
import { browserBackupStore } from '../../../renderer/src/backup/backupStore';
import { lastRestoreKey, openDatabase, type KehaDatabase } from '../../../renderer/src/db/database';
import { listFamilies } from '../../../renderer/src/db/repositories/familyRepository';
import { readTeam } from '../../../renderer/src/db/repositories/teamRepository';
import { unlockVaultIn } from '../../../renderer/src/db/repositories/vaultRepository';
import { listAllHypotheses } from '../../../renderer/src/db/repositories/hypothesisRepository';
import { dbV2 } from '../../fixtures/db-v2';
import { dbV5 } from '../../fixtures/db-v5';
import { dbV7 } from '../../fixtures/db-v7';
import { comparable, fastIterations, freshDatabase, passphrase, unlockedSession } from '../db/support';
import { exportBackup, fillVault, fixtureBackup, noteCanary } from './support';
import { reviveRows } from '../../fixtures/dbFixture';

const cheap = { minimumIterations: fastIterations };

async function snapshot(db: KehaDatabase): Promise<unknown> {
  const tables: Record<string, unknown> = {};
  for (const table of db.tables) tables[table.name] = comparable(await table.toArray());
  return tables;
}

async function refusalOf(promise: Promise<unknown>): Promise<RestoreRefusal> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RestoreRefusedError);
  return (error as RestoreRefusedError).refusal;
}

let source: ReturnType<typeof freshDatabase>;
let target: ReturnType<typeof freshDatabase>;
let file: Blob;

beforeEach(async () => {
  source = freshDatabase();
  const session = await unlockedSession(source.db);
  await fillVault(session, 'Lehtiset');
  file = await exportBackup(source.db);
  target = freshDatabase();
  const here = await unlockedSession(target.db, {});
  await fillVault(here, 'Tammiset');
});

afterEach(async () => {
  await source.cleanup();
  await target.cleanup();
  await Dexie.delete(`${target.name}-backups`);
});

describe('restore', () => {
  it('restores a backup in one step: every family, the note, the team name; the old data is kept as a backup', async () => {
    const checked = await checkBackupFile(target.db, file, passphrase, cheap);
    expect(checked.teamName).toBe('Tiimi Lehtiset');
    expect(checked.counts.families).toBe(2);
    expect(checked.newestAt).not.toBeNull();
    const before = await snapshot(target.db);

    const kept = await restoreChecked(target.db, checked, new Date('2026-12-05T10:00:00Z'));
    expect(kept?.reason).toBe('beforeRestore');

    const dataKey = await unlockVaultIn(target.db, passphrase, fastIterations);
    const session = { db: target.db, dataKey, now: () => new Date() };
    const families = await listFamilies(session);
    expect(families.map((family) => family.label).sort()).toEqual(['Lehtiset', 'Lehtiset 2']);
    expect(families.some((family) => family.notes === noteCanary)).toBe(true);
    expect((await readTeam(session)).name).toBe('Tiimi Lehtiset');
    expect(readLastRestore((await target.db.settings.get(lastRestoreKey))?.value)).toEqual({
      at: '2026-12-05T10:00:00.000Z',
      backupId: kept!.id,
      fileName: kept!.fileName,
    });

    // Undo restore: the kept backup goes back by the same path, and the data is as it was.
    const undoFile = await beforeRestoreFile(target.db, kept!.id);
    const undo = await checkBackupFile(target.db, undoFile!, passphrase, cheap);
    await restoreChecked(target.db, undo);
    const after = (await snapshot(target.db)) as Record<string, unknown[]>;
    const expected = before as Record<string, unknown[]>;
    // Everything is back, except the note of the restore that was undone (now pointing at the newest kept backup).
    for (const table of Object.keys(expected)) {
      if (table === 'settings') continue;
      // The activity log gains one content-free entry per restore (the restore and its undo).
      if (table === 'activityLog') {
        const kept = new Set(expected[table]!.map((entry) => (entry as { id: string }).id));
        const isKept = (entry: unknown) => kept.has((entry as { id: string }).id);
        expect(after[table]!.filter(isKept), table).toEqual(expected[table]);
        expect(after[table]!.filter((entry) => !isKept(entry)).map((entry) => (entry as { kind: string }).kind), table).toEqual(['restored']);
        continue;
      }
      expect(after[table], table).toEqual(expected[table]);
    }
    expect((await browserBackupStore(target.db.name).list()).map((entry) => entry.reason)).toEqual(['beforeRestore', 'beforeRestore']);
  });

  it('refuses a wrong passphrase in words and changes nothing', async () => {
    const before = await snapshot(target.db);
    expect(await refusalOf(checkBackupFile(target.db, file, 'väärä salalause tässä', cheap))).toEqual({ kind: 'wrongPassphrase' });
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('refuses a truncated file and changes nothing', async () => {
    const text = await file.text();
    const before = await snapshot(target.db);
    for (const cut of [0.3, 0.6, 0.95, 0.999]) {
      const truncated = new Blob([text.slice(0, Math.floor(text.length * cut))]);
      const refusal = await refusalOf(checkBackupFile(target.db, truncated, passphrase, cheap));
      expect(['truncated', 'notBackup']).toContain(refusal.kind);
    }
    // Cut after the last row: every row is there, but the file does not end as a backup does.
    const end = text.lastIndexOf(']');
    expect((await refusalOf(checkBackupFile(target.db, new Blob([text.slice(0, end)]), passphrase, cheap))).kind).toBe('truncated');
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('refuses tampered ciphertext, naming how many records of which kind, and changes nothing', async () => {
    const parsed = JSON.parse(await file.text()) as { data: { data: { tableName: string; rows: { payload: { data: string } }[] }[] } };
    const families = parsed.data.data.find((table) => table.tableName === 'families')!;
    for (const row of families.rows) {
      const data = row.payload.data;
      row.payload.data = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    }
    const before = await snapshot(target.db);
    const refusal = await refusalOf(checkBackupFile(target.db, new Blob([JSON.stringify(parsed)]), passphrase, cheap));
    expect(refusal).toEqual({ kind: 'unreadable', records: [{ table: 'families', count: 2 }] });
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('refuses a file of a newer Kehä, and one below the key-derivation floor', async () => {
    const text = await file.text();
    const supported = schemaVersions[schemaVersions.length - 1]!.version;
    const newer = text.replace(`"databaseVersion":${supported}`, '"databaseVersion":99');
    expect(await refusalOf(checkBackupFile(target.db, new Blob([newer]), passphrase, cheap))).toEqual({ kind: 'newer', version: 99, supported });
    // The real floor (600,000 iterations) refuses the test vault's 1,000.
    expect(await refusalOf(checkBackupFile(target.db, file, passphrase))).toEqual({ kind: 'weakHeader' });
  });

  it('refuses what is not a Kehä backup', async () => {
    for (const junk of ['', 'hello', '{}', '[1,2,3]', '{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"x","databaseVersion":1,"tables":[]}}']) {
      expect(['notBackup', 'damaged', 'truncated']).toContain((await refusalOf(checkBackupFile(target.db, new Blob([junk]), passphrase, cheap))).kind);
    }
  });

  it('restores a version-2 backup through the migrations, in a temporary database deleted afterwards', async () => {
    const old = await fixtureBackup(dbV2);
    const checked = await checkBackupFile(target.db, old, dbV2.passphrase, cheap);
    expect(checked.fileVersion).toBe(2);
    // The sealed migration wrote the first revisions of the version-2 hypotheses.
    expect(checked.counts.hypothesisRevisions).toBeGreaterThan(0);
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(migrationDatabaseName(target.db));
    await restoreChecked(target.db, checked);

    const dataKey = await unlockVaultIn(target.db, dbV2.passphrase, fastIterations);
    const session = { db: target.db, dataKey, now: () => new Date() };
    const families = await listFamilies(session);
    expect(families.map((family) => family.id).sort()).toEqual(Object.keys(dbV2.expected.families).sort());
    const hypotheses = await listAllHypotheses(session);
    expect(hypotheses.length).toBe(dbV2.tables.hypotheses!.length);
  });

  it('restores a version-5 fixture as it is', async () => {
    const checked = await checkBackupFile(target.db, await fixtureBackup(dbV5), dbV5.passphrase, cheap);
    expect(checked.fileVersion).toBe(5);
    await restoreChecked(target.db, checked);
    const reopened = openDatabase(target.name);
    expect(await reopened.families.count()).toBe((dbV5.tables.families ?? []).length);
    reopened.close();
  });

  it('restores a version-7 fixture as it is, its genogram and network maps (payload format 2) with it', async () => {
    const checked = await checkBackupFile(target.db, await fixtureBackup(dbV7), dbV7.passphrase, cheap);
    expect(checked.fileVersion).toBe(7);
    expect([checked.counts.genograms, checked.counts.networkMaps]).toEqual([dbV7.tables.genograms!.length, dbV7.tables.networkMaps!.length]);
    await restoreChecked(target.db, checked);
    const reopened = openDatabase(target.name);
    expect(comparable(await reopened.networkMaps.toArray())).toEqual(comparable(reviveRows(dbV7.tables.networkMaps)));
    expect(comparable(await reopened.genograms.toArray())).toEqual(comparable(reviveRows(dbV7.tables.genograms)));
    reopened.close();
  });
});
