// Risk rounds: each participant's private 0–10 safety score (or "not scoring") with a reason and
// what would move it one point up, revealed all at once by the chair. Until then no screen shows
// a score; after the reveal the round is closed to new or changed scores so nobody re-anchors.
import { meetingTime, riskRoundPayloadSchema, type RiskRound, type RiskScore } from '../../../../shared/meeting/meeting';
import { withOwnScore, withoutOwnScore } from '../../../../shared/meeting/ownScore';
import { previousRevealedRound, riskSpread, type RiskSpread } from '../../../../shared/meeting/riskStats';
import type { RiskRoundRow } from '../database';
import { clearFields, createOrUpdateSealed, forgetRecords, openList, openRecord, sameBytes, sealPayload } from '../sealedRecords';
import type { Session } from '../session';

export const riskRoundId = (meetingId: string, agendaItemId: string) => `${meetingId}|${agendaItemId}`;

export class RiskRoundRevealedError extends Error {
  constructor() {
    super('The scores of this risk round have been revealed');
    this.name = 'RiskRoundRevealedError';
  }
}

function decryptRiskRound(session: Session, row: RiskRoundRow): Promise<RiskRound> {
  return openRecord(session, session.db.riskRounds, row, riskRoundPayloadSchema);
}

export async function readRiskRound(session: Session, meetingId: string, agendaItemId: string): Promise<RiskRound | null> {
  const row = await session.db.riskRounds.get(riskRoundId(meetingId, agendaItemId));
  return row ? decryptRiskRound(session, row) : null;
}

export async function listRiskRoundsForMeeting(session: Session, meetingId: string): Promise<RiskRound[]> {
  const rows = await session.db.riskRounds.where('meetingId').equals(meetingId).toArray();
  return openList(session, session.db.riskRounds, rows, (row) => decryptRiskRound(session, row));
}

/** A family's revealed risk rounds (scores that were never revealed stay out of trends). */
export async function listRevealedRiskRoundsForFamily(session: Session, familyId: string): Promise<RiskRound[]> {
  const rows = await session.db.riskRounds.where('familyId').equals(familyId).toArray();
  return openList(session, session.db.riskRounds, rows.filter((row) => row.revealedAt !== null), (row) => decryptRiskRound(session, row));
}

/** The family's previous revealed round (from a meeting before this one): its spread and the meeting's time, or null. */
export type EarlierRound = { spread: RiskSpread; meetingTime: number };

/**
 * Last time's round for a deep dive's family: the latest revealed round with a score from a meeting
 * that started (or was planned) before this one. Meeting times come from the meetings' clear fields.
 */
export async function readEarlierRiskRound(session: Session, familyId: string, current: { meetingId: string; meetingTime: number }): Promise<EarlierRound | null> {
  const rows = (await session.db.riskRounds.where('familyId').equals(familyId).toArray()).filter(
    (row) => row.revealedAt !== null && row.meetingId !== current.meetingId,
  );
  if (rows.length === 0) return null;
  const meetings = await session.db.meetings.bulkGet([...new Set(rows.map((row) => row.meetingId))]);
  const timeOf = new Map(meetings.flatMap((meeting) => (meeting && meeting.status !== 'cancelled' ? [[meeting.id, meetingTime({ startedAt: meeting.run.startedAt, scheduledAt: meeting.scheduledAt })] as const] : [])));
  const rounds = await openList(session, session.db.riskRounds, rows.filter((row) => timeOf.has(row.meetingId)), (row) => decryptRiskRound(session, row));
  const previous = previousRevealedRound(
    rounds.map((round) => ({ round, meetingId: round.meetingId, meetingTime: timeOf.get(round.meetingId)! })),
    current,
  );
  return previous ? { spread: riskSpread(previous.round.scores)!, meetingTime: previous.meetingTime } : null;
}

type RoundTarget = { meetingId: string; agendaItemId: string; familyId: string };

/**
 * Records (or replaces) one participant's score, touching no other entry of the stored round (so a
 * member scoring on their own computer never conflicts with the others: docs/domain.md: The team on
 * several computers). Refused once the round is revealed.
 */
export async function recordRiskScore(session: Session, target: RoundTarget, score: RiskScore): Promise<void> {
  await changeRound(session, target, (scores) => withOwnScore(scores, score));
}

