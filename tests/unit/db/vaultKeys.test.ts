// Covers the vault's keys (renderer/src/db/repositories/vaultRepository.ts, renderer/src/vault/vaultCrypto.ts)
// and the binding of clear fields to payloads (renderer/src/db/sealedRecords.ts): no vault made over
// stored data, changing the passphrase, renewing the data key (interrupted and resumed, with edits
// meanwhile), clear fields edited on disk, payloads put back from older writes, and format-1 rows.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KehaDatabase } from '../../../renderer/src/db/database';
import { createFamily, listFamilies, readFamily, updateFamilyPayload } from '../../../renderer/src/db/repositories/familyRepository';
import { createHypothesis, listHypothesesForFamily, reviseHypothesis } from '../../../renderer/src/db/repositories/hypothesisRepository';
import { addMember, listMembers, readTeam, saveTeamName } from '../../../renderer/src/db/repositories/teamRepository';
import {
  changeVaultPassphrase,
  continueKeyRenewal,
  createVaultIn,
  readVaultState,
  unlockVaultIn,
  VaultHeaderMissingError,
  type ReSealProgress,
} from '../../../renderer/src/db/repositories/vaultRepository';
import { unreadableRecords, UnreadableRecordError } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { KeyRenewalRunningError, keyRingOf, legacyKeyId, WrongPassphraseError, type EncryptedPayload } from '../../../renderer/src/vault/vaultCrypto';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import { dbV1 } from '../../fixtures/db-v1';
import { reviveRows } from '../../fixtures/dbFixture';
import { comparable, fastIterations, freshDatabase, passphrase, steppingClock, unlockedSession, whileNextEncrypting } from './support';

const newPassphrase = 'neljä satunnaista sanaa riittää';
const cheap = { iterations: fastIterations, minimumIterations: fastIterations };

const opened: { db: KehaDatabase; cleanup: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const { cleanup } of opened.splice(0)) await cleanup();
});

async function team(): Promise<{ db: KehaDatabase; name: string; session: Session }> {
  const fresh = freshDatabase();
  opened.push(fresh);
  return { db: fresh.db, name: fresh.name, session: await unlockedSession(fresh.db) };
}

/** Another window on the same database, unlocked now with `with`. */
async function window(name: string, with_: string): Promise<Session> {
  const db = openDatabase(name);
  opened.push({ db, cleanup: async () => db.close() });
  return { db, dataKey: await unlockVaultIn(db, with_, fastIterations), now: steppingClock('2025-06-01T10:00:00.000Z') };
}

const labels = async (session: Session) => (await listFamilies(session)).map((family) => family.label).sort();

/** Every stored payload of every table, with its table and id. */
async function payloads(db: KehaDatabase): Promise<{ at: string; payload: EncryptedPayload }[]> {
  const all: { at: string; payload: EncryptedPayload }[] = [];
  for (const table of db.tables) {
    for (const row of (await table.toArray()) as { id: string; payload?: EncryptedPayload }[]) {
      if (row.payload) all.push({ at: `${table.name}/${row.id}`, payload: row.payload });
    }
  }
  return all;
}

async function seed(session: Session, families = 6): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < families; i++) {
    ids.push(await createFamily(session, { code: `KXR-${100 + i}`, label: `Perhe ${i}`, responsibleMemberId: null, notes: `muistiinpano ${i}` }));
  }
  await createHypothesis(session, { familyId: ids[0]!, meetingId: null, card: emptyCard('Isä tekee yövuoroja') });
  await addMember(session, { name: 'Sanna Sosiaalityöntekijä', defaultRole: 'consultingSocialWorker' });
  await saveTeamName(session, 'Tiimi Itä');
  return ids;
}

describe('a database whose vault header is missing', () => {
  it('with records stored, refuses to make a new vault over them and says so', async () => {
    const { db, session } = await team();
    await createFamily(session, { code: 'KXR-482', label: 'Muutto', responsibleMemberId: null });
    await db.vault.clear();

    expect(await readVaultState(db)).toBe('headerMissing');
    await expect(createVaultIn(db, newPassphrase, new Date(), fastIterations)).rejects.toBeInstanceOf(VaultHeaderMissingError);
    expect(await db.vault.count()).toBe(0);
    expect(await db.families.count()).toBe(1);
  });

  it('when empty, still gets its vault', async () => {
    const fresh = freshDatabase();
    opened.push(fresh);
    expect(await readVaultState(fresh.db)).toBeNull();
    await createVaultIn(fresh.db, newPassphrase, new Date(), fastIterations);
    expect(await readVaultState(fresh.db)).toMatchObject({ id: 'vault' });
  });
});

