// Decides what a user sees before the data is open: create the vault on first start, unlock it
// later, and the app itself once unlocked. Locking drops the data key from memory.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { KehaDatabase } from '../db/database';
import { readVaultHeader } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';
import { SessionContext } from '../app/sessionContext';
import { AppShell } from '../app/AppShell';
import { CreateVaultScreen } from './CreateVaultScreen';
import { UnlockScreen } from './UnlockScreen';

export function VaultGate({ db }: { db: KehaDatabase }) {
  const header = useLiveQuery(async () => (await readVaultHeader(db)) ?? null, [db]);
  const [dataKey, setDataKey] = useState<CryptoKey | null>(null);
  const session = useMemo<Session | null>(() => (dataKey ? { db, dataKey, now: () => new Date() } : null), [db, dataKey]);

  if (header === undefined) return null;
  if (session) {
    return (
      <SessionContext.Provider value={session}>
        <AppShell onLock={() => setDataKey(null)} />
      </SessionContext.Provider>
    );
  }
  if (header === null) return <CreateVaultScreen db={db} onCreated={setDataKey} />;
  return <UnlockScreen db={db} onUnlocked={setDataKey} />;
}
