// The sync mirror: a PouchDB database on this computer holding every synced row as a document, as
// the local database stores it (clear fields and the sealed payload), replicated with the team's
// CouchDB by PouchDB's own replication (docs/architecture.md: Sync between the team's computers).
// Dexie stays the app's store; the engine moves rows between the two.
import PouchDB from 'pouchdb-browser';
import type { SyncDocBody } from '../db/syncDocs';
import type { ServerConfig } from '../db/syncTypes';

export type Mirror = PouchDB.Database<SyncDocBody>;
export type MirrorDoc = PouchDB.Core.ExistingDocument<SyncDocBody> & {
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
};

/** The mirror of a local database, by its name (each Kehä database has its own). */
export function openMirror(databaseName: string): Mirror {
  // No automatic compaction: earlier revisions are the common ancestors a three-way merge needs.
  return new PouchDB<SyncDocBody>(`${databaseName}-sync`, { auto_compaction: false });
}

/** The team's database on the server; nothing is created there (IT creates it). */
export function openRemote(config: ServerConfig): Mirror {
  return new PouchDB<SyncDocBody>(config.url, {
    skip_setup: true,
    auth: { username: config.user, password: config.password },
    fetch: (url, options) => fetch(url, { ...options, credentials: 'omit', cache: 'no-store' }),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}

export type RemoteFailure = 'unreachable' | 'auth' | 'missing' | 'server';

/** What a failed request to the server means, in the words the screens use. */
export function remoteFailureOf(error: unknown): RemoteFailure {
  const status = (error as { status?: number } | null)?.status;
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'missing';
  if (status === undefined || status === 0 || status === 500 && /fetch|network/i.test(String((error as Error)?.message))) return 'unreachable';
  return 'server';
}
