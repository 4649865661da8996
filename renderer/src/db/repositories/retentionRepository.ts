// Keeping only what may be kept (docs/domain.md: Transfer, retention and erasure): summaries marked
// as transferred to the client record, the team's retention time, the closed families that may be
// erased, and erasure itself: every record of the family from every table in one transaction, out
// of this window's caches and any Undo held for it (in every window), with one log entry naming it.
import type { FamilyRow, KehaDatabase, SummaryTransferRow } from '../database';
import { forgetRecords } from '../sealedRecords';
import type { Session } from '../session';
import { forgetCodeInLog, recordActivity } from './activityRepository';
import { closedSince, dropPendingUndo, forgetOwnedRows } from './familyRepository';
import { deleteFamilyOwnedRows, familyTables, readFamilyOwnedRows, type FamilyOwnedRows } from '../familyData';
import { applyMeetingScrubs, listMeetingSummaries, prepareMeetingScrubs, type MeetingSummary } from './meetingRepository';

// ---------------------------------------------------------------------------------------------
// Transferred to the client record

export const transferId = (meetingId: string, deepDiveId: string) => `${meetingId}|${deepDiveId}`;

/** Marks one family's summary of one finished meeting as transferred to the official record, now. */
export async function markTransferred(session: Session, target: { familyId: string; meetingId: string; deepDiveId: string }): Promise<void> {
  const { db } = session;
  const row: SummaryTransferRow = { id: transferId(target.meetingId, target.deepDiveId), ...target, transferredAt: session.now().toISOString() };
  await db.transaction('rw', [db.summaryTransfers, db.families, db.activityLog], async () => {
    const family = await db.families.get(target.familyId);
    if (!family) throw new Error(`Family ${target.familyId} does not exist`);
    await db.summaryTransfers.put(row);
    await recordActivity(db, 'summaryTransferred', family.code, session.now());
  });
}

/** Takes the mark off (it was set by mistake); returns the row for undo. */
export async function removeTransferMark(session: Session, id: string): Promise<SummaryTransferRow | undefined> {
  const { db } = session;
  return db.transaction('rw', [db.summaryTransfers, db.families, db.activityLog], async () => {
    const row = await db.summaryTransfers.get(id);
    if (!row) return undefined;
    await db.summaryTransfers.delete(id);
    const family = await db.families.get(row.familyId);
    await recordActivity(db, 'summaryTransferRemoved', family?.code ?? null, session.now());
    return row;
  });
}

/** Undo of `removeTransferMark`: the mark back with its original date. */
export async function restoreTransferMark(session: Session, row: SummaryTransferRow): Promise<void> {
  const { db } = session;
  await db.transaction('rw', [db.summaryTransfers, db.families], async () => {
    if (await db.families.get(row.familyId)) await db.summaryTransfers.put(row);
  });
}

export async function listTransfers(db: KehaDatabase, familyId?: string): Promise<SummaryTransferRow[]> {
  return familyId === undefined ? db.summaryTransfers.toArray() : db.summaryTransfers.where('familyId').equals(familyId).toArray();
}

/** One summary a family has: its deep dive in a finished meeting. */
export type FamilySummaryRef = { meetingId: string; deepDiveId: string; familyId: string; meetingTime: number };

/** Every summary (deep dive of a finished meeting) of every family, from the meetings list's light summaries. */
export function summariesOf(meetings: readonly MeetingSummary[]): FamilySummaryRef[] {
  return meetings
    .filter((meeting) => meeting.status === 'finished')
    .flatMap((meeting) =>
      meeting.deepDives.map((item) => ({
        meetingId: meeting.id,
        deepDiveId: item.id,
        familyId: item.familyId,
        meetingTime: meeting.startedAt ?? Date.parse(meeting.scheduledAt),
      })),
    );
}

