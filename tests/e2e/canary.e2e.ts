// Text typed into Kehä's free-text fields never reaches the browser profile in the clear: not the
// autofill or form-restore (session) files, not IndexedDB (whose payloads are encrypted), not any
// other file. A distinctive canary is typed into the three houses at the desk and in child mode,
// and into a few other free-text fields (family notes, the timeline form, a template's names);
// autosave runs; the browser is closed as a user quits it; then every file of the profile is
// searched for the canary's bytes (UTF-8, UTF-16LE, Latin-1).
import { sep } from 'node:path';
import { expect, launchProfile, makeProfileDir, profileContainsText, test } from './support/browserProfile';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { fill } from './models/texts';
import { TemplatesPage } from './models/TemplatesPage';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { TimelinePage } from './models/TimelinePage';

/** Every text typed below carries this; the search looks for it alone. */
const canary = 'KANARIA7Q4ZXW';
const typed = (where: string) => `${canary}-${where}`;
/** Templates hold the team's method, not client data, and are stored in the clear by design, so
 * their canary is looked for everywhere but IndexedDB: it must not reach the session files. */
const templateCanary = 'MALLIKANARIA5J8V';

test('text typed into the three houses (also in child mode) and other fields is never in the profile in the clear', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = await makeProfileDir();
  const browser = await launchProfile(dir);
  const page = await browser.newPage();
  const app = new KehaApp(page, 'fi');
  await page.goto(baseURL ?? '/');
  await app.start();

  const code = await app.families.create({ label: 'Kanariaperhe' });
  await app.family.notes().fill(typed('family-notes'));
  await app.family.expectSaved();
  await app.family.addChild('Aino', '2019');

  // The three houses at the desk: the worker's name, a new item, an item rewritten.
  const houses = new ThreeHousesPage(app);
  const t = app.t.threeHouses;
  await houses.openFromFamilyPage('Aino');
  await houses.newSession(typed('worker-name'));
  await houses.deskAdd('worries', t.house.worries, typed('desk-item'));
  await houses.deskAdd('dreams', t.house.dreams, 'Luonnos');
  await houses.deskEdit('dreams', 'Luonnos', typed('desk-edit'));

  // Child mode: the child's own words and a house renamed by the child; left with the passphrase.
  await houses.startChildMode();
  await houses.openChildHouse(t.house.goodThings);
  await houses.childAdd(t.house.goodThings, typed('child-item'));
  await houses.childRename(typed('child-house'));
  await houses.backToAllHouses();
  // A sentence half-typed and left in the field, as a child leaves it.
  await houses.openChildHouse(t.house.dreams);
  await page.getByLabel(fill(t.childMode.write, { house: t.house.dreams })).fill(typed('child-unsent'));
  await houses.leaveWithPassphrase(testPassphrase);
  await expect(houses.deskItems('goodThings').filter({ hasText: typed('child-item') })).toHaveCount(1);

  // The timeline's event form.
  await app.families.goto();
  await app.families.open(code);
  const timeline = new TimelinePage(app);
  await timeline.openFromFamilyPage(code);
  await timeline.add({ date: { precision: 'year', year: 2020 }, title: typed('timeline-title'), category: 'strengths', ownView: typed('timeline-view') });

  // The template editor's names.
  const templates = new TemplatesPage(app);
  await templates.goto();
  await templates.cloneBuiltIn('weeklyMeeting');
  await templates.setName({ fi: `${templateCanary}-fi`, en: `${templateCanary}-en` });
  await templates.expectSaved();

  await browser.close();

  expect(await profileContainsText(dir, canary)).toEqual([]);
  expect((await profileContainsText(dir, templateCanary)).filter((path) => !path.includes(`${sep}IndexedDB${sep}`))).toEqual([]);
  // Nor the team passphrase, typed to create the vault and to leave child mode.
  expect(await profileContainsText(dir, testPassphrase)).toEqual([]);
  // Positive control: the pseudonym code is stored in the clear (it is an index), so the same
  // search must find it, in IndexedDB's folder; otherwise the search proves nothing.
  const withCode = await profileContainsText(dir, code);
  expect(withCode.some((path) => path.includes('IndexedDB'))).toBe(true);
});
