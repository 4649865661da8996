// PouchDB in the page (pouchdb-browser on real IndexedDB) replicating with the test team server
// (pouchdb-server on 127.0.0.1, tests/support/syncServerGlobalSetup.ts) as the sync engine does:
// from another origin, with a member's credentials and `credentials: 'omit'`, through CORS: push,
// pull into a second computer's PouchDB, checkpoints in `_local` documents, and a wrong password
// refused. docs/architecture.md: Sync: the test server.
import PouchDB from 'pouchdb-browser';
import { afterEach, describe, expect, inject, it } from 'vitest';

const server = inject('syncServer');
const opened: PouchDB.Database[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

function remote(user: { name: string; password: string }) {
  const db = new PouchDB(server.databaseUrl, {
    skip_setup: true,
    auth: { username: user.name, password: user.password },
    fetch: (url, options) => fetch(url, { ...options, credentials: 'omit', cache: 'no-store' }),
  });
  opened.push(db);
  return db;
}

function local(name: string) {
  const db = new PouchDB(`${name}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

describe('PouchDB in the page with the test team server', () => {
  it('pushes from one computer and pulls into another, through CORS, with checkpoints', async () => {
    const [anna, ben] = server.members;
    const annaLocal = local('anna');
    const benLocal = local('ben');
    const id = `doc-${crypto.randomUUID()}`;
    await annaLocal.put({ _id: id, sealed: 'ciphertext-1' });

    const pushed = await annaLocal.replicate.to(remote(anna!));
    expect(pushed.ok).toBe(true);
    expect(pushed.docs_written).toBe(1);
    const pulled = await benLocal.replicate.from(remote(ben!), { doc_ids: [id] });
    expect(pulled.ok).toBe(true);
    expect(await benLocal.get(id)).toMatchObject({ sealed: 'ciphertext-1' });

    // A second push sends nothing new: the checkpoint (a _local document on both sides) held.
    await annaLocal.put({ _id: `${id}-2`, sealed: 'ciphertext-2' });
    const again = await annaLocal.replicate.to(remote(anna!));
    expect(again.docs_written).toBe(1);
    expect(again.docs_read).toBe(1);
  });

  it('is refused with a wrong password', async () => {
    const [anna] = server.members;
    const wrong = remote({ name: anna!.name, password: 'not the password' });
    // PouchDB's info() over http resolves with the server's error body rather than rejecting.
    const info = await wrong.info().then((value) => value as unknown, (error: unknown) => error);
    expect(info).toMatchObject({ error: 'unauthorized' });
    const annaLocal = local('anna-wrong');
    await annaLocal.put({ _id: 'x', sealed: 'y' });
    await expect(annaLocal.replicate.to(wrong)).rejects.toMatchObject({ status: 401 });
  });
});
