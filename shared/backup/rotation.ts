// Which backups to keep (docs/architecture.md: Backups). A pure function of the list and the clock,
// so the browser's store and the desktop folder rotate the same way and it can be tested alone.
//
// Grandfather-father-son by calendar buckets in local time: the newest backup of each of the 7 most
// recent days that have one, of each of the 4 most recent ISO weeks (Monday first), and of each of the
// 6 most recent months. The buckets are counted among days that HAVE backups, not back from today,
// so a vault nobody opened for a month does not lose its backups to the calendar. On top of that, a
// backup taken to keep the state before a change (a schema migration or a restore) is an undo point:
// the newest of each such kind is kept whatever its age, and every other one for 30 days.

export type RotationReason = 'manual' | 'daily' | 'beforeMigration' | 'beforeRestore';

export type RotationEntry = { id: string; createdAt: string; reason: RotationReason };

export type RotationPolicy = {
  daily: number;
  weekly: number;
  monthly: number;
  /** How long every before-migration / before-restore backup is kept, in days. */
  beforeChangeDays: number;
};

export const defaultRotationPolicy: RotationPolicy = { daily: 7, weekly: 4, monthly: 6, beforeChangeDays: 30 };

const beforeChangeReasons: readonly RotationReason[] = ['beforeMigration', 'beforeRestore'];

const pad = (value: number) => String(value).padStart(2, '0');

function dayKey(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function monthKey(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}`;
}

/** The local date of the Monday that starts the ISO week of `at`. */
function weekKey(at: Date): string {
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return dayKey(monday);
}

/** Newest first; equal instants by id, so the choice never depends on the input's order. */
function newestFirst(entries: readonly RotationEntry[]): RotationEntry[] {
  return [...entries].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

/** Keeps the newest entry of each of the first `count` buckets (entries newest first). */
function newestPerBucket(sorted: readonly RotationEntry[], bucket: (at: Date) => string, count: number, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const entry of sorted) {
    const key = bucket(new Date(entry.createdAt));
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    keep.add(entry.id);
  }
}

/** The ids of the backups to keep; every other one may be deleted. */
export function backupsToKeep(entries: readonly RotationEntry[], now: Date, policy: RotationPolicy = defaultRotationPolicy): Set<string> {
  const sorted = newestFirst(entries);
  const keep = new Set<string>();
  newestPerBucket(sorted, dayKey, policy.daily, keep);
  newestPerBucket(sorted, weekKey, policy.weekly, keep);
  newestPerBucket(sorted, monthKey, policy.monthly, keep);
  const recent = now.getTime() - policy.beforeChangeDays * 24 * 60 * 60 * 1000;
  for (const reason of beforeChangeReasons) {
    const ofReason = sorted.filter((entry) => entry.reason === reason);
    if (ofReason[0]) keep.add(ofReason[0].id);
    for (const entry of ofReason) if (new Date(entry.createdAt).getTime() >= recent) keep.add(entry.id);
  }
  return keep;
}

/** The backups rotation removes, oldest first. */
export function backupsToRemove<T extends RotationEntry>(entries: readonly T[], now: Date, policy: RotationPolicy = defaultRotationPolicy): T[] {
  const keep = backupsToKeep(entries, now, policy);
  return entries.filter((entry) => !keep.has(entry.id)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}
