// The activity log: what kind of thing happened to the team's data, when, and which family (by its
// pseudonym code) it concerned, for the team and its data-protection officer to review and export
// (docs/architecture.md: Retention and the activity log). Never content: an entry holds a kind from
// the fixed list below, an instant and a code, nothing typed by anyone. It is kept in the clear
// because it holds nothing the families table does not already hold in the clear (codes) and so
// that it can be written where no key is at hand (the moment of locking) and read without decrypting.
import { validatePseudonymCode } from '../../../../shared/family/pseudonymCode';
import type { ActivityRow, KehaDatabase } from '../database';

/** Every kind of entry, in the order the log's filter offers them. */
export const activityKinds = [
  'unlocked',
  'locked',
  'familyCreated',
  'familyDeleted',
  'familyRestored',
  'familyErased',
  'summaryTransferred',
  'summaryTransferRemoved',
  'recordExported',
  'recordPrinted',
  'demoLoaded',
  'demoRemoved',
  'templateImported',
  'retentionChanged',
  'activityLogExported',
  // Written by the backup, restore and key work.
  'backupMade',
  'restored',
  'passphraseChanged',
  'keyRotated',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

export function isActivityKind(value: unknown): value is ActivityKind {
  return (activityKinds as readonly unknown[]).includes(value);
}

/**
 * The member using this computer (renderer/src/db/repositories/thisComputerRepository.ts), written as
 * every entry's `by`; null until someone says who they are. Set at unlock and when it changes; the
 * window reloads at lock, so it never outlives the unlocked session.
 */
let entriesBy: string | null = null;

export function setActivityMember(memberId: string | null): void {
  entriesBy = memberId;
}

/** How long an entry is kept: two years, long enough for a data-protection review of last year. */
export const activityKeptMonths = 24;

/**
 * Adds one entry to the activity log. `familyCode` is the family's pseudonym code (never a name or
 * any other text); leave it out for entries about no family. Runs in the caller's transaction when
 * called inside one that includes `activityLog`; otherwise in its own.
 */
export async function recordActivity(
  db: KehaDatabase,
  kind: ActivityKind,
  familyCode?: string | null,
  at: Date = new Date(),
): Promise<void> {
  if (!isActivityKind(kind)) throw new RangeError(`Not an activity kind: ${String(kind)}`);
  const code = familyCode ?? null;
  // Only a valid pseudonym code is taken, so no other text can slip into the log.
  if (code !== null && !validatePseudonymCode(code, new Set()).ok) throw new RangeError('A family code in the activity log must be a pseudonym code');
  const row: ActivityRow = { id: crypto.randomUUID(), at: at.toISOString(), kind, familyCode: code, by: entriesBy };
  await db.activityLog.add(row);
}

/**
 * `recordActivity` for actions that already succeeded: a log that cannot be written (full disk)
 * must not turn a done action into a reported failure, so the error is only logged to the console.
 */
export function noteActivity(db: KehaDatabase, kind: ActivityKind, familyCode?: string | null): void {
  // A code that is not a pseudonym code (a deleted family shown as "?") is left out rather than the entry.
  const code = familyCode && validatePseudonymCode(familyCode, new Set()).ok ? familyCode : null;
  recordActivity(db, kind, code).catch((error: unknown) => console.warn('Activity log not written', error));
}

/** `by`: the member who was using the computer (an id), null when unknown (and on entries older than it). */
export type ActivityEntry = { id: string; at: string; kind: ActivityKind; familyCode: string | null; by: string | null };

/** The log, newest first (entries of an unknown kind, from a newer Kehä, are shown by their kind as stored). */
export async function listActivity(db: KehaDatabase): Promise<ActivityEntry[]> {
  const rows = await db.activityLog.orderBy('at').reverse().toArray();
  return rows.map((row) => ({ id: row.id, at: row.at, kind: row.kind as ActivityKind, familyCode: row.familyCode, by: typeof row.by === 'string' ? row.by : null }));
}

/** Removes entries older than `activityKeptMonths` before `now`; returns how many went. */
export async function pruneActivity(db: KehaDatabase, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - activityKeptMonths);
  return db.activityLog.where('at').below(cutoff.toISOString()).delete();
}

/**
 * When a family is erased, its earlier entries lose the code (their kind and time stay, so the log
 * still counts what happened) and one entry, the erasure, names it: proof for the data-protection
 * officer that and when it was erased, and nothing more. Call inside the erasure's transaction.
 */
export async function forgetCodeInLog(db: KehaDatabase, familyCode: string): Promise<void> {
  // An earlier erasure entry stays as it is: the code may have been given again to a later family.
  await db.activityLog.filter((row) => row.familyCode === familyCode && row.kind !== 'familyErased').modify({ familyCode: null });
}

/** Filters of the log screen: a kind (or all) and a code fragment (case-insensitive). */
export function filterActivity(entries: readonly ActivityEntry[], filter: { kind: ActivityKind | 'all'; code: string }): ActivityEntry[] {
  const code = filter.code.trim().toUpperCase();
  return entries.filter(
    (entry) => (filter.kind === 'all' || entry.kind === filter.kind) && (code === '' || (entry.familyCode ?? '').toUpperCase().includes(code)),
  );
}

/**
 * The log as CSV (RFC 4180, with a header row): time (ISO, UTC), kind, family code and who (the
 * member's name as `byName` gives it, empty when unknown).
 */
export function activityCsv(
  entries: readonly ActivityEntry[],
  headers: { at: string; kind: string; familyCode: string; by: string },
  kindText: (kind: ActivityKind) => string,
  byName: (memberId: string) => string,
): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [
    [headers.at, headers.kind, headers.familyCode, headers.by],
    ...entries.map((entry) => [entry.at, kindText(entry.kind), entry.familyCode ?? '', entry.by ? byName(entry.by) : '']),
  ];
  return `${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
