// "Keep Kehä open during this meeting": while a chair's running meeting holds it, this window does
// not lock by itself when unused (useIdleLock.ts) and ignores another window's idle lock. It never
// stops a lock asked for: the Lock button, a lock in another window, or the computer's screen lock
// and suspend in the desktop app still lock. Held only in this page's memory, so a reload (every
// lock is one) lets go of it.

const holds = new Set<symbol>();

/** Holds this window open until the returned release is called (call it when the meeting view goes). */
export function holdOpen(): () => void {
  const hold = Symbol('keep open');
  holds.add(hold);
  return () => {
    holds.delete(hold);
  };
}

/** Whether a running meeting in this window is being kept open. */
export function isHeldOpen(): boolean {
  return holds.size > 0;
}
