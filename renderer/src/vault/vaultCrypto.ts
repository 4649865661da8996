// The team vault's cryptography, on WebCrypto only (no WASM, so the strict CSP needs no
// 'wasm-unsafe-eval'). A passphrase derives a key-encryption key with PBKDF2-SHA256 at 600,000
// iterations (OWASP 2023); it wraps a random AES-GCM-256 data key. Records are encrypted with the
// data key and a fresh 96-bit IV per write. Format 2 binds, as associated data, the record's
// table/id, the id of the data key and the row's meaningful clear fields, so a payload moved to
// another row, or left under an edited clear field, fails to decrypt; format 1 (table/id only) is
// still read. A wrong passphrase fails the unwrap and touches nothing. docs/architecture.md: Security (Vault).

export const kdfIterations = 600_000;
/**
 * The lowest PBKDF2 cost the app accepts from a stored header. The header is read from disk, so
 * anyone who can write the disk could lower it; below this floor the app refuses to derive at all.
 */
export const minimumKdfIterations = 600_000;
const vaultFormat = 'keha-vault-v1';

/** A data key as stored: wrapped with the passphrase's key-encryption key, and named by its id. */
export type WrappedDataKey = { keyId: string; wrapIv: Uint8Array<ArrayBuffer>; wrappedKey: ArrayBuffer };

/**
 * The stored, non-secret description of a vault. Do not change without a migration.
 * `keyId` names the current data key (absent on vaults made before keys had ids: `legacyKeyId`).
 * `previous` is there only while a key renewal runs: the old data key, still needed to read what
 * is not yet re-encrypted. `sealedFormat: 2` says every record has been written in format 2, so a
 * format-1 payload (which binds no clear field) is refused from then on.
 */
export type VaultHeader = {
  format: typeof vaultFormat;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
  wrapIv: Uint8Array<ArrayBuffer>;
  wrappedKey: ArrayBuffer;
  keyId?: string;
  previous?: WrappedDataKey;
  sealedFormat?: 2;
};

/**
 * An encrypted record payload as stored in IndexedDB. Format 1: `{ iv, data }`, associated data
 * `table/id`. Format 2: `{ v: 2, k, iv, data }`, `k` the id of the data key it was sealed with;
 * associated data in `recordAssociatedData`.
 */
export type EncryptedPayload = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer; v?: 2; k?: string };

/** The id of a vault's data key when its header predates key ids. */
export const legacyKeyId = 'k0';

/** The data keys one unlocked window can use: `current` seals; `previous` (during a renewal) only opens. */
export type KeyRing = {
  current: { id: string; key: CryptoKey };
  previous: { id: string; key: CryptoKey } | null;
  /** False once every record has been written in format 2 (`VaultHeader.sealedFormat`). */
  acceptsFormat1: boolean;
};

/**
 * Each unlocked data key's ring, looked up by the key a `Session` holds: a key renewal then changes
 * which key seals without changing the session. Memory only; it goes with the page on lock.
 */
const rings = new WeakMap<CryptoKey, KeyRing>();

export function keyRingOf(dataKey: CryptoKey): KeyRing {
  return rings.get(dataKey) ?? { current: { id: legacyKeyId, key: dataKey }, previous: null, acceptsFormat1: true };
}

