// Shared helpers for the database tests (unit tests on fake-indexeddb and browser tests on real
// IndexedDB): a fresh database per test, an unlocked session, a second window on it and a way to
// make it write at the worst moment, a controllable clock, and a way to look at stored rows the way
// an attacker with the disk would.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, vi } from 'vitest';
import { openDatabase, type KehaDatabase } from '../../../renderer/src/db/database';
import { createVaultIn, unlockVaultIn } from '../../../renderer/src/db/repositories/vaultRepository';
import type { Session } from '../../../renderer/src/db/session';

export const passphrase = 'kevät tulee taas kehään';
/** Low PBKDF2 cost for speed; the default (600,000) is covered by dedicated tests. */
export const fastIterations = 1000;

/** A clock that starts at `start` and moves one second forward on every call. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z'): () => Date {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += 1000;
    return now;
  };
}

/** Opens a database with a unique name; `cleanup` closes and deletes it. */
export function freshDatabase(): { db: KehaDatabase; name: string; cleanup: () => Promise<void> } {
  const name = `keha-test-${crypto.randomUUID()}`;
  const db = openDatabase(name);
  return {
    db,
    name,
    cleanup: async () => {
      db.close();
      await Dexie.delete(name);
    },
  };
}

/** Creates a vault in `db` and returns an unlocked session for it. */
export async function unlockedSession(
  db: KehaDatabase,
  options: { iterations?: number; now?: () => Date } = {},
): Promise<Session> {
  const now = options.now ?? steppingClock();
  const dataKey = await createVaultIn(db, passphrase, now(), options.iterations ?? fastIterations);
  return { db, dataKey, now };
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Serialises a stored row to text the way someone reading the disk could: clear fields as JSON,
 * and every byte buffer also decoded as UTF-8, so plaintext stored as bytes would still show up.
 */
export function inspectStored(value: unknown): string {
  const texts: string[] = [];
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof ArrayBuffer || ArrayBuffer.isView(inner)) {
      const bytes = inner instanceof ArrayBuffer ? new Uint8Array(inner) : new Uint8Array(inner.buffer, inner.byteOffset, inner.byteLength);
      texts.push(utf8.decode(bytes));
      return `<${bytes.byteLength} bytes>`;
    }
    return inner;
  });
  return `${json}\n${texts.join('\n')}`;
}

/** Byte content of a buffer or view, for equality checks. */
export function bytesOf(buffer: ArrayBuffer | ArrayBufferView): number[] {
  return buffer instanceof ArrayBuffer
    ? [...new Uint8Array(buffer)]
    : [...new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)];
}

/**
 * A deep copy of a stored value with every byte buffer replaced by its bytes, for toEqual: Vitest's
 * toEqual treats two ArrayBuffers of the same length as equal whatever their content.
 */
export function comparable(value: unknown): unknown {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    return { [value instanceof ArrayBuffer ? 'ArrayBuffer' : value.constructor.name]: bytesOf(value) };
  }
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, comparable(inner)]));
  }
  return value;
}

/** The per-test state `repositoryWorld` keeps up to date. */
export interface RepositoryWorld {
  db: KehaDatabase;
  name: string;
  session: Session;
  /** Second windows opened by the test (see `secondWindow`); closed after each test. */
  readonly others: KehaDatabase[];
}

/**
 * Registers the usual repository-test setup in the calling scope: before each test a fresh
 * database with an unlocked session on a stepping clock from `clock` (or, given a function, on the
 * clock it returns, called anew before each test); after each test, mocks restored, second windows
 * closed and the database deleted. Returns a live object: read its fields inside tests, not when
 * the file loads.
 */
export function repositoryWorld(clock?: string | (() => () => Date)): RepositoryWorld {
  const world = { others: [] as KehaDatabase[] } as RepositoryWorld;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ db: world.db, name: world.name, cleanup } = freshDatabase());
    world.session = await unlockedSession(world.db, { now: typeof clock === 'function' ? clock() : steppingClock(clock) });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const other of world.others.splice(0)) other.close();
    await cleanup();
  });
  return world;
}

/** A second window on the database `name` (its own connection), unlocked with the test passphrase; pushed to `opened` for the test to close. */
export async function secondWindow(name: string, opened: KehaDatabase[], at: string): Promise<Session> {
  const other = openDatabase(name);
  opened.push(other);
  return { db: other, dataKey: await unlockVaultIn(other, passphrase, fastIterations), now: steppingClock(at) };
}

/**
 * Lets another window write (`meanwhile`) at the worst moment: after this window has read the
 * record and while it encrypts its change, just before its write transaction.
 */
export function whileNextEncrypting(meanwhile: () => Promise<unknown>) {
  const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'encrypt').mockImplementationOnce(async (...args: Parameters<SubtleCrypto['encrypt']>) => {
    await meanwhile();
    return encrypt(...args);
  });
}
