// Which tables reach the team's other computers (docs/architecture.md: Sync between the team's
// computers), declared once: the type check fails when a table of the schema is not named here.
// Synced rows go to the server as stored (clear fields and the sealed payload); local tables stay on
// this computer.
import type { SchemaTable } from './familyData';

export type SyncRule = { sync: 'all' } | { sync: 'keys'; keys: readonly string[]; why: string } | { sync: 'local'; why: string };

const all = { sync: 'all' } as const;

export const syncRules = {
  vault: all,
  settings: {
    sync: 'keys',
    keys: ['staleWeeks', 'retentionMonths', 'usualSlotMinutes', 'autoLockMinutes'],
    why: "the team's settings travel; the language, this computer's id and member, backup reminders and upgrade notes are this computer's own",
  },
  team: all,
  members: all,
  families: all,
  meetings: all,
  meetingTemplates: all,
  meetingNotes: all,
  hypotheses: all,
  hypothesisRevisions: all,
  riskRounds: all,
  actions: all,
  timelineEvents: all,
  threeHousesSessions: all,
  templates: all,
  carePeriods: all,
  goalRatings: all,
  summaryTransfers: all,
  activityLog: all,
  genograms: all,
  networkMaps: all,
  quickRoundLines: all,
  syncOutbox: { sync: 'local', why: "this computer's changes not yet handed to sync" },
  syncRevs: { sync: 'local', why: 'which sync revision each local row is' },
  syncConflicts: { sync: 'local', why: 'records changed in the same place on two computers, as this computer saw them' },
  syncState: { sync: 'local', why: "the server's address and user (sealed) and how far changes were applied" },
} as const satisfies Record<SchemaTable, SyncRule>;

const rules: Readonly<Record<string, SyncRule>> = syncRules;

/** Whether a table has rows that sync. */
export function isSyncedTable(table: string): boolean {
  const rule = rules[table];
  return rule !== undefined && rule.sync !== 'local';
}

/** Whether the row with this key syncs (the table syncs, and for settings the key is a team setting). */
export function isSyncedKey(table: string, key: unknown): boolean {
  const rule = rules[table];
  if (!rule || rule.sync === 'local') return false;
  return rule.sync === 'all' || (typeof key === 'string' && rule.keys.includes(key));
}

export const syncedTableNames = Object.keys(syncRules).filter(isSyncedTable);
