// Fixtures for the sync journeys: `syncServer` gives the test its own pouchdb-server on 127.0.0.1
// (scripts/syncServer.mjs) over a fresh LevelDB folder in the test's output folder, stopped in
// teardown even when the test fails (the folder stays there, with the server's log, to look at);
// `teamServer` is that server set up for one team as IT sets up CouchDB (an admin, the team's
// database, members anna, ben and cecilia, `_security`); `computers` opens "computers" (each its
// own browser context, tests/e2e/models/Computer.ts) and closes them after the test.
// docs/architecture.md: Sync between the team's computers.
import { test as base } from '@playwright/test';
import {
  configureTeamServer,
  searchServerForCanary,
  startSyncServer,
  type CanarySearch,
  type Credentials,
  type SyncServer,
} from '../../../scripts/syncServer.cjs';
import { Computer } from '../models/Computer';
import type { Language } from '../../../shared/i18n/messages';

export { expect } from '@playwright/test';

export interface TeamServer {
  server: SyncServer;
  /** The server's address, e.g. http://127.0.0.1:39421 (no trailing slash). */
  url: string;
  database: string;
  /** The database's address: what a member's Kehä replicates with. */
  databaseUrl: string;
  /** IT's server admin. */
  admin: Credentials;
  members: { anna: Credentials; ben: Credentials; cecilia: Credentials };
  /** Searches the server's files and HTTP answers (as the admin) for `canary`. */
  searchFor(canary: string): Promise<CanarySearch>;
}

export interface Computers {
  /** Opens a new computer on the app's address (its page is blank until `openApp`). */
  open(name: string, language?: Language): Promise<Computer>;
}

const teamMembers = {
  anna: { name: 'anna', password: 'anna-salasana-1' },
  ben: { name: 'ben', password: 'ben-salasana-2' },
  cecilia: { name: 'cecilia', password: 'cecilia-salasana-3' },
};

export const test = base.extend<{ syncServer: SyncServer; teamServer: TeamServer; computers: Computers }>({
  syncServer: async ({}, use, testInfo) => {
    const server = await startSyncServer({ dir: testInfo.outputPath('sync-server') });
    try {
      await use(server);
    } finally {
      await server.stop();
    }
  },

  teamServer: async ({ syncServer }, use) => {
    const admin = { name: 'it-admin', password: 'it-admin-salasana' };
    const database = 'keha-team';
    await configureTeamServer({ url: syncServer.url, admin, database, members: Object.values(teamMembers) });
    await use({
      server: syncServer,
      url: syncServer.url,
      database,
      databaseUrl: `${syncServer.url}/${database}`,
      admin,
      members: teamMembers,
      searchFor: (canary) => searchServerForCanary(syncServer, canary, { admin }),
    });
  },

  computers: async ({ browser, baseURL }, use) => {
    const opened: Computer[] = [];
    await use({
      open: async (name, language) => {
        const computer = await Computer.open(browser, { name, baseURL: baseURL ?? 'http://127.0.0.1:4173', ...(language ? { language } : {}) });
        opened.push(computer);
        return computer;
      },
    });
    await Promise.all(opened.map((computer) => computer.close().catch(() => undefined)));
  },
});
