// Helpers for the restore tests on fake-indexeddb (nodeBlobs.ts lets dexie-export-import read
// Blobs in Node): a vault with a little data to back up; and backup files made from the frozen fixtures of older
// schema versions.
import './nodeBlobs';
import { Dexie } from 'dexie';
import { exportBackup } from '../../../renderer/src/backup/backupFile';
import { createFamily, updateFamilyPayload } from '../../../renderer/src/db/repositories/familyRepository';
import { addMember, saveTeamName } from '../../../renderer/src/db/repositories/teamRepository';
import type { DbFixture } from '../../fixtures/dbFixture';
import { reviveRows } from '../../fixtures/dbFixture';

import type { Session } from '../../../renderer/src/db/session';

export { exportBackup };

export const noteCanary = 'KANARIA-RESTORE-1';

/** Gives a session's vault a team name, a member and two families (one with a note canary). */
export async function fillVault(session: Session, label = 'Lehtiset'): Promise<void> {
  await saveTeamName(session, `Tiimi ${label}`);
  await addMember(session, { name: 'Maija Mehiläinen', defaultRole: 'familyTherapist' });
  await createFamily(session, { code: `${label.slice(0, 2).toUpperCase()}-1`, label, responsibleMemberId: null });
  const other = await createFamily(session, { code: `${label.slice(0, 2).toUpperCase()}-2`, label: `${label} 2`, responsibleMemberId: null });
  await updateFamilyPayload(session, other, (payload) => ({ ...payload, notes: noteCanary }));
}

/** A backup file of a frozen fixture's database, written at the fixture's schema version. */
export async function fixtureBackup(fixture: DbFixture): Promise<Blob> {
  const name = `keha-fixture-${crypto.randomUUID()}`;
  const db = new Dexie(name);
  db.version(fixture.version).stores(fixture.stores);
  await db.open();
  const rows = reviveRows(fixture.tables) as Record<string, unknown[]>;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkAdd(rows[table.name] ?? []);
  });
  const file = await exportBackup(db as never);
  db.close();
  await Dexie.delete(name);
  return file;
}
