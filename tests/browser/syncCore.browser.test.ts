// The sync core between two computers' databases, with a third PouchDB standing for the team server
// (replication between PouchDBs is the same protocol as with CouchDB; the e2e journeys use a real
// pouchdb-server). Real IndexedDB and AES-GCM in Chromium.
import PouchDB from 'pouchdb-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KehaDatabase } from '../../renderer/src/db/database';
import type { Session } from '../../renderer/src/db/session';
import { createFamily, readFamily, updateFamilyPayload, deleteFamily } from '../../renderer/src/db/repositories/familyRepository';
import { readRiskRound, recordRiskScore } from '../../renderer/src/db/repositories/riskRoundRepository';
import { SyncCore, deleteDelayMs } from '../../renderer/src/sync/engine';
import { fastIterations, passphrase, steppingClock, unlockedSession } from '../unit/db/support';
import { changeVaultPassphrase, unlockVaultIn } from '../../renderer/src/db/repositories/vaultRepository';
import type { SyncDocBody } from '../../renderer/src/db/syncDocs';

type Computer = { session: Session; core: SyncCore; db: KehaDatabase };
const opened: { close: () => Promise<void> | void }[] = [];

afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function team(): Promise<{ a: Computer; b: Computer; server: PouchDB.Database<SyncDocBody> }> {
  const dbA = openDatabase(`sync-a-${crypto.randomUUID()}`);
  const dbB = openDatabase(`sync-b-${crypto.randomUUID()}`);
  // Both computers have a team server set, so their changes are noted for sync.
  for (const db of [dbA, dbB]) await db.syncState.put({ id: 'server', value: 'set by the test' });
  const session = await unlockedSession(dbA);
  const vault = await dbA.vault.get('vault');
  await dbB.vault.put(vault!);
  const a: Computer = { db: dbA, session, core: new SyncCore(session, 'computer-a') };
  const sessionB: Session = { db: dbB, dataKey: session.dataKey, now: steppingClock('2025-03-02T10:00:00.000Z') };
  const b: Computer = { db: dbB, session: sessionB, core: new SyncCore(sessionB, 'computer-b') };
  const server = new PouchDB<SyncDocBody>(`server-${crypto.randomUUID()}`);
  opened.push(a.core, b.core, { close: () => server.close() }, { close: () => dbA.close() }, { close: () => dbB.close() });
  return { a, b, server };
}

/** Everything waiting on `from` reaches the server and `to`, and is applied there. */
async function send(from: Computer, server: PouchDB.Database<SyncDocBody>, to: Computer, now?: number): Promise<void> {
  await from.core.push(now);
  await from.core.mirror.replicate.to(server);
  await to.core.mirror.replicate.from(server);
  const conflicted = await to.core.applyPending();
  for (const id of conflicted) await to.core.resolve(id);
  // A merge is a new revision in the mirror: applied as the engine's changes feed would.
  if (conflicted.length > 0) await to.core.applyPending();
}

describe('sync between two computers', () => {
  it('a family created on one computer opens on the other, and so does its change', async () => {
    const { a, b, server } = await team();
    const id = await createFamily(a.session, { code: 'K-101', label: 'Virtanen', responsibleMemberId: null });
    await send(a, server, b);
    expect((await readFamily(b.session, id))?.label).toBe('Virtanen');
    await updateFamilyPayload(b.session, id, (payload) => ({ ...payload, label: 'Virtanen-Koski' }));
    await send(b, server, a);
    expect((await readFamily(a.session, id))?.label).toBe('Virtanen-Koski');
    expect(await a.db.syncOutbox.count()).toBe(0);
  });
});

describe('two computers changing the same record', () => {
  it('keeps both changes when they touch different fields', async () => {
    const { a, b, server } = await team();
    const id = await createFamily(a.session, { code: 'K-102', label: 'Laine', responsibleMemberId: null, notes: 'first' });
    await send(a, server, b);
    await updateFamilyPayload(a.session, id, (payload) => ({ ...payload, label: 'Laine-Aho' }));
    await updateFamilyPayload(b.session, id, (payload) => ({ ...payload, notes: 'home visit done' }));
    await send(a, server, b);
    await send(b, server, a);
    await send(a, server, b);
    for (const computer of [a, b]) {
      const family = await readFamily(computer.session, id);
      expect(family?.label).toBe('Laine-Aho');
      expect(family?.notes).toBe('home visit done');
      expect(await computer.db.syncConflicts.count()).toBe(0);
    }
  });

  it('keeps both versions of a field changed on both, and the pick reaches the other computer', async () => {
    const { a, b, server } = await team();
    const id = await createFamily(a.session, { code: 'K-103', label: 'Nieminen', responsibleMemberId: null });
    await send(a, server, b);
    await updateFamilyPayload(a.session, id, (payload) => ({ ...payload, label: 'Nieminen A' }));
    await updateFamilyPayload(b.session, id, (payload) => ({ ...payload, label: 'Nieminen B' }));
    await send(a, server, b);
    await send(b, server, a);
    await send(a, server, b);
    const docId = `families/${id}`;
    expect((await b.db.syncConflicts.get(docId))?.familyId).toBe(id);
    expect((await a.db.syncConflicts.get(docId))?.table).toBe('families');
    const view = await b.core.openConflict(docId, 'K-103');
    expect(view.fields).toEqual([{ path: ['payload', 'label'], thisComputer: 'Nieminen B', otherComputer: 'Nieminen A' }]);
    await b.core.resolveConflict(docId, ['otherComputer']);
    expect((await readFamily(b.session, id))?.label).toBe('Nieminen A');
    expect(await b.db.syncConflicts.count()).toBe(0);
    await send(b, server, a);
    expect((await readFamily(a.session, id))?.label).toBe('Nieminen A');
    expect(await a.db.syncConflicts.count()).toBe(0);
  });
});

