// The test team server (scripts/syncServer.mjs): pouchdb-server on 127.0.0.1, set up with the same
// calls the README gives IT for Apache CouchDB 3, and what it does and does NOT enforce of those
// settings. Each describe starts its own server and stops it. docs/architecture.md: Sync between the
// team's computers.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// These tests start server and script processes: seconds each on a busy machine, more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import {
  configureTeamServer,
  searchServerForCanary,
  startSyncServer,
  type Credentials,
  type SyncServer,
} from '../../../scripts/syncServer.mjs';

const admin = { name: 'it-admin', password: 'it admin secret' };
const anna = { name: 'anna', password: 'anna secret' };
const ben = { name: 'ben', password: 'ben secret' };
const eve = { name: 'eve', password: 'eve secret' }; // a server user, not a member of the team
const database = 'team-a';

const authorization = ({ name, password }: Credentials) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** One request as a member's Kehä (or anyone) would make it. */
async function request(server: SyncServer, path: string, { as, method = 'GET', body }: { as?: Credentials; method?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (as) headers.Authorization = authorization(as);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const answer = await fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await answer.text();
  return { status: answer.status, text, json: JSON.parse(text) as Record<string, unknown> & { rev?: string } };
}

describe('the test team server (pouchdb-server)', () => {
  let server: SyncServer;

  beforeAll(async () => {
    server = await startSyncServer();
    await configureTeamServer({ url: server.url, admin, database, members: [anna, ben] });
    // eve is a server user of another team.
    await request(server, '/_users/org.couchdb.user:eve', { as: admin, method: 'PUT', body: { name: eve.name, password: eve.password, type: 'user', roles: [] } });
  }, 60_000);
  afterAll(() => server?.dispose());

  it('listens on 127.0.0.1 only and logs to a file in its folder, not to the test output', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const welcome = await request(server, '/');
    expect(welcome.json).toMatchObject({ 'express-pouchdb': 'Welcome!' });
    expect(existsSync(server.logFile)).toBe(true);
    expect(readFileSync(server.logFile, 'utf8')).toContain('pouchdb-server has started');
  });

  it('allows a CORS preflight from another origin with credentials and the Authorization header', async () => {
    for (const origin of ['http://127.0.0.1:4631', 'app://keha']) {
      const preflight = await fetch(`${server.url}/${database}/some-doc`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      expect(preflight.status).toBeLessThan(300);
      // With credentials the answer names the origin; `*` would be refused by the browser.
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    }
  });

  it('is no longer in admin party once configured: the admin is an admin, anonymous is nobody', async () => {
    expect((await request(server, '/_session')).json).toMatchObject({ userCtx: { name: null, roles: [] } });
    expect((await request(server, '/_session', { as: admin })).json).toMatchObject({ userCtx: { name: admin.name, roles: ['_admin'] } });
    expect((await request(server, `/${database}/_security`, { as: admin })).json).toMatchObject({ members: { names: ['anna', 'ben'] } });
  });

  it('lets a member write and another member read', async () => {
    const put = await request(server, `/${database}/from-anna`, { as: anna, method: 'PUT', body: { sealed: 'ciphertext' } });
    expect(put.status).toBe(201);
    const read = await request(server, `/${database}/from-anna`, { as: ben });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ sealed: 'ciphertext' });
    const changes = await request(server, `/${database}/_changes`, { as: ben });
    expect(changes.status).toBe(200);
  });

  it('refuses a wrong password with 401, on the database and on /_session', async () => {
    const wrong = { name: anna.name, password: 'not it' };
    expect((await request(server, `/${database}/from-anna`, { as: wrong })).status).toBe(401);
    expect((await request(server, `/${database}/x`, { as: wrong, method: 'PUT', body: {} })).status).toBe(401);
    expect((await request(server, '/_session', { as: wrong })).status).toBe(401);
  });

  it('refuses a non-member and anonymous requests with 401 on documents, _all_docs, _changes, _revs_diff and writes', async () => {
    for (const who of [eve, undefined]) {
      expect((await request(server, `/${database}/from-anna`, { as: who })).status).toBe(401);
      expect((await request(server, `/${database}/_all_docs?include_docs=true`, { as: who })).status).toBe(401);
      expect((await request(server, `/${database}/_changes?include_docs=true`, { as: who })).status).toBe(401);
      expect((await request(server, `/${database}/_revs_diff`, { as: who, method: 'POST', body: { 'from-anna': ['1-x'] } })).status).toBe(401);
      expect((await request(server, `/${database}/by-eve`, { as: who, method: 'PUT', body: {} })).status).toBe(401);
      // _bulk_docs answers 201 but refuses each document.
      const bulk = await request(server, `/${database}/_bulk_docs`, { as: who, method: 'POST', body: { docs: [{ _id: 'by-eve' }] } });
      expect(bulk.json).toEqual([expect.objectContaining({ id: 'by-eve', error: 'unauthorized' })]);
    }
    expect((await request(server, `/${database}/by-eve`, { as: admin })).status).toBe(404);
  });

  // Last of this server: a refused DELETE breaks the database until a restart (below).
  it('does NOT enforce _security on _bulk_get and _find: a non-member, even anonymous, reads documents (CouchDB 3 checks membership on every database request; only ciphertext is there anyway)', async () => {
    for (const who of [eve, undefined]) {
      const bulkGet = await request(server, `/${database}/_bulk_get`, { as: who, method: 'POST', body: { docs: [{ id: 'from-anna' }] } });
      expect(bulkGet.status).toBe(200);
      expect(bulkGet.text).toContain('ciphertext');
      const find = await request(server, `/${database}/_find`, { as: who, method: 'POST', body: { selector: {} } });
      expect(find.status).toBe(200);
      expect(find.text).toContain('ciphertext');
    }
  });

  it('keeps one configuration when run again: an existing database is kept and a member gets the new password', async () => {
    const newAnna = { name: 'anna', password: 'anna new secret' };
    await configureTeamServer({ url: server.url, admin, database, members: [newAnna, ben] });
    expect((await request(server, `/${database}/from-anna`, { as: newAnna })).status).toBe(200);
    expect((await request(server, `/${database}/from-anna`, { as: anna })).status).toBe(401);
    await expect(configureTeamServer({ url: server.url, admin: { ...admin, password: 'wrong' }, database, members: [ben] })).rejects.toThrow(/refused/);
  });
});

