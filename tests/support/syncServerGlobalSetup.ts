// A Vitest globalSetup that gives a project's tests one team server for the whole run: pouchdb-server
// on 127.0.0.1 (scripts/syncServer.mjs) set up like IT's CouchDB (database `keha-test`, members anna
// and ben), stopped and deleted at the end. Browser-mode tests reach it from the page (CORS lets any
// origin in with credentials). To use it, add to the project in vitest.config.mts
//   globalSetup: ['tests/support/syncServerGlobalSetup.ts']
// and in a test `inject('syncServer')` (from 'vitest'). Tests sharing it should each use document ids
// of their own, or their own database (the admin may create more). docs/architecture.md: Sync: the
// test server.
import { configureTeamServer, startSyncServer, type Credentials } from '../../scripts/syncServer.mjs';

export interface ProvidedSyncServer {
  /** http://127.0.0.1:<port> */
  url: string;
  database: string;
  /** `${url}/${database}` */
  databaseUrl: string;
  admin: Credentials;
  members: Credentials[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    syncServer: ProvidedSyncServer;
  }
}

/** What a globalSetup is handed (the part used here). */
interface ProjectLike {
  provide(key: 'syncServer', value: ProvidedSyncServer): void;
}

export default async function setup(project: ProjectLike): Promise<() => Promise<void>> {
  const server = await startSyncServer();
  const admin = { name: 'test-admin', password: 'test-admin-password' };
  const members = [
    { name: 'anna', password: 'anna-password' },
    { name: 'ben', password: 'ben-password' },
  ];
  const database = 'keha-test';
  await configureTeamServer({ url: server.url, admin, database, members });
  project.provide('syncServer', { url: server.url, database, databaseUrl: `${server.url}/${database}`, admin, members });
  return () => server.dispose();
}
