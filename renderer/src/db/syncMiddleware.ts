// Notes every change to a synced row in `syncOutbox`, in the same IndexedDB transaction as the change
// (docs/architecture.md: Sync between the team's computers): a change that is on disk is always
// also in the outbox, whatever happens to the window right after, so sync never misses one. Writes
// made by sync itself (rows that came from another computer) are marked on their transaction and not
// noted, so they do not travel back. Nothing is noted while this computer has no team server (no
// `server` row in `syncState`), so a Kehä that never syncs keeps no outbox.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { docIdOf } from './syncDocs';
import { isSyncedKey, isSyncedTable } from './syncTables';

const outboxTable = 'syncOutbox';
const stateTable = 'syncState';
/** The `syncState` row that exists while this computer has a team server. */
export const serverStateId = 'server';
const fromSyncMark = '__kehaFromSync';
const syncingMark = '__kehaSyncing';

/** Marks an IndexedDB transaction as sync's own (pass `Dexie.currentTransaction.idbtrans` or a Transaction's `idbtrans`). */
export function markFromSync(idbTransaction: object): void {
  (idbTransaction as Record<string, unknown>)[fromSyncMark] = true;
}

function isFromSync(trans: DBCoreTransaction): boolean {
  return (trans as unknown as Record<string, unknown>)[fromSyncMark] === true;
}

function keyOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

async function mutatedKeys(table: DBCoreTable, request: DBCoreMutateRequest, results: readonly unknown[] | undefined): Promise<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return results ? [...results] : (request.keys ?? []);
    case 'delete':
      return request.keys;
    case 'deleteRange': {
      const found = await table.query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } });
      return found.result;
    }
  }
}

function withOutbox(down: DBCore): Partial<DBCore> {
  const hasOutbox = down.schema.tables.some((table) => table.name === outboxTable);
  if (!hasOutbox) return {};
  // Asked once per transaction (its own writes to `syncState` ask again): within one IndexedDB
  // transaction nothing else can change the answer, so the outbox stays exact.
  const syncing = (trans: DBCoreTransaction): Promise<boolean> => {
    const held = trans as unknown as Record<string, Promise<boolean> | undefined>;
    return (held[syncingMark] ??= down
      .table(stateTable)
      .get({ trans, key: serverStateId })
      .then((row) => row !== undefined));
  };
  // What the last answer was, for this database: only a guess of the next one (another window may
  // have set or removed the server since). When it guesses "set", the outbox entry goes to IndexedDB
  // together with the write instead of after it, and is taken back in the same transaction if the
  // answer says otherwise; the answer, asked in the write's own transaction, always decides.
  let serverGuess = false;
  const answered = (server: boolean) => {
    serverGuess = server;
    return server;
  };
  return {
    transaction(stores, mode, options) {
      const scope =
        mode === 'readwrite' && stores.some(isSyncedTable) ? [...new Set([...stores, outboxTable, stateTable])] : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name === stateTable) {
        return {
          ...table,
          mutate(request) {
            delete (request.trans as unknown as Record<string, unknown>)[syncingMark];
            return table.mutate(request);
          },
        };
      }
      if (!isSyncedTable(name)) return table;
      const entriesOf = (keys: readonly unknown[]) => {
        const at = Date.now();
        return keys.flatMap((key) => {
          const id = keyOf(key);
          return id !== null && isSyncedKey(name, id) ? [{ id: docIdOf(name, id), at, v: crypto.randomUUID() }] : [];
        });
      };
      // The keys a write will touch, when known before it runs (a put of rows with their keys inside, a delete by keys).
      const keysBefore = (request: DBCoreMutateRequest): readonly unknown[] | null => {
        if (request.type === 'delete') return request.keys;
        if (request.type !== 'put' && request.type !== 'add') return null;
        if (request.keys) return request.keys;
        const { extractKey, autoIncrement } = table.schema.primaryKey;
        return extractKey && !autoIncrement ? request.values.map(extractKey) : null;
      };
      // Notes the written keys in the outbox, in the write's own transaction.
      const noted = async (request: DBCoreMutateRequest, response: Awaited<ReturnType<DBCoreTable['mutate']>>, rangeKeys: unknown[] | null) => {
        const keys = rangeKeys ?? (await mutatedKeys(table, request, response.results));
        const values = entriesOf(keys);
        if (values.length > 0) {
          const outbox = await down.table(outboxTable).mutate({ type: 'put', trans: request.trans, values });
          if (outbox.numFailures > 0) throw Object.values(outbox.failures)[0];
        }
        return response;
      };
      return {
        ...table,
        async mutate(request) {
          if (isFromSync(request.trans)) return table.mutate(request);
          // Keys of a range delete are read before the rows go.
          if (request.type === 'deleteRange') {
            if (!answered(await syncing(request.trans))) return table.mutate(request);
            const rangeKeys = await mutatedKeys(table, request, undefined);
            return noted(request, await table.mutate(request), rangeKeys);
          }
          const keys = serverGuess ? keysBefore(request) : null;
          if (keys) {
            // Guessed "set": the question, the write and its outbox entries go to IndexedDB together.
            const values = entriesOf(keys);
            const outbox = down.table(outboxTable);
            const [server, response, noting] = await Promise.all([
              syncing(request.trans).then(answered),
              table.mutate(request),
              values.length > 0 ? outbox.mutate({ type: 'put', trans: request.trans, values }) : null,
            ]);
            if (!server) {
              if (values.length > 0) await outbox.mutate({ type: 'delete', trans: request.trans, keys: values.map((value) => value.id) });
              return response;
            }
            if (noting && noting.numFailures > 0) throw Object.values(noting.failures)[0];
            return response;
          }
          // The question and the write go to IndexedDB together (one transaction, in order): the
          // write does not wait a round trip for the answer.
          const [server, response] = await Promise.all([syncing(request.trans).then(answered), table.mutate(request)]);
          return server ? noted(request, response, null) : response;
        },
      };
    },
  };
}

export const syncOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kehaSyncOutbox',
  create: (down) => ({ ...down, ...withOutbox(down) }),
};
