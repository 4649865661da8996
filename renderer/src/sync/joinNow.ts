// Joining a team that already uses Kehä on another computer (loaded only when someone joins): the server's address, this member's
// server user and password, and the team's passphrase. The vault header comes first (the passphrase
// is checked against it before anything else is pulled), then every record, with progress; the
// header is written into this computer's database last, so the first screen stays until the join is
// done (docs/architecture.md: Sync between the team's computers).
import type { KehaDatabase, VaultRow } from '../db/database';
import { joiningStateId } from '../db/repositories/vaultRepository';
import { decodeRow } from '../db/syncDocs';
import type { JoinFailure, JoinProgress, ServerConfig } from '../db/syncTypes';
import { unlockVault, WrongPassphraseError } from '../vault';
import { SyncCore } from './engine';
import { writeServerConfig } from './serverConfig';
import type { JoinRequest, JoinResult } from './join';
import { openRemote, remoteFailureOf, type MirrorDoc } from './mirror';


const vaultDocId = 'vault/vault';

export async function joinTeamNow(db: KehaDatabase, request: JoinRequest, onProgress: (progress: JoinProgress) => void): Promise<JoinResult> {
  const fail = (failure: JoinFailure): JoinResult => ({ ok: false, failure });
  if (await db.vault.get('vault')) return fail('notEmptyHere');
  const config: ServerConfig = { url: request.url, user: request.user, password: request.password };
  const remote = openRemote(config);
  onProgress({ phase: 'header' });
  let total: number;
  let vaultDoc: MirrorDoc;
  try {
    total = (await remote.info()).doc_count;
  } catch (error) {
    return fail(remoteFailureOf(error));
  }
  try {
    vaultDoc = (await remote.get(vaultDocId)) as MirrorDoc;
  } catch (error) {
    const failure = remoteFailureOf(error);
    return fail(failure === 'missing' ? 'empty' : failure);
  }
  let dataKey: CryptoKey;
  try {
    dataKey = await unlockVault(decodeRow(vaultDoc.row) as VaultRow, request.passphrase);
  } catch (error) {
    return fail(error instanceof WrongPassphraseError ? 'passphrase' : 'server');
  }
  const session = { db, dataKey, now: () => new Date() };
  // Until the header is written last, the first screen knows a join is under way (and can finish it).
  await db.syncState.put({ id: joiningStateId });
  const core = new SyncCore(session, 'joining');
  try {
    onProgress({ phase: 'records', done: 0, total });
    await core.mirror.replicate.from(remote, { batch_size: 500, batches_limit: 4 }).on('change', (info) => {
      onProgress({ phase: 'records', done: Math.min(info.docs_written, total), total });
    });
    // Everything in the mirror came from the server: nothing of it waits to be sent.
    await core.notePushed(null);
    onProgress({ phase: 'opening' });
    await core.applyPending(undefined, new Set([vaultDocId]));
    await writeServerConfig(session, config);
    await core.applyOne(vaultDocId);
  } catch (error) {
    console.warn('Join failed', error);
    return fail(remoteFailureOf(error));
  } finally {
    await core.close();
  }
  return { ok: true, dataKey };
}
