// Covers the vault in real Chromium: PBKDF2 at the default 600,000 iterations, unlock, wrong passphrase, AES-GCM with AAD and fresh IVs, on real WebCrypto + IndexedDB.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/database';
import {
  createVaultIn,
  readVaultHeader,
  unlockVaultIn,
  VaultExistsError,
} from '../../renderer/src/db/repositories/vaultRepository';
import {
  createVault,
  decryptRecord,
  encryptRecord,
  unlockVault,
  WrongPassphraseError,
} from '../../renderer/src/vault/vaultCrypto';
import { bytesOf, comparable, fastIterations, inspectStored, passphrase } from '../unit/db/support';
import { settle } from './support';

const names: string[] = [];
const open: { close(): void }[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await settle();
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function database(name = `keha-browser-${crypto.randomUUID()}`) {
  if (!names.includes(name)) names.push(name);
  const db = openDatabase(name);
  open.push(db);
  return { db, name };
}

describe('vault on real WebCrypto and IndexedDB', () => {
  it('creates a vault with 600,000 PBKDF2 iterations, survives reopening, and unlocks only with its passphrase', async () => {
    const { db, name } = database();
    const now = new Date('2025-03-01T10:00:00.000Z');
    const dataKey = await createVaultIn(db, passphrase, now);
    const sealed = await encryptRecord(dataKey, 'families', 'f1', { label: 'Häme' });

    db.close();
    const reopened = database(name).db;
    const row = await readVaultHeader(reopened);
    expect(row?.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(row?.kdf.salt).toBeInstanceOf(Uint8Array);
    expect(row?.wrappedKey).toBeInstanceOf(ArrayBuffer);
    expect(inspectStored(row)).not.toContain(passphrase);
    const before = comparable(row);

    await expect(unlockVaultIn(reopened, 'talvi tulee taas kehään')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(comparable(await readVaultHeader(reopened))).toEqual(before);

    const unlocked = await unlockVaultIn(reopened, passphrase);
    expect(unlocked.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', unlocked)).rejects.toThrow();
    expect(await decryptRecord(unlocked, 'families', 'f1', sealed)).toEqual({ label: 'Häme' });
  });

  it('refuses a second vault in the same database', async () => {
    const { db } = database();
    await createVaultIn(db, passphrase, new Date(), fastIterations);
    await expect(createVaultIn(db, 'toinen salalause tähän', new Date(), fastIterations)).rejects.toBeInstanceOf(VaultExistsError);
    expect(await db.vault.count()).toBe(1);
    await expect(unlockVaultIn(db, passphrase, fastIterations)).resolves.toBeDefined();
  });

  it('accepts the passphrase in decomposed Unicode', async () => {
    const { header } = await createVault(passphrase, fastIterations);
    await expect(unlockVault(header, passphrase.normalize('NFD'), fastIterations)).resolves.toBeDefined();
    await expect(unlockVault(header, passphrase.toUpperCase(), fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('encrypts with a fresh IV each time, binds table/id as associated data and detects tampering', async () => {
    const { dataKey } = await createVault(passphrase, fastIterations);
    const value = { label: 'Äiti ja kaksi lasta', children: ['Tuuli'] };
    const first = await encryptRecord(dataKey, 'families', 'f1', value);
    const second = await encryptRecord(dataKey, 'families', 'f1', value);
    expect(first.iv.byteLength).toBe(12);
    expect(bytesOf(first.iv)).not.toEqual(bytesOf(second.iv));
    expect(bytesOf(first.data)).not.toEqual(bytesOf(second.data));
    expect(inspectStored(first)).not.toContain('Tuuli');

    expect(await decryptRecord(dataKey, 'families', 'f1', first)).toEqual(value);
    await expect(decryptRecord(dataKey, 'families', 'f2', first)).rejects.toThrow();
    await expect(decryptRecord(dataKey, 'members', 'f1', first)).rejects.toThrow();
    const flipped = new Uint8Array(first.data.slice(0));
    flipped[flipped.length - 1]! ^= 1;
    await expect(decryptRecord(dataKey, 'families', 'f1', { iv: first.iv, data: flipped.buffer })).rejects.toThrow();
  });
});
