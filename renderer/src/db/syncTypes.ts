// The shapes shared by the sync engine (renderer/src/sync/engine.ts) and the screens that show it:
// the header's status, the join screen's progress and the "changed on another computer" dialog
// (docs/architecture.md: Sync between the team's computers).

/** Where this computer's team server is: kept sealed in the local settings, never synced. */
export type ServerConfig = {
  /** The database's address, e.g. `https://couch.example.fi/keha-team-3` (no credentials in it). */
  url: string;
  /** This member's server user (not a Kehä member: IT's CouchDB account). */
  user: string;
  password: string;
};

/** What the header says about sync, in words (see SyncStatus.tsx). */
export type SyncStatus =
  | { state: 'off' }
  | { state: 'synced'; at: string }
  | { state: 'syncing'; pending: number }
  | { state: 'offline'; since: string; pending: number }
  | { state: 'problem'; problem: SyncProblem; since: string; pending: number };

/**
 * - `auth`: the server refused the user or password.
 * - `missing`: the server has no such database.
 * - `otherTeam`: the server's database belongs to another vault (another team's header).
 * - `keyChanged`: the team changed its passphrase or data key on another computer; unlock again.
 * - `server`: anything else the server answered with an error.
 */
export type SyncProblem = 'auth' | 'missing' | 'otherTeam' | 'keyChanged' | 'server';

/** Progress of a first join: the header first, then every record. */
export type JoinProgress = { phase: 'header' } | { phase: 'records'; done: number; total: number } | { phase: 'opening' };

/** Why a join failed, for the join screen to say in words. */
export type JoinFailure = 'unreachable' | 'auth' | 'missing' | 'empty' | 'passphrase' | 'notEmptyHere' | 'server';

/** One record changed in the same place on two computers, as the notice lists it (clear fields only). */
export type SyncConflictEntry = {
  /** The sync document's id, `${table}/${rowId}`. */
  id: string;
  table: string;
  rowId: string;
  /** The family's pseudonym code when the record is a family's, else null. */
  familyCode: string | null;
  /** When this computer saw it (ISO instant). */
  at: string;
};

/** A path into a record's fields: payload fields under 'payload', clear fields at the top. */
export type FieldPath = readonly (string | number)[];

/** One field that holds two different values, each a version of the record. */
export type ConflictField = { path: FieldPath; thisComputer: unknown; otherComputer: unknown };

/** A conflicted record opened for the dialog: both versions of each conflicting field. */
export type ConflictView = {
  id: string;
  table: string;
  rowId: string;
  familyCode: string | null;
  fields: readonly ConflictField[];
};

/** The user's pick per conflicting field, by index in `ConflictView.fields`. */
export type ConflictChoice = readonly ('thisComputer' | 'otherComputer')[];
