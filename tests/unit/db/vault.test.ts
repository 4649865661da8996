// Covers renderer/src/vault/vaultCrypto.ts and db/repositories/vaultRepository.ts on Node WebCrypto + fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createVaultIn,
  readVaultHeader,
  unlockVaultIn,
  VaultExistsError,
} from '../../../renderer/src/db/repositories/vaultRepository';
import {
  createVault,
  decryptRecord,
  encryptRecord,
  kdfIterations,
  minimumKdfIterations,
  unlockVault,
  WeakVaultHeaderError,
  WrongPassphraseError,
} from '../../../renderer/src/vault/vaultCrypto';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { bytesOf, comparable, fastIterations, freshDatabase, inspectStored, passphrase } from './support';

const now = new Date('2025-03-01T10:00:00.000Z');
const cleanups: (() => Promise<void>)[] = [];
function database() {
  const fresh = freshDatabase();
  cleanups.push(fresh.cleanup);
  return fresh.db;
}
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('createVault / unlockVault', () => {
  it('uses PBKDF2-SHA256 with 600,000 iterations by default and unlocks with the same passphrase', async () => {
    expect(kdfIterations).toBe(600_000);
    const { header, dataKey } = await createVault(passphrase);
    expect(header.format).toBe('keha-vault-v1');
    expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(header.kdf.salt.byteLength).toBe(16);
    expect(header.wrapIv.byteLength).toBe(12);
    // A 256-bit key wrapped with AES-GCM: 32 bytes + 16-byte tag.
    expect(header.wrappedKey.byteLength).toBe(48);

    const sealed = await encryptRecord(dataKey, 'families', 'f1', { label: 'Häme' });
    const unlocked = await unlockVault(header, passphrase);
    expect(await decryptRecord(unlocked, 'families', 'f1', sealed)).toEqual({ label: 'Häme' });
  });

  it('gives a data key that can never be exported from memory', async () => {
    const { header, dataKey } = await createVault(passphrase, fastIterations);
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
    const unlocked = await unlockVault(header, passphrase, fastIterations);
    expect(unlocked.extractable).toBe(false);
    expect(unlocked.usages.sort()).toEqual(['decrypt', 'encrypt']);
  });

  it('uses a fresh salt and data key for each vault, even with the same passphrase', async () => {
    const a = await createVault(passphrase, fastIterations);
    const b = await createVault(passphrase, fastIterations);
    expect(bytesOf(a.header.kdf.salt)).not.toEqual(bytesOf(b.header.kdf.salt));
    expect(bytesOf(a.header.wrappedKey)).not.toEqual(bytesOf(b.header.wrappedKey));
    const sealed = await encryptRecord(a.dataKey, 'families', 'f1', 'x');
    await expect(decryptRecord(b.dataKey, 'families', 'f1', sealed)).rejects.toThrow();
  });

  it.each([
    ['a different passphrase', 'talvi tulee taas kehään'],
    ['a different case', 'Kevät tulee taas kehään'],
    ['a trailing space', `${passphrase} `],
    ['an empty passphrase', ''],
  ])('rejects %s with WrongPassphraseError', async (_name, attempt) => {
    const { header } = await createVault(passphrase, fastIterations);
    await expect(unlockVault(header, attempt, fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('accepts the passphrase typed in decomposed Unicode (ä as a + combining diaeresis)', async () => {
    const { header } = await createVault(passphrase, fastIterations);
    const decomposed = passphrase.normalize('NFD');
    expect(decomposed).not.toBe(passphrase);
    await expect(unlockVault(header, decomposed, fastIterations)).resolves.toBeDefined();
  });

  it('rejects a header whose KDF cost was tampered with', async () => {
    const { header } = await createVault(passphrase, fastIterations);
    await expect(
      unlockVault({ ...header, kdf: { ...header.kdf, iterations: fastIterations - 1 } }, passphrase, fastIterations),
    ).rejects.toBeInstanceOf(WeakVaultHeaderError);
  });
});

describe('the KDF floor: a stored header is checked before any key is derived from it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('the floor is the default cost, so every vault Kehä makes opens', () => {
    expect(minimumKdfIterations).toBe(600_000);
    expect(kdfIterations).toBeGreaterThanOrEqual(minimumKdfIterations);
  });

  it('refuses a genuine vault whose header asks for 1 iteration, even with the right passphrase, and derives nothing', async () => {
    const { header, dataKey } = await createVault(passphrase, 1);
    const sealed = await encryptRecord(dataKey, 'families', 'f1', 'secret');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    await expect(unlockVault(header, passphrase)).rejects.toBeInstanceOf(WeakVaultHeaderError);
    expect(derive).not.toHaveBeenCalled();
    expect(importKey).not.toHaveBeenCalled();
    // The same key still decrypts: the refusal is the header's cost, not a broken vault.
    expect(await decryptRecord(dataKey, 'families', 'f1', sealed)).toBe('secret');
  });

  it.each([
    ['1 iteration', { iterations: 1 }],
    ['one below the floor', { iterations: 599_999 }],
    ['zero', { iterations: 0 }],
    ['a negative count', { iterations: -600_000 }],
    ['a fraction', { iterations: 600_000.5 }],
    ['not a number', { iterations: Number.NaN }],
    ['a count stored as text', { iterations: '600000' as unknown as number }],
    ['a weaker hash', { hash: 'SHA-1' as 'SHA-256' }],
    ['a short salt', { salt: new Uint8Array(4) }],
  ])('refuses a header with %s', async (_name, change) => {
    const { header } = await createVault(passphrase, fastIterations);
    await expect(unlockVault({ ...header, kdf: { ...header.kdf, ...change } }, passphrase)).rejects.toBeInstanceOf(
      WeakVaultHeaderError,
    );
  });

  it('unlocking from the database refuses a stored header lowered to 1 iteration and leaves it as it was', async () => {
    const db = database();
    await createVaultIn(db, passphrase, now, 1);
    const before = comparable(await readVaultHeader(db));
    await expect(unlockVaultIn(db, passphrase)).rejects.toBeInstanceOf(WeakVaultHeaderError);
    expect(comparable(await readVaultHeader(db))).toEqual(before);
  });

  it('the refusal has its own words in Finnish and English', () => {
    expect(fi.vault.weakHeader).toMatch(/tietovarasto/i);
    expect(en.vault.weakHeader).toMatch(/vault/i);
    expect(fi.vault.weakHeader).not.toBe(fi.vault.wrongPassphrase);
    expect(en.vault.weakHeader).not.toBe(en.vault.wrongPassphrase);
  });
});

describe('encryptRecord / decryptRecord', () => {
  it('round-trips any JSON value with a fresh 96-bit IV on every write', async () => {
    const { dataKey } = await createVault(passphrase, fastIterations);
    const value = { label: 'Äiti ja kaksi lasta 👪', children: [{ pseudonym: 'Tuuli', birthYear: 2016 }], notes: '<b>ei html</b>' };
    const first = await encryptRecord(dataKey, 'families', 'f1', value);
    const second = await encryptRecord(dataKey, 'families', 'f1', value);
    expect(first.iv.byteLength).toBe(12);
    expect(bytesOf(first.iv)).not.toEqual(bytesOf(second.iv));
    expect(bytesOf(first.data)).not.toEqual(bytesOf(second.data));
    expect(await decryptRecord(dataKey, 'families', 'f1', first)).toEqual(value);
    expect(await decryptRecord(dataKey, 'families', 'f1', second)).toEqual(value);
  });

  it('stores no plaintext', async () => {
    const { dataKey } = await createVault(passphrase, fastIterations);
    const sealed = await encryptRecord(dataKey, 'families', 'f1', { label: 'Hämeenlinna', child: 'Tuuli' });
    const stored = inspectStored(sealed);
    expect(stored).not.toContain('Hämeenlinna');
    expect(stored).not.toContain('Tuuli');
  });

  it('binds the table and id: a payload moved to another record or table fails to decrypt', async () => {
    const { dataKey } = await createVault(passphrase, fastIterations);
    const sealed = await encryptRecord(dataKey, 'families', 'f1', { label: 'x' });
    await expect(decryptRecord(dataKey, 'families', 'f2', sealed)).rejects.toThrow();
    await expect(decryptRecord(dataKey, 'members', 'f1', sealed)).rejects.toThrow();
    await expect(decryptRecord(dataKey, 'families', 'f1 ', sealed)).rejects.toThrow();
  });

  it('detects a single flipped bit in the ciphertext or IV', async () => {
    const { dataKey } = await createVault(passphrase, fastIterations);
    const sealed = await encryptRecord(dataKey, 'families', 'f1', { label: 'x' });
    const data = new Uint8Array(sealed.data.slice(0));
    data[0]! ^= 1;
    await expect(decryptRecord(dataKey, 'families', 'f1', { iv: sealed.iv, data: data.buffer })).rejects.toThrow();
    const iv = new Uint8Array(sealed.iv);
    iv[11]! ^= 0x80;
    await expect(decryptRecord(dataKey, 'families', 'f1', { iv, data: sealed.data })).rejects.toThrow();
  });
});

describe('vaultRepository', () => {
  it('stores the vault header with the default 600,000 iterations and unlocks it (full cost)', async () => {
    const db = database();
    const dataKey = await createVaultIn(db, passphrase, now);
    const row = await readVaultHeader(db);
    expect(row).toMatchObject({ id: 'vault', createdAt: now.toISOString(), format: 'keha-vault-v1' });
    expect(row?.kdf.iterations).toBe(600_000);
    expect(inspectStored(row)).not.toContain(passphrase);

    const sealed = await encryptRecord(dataKey, 'families', 'f1', 'secret');
    const unlocked = await unlockVaultIn(db, passphrase);
    expect(await decryptRecord(unlocked, 'families', 'f1', sealed)).toBe('secret');
  });

  it('honours a lower iteration count when asked (for tests)', async () => {
    const db = database();
    await createVaultIn(db, passphrase, now, fastIterations);
    expect((await readVaultHeader(db))?.kdf.iterations).toBe(fastIterations);
  });

  it('a wrong passphrase throws WrongPassphraseError and leaves the vault row unchanged', async () => {
    const db = database();
    await createVaultIn(db, passphrase, now, fastIterations);
    const before = await readVaultHeader(db);
    await expect(unlockVaultIn(db, 'not the passphrase', fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
    const after = await readVaultHeader(db);
    expect(comparable(after)).toEqual(comparable(before));
    expect(bytesOf(after!.wrappedKey)).toEqual(bytesOf(before!.wrappedKey));
    expect(await db.vault.count()).toBe(1);
    await expect(unlockVaultIn(db, passphrase, fastIterations)).resolves.toBeDefined();
  });

  it('a second vault is refused with VaultExistsError and the first stays the only one', async () => {
    const db = database();
    await createVaultIn(db, passphrase, now, fastIterations);
    const before = await readVaultHeader(db);
    await expect(createVaultIn(db, 'another team passphrase', now, fastIterations)).rejects.toBeInstanceOf(VaultExistsError);
    expect(comparable(await readVaultHeader(db))).toEqual(comparable(before));
    await expect(unlockVaultIn(db, passphrase, fastIterations)).resolves.toBeDefined();
    await expect(unlockVaultIn(db, 'another team passphrase', fastIterations)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('two windows creating a vault at the same moment end with exactly one vault', async () => {
    const db = database();
    const results = await Promise.allSettled([
      createVaultIn(db, passphrase, now, fastIterations),
      createVaultIn(db, 'second window passphrase', now, fastIterations),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VaultExistsError);
    expect(await db.vault.count()).toBe(1);
  });

  it('unlocking an install without a vault fails clearly', async () => {
    await expect(unlockVaultIn(database(), passphrase)).rejects.toThrow(/No vault/);
  });
});
