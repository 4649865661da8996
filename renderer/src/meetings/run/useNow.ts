// The current time for the facilitator's timers, refreshed every second. Components re-render from
// the stored run timestamps with this `now`: nothing counts seconds itself, so a reload, a sleeping
// laptop or a throttled background tab can never make a timer drift.
import { useEffect, useState } from 'react';
import { useSession } from '../../db/sessionContext';

export function useNow(intervalMs: number = 1000): number {
  const session = useSession();
  const [now, setNow] = useState(() => session.now().getTime());
  useEffect(() => {
    setNow(session.now().getTime());
    const timer = window.setInterval(() => setNow(session.now().getTime()), intervalMs);
    return () => window.clearInterval(timer);
  }, [session, intervalMs]);
  return now;
}
