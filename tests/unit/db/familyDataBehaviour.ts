// The family-data registry's behaviour (docs/architecture.md: Family-owned data), shared by the unit
// test on fake-indexeddb (tests/unit/db/familyData.test.ts) and the browser test on real IndexedDB:
// rows of two families in every owned table and every table that names a family by id, made from the
// schema (so a table added to the schema or the registry is covered without changing this file);
// deletion, erasure and demo removal take exactly one family's rows, and undo restores them exactly.
import { describe, expect, it } from 'vitest';
import { schemaVersions } from '../../../renderer/src/db/database';
import { familyOwnedTableNames } from '../../../renderer/src/db/familyData';
import { removeDemoData, restoreDemoData } from '../../../renderer/src/db/repositories/demoRepository';
import { createFamily, deleteFamily, restoreFamily } from '../../../renderer/src/db/repositories/familyRepository';
import { eraseFamily } from '../../../renderer/src/db/repositories/retentionRepository';
import { boundClearFields } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { comparable, repositoryWorld } from './support';

const currentStores = schemaVersions[schemaVersions.length - 1]!.stores as Record<string, string>;
export const schemaTables = Object.keys(currentStores);
export const indexesOf = (table: string) =>
  currentStores[table]!.split(',').map((part) => part.trim().replace(/^[&*+]+/, '')).filter(Boolean);
/** Tables whose rows name a family by `familyId`: indexed, or bound to the payload. */
export const linkedTables = schemaTables.filter(
  (table) => table !== 'families' && (indexesOf(table).includes('familyId') || (boundClearFields[table] ?? []).includes('familyId')),
);
/** The tables the behaviour seeds: every owned table and every table that names a family by id. */
const seededTables = [...new Set([...familyOwnedTableNames, ...linkedTables])];

/** A stored row of an owned table for `familyId`: every indexed field filled, a stand-in payload. */
function ownedRow(table: string, familyId: string, n: number): Record<string, unknown> {
  const row: Record<string, unknown> = { id: `${table}-${familyId}-${n}`, familyId, payload: { iv: new Uint8Array([n]), data: new Uint8Array([n, 1]).buffer } };
  for (const index of indexesOf(table).slice(1)) if (!(index in row)) row[index] = `${index}-${familyId}-${n}`;
  return row;
}

async function seedFamilies(session: Session, demo: boolean) {
  const a = await createFamily(session, { code: 'AAA-1', label: 'A', responsibleMemberId: null }, demo);
  const b = await createFamily(session, { code: 'BBB-2', label: 'B', responsibleMemberId: null });
  for (const table of seededTables) {
    for (const [familyId, n] of [[a, 1], [a, 2], [b, 3]] as const) await session.db.table(table).add(ownedRow(table, familyId, n));
  }
  // A note about no family (a once-a-meeting phase) is nobody's.
  await session.db.meetingNotes.add({ ...ownedRow('meetingNotes', 'none', 9), familyId: null } as never);
  return { a, b };
}

/** Every row of every table of the database, comparable, except the activity log (each action logs). */
async function everyTable(session: Session): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  for (const table of session.db.tables) if (table.name !== 'activityLog') all[table.name] = comparable(await table.toArray());
  return all;
}

async function rowsOf(session: Session, familyId: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of session.db.tables) {
    for (const row of (await table.toArray()) as { id?: string; familyId?: unknown }[]) {
      if (row.familyId === familyId || row.id === familyId) found.push(`${table.name}/${String(row.id)}`);
    }
  }
  return found;
}

/** Registers the behaviour's tests (with a fresh database and session per test) in the calling file. */
export function describeFamilyDataBehaviour(): void {
  const world = repositoryWorld('2025-04-01T10:00:00.000Z');
  describe('a family leaves every owned table, and only its rows', () => {
    it('deletion takes every row of A from every table, leaves B; undo restores A exactly', async () => {
      const { session } = world;
      const { a, b } = await seedFamilies(session, false);
      const before = await everyTable(session);
      const rowsOfB = await rowsOf(session, b);
      expect(await rowsOf(session, a)).toHaveLength(1 + 2 * seededTables.length);

      const deleted = await deleteFamily(session, a);
      expect(await rowsOf(session, a)).toEqual([]);
      expect(await rowsOf(session, b)).toEqual(rowsOfB);
      for (const table of familyOwnedTableNames) expect(deleted![table], table).toHaveLength(2);

      await restoreFamily(session, deleted!);
      expect(await everyTable(session)).toEqual(before);
    });

    it('erasure takes every row of A from every table and leaves B', async () => {
      const { session } = world;
      const { a, b } = await seedFamilies(session, false);
      const rowsOfB = await rowsOf(session, b);
      await eraseFamily(session, a, 'AAA-1');
      expect(await rowsOf(session, a)).toEqual([]);
      expect(await rowsOf(session, b)).toEqual(rowsOfB);
    });

    it('demo removal takes every row of a demo family from every table, leaves the real one; undo restores it exactly', async () => {
      const { session } = world;
      const { a, b } = await seedFamilies(session, true);
      const before = await everyTable(session);
      const rowsOfB = await rowsOf(session, b);
      const removed = await removeDemoData(session);
      expect(await rowsOf(session, a)).toEqual([]);
      expect(await rowsOf(session, b)).toEqual(rowsOfB);
      await restoreDemoData(session, removed);
      expect(await everyTable(session)).toEqual(before);
    });
  });
}
