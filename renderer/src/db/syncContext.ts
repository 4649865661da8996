// What the screens see of sync: the header's status, the records changed in the same place on two
// computers, and the actions on them. The engine (engine.ts) provides them through SyncContext while
// the vault is unlocked; without a team server the status is 'off' and the list empty
// (docs/architecture.md: Sync between the team's computers).
import { createContext, useContext } from 'react';
import type { ConflictChoice, ConflictView, ServerConfig, SyncConflictEntry, SyncStatus } from './syncTypes';

export type SyncApi = {
  status: SyncStatus;
  /** Undefined while loading. */
  conflicts: readonly SyncConflictEntry[] | undefined;
  /** The server this computer syncs with (address and user only), or null. */
  server: { url: string; user: string } | null;
  openConflict(id: string): Promise<ConflictView>;
  resolveConflict(id: string, choice: ConflictChoice): Promise<void>;
  /** Connects this vault to a team server (the first computer of a team); throws `SyncConnectError`. */
  connect(config: ServerConfig): Promise<void>;
  /** Stops syncing on this computer; its data stays. */
  disconnect(): Promise<void>;
};

export class SyncConnectError extends Error {
  constructor(readonly reason: 'unreachable' | 'auth' | 'missing' | 'otherTeam' | 'server') {
    super(`Cannot connect to the team server: ${reason}`);
    this.name = 'SyncConnectError';
  }
}

const offline: SyncApi = {
  status: { state: 'off' },
  conflicts: [],
  server: null,
  openConflict: () => Promise.reject(new Error('Sync is off')),
  resolveConflict: () => Promise.reject(new Error('Sync is off')),
  connect: () => Promise.reject(new Error('Sync is not available')),
  disconnect: () => Promise.resolve(),
};

export const SyncContext = createContext<SyncApi>(offline);

export function useSync(): SyncApi {
  return useContext(SyncContext);
}
