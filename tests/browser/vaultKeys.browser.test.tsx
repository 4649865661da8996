// The vault's keys in real Chromium (real WebCrypto and IndexedDB): the passphrase changed at the
// real KDF cost, a key renewal interrupted and resumed, a clear field edited on disk, the screen
// shown when the vault header is missing over stored data, and the passphrase strength check on
// the create screen and in the Data and security section.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { openDatabase } from '../../renderer/src/db/database';
import { createFamily, listFamilies, readFamily } from '../../renderer/src/db/repositories/familyRepository';
import {
  changeVaultPassphrase,
  continueKeyRenewal,
  createVaultIn,
  unlockVaultIn,
} from '../../renderer/src/db/repositories/vaultRepository';
import { unreadableRecords } from '../../renderer/src/db/sealedRecords';
import type { Session } from '../../renderer/src/db/session';
import { PassphraseSection } from '../../renderer/src/settings/PassphraseSection';
import { VaultGate } from '../../renderer/src/vault/VaultGate';
import { WrongPassphraseError } from '../../renderer/src/vault/vaultCrypto';
import '../../renderer/src/styles.css';
import { comparable, fastIterations, passphrase } from '../unit/db/support';
import { browserWorld, seriousAxeViolations, settle } from './support';

const world = browserWorld({ prefix: 'keha-keys' });
const newPassphrase = 'neljä satunnaista sanaa riittää';
const cheap = { iterations: fastIterations, minimumIterations: fastIterations };

async function families(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await createFamily(world.session, { code: `KXR-${100 + i}`, label: `Perhe ${i}`, responsibleMemberId: null }));
  return ids;
}

async function withDatabase<T>(use: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const name = `keha-keys-other-${crypto.randomUUID()}`;
  const db = openDatabase(name);
  try {
    return await use(db);
  } finally {
    db.close();
    await settle();
    await Dexie.delete(name);
  }
}

describe('the vault’s keys on real WebCrypto and IndexedDB', () => {
  it('a passphrase changed at the real KDF cost: the old one fails, the new one opens, records are untouched', async () => {
    await withDatabase(async (db) => {
      const dataKey = await createVaultIn(db, passphrase, new Date());
      const session: Session = { db, dataKey, now: () => new Date() };
      const id = await createFamily(session, { code: 'KXR-482', label: 'Muutto', responsibleMemberId: null });
      const before = comparable(await db.families.toArray());

      await expect(changeVaultPassphrase(session, 'väärä salalause tähän', newPassphrase, { renewKey: false })).rejects.toBeInstanceOf(
        WrongPassphraseError,
      );
      await changeVaultPassphrase(session, passphrase, newPassphrase, { renewKey: false });

      expect((await db.vault.get('vault'))!.kdf.iterations).toBe(600_000);
      await expect(unlockVaultIn(db, passphrase)).rejects.toBeInstanceOf(WrongPassphraseError);
      const reopened: Session = { db, dataKey: await unlockVaultIn(db, newPassphrase), now: () => new Date() };
      expect(comparable(await db.families.toArray())).toEqual(before);
      expect((await readFamily(reopened, id))?.label).toBe('Muutto');
    });
  });

  it('a key renewal stopped half way is finished by the next unlock, and every family still reads', async () => {
    const ids = await families(8);
    const keyId = await changeVaultPassphrase(world.session, passphrase, newPassphrase, { renewKey: true, ...cheap });
    const lock = new AbortController();
    let batches = 0;
    const first = await continueKeyRenewal(world.session, {
      signal: lock.signal,
      batchSize: 3,
      beforeBatch: async () => {
        if (++batches === 2) lock.abort();
      },
    });
    expect(first).toBe('interrupted');
    expect((await world.db.families.toArray()).filter((row) => row.payload.k === keyId)).toHaveLength(3);

    const next: Session = { db: world.db, dataKey: await unlockVaultIn(world.db, newPassphrase, fastIterations), now: () => new Date() };
    expect(await continueKeyRenewal(next)).toBe('finished');
    expect((await world.db.vault.get('vault'))!.previous).toBeUndefined();
    const fresh: Session = { db: world.db, dataKey: await unlockVaultIn(world.db, newPassphrase, fastIterations), now: () => new Date() };
    expect((await listFamilies(fresh)).map((family) => family.id).sort()).toEqual([...ids].sort());
  });

  it('a family whose code was edited on disk is set aside and named; the others read', async () => {
    const [kept, edited] = await families(2);
    await world.db.families.update(edited!, { code: 'ABC-999' });
    expect((await listFamilies(world.session)).map((family) => family.id)).toEqual([kept]);
    expect(unreadableRecords(world.session)).toEqual([{ table: 'families', id: edited, familyId: edited, code: 'ABC-999' }]);
  });
});

describe('the start screen', () => {
  it('with data stored but the vault header gone, says so and offers no new vault', async () => {
    await families(1);
    await world.db.vault.clear();
    world.render(<VaultGate db={world.db} />);
    await expect.element(page.getByRole('heading', { name: 'The key of the stored data is missing' })).toBeVisible();
    await expect.element(page.getByText(/Restore the data from a backup/)).toBeVisible();
    expect(page.getByRole('button', { name: 'Create vault' }).query()).toBeNull();
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('refuses a common password in words, and takes four random words as strong', async () => {
    await withDatabase(async (db) => {
      world.render(<VaultGate db={db} />);
      const first = page.getByLabelText('Passphrase', { exact: true });
      await userEvent.fill(first, 'salasana123456');
      await userEvent.fill(page.getByLabelText('Passphrase again', { exact: true }), 'salasana123456');
      await expect.element(page.getByText(/on the list of common passwords/).first()).toBeVisible();
      await userEvent.click(page.getByRole('button', { name: 'Create vault' }));
      await expect.element(page.getByRole('alert')).toHaveTextContent('This passphrase is on the list of common passwords. Use four or more random words.');
      expect(await db.vault.count()).toBe(0);

      await userEvent.fill(first, 'kolme iloista kehää tiistaina');
      await expect.element(page.getByText('Strong.')).toBeVisible();
    });
  });
});

describe('the Passphrase and key section', () => {
  it('changes the passphrase with the current one, refuses a wrong one in words, and passes axe', async () => {
    await withDatabase(async (db) => {
      const dataKey = await createVaultIn(db, passphrase, new Date());
      world.session = { db, dataKey, now: () => new Date() };
      world.render(<PassphraseSection />);
      const current = page.getByLabelText('Current passphrase', { exact: true });
      const next = page.getByLabelText('New passphrase', { exact: true });
      const again = page.getByLabelText('New passphrase again', { exact: true });
      expect(await seriousAxeViolations(world.container)).toEqual([]);

      await userEvent.fill(current, 'väärä salalause tähän');
      await userEvent.fill(next, newPassphrase);
      await userEvent.fill(again, newPassphrase);
      await userEvent.click(page.getByRole('button', { name: 'Change passphrase' }));
      await expect.element(page.getByRole('alert')).toHaveTextContent('The current passphrase is wrong. Nothing was changed.');

      await userEvent.fill(current, passphrase);
      await userEvent.click(page.getByRole('button', { name: 'Change passphrase' }));
      await expect.element(page.getByText(/The passphrase was changed/)).toBeVisible();
      await expect(unlockVaultIn(db, newPassphrase)).resolves.toBeDefined();
      expect(await seriousAxeViolations(world.container)).toEqual([]);
    });
  });
});
