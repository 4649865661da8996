// Two computers and a team server (pouchdb-server on loopback, started and stopped here): the first
// connects its vault in Data and security (a refused password said in words first), the header says
// "Synced"; the second joins from its first screen, is refused a wrong passphrase in words, then
// joins with progress and finds the first computer's family.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { JoinPage } from './models/JoinPage';
import { TeamServerSection } from './models/TeamServerSection';
import { KeyboardUser } from './support/keyboardUser';

const root = resolve(__dirname, '../..');
/** In the syncui range of the helpers' server ports. */
const port = 5962;
const server = `http://127.0.0.1:${port}`;
let child: ChildProcess | null = null;

async function couch(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server}${path}`, { ...init, headers: { 'content-type': 'application/json' } });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
}

// One server for the file's tests, so they run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const folder = join(root, 'test-results/join-team-server');
  mkdirSync(folder, { recursive: true });
  child = spawn(join(root, 'node_modules/.bin/pouchdb-server'), ['--port', String(port), '--in-memory', '--config', join(folder, 'config.json'), '--no-stdout-logs'], {
    cwd: folder,
    stdio: 'ignore',
  });
  await expect.poll(() => fetch(server).then((response) => response.ok, () => false), { timeout: 30_000 }).toBe(true);
  // The app's page is on another port of 127.0.0.1: the server allows it (as IT would for the app's origin).
  for (const [key, value] of [
    ['httpd/enable_cors', 'true'],
    ['cors/origins', '*'],
    ['cors/credentials', 'true'],
    ['cors/headers', 'accept, authorization, content-type, origin, referer'],
    ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
  ]) {
    await couch(`/_config/${key}`, { method: 'PUT', body: JSON.stringify(value) });
  }
  for (const user of ['anna', 'ben']) {
    await couch(`/_users/org.couchdb.user:${user}`, { method: 'PUT', body: JSON.stringify({ name: user, password: `${user}-salasana`, roles: [], type: 'user' }) });
  }
});

test.afterAll(() => {
  child?.kill();
});

/**
 * The page's Content-Security-Policy (renderer/index.html) allows connections to its own origin only,
 * and the team server is another origin: these contexts bypass it so that the screens and the engine
 * can be driven against a real server. Drop this once the policy admits the team server's address.
 */
const contextOptions = { bypassCSP: true };

for (const language of ['en', 'fi'] as const) {
  test(`the first computer connects, the second joins and finds its family (${language})`, async ({ browser }) => {
    const database = `keha-team-${language}`;
    await couch(`/${database}`, { method: 'PUT' });
    const address = `${server}/${database}`;

    const first = new KehaApp(await (await browser.newContext(contextOptions)).newPage(), 'fi');
    await first.open();
    if (language === 'en') await first.page.getByLabel(first.t.language.label).selectOption('en');
    first.language = language;
    await first.start();
    const code = await first.families.create({ label: 'Synkattava perhe' });
    await first.settings.goto();
    const teamServer = new TeamServerSection(first);
    await teamServer.connect({ address, user: 'anna', password: 'väärä' });
    await expect(teamServer.section().getByRole('alert')).toHaveText(first.t.sync.failures.auth);
    await teamServer.section().getByLabel(first.t.sync.fields.password, { exact: true }).fill('anna-salasana');
    await teamServer.section().getByRole('button', { name: first.t.sync.server.connect }).click();
    await expect(teamServer.section().getByText(first.t.sync.server.connected)).toBeVisible();
    await expect(teamServer.section().getByText(address, { exact: true })).toBeVisible();
    await expect(teamServer.headerStatus(first.t.sync.status.synced)).toBeVisible({ timeout: 30_000 });

    const secondPage = await (await browser.newContext(contextOptions)).newPage();
    const keyboard = new KeyboardUser(secondPage);
    const second = new KehaApp(secondPage, 'fi');
    await second.open();
    await expect(secondPage.getByRole('heading', { name: second.t.vault.createTitle })).toBeVisible();
    if (language === 'en') {
      await keyboard.choose(secondPage.getByLabel(second.t.language.label), { label: 'English' });
      second.language = 'en';
    }
    const joinPage = new JoinPage(second, keyboard);
    await joinPage.open();
    await joinPage.join({ address, user: 'ben', password: 'ben-salasana', passphrase: 'väärä salalause tähän' });
    await joinPage.expectFailure(second.t.sync.failures.passphrase);
    await expect(joinPage.field('passphrase')).toHaveValue('');
    await expect(joinPage.field('passphrase')).toBeFocused();
    await secondPage.keyboard.type(testPassphrase);
    await secondPage.keyboard.press('Enter');
    await second.families.expectOpen();
    await expect(secondPage.getByText(code).first()).toBeVisible();
    await expect(new TeamServerSection(second).headerStatus(second.t.sync.status.synced)).toBeVisible({ timeout: 30_000 });
  });
}
