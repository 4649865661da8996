// Family-owned data, declared once (docs/architecture.md: Family-owned data). Every table of the
// current schema is named here exactly once: the family itself (`families`), the tables whose rows
// belong to one family and go with it (`familyOwnedTables`), the tables that only refer to a family
// and are changed instead of deleted (`familyReferences`), and the tables that hold no family's data
// (`notFamilyData`). Deleting a family and its undo, removing the demonstration data and erasure
// loop over `familyOwnedTables`; the type check fails when a table of the schema is not classified,
// and tests/unit/db/familyData.test.ts fails when a table that can hold a family's rows is not owned.
import type { Table } from 'dexie';
import type { KehaDatabase, schemaVersions } from './database';

type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;
/** Every table of the current schema version. */
export type SchemaTable = keyof Last<typeof schemaVersions>['stores'] & keyof KehaDatabase;
/** The row type a table stores. */
export type RowOf<Name extends SchemaTable> = KehaDatabase[Name] extends Table<infer Row, any, any> ? Row : never;

/**
 * How a family's rows of a table are found.
 * - `familyIndex`: the row carries `familyId` and the table indexes it.
 * - `familyField`: the row carries `familyId` (null for rows about no family) but the table does
 *   not index it, so the rows are found by a scan; `why` says why no index.
 */
export type FamilyLink = { by: 'familyIndex' } | { by: 'familyField'; why: string };

export type FamilyOwnedTable = {
  link: FamilyLink;
  /**
   * The rows are captured during a meeting's run and carry its `meetingId`: demo removal keeps a
   * demo meeting in which such a row about a real family was captured.
   */
  capturedInMeeting: boolean;
};

const byIndex = { by: 'familyIndex' } as const;

/**
 * The tables whose rows belong to one family, in the order deletion takes them. A family's rows of
 * these tables go with its deletion (and come back with its undo), with demo removal, and with
 * erasure. Rows of a child (three-houses sessions) and of a care period (goal ratings) carry the
 * family's id too, so every table is selected by `familyId`, never through a parent.
 */
export const familyOwnedTables = {
  hypotheses: { link: byIndex, capturedInMeeting: true },
  hypothesisRevisions: { link: byIndex, capturedInMeeting: true },
  riskRounds: { link: byIndex, capturedInMeeting: true },
  actions: { link: byIndex, capturedInMeeting: true },
  meetingNotes: {
    link: { by: 'familyField', why: 'notes are read per meeting; the once-a-meeting phases have notes about no family (familyId null)' },
    capturedInMeeting: true,
  },
  timelineEvents: { link: byIndex, capturedInMeeting: false },
  threeHousesSessions: { link: byIndex, capturedInMeeting: false },
  carePeriods: { link: byIndex, capturedInMeeting: false },
  goalRatings: { link: byIndex, capturedInMeeting: true },
  summaryTransfers: { link: byIndex, capturedInMeeting: false },
  genograms: { link: byIndex, capturedInMeeting: false },
  networkMaps: { link: byIndex, capturedInMeeting: false },
  quickRoundLines: { link: byIndex, capturedInMeeting: true },
} as const satisfies Partial<Record<SchemaTable, FamilyOwnedTable>>;

export type FamilyOwnedTableName = keyof typeof familyOwnedTables;
export const familyOwnedTableNames = Object.keys(familyOwnedTables) as FamilyOwnedTableName[];

/**
 * Tables that name a family without belonging to it: what happens to them when a family goes.
 * Their rows are changed by the code named here, never deleted with the family.
 */
export const familyReferences = {
  meetings:
    'a plan names families (quick round, deep dives) inside its sealed payload: deletion and erasure take the family out of every meeting and keep the meeting for the others (prepareMeetingScrubs in meetingRepository.ts); undo puts it back',
  activityLog:
    "entries name a family by its pseudonym code, never content: deletion keeps them (the log says it was deleted); erasure removes the code from the family's earlier entries (forgetCodeInLog in activityRepository.ts)",
} as const satisfies Partial<Record<SchemaTable, string>>;

