// The background re-encryption of a key renewal (and of records written before payload format 2)
// in this window: started at unlock and when the team renews the key, stopped by Lock (the app
// unmounts) or by closing the window; the next unlock continues it. Screens read its progress from
// here (useKeyRenewal). docs/architecture.md: Security (Vault).
import { useSyncExternalStore } from 'react';
import { continueKeyRenewal, type ReSealProgress } from '../db/repositories/vaultRepository';
import type { Session } from '../db/session';

export type KeyRenewalState =
  | { status: 'idle' }
  | ({ status: 'running' } & ReSealProgress)
  | ({ status: 'finished' } & ReSealProgress)
  | { status: 'failed'; error: unknown };

let state: KeyRenewalState = { status: 'idle' };
/** The run under way; `again` asks for one more run after it (a renewal started while it ran). */
let running: { session: Session; controller: AbortController; done: Promise<void>; again: boolean } | null = null;
const listeners = new Set<() => void>();

function set(next: KeyRenewalState) {
  state = next;
  for (const listener of [...listeners]) listener();
}

/**
 * A pause before each batch that only the end-to-end tests set (a page init script), so a test can
 * lock while a renewal is visibly half done. Nothing in the app sets it.
 */
type TestHold = { keyRenewalHold?: () => Promise<void> };

/** Starts (or keeps running) the re-encryption for this session. Safe to call at every unlock. */
export function startKeyRenewal(session: Session): Promise<void> {
  if (running?.session === session) {
    running.again = true;
    return running.done;
  }
  stopKeyRenewal();
  const controller = new AbortController();
  let last: ReSealProgress = { done: 0, total: 0, unreadable: 0, renewing: false };
  const done = continueKeyRenewal(session, {
    signal: controller.signal,
    beforeBatch: () => (globalThis as TestHold).keyRenewalHold?.() ?? Promise.resolve(),
    onProgress: (progress) => {
      last = progress;
      if (!controller.signal.aborted) set({ status: 'running', ...progress });
    },
  }).then(
    (result) => {
      if (controller.signal.aborted) return;
      if (result === 'finished' && last.renewing) set({ status: 'finished', ...last });
      else if (result !== 'interrupted') set({ status: 'idle' });
      const again = running?.controller === controller && running.again;
      if (running?.controller === controller) running = null;
      if (again) void startKeyRenewal(session);
    },
    (error: unknown) => {
      if (!controller.signal.aborted) set({ status: 'failed', error });
      if (running?.controller === controller) running = null;
    },
  );
  running = { session, controller, done, again: false };
  return done;
}

/** Stops the re-encryption between two batches (Lock). What is done stays done. */
export function stopKeyRenewal(): void {
  running?.controller.abort();
  running = null;
  set({ status: 'idle' });
}

export function useKeyRenewal(): KeyRenewalState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