describe('private scores from three laptops', () => {
  it('each laptop scores into its own copy of the round before any sync, and every score stays, with no conflict', async () => {
    const { a, b, server } = await team();
    const dbC = openDatabase(`sync-c-${crypto.randomUUID()}`);
    await dbC.syncState.put({ id: 'server', value: 'set by the test' });
    await dbC.vault.put((await a.db.vault.get('vault'))!);
    const sessionC: Session = { db: dbC, dataKey: a.session.dataKey, now: steppingClock('2025-03-03T10:00:00.000Z') };
    const c: Computer = { db: dbC, session: sessionC, core: new SyncCore(sessionC, 'computer-c') };
    opened.push(c.core, { close: () => dbC.close() });
    const target = { meetingId: 'meeting-1', agendaItemId: 'dd-1', familyId: 'family-1' };
    const score = (participantId: string, value: number) => ({ participantId, participantName: participantId, score: value, reason: `${participantId} perustelee`, oneUp: '' });
    await recordRiskScore(a.session, target, score('anna', 6));
    await recordRiskScore(b.session, target, score('ben', 4));
    await recordRiskScore(c.session, target, score('cecilia', 7));
    await send(a, server, b);
    await send(b, server, c);
    await send(c, server, a);
    await send(a, server, b);
    for (const computer of [a, b, c]) {
      await computer.core.mirror.replicate.from(server);
      for (const id of await computer.core.applyPending()) await computer.core.resolve(id);
      await computer.core.applyPending();
    }
    for (const computer of [a, b, c]) {
      const round = await readRiskRound(computer.session, target.meetingId, target.agendaItemId);
      expect(round?.scores.map((entry) => [entry.participantId, entry.score]).sort()).toEqual([['anna', 6], ['ben', 4], ['cecilia', 7]]);
      expect(await computer.db.syncConflicts.count()).toBe(0);
    }
  });
});

describe('a member leaves', () => {
  it('the renewed key reaches the other computer, which says the key changed; the new passphrase opens its vault', async () => {
    const { a, server } = await team();
    const dbB = openDatabase(`sync-b2-${crypto.randomUUID()}`);
    await dbB.syncState.put({ id: 'server', value: 'set by the test' });
    await a.db.syncOutbox.put({ id: 'vault/vault', at: Date.now(), v: 'first' });
    await a.core.push();
    await a.core.mirror.replicate.to(server);
    const joined = new SyncCore({ db: dbB, dataKey: a.session.dataKey, now: steppingClock() }, 'joining');
    await joined.mirror.replicate.from(server);
    await joined.applyPending();
    await joined.close();
    const sessionB: Session = { db: dbB, dataKey: await unlockVaultIn(dbB, passphrase, fastIterations), now: steppingClock() };
    const b: Computer = { db: dbB, session: sessionB, core: new SyncCore(sessionB, 'computer-b') };
    opened.push(b.core, { close: () => dbB.close() });
    let keyChanged = 0;
    b.core.onKeyChanged = () => (keyChanged += 1);

    const renewed = 'uusi salalause lähteneen jäsenen jälkeen';
    await changeVaultPassphrase(a.session, passphrase, renewed, { renewKey: true, iterations: fastIterations, minimumIterations: fastIterations });
    await send(a, server, b);
    expect(keyChanged).toBe(1);
    await expect(unlockVaultIn(dbB, passphrase, fastIterations)).rejects.toThrow();
    await expect(unlockVaultIn(dbB, renewed, fastIterations)).resolves.toBeDefined();
  });
});

describe('deletions', () => {
  it('leave only after the Undo time, and then go everywhere', async () => {
    const { a, b, server } = await team();
    const id = await createFamily(a.session, { code: 'K-104', label: 'Mäkinen', responsibleMemberId: null });
    await send(a, server, b);
    await deleteFamily(a.session, id);
    await send(a, server, b);
    expect(await b.db.families.get(id)).toBeDefined();
    const before = (await b.core.mirror.get(`families/${id}`, { revs_info: true })) as { _revs_info?: { rev: string; status: string }[] };
    await send(a, server, b, Date.now() + deleteDelayMs + 1);
    expect(await b.db.families.get(id)).toBeUndefined();
    // The family's sealed versions leave the mirrors at their next compaction.
    for (const computer of [a, b]) expect(await computer.core.compactAfterDeletions()).toBe(true);
    for (const info of before._revs_info ?? []) {
      await expect(b.core.mirror.get(`families/${id}`, { rev: info.rev })).rejects.toMatchObject({ status: 404 });
    }
    expect(await b.db.syncRevs.get(`families/${id}`)).toBeUndefined();
  });
});
