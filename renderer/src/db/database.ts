// The one Dexie database of Kehä. Sensitive content lives in encrypted `payload`s; indexes hold
// only ids, pseudonym codes, status, dates and the demo flag (docs/architecture.md: Data).
//
// SCHEMA VERSIONS ARE APPEND-ONLY. Never edit or remove a published `db.version(n)`: add a new
// version with its upgrade, and a fixture + test in tests/unit/db/migrations.test.ts. (Version 2 was
// changed in place while unreleased, to store template snapshots once in `meetingTemplates`.)
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { FamilyStatus } from '../../../shared/family/family';
import type { AgendaOutline, MeetingRunState } from '../../../shared/meeting/engine';
import type { HypothesisStatus } from '../../../shared/hypothesis/hypothesis';
import type { ActionKind, ActionStatus, MeetingStatus } from '../../../shared/meeting/meeting';
import type { MeetingTemplate } from '../../../shared/meeting/template';
import type { MemberStatus } from '../../../shared/team/member';
import type { EncryptedPayload, VaultHeader } from '../vault/vaultCrypto';
import { syncOutboxMiddleware } from './syncMiddleware';

export type VaultRow = VaultHeader & { id: 'vault'; createdAt: string };
/**
 * Settings kept in the clear (nothing sensitive): the UI language, the review's "not revisited for
 * N weeks", the idle time before locking, the usual meeting length, when a backup was last downloaded (an ISO instant, for the
 * 7-day reminder; docs/architecture.md: Backups), and a note left by a schema upgrade whose data migration needs the vault key (see
 * sealedMigrations.ts), so an unlock checks one row instead of scanning tables.
 */
export type SettingRow = {
  key:
    | 'language'
    | 'staleWeeks'
    | 'autoLockMinutes'
    | 'backupCopiedAt'
    | 'retentionMonths'
    | 'usualSlotMinutes'
    | typeof sealedMigrationPendingKey
    | typeof lastRestoreKey
    // This computer (renderer/src/db/repositories/thisComputerRepository.ts): its random id and the member using it.
    | 'computerId'
    | 'computerMemberId';
  value: string;
};
export const sealedMigrationPendingKey = 'sealedMigrationPending';
/** Written by a restore, in its transaction: when, and which backup holds the data as it was before (renderer/src/backup/restore.ts). */
export const lastRestoreKey = 'lastRestore';
export type TeamRow = { id: 'team'; updatedAt: string; payload: EncryptedPayload };
/** `demo` is 1 for demonstration data (IndexedDB cannot index booleans). */
export type MemberRow = {
  id: string;
  status: MemberStatus;
  demo: 0 | 1;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};
export type FamilyRow = {
  id: string;
  code: string;
  status: FamilyStatus;
  demo: 0 | 1;
  createdAt: string;
  updatedAt: string;
  /**
   * When the family was last set closed (ISO instant); null or absent while active. Absent on rows
   * written before it was kept: their closing time reads as `updatedAt` (see `closedSince`).
   */
  closedAt?: string | null;
  payload: EncryptedPayload;
};

/**
 * A meeting. The template snapshot (by id, see MeetingTemplateRow), the agenda outline (ids and a
 * count) and the run's timestamps are in the clear: they hold no client data, and keeping them out
 * of the payload lets a phase change be one atomic IndexedDB transaction with no encryption in it
 * (two windows can never both advance the same step). Roles, participants, families and questions
 * are in the payload.
 */
export type MeetingRow = {
  id: string;
  status: MeetingStatus;
  /** ISO instant the meeting is planned to start. */
  scheduledAt: string;
  demo: 0 | 1;
  createdAt: string;
  updatedAt: string;
  /** The meeting's template snapshot: a `meetingTemplates` row's id. */
  templateId: string;
  outline: AgendaOutline;
  run: MeetingRunState;
  payload: EncryptedPayload;
};
/**
 * A template snapshot, stored once per distinct content and shared by every meeting planned with
 * it: `id` is the SHA-256 (hex) of the parsed template's canonical JSON, so the same content always
 * gets the same id and a row never changes (writing it again is a no-op). In the clear: templates
 * hold no client data. Rows are never deleted: demo removal, family deletion and meeting changes
 * leave a snapshot that no meeting references any more in place (a few KB, shared, and harmless).
 */
