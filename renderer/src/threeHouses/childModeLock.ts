// The child-mode lock: while a child is using the three houses, the tab remembers which session
// is in child mode (in sessionStorage, so it survives a reload but not closing the window), and the
// app shell then renders only the child view, whatever the URL becomes. Only ids are kept here:
// no content, no passphrase. Setting or clearing it notifies subscribers (useChildModeLock).
import { useSyncExternalStore } from 'react';

export type ChildModeLock = { familyId: string; childId: string; sessionId: string };

const storageKey = 'keha.threeHouses.childMode';
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedLock: ChildModeLock | null = null;

function readRaw(): string | null {
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** The lock now, or null when child mode is off (an unreadable value counts as off). */
export function readChildModeLock(): ChildModeLock | null {
  const raw = readRaw();
  if (raw === cachedRaw) return cachedLock;
  cachedRaw = raw;
  cachedLock = parseLock(raw);
  return cachedLock;
}

function parseLock(raw: string | null): ChildModeLock | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<ChildModeLock>;
    const ok = [value.familyId, value.childId, value.sessionId].every((part) => typeof part === 'string' && part !== '');
    return ok ? (value as ChildModeLock) : null;
  } catch {
    return null;
  }
}

export function setChildModeLock(lock: ChildModeLock): void {
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(lock));
  } catch {
    // Storage refused (private mode quota): the in-memory copy below still holds this window.
  }
  cachedRaw = readRaw();
  cachedLock = lock;
  listeners.forEach((listener) => listener());
}

export function clearChildModeLock(): void {
  try {
    window.sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
  cachedRaw = null;
  cachedLock = null;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The lock, re-rendering when child mode starts or ends. */
export function useChildModeLock(): ChildModeLock | null {
  return useSyncExternalStore(subscribe, () => (cachedRaw === undefined ? readChildModeLock() : cachedLock));
}
