// Creating and unlocking the team vault stored in the database.
import { createVault, unlockVault, type VaultHeader } from '../../vault/vaultCrypto';
import type { KehaDatabase, VaultRow } from '../database';
import { upgradeSealedData } from '../sealedMigrations';

export class VaultExistsError extends Error {
  constructor() {
    super('A vault already exists');
    this.name = 'VaultExistsError';
  }
}

export async function readVaultHeader(db: KehaDatabase): Promise<VaultRow | undefined> {
  return db.vault.get('vault');
}

/**
 * Creates the vault. `add` fails if another window created one meanwhile, so two windows can
 * never each make their own vault and orphan the other's data.
 */
export async function createVaultIn(db: KehaDatabase, passphrase: string, now: Date, iterations?: number): Promise<CryptoKey> {
  const { header, dataKey } = await createVault(passphrase, iterations);
  try {
    await db.vault.add({ ...header, id: 'vault', createdAt: now.toISOString() });
  } catch (error) {
    if (error instanceof Error && error.name === 'ConstraintError') throw new VaultExistsError();
    throw error;
  }
  return dataKey;
}

/**
 * Unlocks the vault and runs the data migrations that need its key, so data is current before any
 * screen reads it. A header below the KDF floor is refused (WeakVaultHeaderError); only tests with
 * cheap vaults pass a lower `minimumIterations`.
 */
export async function unlockVaultIn(db: KehaDatabase, passphrase: string, minimumIterations?: number): Promise<CryptoKey> {
  const row = await readVaultHeader(db);
  if (!row) throw new Error('No vault to unlock');
  const header: VaultHeader = { format: row.format, kdf: row.kdf, wrapIv: row.wrapIv, wrappedKey: row.wrappedKey };
  const dataKey = await unlockVault(header, passphrase, minimumIterations);
  await upgradeSealedData({ db, dataKey, now: () => new Date() });
  return dataKey;
}