export type MeetingTemplateRow = { id: string; template: MeetingTemplate };
/** Notes of one step of a meeting run; id is `${meetingId}|${stepKey}`. */
export type MeetingNoteRow = {
  id: string;
  meetingId: string;
  stepKey: string;
  /** The deep-dive family the step is about; null for once-a-meeting phases. */
  familyId: string | null;
  updatedAt: string;
  payload: EncryptedPayload;
};
/**
 * A hypothesis's current card (payload) and status, kept in step with its latest revision: both
 * are written in one transaction. `revisionCount` 0 marks a version-2 row whose history the sealed
 * migration (sealedMigrations.ts) has not yet written; that runs at unlock.
 */
export type HypothesisRow = {
  id: string;
  familyId: string;
  /** The meeting it was made in; null when made outside a meeting. */
  meetingId: string | null;
  status: HypothesisStatus;
  createdAt: string;
  updatedAt: string;
  /** When its latest revision was made. */
  revisitedAt: string;
  revisionCount: number;
  payload: EncryptedPayload;
};
/** One revision of a hypothesis, never changed once written; the payload holds the whole card after it and the reason. */
export type HypothesisRevisionRow = {
  id: string;
  hypothesisId: string;
  familyId: string;
  seq: number;
  meetingId: string | null;
  at: string;
  status: HypothesisStatus;
  payload: EncryptedPayload;
};
/** One deep-dive family's risk round; id is `${meetingId}|${agendaItemId}`. */
export type RiskRoundRow = {
  id: string;
  meetingId: string;
  agendaItemId: string;
  familyId: string;
  revealedAt: number | null;
  updatedAt: string;
  payload: EncryptedPayload;
};
export type ActionRow = {
  id: string;
  kind: ActionKind;
  familyId: string;
  meetingId: string;
  status: ActionStatus;
  due: string | null;
  createdAt: string;
  updatedAt: string;
  doneAt: string | null;
  payload: EncryptedPayload;
};

/**
 * An event on a family's timeline. Only ids and the instants it was added and last changed
 * are in the clear; when it happened, its title, people and views are in the payload.
 */
export type TimelineEventRow = {
  id: string;
  familyId: string;
  createdAt: string;
  updatedAt: string;
  /**
   * The meetings the event was added or changed in (from a meeting's timeline panel), so a meeting's
   * record can say "timeline updated: 3 events" and keep saying it whatever happens to the event
   * later. Clear, not indexed; absent on rows written before it existed (read as none).
   */
  meetings?: TimelineEventMeetings;
  payload: EncryptedPayload;
};
export type TimelineEventMeetings = { addedIn: string | null; changedIn: string[] };
/**
 * A three-houses session with one child. The child's id and the session's calendar date
 * (yyyy-MM-dd) are in the clear, copied from the payload and kept in step with it on every write, so
 * a child's sessions can be found and ordered without decrypting; the houses, the worker and the
 * consent are in the payload.
 */
export type ThreeHousesSessionRow = {
  id: string;
  familyId: string;
  childId: string;
  date: string;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};

/**
 * A team's own meeting template, made by cloning a built-in one or importing a file. The
 * template is in the clear like the meetings' snapshots (meetingTemplates): it holds the team's
 * structure, never client data. Editing it never reaches a meeting: a meeting keeps its snapshot.
 */
export type TemplateRow = { id: string; template: MeetingTemplate; createdAt: string; updatedAt: string };
/**
 * A family's care period (LIPSY): start and planned end (yyyy-MM-dd) in the clear; the
 * unit and the goals set at admission in the payload.
 */
export type CarePeriodRow = {
  id: string;
  familyId: string;
  start: string;
  plannedEnd: string;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};
/**
 * One goal's rating at one interim review, id `${meetingId}|${goalId}`. Only ids and
 * instants are in the clear (a rating is dated by its meeting); the 0–10 rating and the comment are
 * in the payload.
 */
export type GoalRatingRow = {
  id: string;
  carePeriodId: string;
  familyId: string;
  goalId: string;
  meetingId: string;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};

/**
 * A family's summary from one finished meeting, marked as transferred to the official client (or
 * patient) record; id `${meetingId}|${deepDiveId}`. Only ids and the date are kept, in the clear:
 * Kehä has one team passphrase and no user accounts, so it cannot know who transferred it.
 */
