// The quick round's lines (docs/domain.md: The quick round): one sealed row per family per meeting,
// id `${meetingId}|${familyId}`, saved whole as the chair types, flags and decides, so a line is one
// put like a meeting note; what the panel shows beside each line (the family's last safety median,
// its open tasks due) is read for the whole round at once, never per line.
import {
  quickRoundLinePayloadSchema,
  safetyTrend,
  tasksDue,
  type QuickRoundLine,
  type QuickRoundLinePayload,
  type SafetyTrend,
  type TasksDue,
} from '../../../../shared/meeting/quickRound';
import { riskRoundPayloadSchema } from '../../../../shared/meeting/meeting';
import type { QuickRoundLineRow } from '../database';
import { openList, openPayload, openRecord, sealPayload } from '../sealedRecords';
import type { Session } from '../session';

export const quickRoundLineId = (meetingId: string, familyId: string) => `${meetingId}|${familyId}`;

function decryptLine(session: Session, row: QuickRoundLineRow): Promise<QuickRoundLine> {
  return openRecord(session, session.db.quickRoundLines, row, quickRoundLinePayloadSchema);
}

/** A meeting's lines by family id (one query for the whole round). */
export async function readQuickRoundLines(session: Session, meetingId: string): Promise<Map<string, QuickRoundLine>> {
  const rows = await session.db.quickRoundLines.where('meetingId').equals(meetingId).toArray();
  const lines = await openList(session, session.db.quickRoundLines, rows, (row) => decryptLine(session, row));
  return new Map(lines.map((line) => [line.familyId, line]));
}

/** A family's lines from every meeting (its history), in no particular order. */
export async function listQuickRoundLinesForFamily(session: Session, familyId: string): Promise<QuickRoundLine[]> {
  const rows = await session.db.quickRoundLines.where('familyId').equals(familyId).toArray();
  return openList(session, session.db.quickRoundLines, rows, (row) => decryptLine(session, row));
}

/** A family's quick-round lines with the date each meeting was held (its clear `scheduledAt`); a cancelled meeting's lines are left out. */
export async function readFamilyQuickRoundHistory(
  session: Session,
  familyId: string,
): Promise<{ lines: QuickRoundLine[]; meetingDates: Map<string, string> }> {
  const lines = await listQuickRoundLinesForFamily(session, familyId);
  const meetings = await session.db.meetings.bulkGet([...new Set(lines.map((line) => line.meetingId))]);
  const meetingDates = new Map(meetings.flatMap((meeting) => (meeting && meeting.status !== 'cancelled' ? [[meeting.id, meeting.scheduledAt] as const] : [])));
  return { lines, meetingDates };
}

/**
 * Saves one family's line of a meeting's round. The whole line is the value (the panel holds all of
 * it), so this is one put of the complete record, nothing read first: the latest save wins, in this
 * window or another.
 */
export async function saveQuickRoundLine(
  session: Session,
  target: { meetingId: string; familyId: string },
  line: QuickRoundLinePayload,
): Promise<void> {
  const clear: Omit<QuickRoundLineRow, 'payload'> = {
    id: quickRoundLineId(target.meetingId, target.familyId),
    familyId: target.familyId,
    meetingId: target.meetingId,
    updatedAt: session.now().toISOString(),
  };
  const payload = quickRoundLinePayloadSchema.parse({ changed: line.changed, urgent: line.urgent, decision: line.decision });
  await session.db.quickRoundLines.put({ ...clear, payload: await sealPayload(session, session.db.quickRoundLines, clear, payload) });
}

/** What the panel shows beside the lines, per family: the last safety median and its direction, the open tasks due. */
export type QuickRoundFacts = { safety: SafetyTrend | null; tasks: TasksDue };

/**
 * The facts beside every line of a round, in one read: the families' revealed safety rounds from
 * other meetings than this one (decrypted, cached) and their actions' clear fields.
 */
export async function readQuickRoundFacts(
  session: Session,
  meetingId: string,
  familyIds: readonly string[],
  today: string,
): Promise<Map<string, QuickRoundFacts>> {
  const [roundRows, actionRows] = await Promise.all([
    session.db.riskRounds.where('familyId').anyOf([...familyIds]).toArray(),
    session.db.actions.where('familyId').anyOf([...familyIds]).toArray(),
  ]);
  const revealed = roundRows.filter((row) => row.revealedAt !== null && row.meetingId !== meetingId);
  const rounds = await openList(session, session.db.riskRounds, revealed, async (row) => ({
    familyId: row.familyId,
    revealedAt: row.revealedAt,
    scores: (await openPayload(session, session.db.riskRounds, row, riskRoundPayloadSchema)).scores,
  }));
  const roundsOf = groupBy(rounds);
  const actionsOf = groupBy(actionRows);
  return new Map(
    familyIds.map((familyId) => [familyId, { safety: safetyTrend(roundsOf.get(familyId) ?? []), tasks: tasksDue(actionsOf.get(familyId) ?? [], today) }]),
  );
}

function groupBy<T extends { familyId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.familyId);
    if (group) group.push(row);
    else groups.set(row.familyId, [row]);
  }
  return groups;
}
