// Restore on real IndexedDB and real WebCrypto: a backup made by the app's export goes back whole,
// an older version's backup is upgraded through the migrations, and a file with altered ciphertext
// is refused with the database left exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { checkBackupFile, migrationDatabaseName, restoreChecked, RestoreRefusedError } from '../../renderer/src/backup/restore';
import type { KehaDatabase } from '../../renderer/src/db/database';
import { listFamilies } from '../../renderer/src/db/repositories/familyRepository';
import { readTeam } from '../../renderer/src/db/repositories/teamRepository';
import { unlockVaultIn } from '../../renderer/src/db/repositories/vaultRepository';
import { listAllHypotheses } from '../../renderer/src/db/repositories/hypothesisRepository';
import { dbV3 } from '../fixtures/db-v3';
import { comparable, fastIterations, freshDatabase, passphrase, unlockedSession } from '../unit/db/support';
import { exportBackup, fillVault, fixtureBackup, noteCanary } from '../unit/backup/support';

const cheap = { minimumIterations: fastIterations };

async function snapshot(db: KehaDatabase): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of db.tables) tables[table.name] = comparable(await table.toArray());
  return JSON.stringify(tables);
}

let source: ReturnType<typeof freshDatabase>;
let target: ReturnType<typeof freshDatabase>;

beforeEach(async () => {
  source = freshDatabase();
  await fillVault(await unlockedSession(source.db), 'Lehtiset');
  target = freshDatabase();
  await fillVault(await unlockedSession(target.db), 'Tammiset');
});

afterEach(async () => {
  await source.cleanup();
  await target.cleanup();
  await Dexie.delete(`${target.name}-backups`);
});

describe('restore on real IndexedDB', () => {
  it('round trip: the exported file restores every family, the note and the team', async () => {
    const file = await exportBackup(source.db);
    const checked = await checkBackupFile(target.db, file, passphrase, cheap);
    await restoreChecked(target.db, checked);
    const session = { db: target.db, dataKey: await unlockVaultIn(target.db, passphrase, fastIterations), now: () => new Date() };
    const families = await listFamilies(session);
    expect(families.map((family) => family.label).sort()).toEqual(['Lehtiset', 'Lehtiset 2']);
    expect(families.find((family) => family.label === 'Lehtiset 2')?.notes).toBe(noteCanary);
    expect((await readTeam(session)).name).toBe('Tiimi Lehtiset');
  });

  it('this computer keeps its own id and member; those of the computer the backup was made on do not come along', async () => {
    await source.db.settings.bulkPut([
      { key: 'computerId', value: 'source-computer' },
      { key: 'computerMemberId', value: 'source-member' },
    ]);
    await target.db.settings.put({ key: 'computerId', value: 'target-computer' });
    const file = await exportBackup(source.db);
    await restoreChecked(target.db, await checkBackupFile(target.db, file, passphrase, cheap));
    expect((await target.db.settings.get('computerId'))?.value).toBe('target-computer');
    expect(await target.db.settings.get('computerMemberId')).toBeUndefined();
  });

  it('a version-3 backup restores through the migrations; the temporary database is gone', async () => {
    const checked = await checkBackupFile(target.db, await fixtureBackup(dbV3), dbV3.passphrase, cheap);
    expect(checked.fileVersion).toBe(3);
    await restoreChecked(target.db, checked);
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(migrationDatabaseName(target.db));
    const session = { db: target.db, dataKey: await unlockVaultIn(target.db, dbV3.passphrase, fastIterations), now: () => new Date() };
    expect((await listFamilies(session)).map((family) => family.id).sort()).toEqual(Object.keys(dbV3.expected.families).sort());
    expect((await listAllHypotheses(session)).length).toBe(dbV3.tables.hypotheses!.length);
  });

  it('altered ciphertext is refused, naming the kind, and the database is unchanged', async () => {
    const parsed = JSON.parse(await (await exportBackup(source.db)).text()) as {
      data: { data: { tableName: string; rows: { payload: { data: string } }[] }[] };
    };
    const members = parsed.data.data.find((table) => table.tableName === 'members')!;
    const data = members.rows[0]!.payload.data;
    members.rows[0]!.payload.data = data.slice(0, 10) + (data[10] === 'Q' ? 'R' : 'Q') + data.slice(11);
    const before = await snapshot(target.db);
    const error = await checkBackupFile(target.db, new Blob([JSON.stringify(parsed)]), passphrase, cheap).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RestoreRefusedError);
    expect((error as RestoreRefusedError).refusal).toEqual({ kind: 'unreadable', records: [{ table: 'members', count: 1 }] });
    expect(await snapshot(target.db)).toBe(before);
  });
});
