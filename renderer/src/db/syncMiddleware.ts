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
      // Notes the written keys in the outbox, in the write's own transaction.
      const noted = async (request: DBCoreMutateRequest, response: Awaited<ReturnType<DBCoreTable['mutate']>>, rangeKeys: unknown[] | null) => {
        const keys = rangeKeys ?? (await mutatedKeys(table, request, response.results));
        const at = Date.now();
        const values = keys.flatMap((key) => {
          const id = keyOf(key);
          return id !== null && isSyncedKey(name, id) ? [{ id: docIdOf(name, id), at, v: crypto.randomUUID() }] : [];
        });
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
            if (!(await syncing(request.trans))) return table.mutate(request);
            const rangeKeys = await mutatedKeys(table, request, undefined);
            return noted(request, await table.mutate(request), rangeKeys);
          }
          // The question and the write go to IndexedDB together (one transaction, in order): the
          // write does not wait a round trip for the answer.
          const [server, response] = await Promise.all([syncing(request.trans), table.mutate(request)]);
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
