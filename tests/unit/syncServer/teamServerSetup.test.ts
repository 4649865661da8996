// The README's setup of a team's CouchDB database (README: The team server (for IT)) works as
// written: its curl commands, run as they stand (only the server address and admin swapped for the
// test server's), set up a database only its members can use; they are the very calls
// configureTeamServer makes; and scripts/setup-team-server.mjs does the same from its arguments.
// docs/architecture.md: Sync between the team's computers.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// These tests start server and script processes: seconds each on a busy machine, more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { configureTeamServer, startSyncServer, type Credentials, type SyncServer } from '../../../scripts/syncServer.mjs';

const run = promisify(execFile);
const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const admin = { name: 'it-admin', password: 'admin-password' };

/** The README's block of curl commands for IT. */
function readmeSetupBlock(): string {
  const section = readme.slice(readme.indexOf('## The team server (for IT)'));
  const block = /Setting up a team is[\s\S]*?```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README has no setup commands under "The team server (for IT)"');
  return block;
}

/** Method and path of each curl command, with $COUCH left out. */
function readmeCalls(block: string) {
  return [...block.matchAll(/curl .*?-X (\w+) "\$COUCH([^"]+)"/g)].map((match) => ({ method: match[1], path: match[2] }));
}

async function status(server: SyncServer, path: string, as?: Credentials) {
  const headers: Record<string, string> = as ? { Authorization: `Basic ${Buffer.from(`${as.name}:${as.password}`).toString('base64')}` } : {};
  return (await fetch(`${server.url}${path}`, { headers })).status;
}

describe('the README’s team server setup', () => {
  let server: SyncServer;
  beforeAll(async () => {
    // Apache CouchDB 3 always has its admin from installation.
    server = await startSyncServer({ admin });
  }, 30_000);
  afterAll(() => server?.dispose());

  it('its curl commands, run as written, let the members in and nobody else', async () => {
    const script = readmeSetupBlock()
      .replace(/^COUCH=.*$/m, `COUCH=${server.url}`)
      .replace(/^ADMIN=.*$/m, `ADMIN='${admin.name}:${admin.password}'`);
    await run('bash', ['-euo', 'pipefail', '-c', script]);
    expect(await status(server, '/keha-team-a', { name: 'anna', password: 'anna-password' })).toBe(200);
    expect(await status(server, '/keha-team-a/_all_docs', { name: 'ben', password: 'ben-password' })).toBe(200);
    expect(await status(server, '/keha-team-a', { name: 'ben', password: 'anna-password' })).toBe(401);
    expect(await status(server, '/keha-team-a')).toBe(401);
  });

  it('are exactly the writes configureTeamServer makes', async () => {
    const calls = await configureTeamServer({
      url: server.url,
      admin,
      database: 'keha-team-b',
      members: [
        { name: 'anna', password: 'x' },
        { name: 'ben', password: 'y' },
      ],
    });
    const writes = calls.filter((call) => call.method !== 'GET').map(({ method, path }) => ({ method, path: path.replace('keha-team-b', 'keha-team-a') }));
    expect(writes).toEqual(readmeCalls(readmeSetupBlock()));
    expect(writes.map((call) => call.method)).toEqual(['PUT', 'PUT', 'PUT', 'PUT']);
  });
});

describe('scripts/setup-team-server.mjs', () => {
  let server: SyncServer;
  const cli = resolve(root, 'scripts/setup-team-server.mjs');
  beforeAll(async () => {
    // In "admin party", as a fresh pouchdb-server: the script makes the admin first.
    server = await startSyncServer();
  }, 30_000);
  afterAll(() => server?.dispose());

  it('sets up the team from its arguments and says how members join', async () => {
    const { stdout } = await run(process.execPath, [cli, '--url', server.url, '--admin', 'it:pass:with:colons', '--database', 'team-c', '--member', 'anna:a-1', '--member', 'ben:b-2']);
    expect(stdout).toContain('PUT /team-c/_security → 200');
    expect(stdout).toContain(`${server.url}/team-c`);
    expect(await status(server, '/team-c', { name: 'anna', password: 'a-1' })).toBe(200);
    expect(await status(server, '/team-c', { name: 'ben', password: 'b-2' })).toBe(200);
    expect(await status(server, '/_session', { name: 'it', password: 'pass:with:colons' })).toBe(200);
    expect(await status(server, '/team-c')).toBe(401);
  });

  it('refuses missing arguments, plain http beyond this computer and a wrong admin password, saying why', async () => {
    const failure = async (args: string[], env: Record<string, string> = {}) => {
      try {
        await run(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
      } catch (error) {
        const { code, stderr } = error as { code: number; stderr: string };
        return { code, stderr };
      }
      throw new Error('the script did not fail');
    };
    expect(await failure(['--url', server.url, '--admin', 'it:pass:with:colons', '--database', 'team-c'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--member') });
    expect(await failure(['--url', 'http://couchdb.example.fi', '--admin', 'a:b', '--database', 'x', '--member', 'a:b'])).toMatchObject({ code: 2, stderr: expect.stringContaining('https://') });
    expect(await failure(['--url', server.url, '--database', 'team-c', '--member', 'anna:a-1'], { KEHA_COUCHDB_ADMIN: 'it:wrong' })).toMatchObject({ code: 1, stderr: expect.stringContaining('refused') });
    expect(await failure(['--url', server.url, '--admin', 'it:pass:with:colons', '--database', 'Team C', '--member', 'anna:a-1'])).toMatchObject({ code: 1, stderr: expect.stringContaining('database name') });
  });
});

describe('tests/support/syncServerGlobalSetup.ts', () => {
  it('provides a configured server to the run and stops it at the end', async () => {
    const { default: setup } = await import('../../support/syncServerGlobalSetup');
    let provided: { url: string; databaseUrl: string; members: Credentials[] } | undefined;
    const teardown = await setup({ provide: (_key, value) => (provided = value) });
    expect(provided?.databaseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/keha-test$/);
    const [anna] = provided!.members;
    const answer = await fetch(provided!.databaseUrl, { headers: { Authorization: `Basic ${Buffer.from(`${anna!.name}:${anna!.password}`).toString('base64')}` } });
    expect(answer.status).toBe(200);
    await teardown();
    await expect(fetch(provided!.url)).rejects.toThrow();
  }, 30_000);
});
