// This computer's team server (address, user, password), sealed with the vault key in the local
// `syncState` table: never synced, and unreadable without the passphrase
// (docs/architecture.md: Sync between the team's computers).
import type { SyncStateRow } from '../db/database';
import type { Session } from '../db/session';
import { openPayloadUnchecked, sealPayload } from '../db/sealedRecords';
import type { ServerConfig } from '../db/syncTypes';
import { serverStateId } from '../db/syncMiddleware';


/** The server settings of this computer, sealed with the vault key (never synced). */
export async function readServerConfig(session: Session): Promise<ServerConfig | null> {
  const row = await session.db.syncState.get(serverStateId);
  if (!row?.payload) return null;
  return (await openPayloadUnchecked(session, 'syncState', { id: row.id, payload: row.payload })) as ServerConfig;
}

export async function writeServerConfig(session: Session, config: ServerConfig | null): Promise<void> {
  if (!config) {
    await session.db.syncState.delete(serverStateId);
    return;
  }
  const row: SyncStateRow = { id: serverStateId };
  row.payload = await sealPayload(session, { name: 'syncState' }, row, config);
  await session.db.syncState.put(row);
}

