// Joining a team that already uses Kehä on another computer: the server's address, this member's
// server user and password, and the team's passphrase (docs/architecture.md: Sync between the team's
// computers). The work is in joinNow.ts, loaded on demand so that PouchDB is not in the first screen's code.
import type { KehaDatabase } from '../db/database';
import type { JoinFailure, JoinProgress, ServerConfig } from '../db/syncTypes';

export type JoinRequest = ServerConfig & { passphrase: string };
export type JoinResult = { ok: true; dataKey: CryptoKey } | { ok: false; failure: JoinFailure };

export async function joinTeam(db: KehaDatabase, request: JoinRequest, onProgress: (progress: JoinProgress) => void): Promise<JoinResult> {
  const { joinTeamNow } = await import('./joinNow');
  return joinTeamNow(db, request, onProgress);
}
