// Timer maths the facilitator view shares with the room's screen. How a duration is written is in
// shared/i18n/timeText.ts (one clock format for every duration).

/** How far an elapsed time is over its plan (0 when it is not). */
export function overrunMs(elapsedMs: number, plannedMs: number): number {
  return Math.max(0, elapsedMs - plannedMs);
}
