// `npm run try-sync` as a new user meets it (here without the Electron runtime, or with --no-open):
// it prints the team server, the database, the two members' passwords and two addresses; both
// addresses open Kehä as two separate computers; the server lets the printed members in; following
// the printed instructions, the first computer connects and the second joins and sees its family;
// Ctrl+C stops everything, and the folder keeps the data. docs/architecture.md: Sync between the team's
// computers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/syncServer.cjs';
import { Computer } from './models/Computer';
import { KehaApp } from './models/KehaApp';
import { TeamSync } from './models/TeamSync';

const root = resolve(__dirname, '../..');

test('npm run try-sync serves a team server and two computers that connect and join as it says, and Ctrl+C stops them all', async ({ browser }, testInfo) => {
  const folder = testInfo.outputPath('keha-try-sync');
  const ports = [await freePort(), await freePort(), await freePort()];
  // --no-build: the app built for these journeys (out/renderer); --no-open: the two addresses, no windows.
  const child = spawn(process.execPath, [resolve(root, 'scripts/try-sync.mjs'), '--no-open', '--no-build'], {
    cwd: root,
    env: { ...process.env, KEHA_TRY_SYNC_DIR: folder, KEHA_TRY_SYNC_PORTS: ports.join(',') },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a failed test can end it together with its team server.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const opened: Computer[] = [];
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Press Ctrl+C to stop.');
    const printed = (label: string) => new RegExp(`^${label}:\\s+(\\S+)`, 'm').exec(output)?.[1];
    const serverUrl = printed('Team server');
    const databaseUrl = printed('Database');
    const computerUrls = [printed('Computer 1'), printed('Computer 2')];
    expect(serverUrl).toBe(`http://127.0.0.1:${ports[0]}`);
    expect(databaseUrl).toBe(`${serverUrl}/keha-try`);
    expect(computerUrls).toEqual([`http://127.0.0.1:${ports[1]}/`, `http://127.0.0.1:${ports[2]}/`]);
    const users = [...(/^Users:\s+(.+)$/m.exec(output)?.[1] ?? '').matchAll(/(\w+) \/ (\S+)/g)].map(([, name, password]) => ({ name: name!, password: password! }));
    expect(users.map((user) => user.name)).toEqual(['anna', 'ben']);

    // The server lets the printed members in, and nobody without a password.
    for (const { name, password } of users) {
      const answer = await fetch(databaseUrl!, { headers: { Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` } });
      expect(answer.status).toBe(200);
    }
    expect((await fetch(databaseUrl!)).status).toBe(401);

    // Two addresses, two computers: a vault made on the first is not on the second, until the
    // second joins the team as the printed instructions say, with ben's printed password.
    {
      const one = await Computer.open(browser, { name: 'anna', baseURL: computerUrls[0]! });
      const two = await Computer.open(browser, { name: 'ben', baseURL: computerUrls[1]! });
      opened.push(one, two);
      await one.openApp();
      await one.app.setLanguage('en');
      await one.app.start();
      const code = await one.app.families.create({ code: 'TRY-101', label: 'Kokeilu' });
      // In the same browser, the second address has no vault: two origins are two databases.
      const sameBrowser = new KehaApp(await one.context.newPage(), 'fi');
      await sameBrowser.page.goto(computerUrls[1]!);
      await expect(sameBrowser.page.getByRole('heading', { name: sameBrowser.t.vault.createTitle })).toBeVisible();
      await sameBrowser.page.close();
      await two.openApp();
      await two.app.setLanguage('en');
      await new TeamSync(one).connect(databaseUrl!, users[0]!);
      await new TeamSync(two).join(databaseUrl!, users[1]!);
      await expect(two.page.getByText(code)).toBeVisible();
    }

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped');
    await expect(fetch(serverUrl!)).rejects.toThrow();
    await expect(fetch(computerUrls[0]!)).rejects.toThrow();
    expect(existsSync(resolve(folder, 'server', 'keha-try'))).toBe(true);
  } finally {
    await Promise.all(opened.map((computer) => computer.close().catch(() => undefined)));
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }
});
