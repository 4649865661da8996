// Two computers of one team both lose the network: anna changes a family's label and ben its notes
// (the same family, different fields), and each adds something of their own (anna a new family, ben
// a timeline event). Each header says, in words, that it is offline with changes waiting. Back on
// line, both computers end up with both edits and both additions, and no "changed on another
// computer" notice: changes to different fields of one record both survive.
// docs/architecture.md: Sync between the team's computers.
import { expect, test } from './support/syncServer';
import { twoJoinedComputers } from './support/syncTeam';
import { TimelinePage } from './models/TimelinePage';

test.use({ actionTimeout: 15_000 });

test('offline on both computers: different fields of one family and additions on each all survive', async ({ teamServer, computers }) => {
  test.setTimeout(120_000);
  const code = 'OFF-101';
  const { anna, ben, annaSync, benSync } = await twoJoinedComputers(teamServer, computers, { families: [{ code, label: 'Virtanen' }] });
  const benTimeline = new TimelinePage(ben.app);
  // Ben opens the family's timeline once on line (as he would have before leaving the office).
  await ben.app.families.open(code);
  await benTimeline.openFromFamilyPage(code);
  await ben.app.families.goto();
  await ben.app.families.open(code);

  await anna.goOffline();
  await ben.goOffline();

  await anna.app.families.open(code);
  await anna.app.family.label().fill('Virtanen-Koski');
  await anna.app.family.expectSaved();
  await anna.app.families.goto();
  const annasFamily = await anna.app.families.create({ code: 'OFF-202', label: 'Annan uusi perhe' });

  await ben.app.family.notes().fill('Ben: kotikäynti sovittu');
  await ben.app.family.expectSaved();
  await benTimeline.openFromFamilyPage(code);
  await benTimeline.add({ date: { precision: 'year', year: 2021 }, title: 'Muutto Tampereelle', category: 'strengths' });

  await annaSync.expectOfflineWaiting();
  await benSync.expectOfflineWaiting();

  await anna.goOnline();
  await ben.goOnline();
  await annaSync.expectSynced();
  await benSync.expectSynced();

  for (const computer of [anna, ben]) {
    await computer.app.families.goto();
    await expect(computer.app.families.rows().filter({ hasText: annasFamily })).toHaveCount(1);
    await computer.app.families.open(code);
    await expect(computer.app.family.label()).toHaveValue('Virtanen-Koski');
    await expect(computer.app.family.notes()).toHaveValue('Ben: kotikäynti sovittu');
    const timeline = new TimelinePage(computer.app);
    await timeline.openFromFamilyPage(code);
    await expect(timeline.item('Muutto Tampereelle')).toBeVisible();
    await expect(computer.page.getByRole('heading', { name: computer.app.t.syncConflict.notice.title })).toHaveCount(0);
  }
});
