// The team server dies mid-way (SIGKILL, as in a crash) while two computers work: both keep saving,
// and each header says, in words, that it is offline with changes waiting. The server is started
// again over the same folder, and every change made while it was down reaches the other computer:
// nothing is lost. docs/architecture.md: Sync between the team's computers.
import { expect, test } from './support/syncServer';
import { twoJoinedComputers } from './support/syncTeam';

test.use({ actionTimeout: 15_000 });

test('the server killed and restarted mid-way: both computers keep working and nothing is lost', async ({ teamServer, computers }) => {
  test.setTimeout(120_000);
  const { anna, ben, annaSync, benSync } = await twoJoinedComputers(teamServer, computers, {
    families: [
      { code: 'SRV-101', label: 'Mäkinen' },
      { code: 'SRV-102', label: 'Nieminen' },
    ],
  });
  // One change goes through before the server dies.
  await anna.app.families.open('SRV-101');
  await anna.app.family.notes().fill('Ennen katkosta');
  await anna.app.family.expectSaved();
  await ben.app.families.open('SRV-101');
  await expect(ben.app.family.notes()).toHaveValue('Ennen katkosta');

  await teamServer.server.kill();

  await anna.app.family.label().fill('Mäkinen-Lahti');
  await anna.app.family.expectSaved();
  await anna.app.families.goto();
  const annasFamily = await anna.app.families.create({ code: 'SRV-201', label: 'Katkon aikana' });
  await ben.app.families.goto();
  await ben.app.families.open('SRV-102');
  await ben.app.family.notes().fill('Benin muistiinpano katkon aikana');
  await ben.app.family.expectSaved();
  await annaSync.expectOfflineWaiting();
  await benSync.expectOfflineWaiting();

  await teamServer.server.restart();
  await annaSync.expectSynced();
  await benSync.expectSynced();

  await ben.app.families.goto();
  await expect(ben.app.families.rows().filter({ hasText: annasFamily })).toHaveCount(1);
  await ben.app.families.open('SRV-101');
  await expect(ben.app.family.label()).toHaveValue('Mäkinen-Lahti');
  await expect(ben.app.family.notes()).toHaveValue('Ennen katkosta');
  await anna.app.families.goto();
  await anna.app.families.open('SRV-102');
  await expect(anna.app.family.notes()).toHaveValue('Benin muistiinpano katkon aikana');
});
