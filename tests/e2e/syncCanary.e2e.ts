// What the team server may see (docs/architecture.md: Sync between the team's computers): a canary
// text is typed into every kind of record the team types into (as tests/e2e/canary.e2e.ts does for
// the browser profile): a family's label and notes, a child, a team member's name, the team's name,
// a meeting's notes, a hypothesis, a timeline event, the three houses, a genogram person and a network map contact.
// Then the vault is connected to the team server, everything syncs (the header says "Synced"), and a
// second computer joins (so the server has served every document). The server's LevelDB files and
// its HTTP answers never hold the canary. Positive control: the family's pseudonym code, kept in the
// clear by design, is found by the same search, so the search is known to look where the data is.
import { expect, test } from './support/syncServer';
import { FacilitatorPage } from './models/FacilitatorPage';
import { FamilyHypothesesPage } from './models/FamilyHypothesesPage';
import { GenogramPage } from './models/GenogramPage';
import { NetworkMapPage } from './models/NetworkMapPage';
import { TeamSync } from './models/TeamSync';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { TimelinePage } from './models/TimelinePage';

test.use({ actionTimeout: 15_000 });

/** Every text typed below carries this; the search looks for it alone. */
const canary = 'SYNCKANARIA8R2V';
const typed = (where: string) => `${canary}-${where}`;

test('text typed into every kind of record never reaches the team server in the clear', async ({ teamServer, computers }) => {
  test.setTimeout(150_000);
  const anna = await computers.open('anna');
  await anna.openApp();
  await anna.app.setLanguage('en');
  await anna.app.start();
  const app = anna.app;

  // A meeting's notes: the demonstration meeting, a note typed in the first family's presentation.
  const run = new FacilitatorPage(app);
  await run.startDemoMeeting();
  await run.shortcut('next');
  await run.shortcut('next');
  await run.shortcut('addNote');
  await anna.page.keyboard.type(typed('meeting-note'));
  await run.expectNotesSaved();
  await run.finish();

  await app.team.goto();
  await app.team.teamName().fill(typed('team-name'));
  await app.team.addMember(typed('member'), 'familyTherapist');

  await app.families.goto();
  const code = await app.families.create({ code: 'CAN-101', label: typed('label') });
  await app.family.notes().fill(typed('family-notes'));
  await app.family.expectSaved();
  await app.family.addChild(typed('child'), '2018');
  const familyPage = anna.page.url();

  const hypotheses = new FamilyHypothesesPage(app);
  await hypotheses.openFromFamilyPage(code);
  await hypotheses.create({ wording: typed('hypothesis'), evidenceFor: typed('evidence') });

  await anna.page.goto(familyPage);
  const timeline = new TimelinePage(app);
  await timeline.openFromFamilyPage(code);
  await timeline.add({ date: { precision: 'year', year: 2020 }, title: typed('timeline-title'), category: 'strengths', ownView: typed('timeline-view') });

  await anna.page.goto(familyPage);
  const houses = new ThreeHousesPage(app);
  await houses.openFromFamilyPage(typed('child'));
  await houses.newSession(typed('worker-name'));
  await houses.deskAdd('worries', app.t.threeHouses.house.worries, typed('desk-item'));

  await anna.page.goto(familyPage);
  const genogram = new GenogramPage(app);
  await genogram.openFromFamilyPage(code);
  await genogram.addPerson({ name: typed('genogram-person'), gender: 'female', birthYear: '1985' });

  await anna.page.goto(familyPage);
  const map = new NetworkMapPage(app);
  await map.openFromFamilyPage(code);
  await map.createMap({ title: typed('map-title') });
  await map.addContact({ name: typed('contact'), sector: 'family', distance: 1, quality: 'supports' });

  const annaSync = new TeamSync(anna);
  await annaSync.connect(teamServer.databaseUrl, teamServer.members.anna);

  const ben = await computers.open('ben');
  await ben.openApp();
  await ben.app.setLanguage('en');
  await new TeamSync(ben).join(teamServer.databaseUrl, teamServer.members.ben);
  await new TeamSync(ben).expectSynced();
  // Ben's computer could open what the server gave it.
  await ben.app.families.open(code);
  await expect(ben.app.family.notes()).toHaveValue(typed('family-notes'));
  await ben.app.team.goto();
  await expect(ben.app.team.teamName()).toHaveValue(typed('team-name'));

  const search = await teamServer.searchFor(canary);
  expect(search.files).toEqual([]);
  expect(search.http).toEqual([]);
  // Positive control: the pseudonym code is in the clear on the server, and this search finds it.
  const control = await teamServer.searchFor(code);
  expect(control.files.length).toBeGreaterThan(0);
  expect(control.http.length).toBeGreaterThan(0);
});