export type SummaryTransferRow = {
  id: string;
  familyId: string;
  meetingId: string;
  deepDiveId: string;
  /** ISO instant the summary was marked transferred. */
  transferredAt: string;
};
/**
 * One entry of the activity log: what kind of thing happened, when, and the family's pseudonym code
 * where it concerns one. In the clear and never content (see activityRepository.ts).
 */
export type ActivityRow = {
  id: string;
  /** ISO instant. */
  at: string;
  kind: string;
  /** The family's pseudonym code; null for entries about no family, or once the family was erased. */
  familyCode: string | null;
  /** The member using the computer that wrote the entry (an id); null when they did not say, absent on older entries. */
  by?: string | null;
};

/**
 * A family's genogram (sukupuu): people, relationships and emotional lines, one row per family
 * (id = the family's id). Only ids and instants in the clear; everything drawn is in the payload.
 */
export type GenogramRow = {
  id: string;
  familyId: string;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};
/**
 * A family's network map (verkostokartta): the child or family in the centre, contacts around it.
 * A family may have several maps over time. Only ids and instants in the clear.
 */
export type NetworkMapRow = {
  id: string;
  familyId: string;
  createdAt: string;
  updatedAt: string;
  payload: EncryptedPayload;
};

/**
 * One family's line of one meeting's quick round (docs/domain.md: The quick round), id
 * `${meetingId}|${familyId}`: what changed since last week, the urgent-worry flag and the decision
 * (today / next time / no need), all in the payload. The ids and the instant in the clear.
 */
export type QuickRoundLineRow = {
  id: string;
  familyId: string;
  meetingId: string;
  updatedAt: string;
  payload: EncryptedPayload;
};

/**
 * A synced row changed here and not yet handed to sync (docs/architecture.md: Sync between the team's
 * computers): written by the sync middleware in the same transaction as the change, so no change is
 * ever missed; `v` is new at every change, so the sync sees an edit made while it was sending.
 */
export type SyncOutboxRow = { id: string; at: number; v: string };
/** The sync revision (CouchDB `_rev`) that a synced row of this computer is. */
export type SyncRevRow = { id: string; rev: string };
/** A record two computers changed in the same place; clear fields only, the versions stay in the sync mirror. */
export type SyncConflictRow = { id: string; table: string; rowId: string; familyId: string | null; at: string };
/** The team server's address and user (sealed) and how far the mirror's changes were applied. */
export type SyncStateRow = { id: string; value?: string; payload?: EncryptedPayload };

export type KehaDatabase = Dexie & {
  vault: EntityTable<VaultRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  team: EntityTable<TeamRow, 'id'>;
  members: EntityTable<MemberRow, 'id'>;
  families: EntityTable<FamilyRow, 'id'>;
  meetings: EntityTable<MeetingRow, 'id'>;
  meetingTemplates: EntityTable<MeetingTemplateRow, 'id'>;
  meetingNotes: EntityTable<MeetingNoteRow, 'id'>;
  hypotheses: EntityTable<HypothesisRow, 'id'>;
  hypothesisRevisions: EntityTable<HypothesisRevisionRow, 'id'>;
  riskRounds: EntityTable<RiskRoundRow, 'id'>;
  actions: EntityTable<ActionRow, 'id'>;
  timelineEvents: EntityTable<TimelineEventRow, 'id'>;
  threeHousesSessions: EntityTable<ThreeHousesSessionRow, 'id'>;
  templates: EntityTable<TemplateRow, 'id'>;
  carePeriods: EntityTable<CarePeriodRow, 'id'>;
  goalRatings: EntityTable<GoalRatingRow, 'id'>;
  summaryTransfers: EntityTable<SummaryTransferRow, 'id'>;
  activityLog: EntityTable<ActivityRow, 'id'>;
  genograms: EntityTable<GenogramRow, 'id'>;
  networkMaps: EntityTable<NetworkMapRow, 'id'>;
  quickRoundLines: EntityTable<QuickRoundLineRow, 'id'>;
  syncOutbox: EntityTable<SyncOutboxRow, 'id'>;
  syncRevs: EntityTable<SyncRevRow, 'id'>;
  syncConflicts: EntityTable<SyncConflictRow, 'id'>;
  syncState: EntityTable<SyncStateRow, 'id'>;
};

