// Saves of one record that must land in the order they were asked for (a quick-round line's text,
// flag and decision are one record, saved whole): each waits for the one before, and each is
// registered with the lock so that locking waits for it (docs/architecture.md: The quick round).
import { useCallback, useRef } from 'react';
import { trackWrite } from '../vault/lockSignal';

export function useSerialSaves(): <T>(write: () => Promise<T>) => Promise<T> {
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T,>(write: () => Promise<T>) => {
    const next = chain.current.then(write);
    chain.current = next.catch(() => undefined);
    return trackWrite(next);
  }, []);
}
