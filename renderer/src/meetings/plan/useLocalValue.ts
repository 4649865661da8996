// A control's value shown at once when the user changes it, before the saved plan comes back from
// the database (a live query, a moment later); without it a select or checkbox would flick back to
// the old value in between. `reset` drops the local value, e.g. when the save failed.
import { useCallback, useState } from 'react';

export function useLocalValue<T>(stored: T): { value: T; set: (value: T) => void; reset: () => void } {
  const [local, setLocal] = useState<{ value: T; over: T } | null>(null);
  // The local value applies only while the stored value is still the one it was chosen over.
  const value = local !== null && Object.is(local.over, stored) ? local.value : stored;
  const set = useCallback((next: T) => setLocal({ value: next, over: stored }), [stored]);
  const reset = useCallback(() => setLocal(null), []);
  return { value, set, reset };
}
