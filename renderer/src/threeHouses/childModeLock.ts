// The child-mode lock: while a child is using the three houses (or the family is drawing its network
// map in the large view), the tab remembers which session or map is in that mode (in sessionStorage,
// so it survives a reload but not closing the window), and the app shell then renders only that
// view, whatever the URL becomes. Only ids are kept here: no content, no passphrase. Setting or
// clearing it notifies subscribers (useChildModeLock). Leaving always goes through WorkerExit.
import { useSyncExternalStore } from 'react';

/** Three houses' child mode: one child's session. */
export type ThreeHousesChildModeLock = { tool?: undefined; familyId: string; childId: string; sessionId: string };
/** The network map's family view: one map, drawn with the family in the room. */
export type NetworkMapFamilyLock = { tool: 'networkMap'; familyId: string; mapId: string };
export type ChildModeLock = ThreeHousesChildModeLock | NetworkMapFamilyLock;

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
    const value = JSON.parse(raw) as Record<string, unknown>;
    const filled = (part: unknown) => typeof part === 'string' && part !== '';
    if (value.tool === 'networkMap') {
      return filled(value.familyId) && filled(value.mapId) ? { tool: 'networkMap', familyId: value.familyId as string, mapId: value.mapId as string } : null;
    }
    const ok = [value.familyId, value.childId, value.sessionId].every(filled);
    return ok ? { familyId: value.familyId as string, childId: value.childId as string, sessionId: value.sessionId as string } : null;
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
