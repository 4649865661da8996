// Two computers of one team in sync through a CouchDB-compatible server (pouchdb-server on
// 127.0.0.1, started and stopped by the fixture): the first computer connects its vault, the second
// joins with the server address, its server user and the team's passphrase, and a change on either
// reaches the other.
import { expect, test } from './support/syncServer';
import { TeamSync } from './models/TeamSync';

test('the first computer connects, the second joins, and changes travel both ways', async ({ teamServer, computers }) => {
  const anna = await computers.open('anna');
  await anna.openApp();
  await anna.app.setLanguage('en');
  await anna.app.start();
  const code = await anna.app.families.create({ code: 'SYN-101', label: 'Virtanen' });
  await new TeamSync(anna).connect(teamServer.databaseUrl, teamServer.members.anna);

  const ben = await computers.open('ben');
  await ben.openApp();
  await ben.app.setLanguage('en');
  await new TeamSync(ben).join(teamServer.databaseUrl, teamServer.members.ben);
  await expect(ben.page.getByText(code)).toBeVisible();

  await ben.app.families.open(code);
  await ben.app.family.label().fill('Virtanen-Koski');
  await ben.app.family.expectSaved();
  await anna.app.families.goto();
  await expect(anna.page.getByText('Virtanen-Koski')).toBeVisible();
});