describe('changing the passphrase', () => {
  it('the new one opens, the old one no longer does, and no record changes', async () => {
    const { db, name, session } = await team();
    await seed(session);
    const before = comparable(await payloads(db));

    expect(await changeVaultPassphrase(session, passphrase, newPassphrase, { renewKey: false, ...cheap })).toBeNull();

    await expect(unlockVaultIn(db, passphrase, fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
    const later = await window(name, newPassphrase);
    expect(comparable(await payloads(db))).toEqual(before);
    expect(await labels(later)).toEqual(['Perhe 0', 'Perhe 1', 'Perhe 2', 'Perhe 3', 'Perhe 4', 'Perhe 5']);
    // The window that changed it, and any other open window, keep working with the same data key.
    await saveTeamName(session, 'Tiimi Länsi');
    expect((await readTeam(later)).name).toBe('Tiimi Länsi');
  });

  it('with a wrong current passphrase is refused and changes nothing', async () => {
    const { db, session } = await team();
    await seed(session, 1);
    const vault = comparable(await db.vault.get('vault'));
    await expect(changeVaultPassphrase(session, 'väärä salalause tähän', newPassphrase, { renewKey: false, ...cheap })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(comparable(await db.vault.get('vault'))).toEqual(vault);
    await expect(unlockVaultIn(db, passphrase, fastIterations)).resolves.toBeDefined();
  });
});

describe('renewing the data key', () => {
  it('re-encrypts every record with progress; afterwards the new key alone opens everything', async () => {
    const { db, name, session } = await team();
    await seed(session);
    const total = (await payloads(db)).length;

    const keyId = await changeVaultPassphrase(session, passphrase, newPassphrase, { renewKey: true, ...cheap });
    expect((await db.vault.get('vault'))!.previous).toBeDefined();
    // Asked again while it runs: refused, nothing changes.
    await expect(changeVaultPassphrase(session, newPassphrase, `${newPassphrase} taas`, { renewKey: true, ...cheap })).rejects.toBeInstanceOf(
      KeyRenewalRunningError,
    );

    const progress: ReSealProgress[] = [];
    expect(await continueKeyRenewal(session, { batchSize: 2, onProgress: (step) => progress.push(step) })).toBe('finished');
    expect(progress[0]).toMatchObject({ done: 0, total, renewing: true });
    expect(progress.at(-1)).toMatchObject({ done: total, total, unreadable: 0 });

    const vault = (await db.vault.get('vault'))!;
    expect(vault.previous).toBeUndefined();
    expect(vault.keyId).toBe(keyId);
    expect((await payloads(db)).filter(({ payload }) => payload.k !== keyId)).toEqual([]);

    const later = await window(name, newPassphrase);
    expect(keyRingOf(later.dataKey).previous).toBeNull();
    expect(await labels(later)).toHaveLength(6);
    expect((await readTeam(later)).name).toBe('Tiimi Itä');
    expect((await listMembers(later)).map((member) => member.name)).toEqual(['Sanna Sosiaalityöntekijä']);
  });

  it('interrupted half way (lock, window closed), the next unlock continues and finishes; nothing is lost', async () => {
    const { db, name, session } = await team();
    const ids = await seed(session);
    const before = await payloads(db);
    const keyId = await changeVaultPassphrase(session, passphrase, newPassphrase, { renewKey: true, ...cheap });

    const lock = new AbortController();
    let batches = 0;
    const stopped = await continueKeyRenewal(session, {
      signal: lock.signal,
      batchSize: 2,
      beforeBatch: async () => {
        if (++batches === 3) lock.abort();
      },
    });
    expect(stopped).toBe('interrupted');
    const half = await payloads(db);
    const renewed = half.filter(({ payload }) => payload.k === keyId).length;
    expect(renewed).toBeGreaterThan(0);
    expect(renewed).toBeLessThan(half.length);
    expect(half.length).toBe(before.length);

    // The next unlock holds both keys: everything reads, and the renewal runs to its end.
    const next = await window(name, newPassphrase);
    expect(keyRingOf(next.dataKey).previous).not.toBeNull();
    expect(await labels(next)).toHaveLength(6);
    expect(await continueKeyRenewal(next)).toBe('finished');

    expect((await payloads(db)).map(({ at }) => at).sort()).toEqual(before.map(({ at }) => at).sort());
    const fresh = await window(name, newPassphrase);
    for (const [index, id] of ids.entries()) expect((await readFamily(fresh, id))?.notes).toBe(`muistiinpano ${index}`);
    expect((await listHypothesesForFamily(fresh, ids[0]!)).map((hypothesis) => hypothesis.wording)).toEqual(['Isä tekee yövuoroja']);
  });

  it('an edit made in another window while its record is being re-encrypted is kept', async () => {
    const { db, name, session } = await team();
    const ids = await seed(session, 3);
    await changeVaultPassphrase(session, passphrase, newPassphrase, { renewKey: true, ...cheap });
    const other = await window(name, newPassphrase);
    const first = (await db.families.orderBy(':id').first())!.id;
    let once = true;
    await continueKeyRenewal(session, {
      batchSize: 1,
      beforeBatch: async () => {
        if (!once) return;
        once = false;
        // Lands after the renewal has read the first family, while it seals the family again.
        whileNextEncrypting(() => updateFamilyPayload(other, first, (payload) => ({ ...payload, notes: 'kirjoitettu uusimisen aikana' })));
      },
    });
    expect((await db.vault.get('vault'))!.previous).toBeUndefined();
    const fresh = await window(name, newPassphrase);
    expect((await readFamily(fresh, first))?.notes).toBe('kirjoitettu uusimisen aikana');
    expect(await labels(fresh)).toHaveLength(ids.length);
  });
});

describe('clear fields bound to the payload', () => {
  it('a family whose status was edited on disk is set aside and named by its code; the others read', async () => {
    const { db, session } = await team();
    const kept = await createFamily(session, { code: 'KXR-482', label: 'Muutto', responsibleMemberId: null });
    const edited = await createFamily(session, { code: 'PEL-115', label: 'Koulu', responsibleMemberId: null });
    await db.families.update(edited, { status: 'closed' });

    expect((await listFamilies(session)).map((family) => family.id)).toEqual([kept]);
    expect(unreadableRecords(session)).toEqual([{ table: 'families', id: edited, familyId: edited, code: 'PEL-115' }]);
    await expect(readFamily(session, edited)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('a hypothesis moved to another family on disk is set aside, not shown under that family', async () => {
    const { db, session } = await team();
    const [a, b] = await seed(session, 2);
    const moved = await createHypothesis(session, { familyId: a!, meetingId: null, card: emptyCard('Koulu on huolissaan') });
    await db.hypotheses.update(moved, { familyId: b! });

    expect(await listHypothesesForFamily(session, b!)).toEqual([]);
    expect(unreadableRecords(session)).toContainEqual({ table: 'hypotheses', id: moved, familyId: b, code: null });
  });

  it('a payload from an older write of the same record, put back under today’s clear fields, does not open', async () => {
    const { db, session } = await team();
    const id = await createFamily(session, { code: 'KXR-482', label: 'Muutto', responsibleMemberId: null, notes: 'vanha' });
    const older = (await db.families.get(id))!;
    await updateFamilyPayload(session, id, (payload) => ({ ...payload, notes: 'uusi' }));
    await db.families.update(id, { payload: older.payload });
    await expect(readFamily(session, id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('an older revision of a hypothesis put back onto it does not open', async () => {
    const { db, session } = await team();
    const [family] = await seed(session, 1);
    const id = await createHypothesis(session, { familyId: family!, meetingId: null, card: emptyCard('Ensimmäinen') });
    const first = (await db.hypotheses.get(id))!;
    await reviseHypothesis(session, id, { card: { wording: 'Toinen' }, status: 'strengthened' }, { meetingId: null });
    await db.hypotheses.update(id, { payload: first.payload });
    // The family's other hypothesis still shows; this one is set aside.
    expect((await listHypothesesForFamily(session, family!)).map((hypothesis) => hypothesis.wording)).toEqual(['Isä tekee yövuoroja']);
    expect(unreadableRecords(session)).toContainEqual({ table: 'hypotheses', id, familyId: family, code: null });
  });
});

describe('records written before payload format 2', () => {
  async function legacy(): Promise<{ db: KehaDatabase; name: string }> {
    const name = `keha-legacy-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(dbV1.version).stores(dbV1.stores);
    const tables = reviveRows(dbV1.tables);
    await old.transaction('rw', Object.keys(tables), async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const db = openDatabase(name);
    opened.push({ db, cleanup: async () => (db.close(), await Dexie.delete(name)) });
    return { db, name };
  }

  it('still open, are upgraded at unlock, and a format-1 payload put back afterwards is refused', async () => {
    const { db, name } = await legacy();
    const stored = reviveRows(dbV1.tables).families as { id: string; payload: EncryptedPayload }[];
    const session: Session = { db, dataKey: await unlockVaultIn(db, dbV1.passphrase, fastIterations), now: steppingClock() };
    const before = await labels(session);
    expect(before.length).toBe(stored.length);

    expect(await continueKeyRenewal(session)).toBe('finished');
    expect((await payloads(db)).filter(({ payload }) => payload.v !== 2 || payload.k !== legacyKeyId)).toEqual([]);
    expect((await db.vault.get('vault'))!.sealedFormat).toBe(2);

    const later: Session = { db, dataKey: await unlockVaultIn(openDatabase(name), dbV1.passphrase, fastIterations), now: steppingClock() };
    expect(await labels(later)).toEqual(before);
    await db.families.update(stored[0]!.id, { payload: stored[0]!.payload });
    await expect(readFamily(later, stored[0]!.id)).rejects.toBeInstanceOf(UnreadableRecordError);
  });
});