export const defaultDatabaseName = 'keha';

/** Version 6's tables; later versions add to them (a version lists every table it keeps). */
const storesV6 = {
  vault: 'id',
  settings: 'key',
  team: 'id',
  members: 'id, status, demo',
  families: 'id, &code, status, demo, updatedAt',
  meetings: 'id, status, scheduledAt, demo',
  meetingTemplates: 'id',
  meetingNotes: 'id, meetingId',
  hypotheses: 'id, familyId, meetingId, status',
  hypothesisRevisions: 'id, hypothesisId, familyId, meetingId',
  riskRounds: 'id, meetingId, familyId',
  actions: 'id, familyId, meetingId, status',
  timelineEvents: 'id, familyId',
  threeHousesSessions: 'id, familyId, childId',
  templates: 'id',
  carePeriods: 'id, familyId',
  goalRatings: 'id, carePeriodId, familyId, meetingId',
  summaryTransfers: 'id, familyId, meetingId',
  activityLog: 'id, at',
};

/** Every schema version Kehä has published, oldest first. Append only. */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      vault: 'id',
      settings: 'key',
      team: 'id',
      members: 'id, status, demo',
      families: 'id, &code, status, demo, updatedAt',
    },
  },
  {
    // Version 2: meetings, their template snapshots and what they capture. Tables only; v1 data needs no change.
    version: 2,
    stores: {
      vault: 'id',
      settings: 'key',
      team: 'id',
      members: 'id, status, demo',
      families: 'id, &code, status, demo, updatedAt',
      meetings: 'id, status, scheduledAt, demo',
      meetingTemplates: 'id',
      meetingNotes: 'id, meetingId',
      hypotheses: 'id, familyId, meetingId, status',
      riskRounds: 'id, meetingId, familyId',
      actions: 'id, familyId, meetingId, status',
    },
  },
  {
    // Version 3: hypotheses get a history. Version-2 hypothesis rows are marked (revisionCount 0) and a
    // note is left in settings, so that at unlock, when the key is at hand, sealedMigrations.ts
    // writes their first revisions.
    version: 3,
    stores: {
      vault: 'id',
      settings: 'key',
      team: 'id',
      members: 'id, status, demo',
      families: 'id, &code, status, demo, updatedAt',
      meetings: 'id, status, scheduledAt, demo',
      meetingTemplates: 'id',
      meetingNotes: 'id, meetingId',
      hypotheses: 'id, familyId, meetingId, status',
      hypothesisRevisions: 'id, hypothesisId, familyId, meetingId',
      riskRounds: 'id, meetingId, familyId',
      actions: 'id, familyId, meetingId, status',
    },
    upgrade: async (transaction: Transaction) => {
      await transaction
        .table('hypotheses')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          row.revisionCount = 0;
          row.revisitedAt = row.updatedAt;
        });
      await transaction.table('settings').put({ key: sealedMigrationPendingKey, value: 'hypothesisRevisions' });
    },
  },
  {
    // Version 4: the family timeline and the child's three houses. Tables only; v3 data needs no change.
    version: 4,
    stores: {
      vault: 'id',
      settings: 'key',
      team: 'id',
      members: 'id, status, demo',
      families: 'id, &code, status, demo, updatedAt',
      meetings: 'id, status, scheduledAt, demo',
      meetingTemplates: 'id',
      meetingNotes: 'id, meetingId',
      hypotheses: 'id, familyId, meetingId, status',
      hypothesisRevisions: 'id, hypothesisId, familyId, meetingId',
      riskRounds: 'id, meetingId, familyId',
      actions: 'id, familyId, meetingId, status',
      timelineEvents: 'id, familyId',
      threeHousesSessions: 'id, familyId, childId',
    },
  },
  {
    // Version 5: the team's own templates, care periods and their goals' ratings. Tables only; v4 data
    // needs no change (template snapshots of version 1 are upgraded on reading, see upgradeTemplate).
    version: 5,
    stores: {
      vault: 'id',
      settings: 'key',
      team: 'id',
      members: 'id, status, demo',
      families: 'id, &code, status, demo, updatedAt',
      meetings: 'id, status, scheduledAt, demo',
      meetingTemplates: 'id',
      meetingNotes: 'id, meetingId',
      hypotheses: 'id, familyId, meetingId, status',
      hypothesisRevisions: 'id, hypothesisId, familyId, meetingId',
      riskRounds: 'id, meetingId, familyId',
      actions: 'id, familyId, meetingId, status',
      timelineEvents: 'id, familyId',
      threeHousesSessions: 'id, familyId, childId',
      templates: 'id',
      carePeriods: 'id, familyId',
      goalRatings: 'id, carePeriodId, familyId, meetingId',
    },
  },
  {
    // Version 6: summaries marked as transferred to the client record, and the activity log. A note
    // is left in settings so that at unlock sealedMigrations.ts takes families deleted before out of
    // the meetings that still name them (a closed family without `closedAt` reads as closed since its
    // last change: no change to families).
    version: 6,
    stores: storesV6,
    upgrade: async (transaction: Transaction) => {
      await transaction.table('settings').put({ key: sealedMigrationPendingKey, value: 'meetingsOfDeletedFamilies' });
    },
  },
  {
    // 7 adds the genogram and the network map of a family; no data changes.
    version: 7,
    stores: { ...storesV6, genograms: 'id, familyId', networkMaps: 'id, familyId' },
  },
  {
    // 8 adds the quick round's lines (one per family per meeting); no data changes.
    version: 8,
    stores: { ...storesV6, genograms: 'id, familyId', networkMaps: 'id, familyId', quickRoundLines: 'id, familyId, meetingId' },
  },
  {
    // 9 adds sync's own bookkeeping (local to this computer, never synced): the changes not yet handed
    // to sync, each row's sync revision, conflicts seen, and the server's sealed address. No data changes.
    version: 9,
    stores: {
      ...storesV6,
      genograms: 'id, familyId',
      networkMaps: 'id, familyId',
      quickRoundLines: 'id, familyId, meetingId',
      syncOutbox: 'id, at',
      syncRevs: 'id',
      syncConflicts: 'id',
      syncState: 'id',
    },
  },
] as const;

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