/** Tables that hold no family's data, each with the reason. */
export const notFamilyData = {
  vault: 'the vault header: salt, wrapped data keys',
  settings: 'team-wide settings in the clear (language, retention time, idle lock…)',
  team: "the team's name",
  members: 'the team members (workers), not clients',
  meetingTemplates: 'template snapshots, shared by meetings and holding no client data',
  templates: "the team's own meeting templates, holding no client data",
  syncOutbox: 'sync bookkeeping: which rows changed here (table and id), never content',
  syncRevs: "sync bookkeeping: each row's sync revision",
  syncConflicts: 'sync bookkeeping: which rows two computers changed in the same place (ids and the family id)',
  syncState: "sync bookkeeping: the server's sealed address and how far changes were applied",
} as const satisfies Partial<Record<SchemaTable, string>>;

/**
 * Every table of the schema, classified. `satisfies Record<SchemaTable, …>` makes a table added to
 * the schema and not named in one of the lists above fail the type check.
 */
export const tableClassification = {
  families: 'family',
  ...(Object.fromEntries(familyOwnedTableNames.map((name) => [name, 'owned'])) as Record<FamilyOwnedTableName, 'owned'>),
  ...(Object.fromEntries(Object.keys(familyReferences).map((name) => [name, 'reference'])) as Record<keyof typeof familyReferences, 'reference'>),
  ...(Object.fromEntries(Object.keys(notFamilyData).map((name) => [name, 'notFamilyData'])) as Record<keyof typeof notFamilyData, 'notFamilyData'>),
} satisfies Record<SchemaTable, 'family' | 'owned' | 'reference' | 'notFamilyData'>;

/**
 * Everything a set of families owns, as stored (still encrypted), table by table: taken and put back
 * whole, so undo restores every row exactly.
 */
export type FamilyOwnedRows = { [Name in FamilyOwnedTableName]: RowOf<Name>[] };

/** The owned tables of `db`, in registry order. */
export function familyOwnedTablesOf(db: KehaDatabase): Table[] {
  return familyOwnedTableNames.map((name) => db[name] as Table);
}

/** Every table a family's deletion takes rows from (and its undo puts them back into): the family and what it owns. */
export function familyTables(db: KehaDatabase): Table[] {
  return [db.families, ...familyOwnedTablesOf(db)];
}

/** The rows of one owned table that belong to one of `familyIds` (inside a transaction over the table). */
async function selectOwned(db: KehaDatabase, name: FamilyOwnedTableName, familyIds: readonly string[]): Promise<unknown[]> {
  const table = db[name] as Table<{ familyId: string | null }>;
  const spec: FamilyOwnedTable = familyOwnedTables[name];
  if (spec.link.by === 'familyIndex') return table.where('familyId').anyOf([...familyIds]).toArray();
  const owned = new Set(familyIds);
  return table.filter((row) => row.familyId !== null && owned.has(row.familyId)).toArray();
}

/** Reads (inside a transaction over `familyTables`) every row owned by one of `familyIds`. */
export async function readFamilyOwnedRows(db: KehaDatabase, familyIds: readonly string[]): Promise<FamilyOwnedRows> {
  const rows: Partial<Record<FamilyOwnedTableName, unknown[]>> = {};
  for (const name of familyOwnedTableNames) rows[name] = await selectOwned(db, name, familyIds);
  return rows as FamilyOwnedRows;
}

/** Deletes the given rows (inside a transaction over `familyTables`). */
export async function deleteFamilyOwnedRows(db: KehaDatabase, rows: FamilyOwnedRows): Promise<void> {
  for (const name of familyOwnedTableNames) {
    await (db[name] as Table).bulkDelete((rows[name] as { id: string }[]).map((row) => row.id));
  }
}

/** Puts the given rows back exactly as they were (inside a transaction over `familyTables`). */
export async function putFamilyOwnedRows(db: KehaDatabase, rows: FamilyOwnedRows): Promise<void> {
  for (const name of familyOwnedTableNames) await (db[name] as Table).bulkPut(rows[name]);
}

/** How many rows of each owned table `rows` holds. */
export function countOwnedRows(rows: FamilyOwnedRows): Record<FamilyOwnedTableName, number> {
  return Object.fromEntries(familyOwnedTableNames.map((name) => [name, rows[name].length])) as Record<FamilyOwnedTableName, number>;
}