/** How many of each family's summaries are not marked transferred, by family id (families with none left out). */
export function untransferredCounts(summaries: readonly FamilySummaryRef[], transfers: readonly SummaryTransferRow[]): Map<string, number> {
  const marked = new Set(transfers.map((row) => row.id));
  const counts = new Map<string, number>();
  for (const summary of summaries) {
    if (marked.has(transferId(summary.meetingId, summary.deepDiveId))) continue;
    counts.set(summary.familyId, (counts.get(summary.familyId) ?? 0) + 1);
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The retention time

/** Months after closing that a family's working data is kept, as the team may choose them. */
export const retentionChoices = [3, 6, 12, 24, 36] as const;
/** Six months unless the team chooses otherwise: long enough for a case that returns soon after closing. */
export const defaultRetentionMonths = 6;

export async function readRetentionMonths(db: KehaDatabase): Promise<number> {
  const row = await db.settings.get('retentionMonths');
  const months = Number(row?.value);
  return (retentionChoices as readonly number[]).includes(months) ? months : defaultRetentionMonths;
}

export async function saveRetentionMonths(db: KehaDatabase, months: number): Promise<void> {
  if (!(retentionChoices as readonly number[]).includes(months)) throw new RangeError(`retentionMonths must be one of ${retentionChoices.join(', ')}, got ${months}`);
  await db.transaction('rw', [db.settings, db.activityLog], async () => {
    await db.settings.put({ key: 'retentionMonths', value: String(months) });
    await recordActivity(db, 'retentionChanged');
  });
}

/** When the retention time of a family closed at `closedAt` ends (ISO instant). */
export function retentionEnds(closedAt: string, months: number): Date {
  const end = new Date(closedAt);
  end.setMonth(end.getMonth() + months);
  return end;
}

/** A closed family as the erasure list shows it: clear fields only, nothing decrypted. */
export type ErasureCandidate = { id: string; code: string; demo: boolean; closedAt: string; retentionEnded: string; summaries: number };

/**
 * The closed families that may be erased now: closed for at least the retention time, with every
 * summary marked transferred (a family that never had a summary has nothing to transfer). Oldest closing first.
 */
export function erasureCandidates(
  families: readonly Pick<FamilyRow, 'id' | 'code' | 'status' | 'demo' | 'closedAt' | 'updatedAt'>[],
  summaries: readonly FamilySummaryRef[],
  transfers: readonly SummaryTransferRow[],
  months: number,
  now: Date,
): ErasureCandidate[] {
  const untransferred = untransferredCounts(summaries, transfers);
  return families
    .flatMap((family) => {
      const closedAt = closedSince(family);
      if (!closedAt || (untransferred.get(family.id) ?? 0) > 0) return [];
      const ends = retentionEnds(closedAt, months);
      if (ends > now) return [];
      const count = summaries.filter((summary) => summary.familyId === family.id).length;
      return [{ id: family.id, code: family.code, demo: family.demo === 1, closedAt, retentionEnded: ends.toISOString(), summaries: count }];
    })
    .sort((a, b) => a.closedAt.localeCompare(b.closedAt));
}

/** The erasure list as the settings screen reads it. */
export async function listErasureCandidates(session: Session): Promise<ErasureCandidate[]> {
  const { db } = session;
  const [families, meetings, transfers, months] = await Promise.all([
    db.families.where('status').equals('closed').toArray(),
    listMeetingSummaries(session),
    listTransfers(db),
    readRetentionMonths(db),
  ]);
  return erasureCandidates(families, summariesOf(meetings), transfers, months, session.now());
}

// ---------------------------------------------------------------------------------------------
// Erasure

/** What erasing a family would take, by kind, for the confirmation. */
export type ErasureCounts = {
  meetings: number;
  notes: number;
  hypotheses: number;
  actions: number;
  riskRounds: number;
  timelineEvents: number;
  threeHousesSessions: number;
  carePeriods: number;
  summaries: number;
  genograms: number;
  networkMaps: number;
  quickRoundLines: number;
};

function countsOf(owned: FamilyOwnedRows, meetings: number): ErasureCounts {
  return {
    meetings,
    notes: owned.meetingNotes.length,
    hypotheses: owned.hypotheses.length,
    actions: owned.actions.length,
    riskRounds: owned.riskRounds.length,
    timelineEvents: owned.timelineEvents.length,
    threeHousesSessions: owned.threeHousesSessions.length,
    carePeriods: owned.carePeriods.length,
    summaries: owned.summaryTransfers.length,
    genograms: owned.genograms.length,
    networkMaps: owned.networkMaps.length,
    quickRoundLines: owned.quickRoundLines.length,
  };
}

export async function countErasure(session: Session, familyId: string): Promise<ErasureCounts> {
  const { db } = session;
  const meetings = (await listMeetingSummaries(session)).filter((meeting) =>
    meeting.deepDives.some((item) => item.familyId === familyId),
  ).length;
  const owned = await db.transaction('r', familyTables(db), () => readFamilyOwnedRows(db, [familyId]));
  return countsOf(owned, meetings);
}

const erasureChannel = 'keha-erasure';

/**
 * Erases a family: its row and every row it owns, its place in every meeting (the meeting stays for
 * the others), in one transaction, with no undo. Its earlier activity-log entries lose the code and
 * one entry, the erasure, names it. Then this window's caches forget it, and every window drops any
 * Undo that could bring it back (a family deleted and then erased never returns). Backups made
 * before keep it until they age out. `code` names the family in the log if its row is already gone
 * (deleted in another window with Undo pending).
 */
export async function eraseFamily(session: Session, familyId: string, code: string): Promise<void> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const scrubs = await prepareMeetingScrubs(session, [familyId]);
    const result = await db.transaction('rw', [...familyTables(db), db.meetings, db.activityLog], async () => {
      if (!(await applyMeetingScrubs(db, scrubs))) return null;
      const family = await db.families.get(familyId);
      const owned = await readFamilyOwnedRows(db, [familyId]);
      await db.families.delete(familyId);
      await deleteFamilyOwnedRows(db, owned);
      const named = family?.code ?? code;
      await forgetCodeInLog(db, named);
      await recordActivity(db, 'familyErased', named, session.now());
      return owned;
    });
    if (!result) continue;
    forgetOwnedRows(session, result);
    forgetRecords(session, 'families', [familyId]);
    for (const scrub of scrubs) forgetRecords(session, 'meetings', [scrub.before.id]);
    dropPendingUndo(familyId);
    announceErasure(familyId);
    return;
  }
  throw new Error(`Could not erase families/${familyId}: its meetings kept changing`);
}

/** Tells every other window that a family was erased (its id only), so each drops any Undo for it. */
function announceErasure(familyId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(erasureChannel);
  channel.postMessage({ erased: familyId });
  channel.close();
}

/** In each window: drop any Undo for a family another window erased. Returns the unsubscribe. */
export function listenForErasure(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(erasureChannel);
  channel.onmessage = (event: MessageEvent) => {
    const erased = (event.data as { erased?: unknown } | null)?.erased;
    if (typeof erased === 'string') dropPendingUndo(erased);
  };
  return () => channel.close();
}
