// `npm run try-sync` as a new user meets it (here without the Electron runtime, or with --no-open):
// it prints the team server, the database, the two members' passwords and two addresses; both
// addresses open Kehä as two separate computers; the server lets the printed members in; Ctrl+C
// stops everything, and the folder keeps the data. docs/architecture.md: Sync between the team's
// computers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/syncServer.cjs';
import { KehaApp } from './models/KehaApp';

const root = resolve(__dirname, '../..');

test('npm run try-sync serves two computers and a team server, and Ctrl+C stops them all', async ({ browser }, testInfo) => {
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

    // Two addresses, two computers: a vault made on the first is not on the second.
    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const one = new KehaApp(await first.newPage());
      await one.page.goto(computerUrls[0]!);
      await one.start();
      // The same browser profile would share a database per address; the second address has none.
      const two = new KehaApp(await first.newPage());
      await two.page.goto(computerUrls[1]!);
      await expect(two.page.getByRole('heading', { name: two.t.vault.createTitle })).toBeVisible();
      const other = new KehaApp(await second.newPage());
      await other.page.goto(computerUrls[1]!);
      await expect(other.page.getByRole('heading', { name: other.t.vault.createTitle })).toBeVisible();
    } finally {
      await first.close();
      await second.close();
    }

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped');
    await expect(fetch(serverUrl!)).rejects.toThrow();
    await expect(fetch(computerUrls[0]!)).rejects.toThrow();
    expect(existsSync(resolve(folder, 'server', 'keha-try'))).toBe(true);
  } finally {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }
});
