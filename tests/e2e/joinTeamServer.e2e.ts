// The sync screens against a real team server (the teamServer fixture: pouchdb-server on loopback,
// set up as IT sets up CouchDB): the first computer connects its vault in Data and security (a wrong
// password said in words first) and the header says "Synced"; the second joins from its first screen
// by keyboard, is refused a wrong passphrase in words (the field cleared), then joins and finds the
// first computer's family. In fi and en.
import { KeyboardUser } from './support/keyboardUser';
import { JoinPage } from './models/JoinPage';
import { testPassphrase } from './models/KehaApp';
import { TeamServerSection } from './models/TeamServerSection';
import { expect, test } from './support/syncServer';

for (const language of ['en', 'fi'] as const) {
  test(`the first computer connects, the second joins and finds its family, failures said in words (${language})`, async ({ teamServer, computers }) => {
    const address = teamServer.databaseUrl;
    const { anna, ben } = teamServer.members;

    // A fresh Kehä starts in Finnish; the English runs choose English on the first screen.
    const first = (await computers.open('anna', 'fi')).app;
    await first.open();
    if (language === 'en') {
      await first.page.getByLabel(first.t.language.label).selectOption('en');
      first.language = 'en';
      await expect(first.page.locator('html')).toHaveAttribute('lang', 'en');
    }
    await first.start();
    const code = await first.families.create({ label: 'Synkattava perhe' });
    await first.settings.goto();
    const teamServerSection = new TeamServerSection(first);
    await teamServerSection.connect({ address, user: anna.name, password: 'väärä salasana' });
    await expect(teamServerSection.section().getByRole('alert')).toHaveText(first.t.sync.failures.auth);
    await teamServerSection.section().getByLabel(first.t.sync.fields.password, { exact: true }).fill(anna.password);
    await teamServerSection.section().getByRole('button', { name: first.t.sync.server.connect }).click();
    await expect(teamServerSection.section().getByText(first.t.sync.server.connected)).toBeVisible();
    await expect(teamServerSection.section().getByText(address, { exact: true })).toBeVisible();
    await expect(teamServerSection.headerStatus(first.t.sync.status.synced)).toBeVisible({ timeout: 30_000 });

    const second = (await computers.open('ben', 'fi')).app;
    const keyboard = new KeyboardUser(second.page);
    await second.open();
    await expect(second.page.getByRole('heading', { name: second.t.vault.createTitle })).toBeVisible();
    if (language === 'en') {
      await keyboard.choose(second.page.getByLabel(second.t.language.label), { label: 'English' });
      second.language = 'en';
      await expect(second.page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const joinPage = new JoinPage(second, keyboard);
    await joinPage.open();
    await joinPage.join({ address, user: ben.name, password: ben.password, passphrase: 'väärä salalause tähän' });
    await joinPage.expectFailure(second.t.sync.failures.passphrase);
    await expect(joinPage.field('passphrase')).toHaveValue('');
    await expect(joinPage.field('passphrase')).toBeFocused();
    await second.page.keyboard.type(testPassphrase);
    await second.page.keyboard.press('Enter');
    await second.families.expectOpen();
    await expect(second.page.getByText(code).first()).toBeVisible();
    await expect(new TeamServerSection(second).headerStatus(second.t.sync.status.synced)).toBeVisible({ timeout: 30_000 });
  });
}
