// The team server never sees a family's words in clear: a family whose label holds a canary text is
// synced, and the canary search of the server (its LevelDB files and every HTTP answer, as IT's
// admin) does not find it, while the family's pseudonym code, which Kehä keeps in clear by design,
// IS found in both: the search sees what was synced (a positive control in the same run).
// docs/architecture.md: Sync: the test server.
import { expect, test } from './support/syncServer';
import { TeamSync } from './models/TeamSync';

test('a synced family’s label is not on the server in clear; its pseudonym code is (positive control)', async ({ teamServer, computers }) => {
  const canary = `KANARIA-${Date.now().toString(36)}`;
  const anna = await computers.open('anna');
  await anna.openApp();
  await anna.app.setLanguage('en');
  await anna.app.start();
  const code = await anna.app.families.create({ code: 'SYN-202', label: `Perhe ${canary}` });
  await new TeamSync(anna).connect(teamServer.databaseUrl, teamServer.members.anna);

  // The header may say Synced a moment before the first push has landed: wait on the server.
  await expect
    .poll(async () => {
      const control = await teamServer.searchFor(code);
      return { inFiles: control.files.length > 0, inAllDocs: control.http.includes(`/${teamServer.database}/_all_docs?include_docs=true&conflicts=true`) };
    }, { message: 'the pseudonym code (clear by design) on the server', timeout: 20_000 })
    .toEqual({ inFiles: true, inAllDocs: true });

  const search = await teamServer.searchFor(canary);
  expect(search).toMatchObject({ files: [], http: [], found: false });
  // The replication checkpoints (_local documents) were read too.
  expect(search.localDocsRead).toBeGreaterThan(0);
});