/** Takes back one participant's score before the reveal; every other entry stays. */
export async function withdrawRiskScore(session: Session, target: RoundTarget, participantId: string): Promise<void> {
  await changeRound(session, target, (scores) => withoutOwnScore(scores, participantId));
}

async function changeRound(
  session: Session,
  target: RoundTarget,
  change: (scores: readonly RiskScore[]) => RiskScore[],
): Promise<void> {
  const id = riskRoundId(target.meetingId, target.agendaItemId);
  await createOrUpdateSealed(
    session,
    session.db.riskRounds,
    id,
    riskRoundPayloadSchema,
    async (): Promise<RiskRoundRow> => {
      const clear = { ...target, id, revealedAt: null, updatedAt: session.now().toISOString() };
      return { ...clear, payload: await sealPayload(session, session.db.riskRounds, clear, riskRoundPayloadSchema.parse({ scores: change([]) })) };
    },
    (payload, row) => {
      if (row.revealedAt !== null) throw new RiskRoundRevealedError();
      return { payload: { ...payload, scores: change(payload.scores) } };
    },
  );
}

/**
 * Reveals every score at once. Revealing twice keeps the first time.
 * (Restored by the data-tests helper: commit 80d82752 dropped it while RiskRoundPanel still calls it.
 * A score being saved meanwhile in another window is refused: updateSealed re-reads a row whose
 * clear fields changed, and then sees `revealedAt`.)
 */
export async function revealRiskRound(session: Session, meetingId: string, agendaItemId: string): Promise<void> {
  const id = riskRoundId(meetingId, agendaItemId);
  await session.db.transaction('rw', session.db.riskRounds, async () => {
    const row = await session.db.riskRounds.get(id);
    if (!row) throw new Error('There are no scores to reveal');
    if (row.revealedAt === null) {
      await session.db.riskRounds.update(id, { revealedAt: session.now().getTime(), updatedAt: session.now().toISOString() });
    }
  });
}

export class RiskRoundStartedError extends Error {
  constructor() {
    super('Scores were already given in this round');
    this.name = 'RiskRoundStartedError';
  }
}

/** What a paper entry replaced (an empty round left by taken-back scores), so Undo can put it back. */
export type PaperEntry = { id: string; replaced: RiskRoundRow | null };

/**
 * The chair's entry of every score from the team's papers: the whole round in one write, revealed at
 * once and marked `enteredBy: 'chair'` (docs/domain.md: Safety scale, scores from paper). Refused
 * when someone has already scored here or the round is revealed, so the two ways never mix.
 */
export async function recordPaperRiskRound(session: Session, target: RoundTarget, scores: readonly RiskScore[]): Promise<PaperEntry> {
  const id = riskRoundId(target.meetingId, target.agendaItemId);
  const now = session.now();
  const clear = { ...target, id, revealedAt: now.getTime(), updatedAt: now.toISOString() };
  const row: RiskRoundRow = { ...clear, payload: await sealPayload(session, session.db.riskRounds, clear, riskRoundPayloadSchema.parse({ scores, enteredBy: 'chair' })) };
  for (let attempt = 0; attempt < 8; attempt++) {
    // Checked (and opened, which is not an IndexedDB call) before the transaction; written only if unchanged since.
    const existing = (await session.db.riskRounds.get(id)) ?? null;
    if (existing) {
      if (existing.revealedAt !== null) throw new RiskRoundRevealedError();
      if ((await decryptRiskRound(session, existing)).scores.length > 0) throw new RiskRoundStartedError();
    }
    const written = await session.db.transaction('rw', session.db.riskRounds, async () => {
      const latest = (await session.db.riskRounds.get(id)) ?? null;
      const unchanged = latest === null || existing === null ? latest === existing : sameBytes(latest.payload.iv, existing.payload.iv) && clearFields(latest) === clearFields(existing);
      if (!unchanged) return false;
      await session.db.riskRounds.put(row);
      return true;
    });
    if (written) return { id, replaced: existing };
  }
  throw new Error(`Could not save riskRounds/${id}: it kept changing`);
}

/** Undoes a paper entry: the round goes (or the empty round it replaced comes back). */
export async function undoPaperRiskRound(session: Session, entry: PaperEntry): Promise<void> {
  await session.db.transaction('rw', session.db.riskRounds, async () => {
    if (entry.replaced) await session.db.riskRounds.put(entry.replaced);
    else await session.db.riskRounds.delete(entry.id);
  });
  forgetRecords(session, session.db.riskRounds.name, [entry.id]);
}