describe('pouchdb-server faults a Kehä test must not step on', () => {
  it('refuses a non-member DELETE of the database with 401, but then every request to that database HANGS until the server restarts (a pouchdb-server fault)', async () => {
    const server = await startSyncServer();
    try {
      await configureTeamServer({ url: server.url, admin, database, members: [anna] });
      await request(server, '/_users/org.couchdb.user:eve', { as: admin, method: 'PUT', body: { name: eve.name, password: eve.password, type: 'user', roles: [] } });
      expect((await request(server, `/${database}/kept`, { as: anna, method: 'PUT', body: {} })).status).toBe(201);
      expect((await request(server, `/${database}`, { as: eve, method: 'DELETE' })).status).toBe(401);
      const hanging = fetch(`${server.url}/${database}/kept`, { headers: { Authorization: authorization(anna) }, signal: AbortSignal.timeout(1500) });
      await expect(hanging).rejects.toThrow(/abort|timeout/i);
      await server.restart();
      expect((await request(server, `/${database}/kept`, { as: anna })).status).toBe(200);
    } finally {
      await server.dispose();
    }
  }, 30_000);
});

describe('a LevelDB folder survives the server', () => {
  it('keeps the documents when the server is killed (SIGKILL) and restarted on the same port', async () => {
    const server = await startSyncServer();
    try {
      await configureTeamServer({ url: server.url, admin, database, members: [anna] });
      expect((await request(server, `/${database}/kept`, { as: anna, method: 'PUT', body: { n: 1 } })).status).toBe(201);
      const pid = server.pid;
      await server.kill();
      await expect(fetch(`${server.url}/`)).rejects.toThrow();
      await server.restart();
      expect(server.pid).not.toBe(pid);
      const read = await request(server, `/${database}/kept`, { as: anna });
      expect(read.json).toMatchObject({ n: 1 });
    } finally {
      await server.dispose();
    }
  }, 30_000);

  it('an in-memory server forgets everything at restart', async () => {
    const server = await startSyncServer({ inMemory: true });
    try {
      expect((await request(server, '/scratch', { method: 'PUT' })).status).toBe(201);
      await server.restart();
      expect((await request(server, '/scratch')).status).toBe(404);
    } finally {
      await server.dispose();
    }
  }, 30_000);
});

describe('the canary search of the server (positive control)', () => {
  const canary = 'KEHA-CANARY-7f3e9a';

  it('finds a canary written in clear in the files and the HTTP answers; deleting leaves it in both until _compact, which removes it from HTTP but not from the LevelDB files', async () => {
    const server = await startSyncServer();
    try {
      await configureTeamServer({ url: server.url, admin, database, members: [anna] });
      const clean = await searchServerForCanary(server, canary, { admin });
      expect(clean).toMatchObject({ found: false, files: [], http: [] });

      const first = await request(server, `/${database}/in-clear`, { as: anna, method: 'PUT', body: { text: canary } });
      const found = await searchServerForCanary(server, canary, { admin });
      expect(found.files.some((file) => file.startsWith(`${database}/`))).toBe(true);
      expect(found.http).toEqual(
        expect.arrayContaining([
          `/${database}/_all_docs?include_docs=true&conflicts=true`,
          `/${database}/_changes?include_docs=true&style=all_docs`,
          `/${database}/in-clear?revs=true&open_revs=all`,
        ]),
      );
      // pouchdb-server has no /_local_docs: replication checkpoints are searched in the files only.
      expect(found.localDocsListed).toBe(false);

      // Deleted, and the server restarted: the old revision's body is still given out by ?rev= and
      // still in the LevelDB files.
      expect((await request(server, `/${database}/in-clear?rev=${first.json.rev}`, { as: anna, method: 'DELETE' })).status).toBe(200);
      await server.restart();
      const afterDelete = await searchServerForCanary(server, canary, { admin });
      expect(afterDelete.http).toEqual([`/${database}/in-clear?rev=${first.json.rev}`]);
      expect(afterDelete.files.length).toBeGreaterThan(0);

      // _compact (server or database admin only) drops old revisions' bodies from every answer, but
      // LevelDB only marks them deleted: the bytes stay in its files until LevelDB itself merges
      // them away (pouchdb-server has no call that forces that).
      expect((await request(server, `/${database}/_compact`, { as: anna, method: 'POST' })).status).toBe(401);
      expect((await request(server, `/${database}/_compact`, { as: admin, method: 'POST' })).status).toBe(202);
      await expect.poll(async () => (await searchServerForCanary(server, canary, { admin })).http).toEqual([]);
      await server.restart();
      const afterCompact = await searchServerForCanary(server, canary, { admin });
      expect(afterCompact.http).toEqual([]);
      expect(afterCompact.files.length).toBeGreaterThan(0);
    } finally {
      await server.dispose();
    }
  }, 60_000);
});
