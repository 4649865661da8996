// How the facilitator view writes durations: a stopwatch-style "m:ss" (or "h:mm:ss" from an hour
// up), rounded down to whole seconds so the display never runs ahead of the stored timestamps, and
// planned times in whole minutes where they are whole.

/** "0:00", "4:07", "1:02:03". Negative durations count as zero. */
export function formatStopwatch(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** How far an elapsed time is over its plan (0 when it is not). */
export function overrunMs(elapsedMs: number, plannedMs: number): number {
  return Math.max(0, elapsedMs - plannedMs);
}
