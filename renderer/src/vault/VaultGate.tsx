// Decides what a user sees before the data is open: create the vault on first start, unlock it
// later, and the app itself once unlocked. Locking (here or in any other window of the app) unmounts
// the app, lets saves under way land, and reloads the window (lockSignal.ts): nothing of the key or
// the decrypted data outlives the page. Left unused for the team's idle time, it locks by itself
// (unless a running meeting keeps this window open, keepOpen.ts); in the desktop app it also locks
// when the computer's screen locks or the computer suspends (the platform's onOsLock). Once open it
// tells the app who is using this computer (ThisComputerContext: the computer's id and the member
// remembered here; the app frame asks when nobody is, docs/domain.md: The team on several computers).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import type { Session } from '../db/session';
import { SessionContext } from '../db/sessionContext';
import { AppShell, JoinScreen, ScreenSuspense, usePreloadAppShell } from '../app/lazyScreens';
import type { JoinTeam } from '../sync';
import { CreateVaultScreen } from './CreateVaultScreen';
import { HeaderMissingScreen } from './HeaderMissingScreen';
import { startKeyRenewal, stopKeyRenewal } from './keyRenewal';
import { UnlockScreen } from './UnlockScreen';
import { getPlatform } from '../platform/platform';
import { isHeldOpen } from './keepOpen';
import { useIdleLock } from './useIdleLock';
import { announceLock, onLockElsewhere, reloadLocked, settleWrites, trackWrite, type LockReason } from './lockSignal';
import { setActivityMember, useComputerMember, useVaultCommands, useVaultState } from '../db/commands/vaultCommands';
import { ThisComputerContext, type ThisComputer } from '../db/thisComputer';

/** `joinTeam` replaces the real join in tests. */
export function VaultGate({ db, joinTeam }: { db: KehaDatabase; joinTeam?: JoinTeam }) {
  const header = useVaultState(db);
  // Joining a team: the join screen stays while the join writes the vault header and the records
  // (the header appearing would otherwise switch to the unlock screen half way).
  const [joining, setJoining] = useState(false);
  const commands = useVaultCommands(db);
  const [dataKey, setDataKey] = useState<CryptoKey | null>(null);
  const [locking, setLocking] = useState(false);
  const session = useMemo<Session | null>(() => (dataKey ? { db, dataKey, now: () => new Date() } : null), [db, dataKey]);
  usePreloadAppShell(header !== undefined);

  const lock = useCallback((announce: LockReason | null) => {
    // Logged once, by the window that locks (the others follow it); the entry lands before the reload.
    if (announce) trackWrite(commands.recordActivity.orThrow('locked')).catch((error: unknown) => console.warn('Activity log not written', error));
    if (announce) announceLock(announce);
    setLocking(true);
    setDataKey(null);
  }, [commands]);
  // This computer's id, read (or made) at unlock; the app waits for it (a moment) so every screen knows it.
  const [computerId, setComputerId] = useState<string | null>(null);
  const unlock = useCallback(
    (key: CryptoKey) => {
      setDataKey(key);
      void (async () => {
        // A computer whose settings cannot be written (full disk) still opens, with an id for this window only.
        const id = await commands.ensureComputerId.orThrow().catch(() => crypto.randomUUID());
        setComputerId(id);
      })();
      commands.pruneActivity.orThrow().catch((error: unknown) => console.warn('Activity log not pruned', error));
    },
    [commands],
  );
  const memberId = useComputerMember(db, dataKey !== null);
  const thisComputer = useMemo<ThisComputer | null>(
    () => (computerId !== null && memberId !== undefined ? { computerId, memberId } : null),
    [computerId, memberId],
  );
  // Every activity log entry of this window names the member using this computer (`by`); the unlock
  // entry is written once that is known.
  const noted = useRef(false);
  useEffect(() => {
    if (!thisComputer) return;
    setActivityMember(thisComputer.memberId);
    if (noted.current) return;
    noted.current = true;
    void commands.noteActivity.orThrow('unlocked');
  }, [thisComputer, commands]);

  // Another window locked: this one locks too, if it holds the key (an idle lock elsewhere leaves a
  // window kept open for its running meeting alone).
  const unlocked = dataKey !== null;
  useEffect(
    () => (unlocked ? onLockElsewhere((reason) => (reason === 'idle' && isHeldOpen() ? undefined : lock(null))) : undefined),
    [unlocked, lock],
  );
  // The computer's screen locked or it is suspending (desktop app only): lock, as the Lock button does.
  useEffect(() => (unlocked ? getPlatform().onOsLock(() => lock('lock')) : undefined), [unlocked, lock]);
  // Nobody has used Kehä for the team's idle time: it locks (every window not kept open).
  const lockWhenIdle = useCallback(() => lock('idle'), [lock]);
  useIdleLock(db, unlocked && !locking, lockWhenIdle);
  // A key renewal (or the upgrade of old records) left unfinished continues in the background; Lock stops it.
  useEffect(() => {
    if (!session) return undefined;
    void startKeyRenewal(session);
    return stopKeyRenewal;
  }, [session]);

  if (locking) return <Locking />;
  if (header === undefined) return null;
  if (session) {
    if (!thisComputer) return null;
    return (
      <SessionContext.Provider value={session}>
        <ThisComputerContext.Provider value={thisComputer}>
          <ScreenSuspense>
            <AppShell onLock={() => lock('lock')} />
          </ScreenSuspense>
        </ThisComputerContext.Provider>
      </SessionContext.Provider>
    );
  }
  // An interrupted join (records written, header not yet) is finished from the same screen, with no
  // way back to creating a vault over the records already fetched.
  if (joining || header === 'joining') {
    const resuming = header === 'joining';
    return (
      <ScreenSuspense>
        <JoinScreen db={db} onJoined={unlock} onCancel={resuming ? undefined : () => setJoining(false)} resuming={resuming} joinTeam={joinTeam} />
      </ScreenSuspense>
    );
  }
  if (header === 'headerMissing') return <HeaderMissingScreen db={db} />;
  if (header === null) return <CreateVaultScreen db={db} onCreated={unlock} onJoin={() => setJoining(true)} />;
  return <UnlockScreen db={db} onUnlocked={unlock} />;
}

/** Shown for the moment between Lock and the reload: the app is gone; its last saves land, then the page is replaced. */
function Locking() {
  const { t } = useTranslation();
  useEffect(() => {
    // Runs after the app's unmount effects, which start the saves of fields still being edited.
    void settleWrites().then(reloadLocked);
  }, []);
  return (
    <main className="centered-page" id="main">
      <p role="status">{t('vault.locking')}</p>
    </main>
  );
}
