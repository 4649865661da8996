// Auto-lock: when nobody has used Kehä (in any of its windows) for the team's idle time, it locks.
// Use is a key press, pointer or wheel movement, or typing; each window notes the time of the last
// use in localStorage (a time only, nothing else), so a window left in the background does not lock
// a colleague who is working in another one. A window kept open for a running meeting (keepOpen.ts)
// does not lock while it is held; once let go, the usual idle time counts from the last use.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { KehaDatabase } from '../db/database';
import { readAutoLockMinutes } from '../db/repositories/settingsRepository';
import { isHeldOpen } from './keepOpen';

const lastUseKey = 'keha.lastUse';
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'input', 'touchstart'] as const;
const checkEveryMs = 10_000;
const noteAtMostEveryMs = 5_000;

function storedLastUse(): number {
  try {
    return Number(window.localStorage.getItem(lastUseKey)) || 0;
  } catch {
    return 0;
  }
}

function storeLastUse(time: number): void {
  try {
    window.localStorage.setItem(lastUseKey, String(time));
  } catch {
    // No storage: this window's own time still counts.
  }
}

/** While `active`, calls `onIdle` once the team's idle time has passed without use in any window. */
export function useIdleLock(db: KehaDatabase, active: boolean, onIdle: () => void): void {
  const minutes = useLiveQuery(() => readAutoLockMinutes(db), [db]);
  useEffect(() => {
    if (!active || minutes === undefined) return;
    let lastUse = Date.now();
    storeLastUse(lastUse);
    const used = () => {
      const now = Date.now();
      if (now - lastUse < noteAtMostEveryMs) return;
      lastUse = now;
      storeLastUse(now);
    };
    activityEvents.forEach((name) => window.addEventListener(name, used, { capture: true, passive: true }));
    const timer = window.setInterval(() => {
      if (isHeldOpen()) return;
      if (Date.now() - Math.max(lastUse, storedLastUse()) >= minutes * 60_000) onIdle();
    }, checkEveryMs);
    return () => {
      window.clearInterval(timer);
      activityEvents.forEach((name) => window.removeEventListener(name, used, { capture: true }));
    };
  }, [active, minutes, onIdle]);
}
