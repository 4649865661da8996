// Locking leaves nothing behind: the window drops its references, lets saves already under way land
// (encrypted), and then reloads, so the data key, every decrypted payload and every family text go
// with the old page; the fresh page holds only the unlock screen (as Bitwarden does). Every window of
// the app locks together: a lock is announced on a BroadcastChannel with a message that carries no
// data, and each other window that holds anything (an unlocked vault, the room's screen) reloads too.
// The message says only why: 'lock' (the Lock button, the computer's screen lock or suspend) or
// 'idle' (unused for the team's idle time), which a window kept open for a running meeting
// (keepOpen.ts) may ignore.

const channelName = 'keha-lock';
export type LockReason = 'lock' | 'idle';
const lockReasons: readonly LockReason[] = ['lock', 'idle'];

/** Saves started but not yet written; a lock waits for them so no typed text is lost. */
const pendingWrites = new Set<Promise<unknown>>();

/** Registers a save that must land before the window reloads on lock. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pendingWrites.add(write);
  const settle = () => pendingWrites.delete(write);
  write.then(settle, settle);
  return write;
}

/** A save that has not landed by then is given up: the lock must happen even if storage hangs. */
const longestWaitMs = 5_000;

/** Resolves once every tracked save (including those started while waiting) has settled, or after the longest wait. */
export async function settleWrites(): Promise<void> {
  const settled = (async () => {
    while (pendingWrites.size > 0) await Promise.allSettled([...pendingWrites]);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const givenUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, longestWaitMs)));
  await Promise.race([settled, givenUp]);
  clearTimeout(timer);
}

/**
 * One channel per page, for announcing and for listening: a BroadcastChannel never delivers a
 * message to the object that sent it, so a page never hears its own announcement (a window that
 * renews the key tells the others to lock and keeps working itself).
 */
let pageChannel: BroadcastChannel | null = null;
const lockListeners = new Set<(reason: LockReason) => void>();

function channel(): BroadcastChannel {
  if (!pageChannel) {
    pageChannel = new BroadcastChannel(channelName);
    pageChannel.onmessage = (event: MessageEvent) => {
      if (!(lockReasons as readonly unknown[]).includes(event.data)) return;
      for (const listener of [...lockListeners]) listener(event.data as LockReason);
    };
  }
  return pageChannel;
}

/** Tells every other window of the app to lock. */
export function announceLock(reason: LockReason = 'lock'): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel().postMessage(reason);
}

/** Calls `onLock` with the reason when another window locks; returns the unsubscribe. */
export function onLockElsewhere(onLock: (reason: LockReason) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  channel();
  lockListeners.add(onLock);
  return () => lockListeners.delete(onLock);
}

/** Ends this page: a fresh one starts at the unlock screen, in the language stored for the team. */
export function reloadLocked(): void {
  window.location.reload();
}
