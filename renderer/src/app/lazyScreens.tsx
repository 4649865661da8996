// The parts of the app that are not needed before the vault is unlocked load as chunks of their own:
// the app shell with every screen behind it, restoring a backup on a new computer or joining a team
// (both chosen on the first start), and the room's screen (a window that never unlocks).
// The page a user first sees (opening the data, create or unlock the vault) thus loads a small entry
// script; tests/unit/build/entryBundle.test.ts keeps it under its budget (docs/architecture.md: Layers).
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useText } from '../i18n/keys';

const loadAppShell = () => import('./AppShell');

export const AppShell = lazy(() => loadAppShell().then((module) => ({ default: module.AppShell })));
/** Restoring a backup on a new computer, chosen on the first start instead of creating a vault. */
export const NewComputerRestore = lazy(() => import('../backup/NewComputerRestore').then((module) => ({ default: module.NewComputerRestore })));
/** Joining a team that already uses Kehä, chosen on the first start instead of creating a vault. */
export const JoinScreen = lazy(() => import('../sync/JoinScreen').then((module) => ({ default: module.JoinScreen })));
export const SharedScreen = lazy(() => import('../meetings/screen/SharedScreen').then((module) => ({ default: module.SharedScreen })));

/**
 * Starts fetching the app shell once `shown` (the unlock or create screen is on screen), when the
 * browser is idle, so that unlocking does not wait for it and the first screen is not held up by it.
 */
export function usePreloadAppShell(shown: boolean): void {
  useEffect(() => {
    if (!shown) return undefined;
    // A failed fetch is tried again, and reported, when the shell renders.
    const preload = () => void loadAppShell().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(preload, { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(preload, 0);
    return () => clearTimeout(handle);
  }, [shown]);
}

/** Shows what is loading while a chunk arrives (usually a few milliseconds from this computer's disk). */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}

function ScreenLoading() {
  const t = useText();
  return (
    <main className="centered-page" id="main">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}