export function openDatabase(name: string = defaultDatabaseName): KehaDatabase {
  // Strict durability: a write is on disk before its transaction reports success, so a crash
  // right after "Saved" loses nothing.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KehaDatabase;
  for (const entry of schemaVersions) {
    const version = db.version(entry.version).stores(entry.stores);
    if ('upgrade' in entry) version.upgrade(entry.upgrade);
  }
  db.use(syncOutboxMiddleware);
  return db;
}

export class IncompatibleDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    // Same name as IndexedDB's own error for a newer database, so the UI explains it the same way.
    this.name = 'VersionError';
  }
}

/**
 * Refuses, before Dexie touches it, a database that a newer Kehä has upgraded: Dexie 4 would
 * open it anyway and even add our missing tables to it.
 */
export async function assertNotNewer(name: string): Promise<void> {
  const existing = (await indexedDB.databases()).find((info) => info.name === name);
  const storedVersion = (existing?.version ?? 0) / 10; // Dexie stores version × 10 in IndexedDB
  if (storedVersion > currentSchemaVersion) {
    throw new IncompatibleDatabaseError(`Stored schema version ${storedVersion} is newer than ${currentSchemaVersion}`);
  }
}

/**
 * After opening, a second check that nothing is off: Dexie 4 opens a database that a newer Kehä has upgraded, instead of failing. Running on it
 * could show an empty app over real data (or write into a schema we do not know), so refuse:
 * the stored version must not be newer than ours and every table we need must exist.
 */
export function assertCompatible(db: KehaDatabase): void {
  const storedVersion = db.backendDB().version / 10; // Dexie stores version × 10 in IndexedDB
  if (storedVersion > currentSchemaVersion) {
    throw new IncompatibleDatabaseError(`Stored schema version ${storedVersion} is newer than ${currentSchemaVersion}`);
  }
  const stores = db.backendDB().objectStoreNames;
  const missing = Object.keys(schemaVersions[schemaVersions.length - 1]!.stores).filter((name) => !stores.contains(name));
  if (missing.length > 0) throw new IncompatibleDatabaseError(`Missing tables: ${missing.join(', ')}`);
}