export function setKeyRing(dataKey: CryptoKey, ring: KeyRing): void {
  rings.set(dataKey, ring);
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

/** Changing the passphrase or renewing the key failed because another window changed the vault meanwhile. */
export class VaultChangedError extends Error {
  constructor() {
    super('The vault was changed in another window');
    this.name = 'VaultChangedError';
  }
}

/** A key renewal was asked for while one is still running. */
export class KeyRenewalRunningError extends Error {
  constructor() {
    super('A key renewal is still running');
    this.name = 'KeyRenewalRunningError';
  }
}

/** A stored vault header whose key-derivation settings are weaker than the app accepts (or malformed). */
export class WeakVaultHeaderError extends Error {
  constructor(reason: string) {
    super(`Vault header refused: ${reason}`);
    this.name = 'WeakVaultHeaderError';
  }
}

/** Checks a header read from storage before any key is derived with it; throws WeakVaultHeaderError. */
export function checkVaultHeader(header: VaultHeader, minimumIterations: number = minimumKdfIterations): void {
  const { kdf } = header;
  if (header.format !== vaultFormat) throw new WeakVaultHeaderError(`unknown format ${String(header.format)}`);
  if (kdf?.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') throw new WeakVaultHeaderError('unsupported key derivation');
  if (!Number.isSafeInteger(kdf.iterations) || kdf.iterations < minimumIterations) {
    throw new WeakVaultHeaderError(`${String(kdf.iterations)} iterations is below the minimum ${minimumIterations}`);
  }
  if (!(kdf.salt instanceof Uint8Array) || kdf.salt.byteLength < 16) throw new WeakVaultHeaderError('salt shorter than 16 bytes');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

async function deriveKeyEncryptionKey(passphrase: string, kdf: VaultHeader['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, salt: kdf.salt, iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

const wrapParams = (iv: Uint8Array<ArrayBuffer>): AesGcmParams => ({
  name: 'AES-GCM',
  iv,
  additionalData: encoder.encode(vaultFormat),
});

// Hex only (no dashes), so a key id in the clear never looks like a row's id or code.
const newKeyId = () => `k${crypto.randomUUID().replaceAll('-', '')}`;
const newKdf = (iterations: number) => ({ name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) }) as const;
const dataKeyAlgorithm = { name: 'AES-GCM', length: 256 } as const;

async function wrapDataKey(key: CryptoKey, keyEncryptionKey: CryptoKey): Promise<{ wrapIv: Uint8Array<ArrayBuffer>; wrappedKey: ArrayBuffer }> {
  const wrapIv = randomBytes(12);
  return { wrapIv, wrappedKey: await crypto.subtle.wrapKey('raw', key, keyEncryptionKey, wrapParams(wrapIv)) };
}

/** Makes a new vault: returns what to store and the data key for this session (non-extractable). */
export async function createVault(
  passphrase: string,
  iterations: number = kdfIterations,
): Promise<{ header: VaultHeader; dataKey: CryptoKey }> {
  const kdf = newKdf(iterations);
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, kdf);
  const extractable = await crypto.subtle.generateKey(dataKeyAlgorithm, true, ['encrypt', 'decrypt']);
  const header: VaultHeader = { format: vaultFormat, kdf, ...(await wrapDataKey(extractable, keyEncryptionKey)), keyId: newKeyId(), sealedFormat: 2 };
  const dataKey = await unwrapDataKey(header, keyEncryptionKey, false);
  setKeyRing(dataKey, { current: { id: header.keyId!, key: dataKey }, previous: null, acceptsFormat1: false });
  return { header, dataKey };
}

function unwrapDataKey(wrapped: Pick<WrappedDataKey, 'wrapIv' | 'wrappedKey'>, keyEncryptionKey: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey('raw', wrapped.wrappedKey, keyEncryptionKey, wrapParams(wrapped.wrapIv), dataKeyAlgorithm, extractable, [
    'encrypt',
    'decrypt',
  ]);
}

/** The data keys of a header, unwrapped with the passphrase; WrongPassphraseError when it does not fit. */
async function unwrapAll(header: VaultHeader, passphrase: string, minimumIterations: number, extractable: boolean) {
  checkVaultHeader(header, minimumIterations);
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, header.kdf);
  try {
    const current = await unwrapDataKey(header, keyEncryptionKey, extractable);
    const previous = header.previous ? await unwrapDataKey(header.previous, keyEncryptionKey, extractable) : null;
    return { current, previous };
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * Opens a vault with a passphrase; throws WrongPassphraseError when it does not fit, and
 * WeakVaultHeaderError (before deriving anything) when the stored header is below the floor.
 * `minimumIterations` is lowered only by tests that build cheap vaults. Returns the current data
 * key; during a key renewal its ring (`keyRingOf`) also holds the previous one.
 */
export async function unlockVault(
  header: VaultHeader,
  passphrase: string,
  minimumIterations: number = minimumKdfIterations,
): Promise<CryptoKey> {
  const { current, previous } = await unwrapAll(header, passphrase, minimumIterations, false);
  setKeyRing(current, {
    current: { id: header.keyId ?? legacyKeyId, key: current },
    previous: previous && header.previous ? { id: header.previous.keyId, key: previous } : null,
    acceptsFormat1: header.sealedFormat !== 2,
  });
  return current;
}

/**
 * A header with a new passphrase: a new salt and key-encryption key that wrap the same data key(s),
 * so no record changes. With `renewKey`, also a new random data key that becomes the current one,
 * the old one kept as `previous` until every record is re-encrypted (refused while a renewal runs).
 * Returns the new header and, when renewing, the new data key (non-extractable) and its id.
 */
export async function rewrapVault(
  header: VaultHeader,
  oldPassphrase: string,
  newPassphrase: string,
  options: { renewKey: boolean; iterations?: number; minimumIterations?: number },
): Promise<{ header: VaultHeader; renewed: { id: string; key: CryptoKey } | null }> {
  if (options.renewKey && header.previous) throw new KeyRenewalRunningError();
  const { current, previous } = await unwrapAll(header, oldPassphrase, options.minimumIterations ?? minimumKdfIterations, true);
  const kdf = newKdf(options.iterations ?? kdfIterations);
  const keyEncryptionKey = await deriveKeyEncryptionKey(newPassphrase, kdf);
  const currentId = header.keyId ?? legacyKeyId;
  const base: Pick<VaultHeader, 'format' | 'kdf' | 'sealedFormat'> = { format: vaultFormat, kdf, ...(header.sealedFormat ? { sealedFormat: header.sealedFormat } : {}) };
  if (!options.renewKey) {
    const rewrapped: VaultHeader = { ...base, ...(await wrapDataKey(current, keyEncryptionKey)), keyId: currentId };
    if (previous && header.previous) rewrapped.previous = { keyId: header.previous.keyId, ...(await wrapDataKey(previous, keyEncryptionKey)) };
    return { header: rewrapped, renewed: null };
  }
  const fresh = await crypto.subtle.generateKey(dataKeyAlgorithm, true, ['encrypt', 'decrypt']);
  const renewed: VaultHeader = {
    ...base,
    ...(await wrapDataKey(fresh, keyEncryptionKey)),
    keyId: newKeyId(),
    previous: { keyId: currentId, ...(await wrapDataKey(current, keyEncryptionKey)) },
  };
  return { header: renewed, renewed: { id: renewed.keyId!, key: await unwrapDataKey(renewed, keyEncryptionKey, false) } };
}

const recordParams = (iv: Uint8Array<ArrayBuffer>, table: string, id: string): AesGcmParams => ({
  name: 'AES-GCM',
  iv,
  additionalData: encoder.encode(`${table}/${id}`),
});

/** Seals in format 1 (associated data `table/id`). Kept to read and test rows written before format 2. */
export async function encryptRecord(dataKey: CryptoKey, table: string, id: string, value: unknown): Promise<EncryptedPayload> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(recordParams(iv, table, id), dataKey, encoder.encode(JSON.stringify(value)));
  return { iv, data };
}

/** Opens a format-1 payload. */
export async function decryptRecord(dataKey: CryptoKey, table: string, id: string, payload: EncryptedPayload): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(recordParams(payload.iv, table, id), dataKey, payload.data);
  return JSON.parse(decoder.decode(plain));
}

/**
 * Format 2's associated data: `keha-record-v2`, the key id, `table/id` and `bound` (the JSON of the
 * row's bound clear fields, see `boundClearFields` in sealedRecords.ts), one per line.
 */
export function recordAssociatedData(keyId: string, table: string, id: string, bound: string): string {
  return `keha-record-v2\n${keyId}\n${table}/${id}\n${bound}`;
}

/** Seals a value in format 2 with the ring's current key. */
export async function sealRecord(ring: KeyRing, table: string, id: string, bound: string, value: unknown): Promise<EncryptedPayload> {
  const iv = randomBytes(12);
  const additionalData = encoder.encode(recordAssociatedData(ring.current.id, table, id, bound));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, ring.current.key, encoder.encode(JSON.stringify(value)));
  return { v: 2, k: ring.current.id, iv, data };
}

/**
 * Opens a payload of either format with whichever of the ring's keys sealed it; throws if none
 * fits, the bound clear fields differ from those it was sealed with, or format 1 is no longer accepted.
 */
export async function openSealedRecord(ring: KeyRing, table: string, id: string, bound: string, payload: EncryptedPayload): Promise<unknown> {
  const keys = ring.previous ? [ring.current, ring.previous] : [ring.current];
  if (payload.v === 2) {
    const key = keys.find((candidate) => candidate.id === payload.k);
    if (!key) throw new Error(`Sealed with an unknown key ${String(payload.k)}`);
    const additionalData = encoder.encode(recordAssociatedData(key.id, table, id, bound));
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: payload.iv, additionalData }, key.key, payload.data);
    return JSON.parse(decoder.decode(plain));
  }
  if (payload.v !== undefined) throw new Error(`Unknown payload format ${String(payload.v)}`);
  if (!ring.acceptsFormat1) throw new Error('Format-1 payload in a vault whose records are all format 2');
  let failure: unknown;
  for (const key of keys) {
    try {
      return await decryptRecord(key.key, table, id, payload);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
