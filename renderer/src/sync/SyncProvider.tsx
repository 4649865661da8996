// Runs the sync engine while the vault is unlocked and gives the screens its status, its conflicts
// and its actions (db/syncContext.ts). One window of a Kehä profile runs the engine at a time (a Web
// Lock): the others write into the same database, whose outbox the running one sends
// (docs/architecture.md: Sync between the team's computers).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../db/sessionContext';
import { SyncConnectError, SyncContext, type SyncApi } from '../db/syncContext';
import { decodeRow } from '../db/syncDocs';
import type { ServerConfig, SyncConflictEntry, SyncStatus } from '../db/syncTypes';
import { useThisComputer } from '../db/thisComputer';
import type { VaultRow } from '../db/database';
import type { SyncEngine } from './engine';
import type { MirrorDoc } from './mirror';
import { readServerConfig, writeServerConfig } from './serverConfig';

/** The engine and PouchDB load only on a computer that syncs. */
const loadEngine = () => Promise.all([import('./engine'), import('./mirror')]).then(([engine, mirror]) => ({ ...engine, ...mirror }));

function sameTeam(local: VaultRow, remote: VaultRow): boolean {
  const bytes = (value: Uint8Array | ArrayBuffer) => [...(value instanceof Uint8Array ? value : new Uint8Array(value))].join(',');
  return bytes(local.kdf.salt) === bytes(remote.kdf.salt) && bytes(local.wrappedKey) === bytes(remote.wrappedKey);
}

/** Checks the server before this vault is connected to it: reachable, the user accepted, no other team's vault. */
async function checkServer(config: ServerConfig, local: VaultRow | undefined): Promise<void> {
  const { openRemote, remoteFailureOf } = await loadEngine();
  const remote = openRemote(config);
  try {
    await remote.info();
    const vault = (await remote.get('vault/vault').catch((error: unknown) => {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    })) as MirrorDoc | null;
    if (vault && local && !sameTeam(local, decodeRow(vault.row) as VaultRow)) throw new SyncConnectError('otherTeam');
  } catch (error) {
    if (error instanceof SyncConnectError) throw error;
    throw new SyncConnectError(remoteFailureOf(error));
  } finally {
    await remote.close();
  }
}

export function SyncProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const { computerId } = useThisComputer();
  const [config, setConfig] = useState<ServerConfig | null | undefined>(undefined);
  const [status, setStatus] = useState<SyncStatus>({ state: 'off' });
  const engine = useRef<SyncEngine | null>(null);

  useEffect(() => {
    let live = true;
    readServerConfig(session).then(
      (value) => live && setConfig(value),
      (error: unknown) => {
        console.warn('Sync settings unreadable', error);
        if (live) setConfig(null);
      },
    );
    return () => {
      live = false;
    };
  }, [session]);

  useEffect(() => {
    if (!config) {
      setStatus({ state: 'off' });
      return undefined;
    }
    // The window running the engine tells the others its status; they show it until one of them runs it.
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`keha-sync-status-${session.db.name}`) : null;
    let runningHere = false;
    if (channel) channel.onmessage = (event: MessageEvent<SyncStatus>) => !runningHere && setStatus(event.data);
    setStatus({ state: 'syncing', pending: 0 });
    const controller = new AbortController();
    let running: SyncEngine | null = null;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const run = async () => {
      const { SyncEngine } = await loadEngine();
      if (controller.signal.aborted) return;
      runningHere = true;
      running = new SyncEngine(session, computerId, config);
      engine.current = running;
      running.subscribe((next) => {
        setStatus(next);
        channel?.postMessage(next);
      });
      running.start();
      await held;
    };
    if (typeof navigator.locks?.request === 'function') {
      navigator.locks.request(`keha-sync-${session.db.name}`, { signal: controller.signal }, run).catch(() => undefined);
    } else void run();
    return () => {
      controller.abort();
      release();
      channel?.close();
      engine.current = null;
      void running?.stop();
    };
  }, [session, config, computerId]);

  const rows = useLiveQuery(() => session.db.syncConflicts.toArray(), [session]);
  const codes = useLiveQuery(
    async () => {
      const ids = [...new Set((rows ?? []).flatMap((row) => (row.familyId ? [row.familyId] : [])))];
      const families = await session.db.families.bulkGet(ids);
      return new Map(families.flatMap((family) => (family ? [[family.id, family.code] as const] : [])));
    },
    [session, rows],
  );
  const conflicts = useMemo<SyncConflictEntry[] | undefined>(
    () =>
      rows && codes
        ? rows.map((row) => ({ id: row.id, table: row.table, rowId: row.rowId, familyCode: row.familyId ? (codes.get(row.familyId) ?? null) : null, at: row.at }))
        : undefined,
    [rows, codes],
  );

  // Comparing and choosing works in every window: one without the engine opens the mirror itself.
  const core = useCallback(async () => {
    if (engine.current) return engine.current.core;
    const { SyncCore } = await loadEngine();
    return new SyncCore(session, computerId);
  }, [session, computerId]);
  const connect = useCallback(
    async (next: ServerConfig) => {
      await checkServer(next, await session.db.vault.get('vault'));
      await writeServerConfig(session, next);
      await (await loadEngine()).enqueueEverything(session.db);
      setConfig(next);
    },
    [session],
  );
  const disconnect = useCallback(async () => {
    await writeServerConfig(session, null);
    setConfig(null);
  }, [session]);

  const api = useMemo<SyncApi>(
    () => ({
      status,
      conflicts,
      server: config ? { url: config.url, user: config.user } : null,
      openConflict: async (id) => (await core()).openConflict(id, conflicts?.find((entry) => entry.id === id)?.familyCode ?? null),
      resolveConflict: async (id, choice) => (await core()).resolveConflict(id, choice),
      connect,
      disconnect,
    }),
    [status, conflicts, config, core, connect, disconnect],
  );
  return <SyncContext.Provider value={api}>{children}</SyncContext.Provider>;
}
