// When Kehä backs up by itself, and when it reminds the team to take a copy off this computer
// (docs/architecture.md: Backups). Pure functions of instants, so the schedule is tested without a clock.

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** A daily backup is due when there is none, or the newest is 24 hours old (or dated in the future: a clock that was wrong). */
export function dailyBackupDue(newestBackupAt: string | null, now: Date): boolean {
  if (newestBackupAt === null) return true;
  const age = now.getTime() - new Date(newestBackupAt).getTime();
  return !(age >= 0 && age < dayMs);
}

export const reminderDays = 7;

/**
 * Whether to warn that no copy has left the browser's own storage for `reminderDays` days: in the
 * browser the last download, in the desktop app the last backup written to the team's folder. A
 * vault that never had one is counted from when it was created. Returns whole days since, or null.
 */
export function daysWithoutCopy(lastCopyAt: string | null, vaultCreatedAt: string, now: Date): number | null {
  const since = new Date(lastCopyAt ?? vaultCreatedAt).getTime();
  const days = Math.floor((now.getTime() - since) / dayMs);
  return days >= reminderDays ? days : null;
}
