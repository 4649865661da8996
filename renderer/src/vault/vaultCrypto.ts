// The team vault's cryptography, on WebCrypto only (no WASM, so the strict CSP needs no
// 'wasm-unsafe-eval'). A passphrase derives a key-encryption key with PBKDF2-SHA256 at 600,000
// iterations (OWASP 2023); it wraps a random AES-GCM-256 data key. Records are encrypted with the
// data key, a fresh 96-bit IV per write, and "table/id" bound as associated data, so a payload
// copied onto another record fails to decrypt. A wrong passphrase fails the unwrap and touches nothing.

export const kdfIterations = 600_000;
/**
 * The lowest PBKDF2 cost the app accepts from a stored header. The header is read from disk, so
 * anyone who can write the disk could lower it; below this floor the app refuses to derive at all.
 */
export const minimumKdfIterations = 600_000;
const vaultFormat = 'keha-vault-v1';

/** The stored, non-secret description of a vault. Do not change without a migration. */
export type VaultHeader = {
  format: typeof vaultFormat;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
  wrapIv: Uint8Array<ArrayBuffer>;
  wrappedKey: ArrayBuffer;
};

/** An encrypted record payload as stored in IndexedDB. */
export type EncryptedPayload = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase');
    this.name = 'WrongPassphraseError';
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

/** Makes a new vault: returns what to store and the data key for this session (non-extractable). */
export async function createVault(
  passphrase: string,
  iterations: number = kdfIterations,
): Promise<{ header: VaultHeader; dataKey: CryptoKey }> {
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) } as const;
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, kdf);
  const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const wrapIv = randomBytes(12);
  const wrappedKey = await crypto.subtle.wrapKey('raw', extractable, keyEncryptionKey, wrapParams(wrapIv));
  const header: VaultHeader = { format: vaultFormat, kdf, wrapIv, wrappedKey };
  return { header, dataKey: await unwrapDataKey(header, keyEncryptionKey) };
}

function unwrapDataKey(header: VaultHeader, keyEncryptionKey: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'raw',
    header.wrappedKey,
    keyEncryptionKey,
    wrapParams(header.wrapIv),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Opens a vault with a passphrase; throws WrongPassphraseError when it does not fit, and
 * WeakVaultHeaderError (before deriving anything) when the stored header is below the floor.
 * `minimumIterations` is lowered only by tests that build cheap vaults.
 */
export async function unlockVault(
  header: VaultHeader,
  passphrase: string,
  minimumIterations: number = minimumKdfIterations,
): Promise<CryptoKey> {
  checkVaultHeader(header, minimumIterations);
  const keyEncryptionKey = await deriveKeyEncryptionKey(passphrase, header.kdf);
  try {
    return await unwrapDataKey(header, keyEncryptionKey);
  } catch {
    throw new WrongPassphraseError();
  }
}

const recordParams = (iv: Uint8Array<ArrayBuffer>, table: string, id: string): AesGcmParams => ({
  name: 'AES-GCM',
  iv,
  additionalData: encoder.encode(`${table}/${id}`),
});

export async function encryptRecord(dataKey: CryptoKey, table: string, id: string, value: unknown): Promise<EncryptedPayload> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(recordParams(iv, table, id), dataKey, encoder.encode(JSON.stringify(value)));
  return { iv, data };
}

export async function decryptRecord(dataKey: CryptoKey, table: string, id: string, payload: EncryptedPayload): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(recordParams(payload.iv, table, id), dataKey, payload.data);
  return JSON.parse(decoder.decode(plain));
}
