// The sync journeys' harness itself (tests/e2e/support/syncServer.ts): two "computers" are two
// separate databases on the same app address, the team's server answers the app's page (its CSP
// and the server's CORS allow it, with a member's credentials), and a computer taken offline cannot
// reach it. docs/architecture.md: Sync between the team's computers.
import type { Page } from '@playwright/test';
import { expect, test } from './support/syncServer';
import type { Credentials } from '../../scripts/syncServer.cjs';

/** A fetch from the app's own page, as its sync engine would make it: the status, or the error's name. */
function fetchFromPage(page: Page, url: string, member?: Credentials) {
  return page.evaluate(
    async ({ url, auth }) => {
      try {
        const answer = await fetch(url, {
          credentials: 'include',
          headers: { Accept: 'application/json', ...(auth ? { Authorization: `Basic ${btoa(auth)}` } : {}) },
        });
        return { status: answer.status, body: await answer.text() };
      } catch (error) {
        return { error: error instanceof Error ? error.name : String(error) };
      }
    },
    { url, auth: member ? `${member.name}:${member.password}` : undefined },
  );
}

test('two computers keep separate databases; the team server answers the app page with a member’s credentials, not offline', async ({ teamServer, computers }) => {
  const anna = await computers.open('anna');
  const ben = await computers.open('ben');
  await anna.openApp();
  await anna.app.start();
  // Ben's computer has no vault of its own yet: the create screen, not the unlock screen.
  await ben.openApp();
  await expect(ben.page.getByRole('heading', { name: ben.app.t.vault.createTitle })).toBeVisible();

  const cspViolations: string[] = [];
  anna.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const asMember = await fetchFromPage(anna.page, teamServer.databaseUrl, teamServer.members.anna);
  expect(asMember).toMatchObject({ status: 200 });
  expect(JSON.parse((asMember as { body: string }).body)).toMatchObject({ db_name: teamServer.database });
  expect(await fetchFromPage(anna.page, teamServer.databaseUrl)).toMatchObject({ status: 401 });
  expect(cspViolations).toEqual([]);

  await anna.goOffline();
  expect(await fetchFromPage(anna.page, teamServer.databaseUrl, teamServer.members.anna)).toEqual({ error: 'TypeError' });
  // Ben's computer is still online.
  expect(await fetchFromPage(ben.page, teamServer.databaseUrl, teamServer.members.ben)).toMatchObject({ status: 200 });
  await anna.goOnline();
  expect(await fetchFromPage(anna.page, teamServer.databaseUrl, teamServer.members.anna)).toMatchObject({ status: 200 });
});

test('the test server keeps the team’s documents over a crash and restart', async ({ teamServer, computers }) => {
  const cecilia = await computers.open('cecilia');
  await cecilia.openApp();
  const { name, password } = teamServer.members.cecilia;
  const written = await cecilia.page.evaluate(
    async ({ url, auth }) => (await fetch(`${url}/harness-check`, { method: 'PUT', headers: { Authorization: `Basic ${btoa(auth)}`, 'Content-Type': 'application/json' }, body: '{"sealed":"x"}' })).status,
    { url: teamServer.databaseUrl, auth: `${name}:${password}` },
  );
  expect(written).toBe(201);
  await teamServer.server.kill();
  expect(await fetchFromPage(cecilia.page, `${teamServer.databaseUrl}/harness-check`, teamServer.members.cecilia)).toEqual({ error: 'TypeError' });
  await teamServer.server.restart();
  expect(await fetchFromPage(cecilia.page, `${teamServer.databaseUrl}/harness-check`, teamServer.members.cecilia)).toMatchObject({ status: 200 });
});
