// Risk rounds: each participant's private 0–10 safety score (or "not scoring") with a reason and
// what would move it one point up, revealed all at once by the chair. Until then no screen shows
// a score; after the reveal the round is closed to new or changed scores so nobody re-anchors.
import { riskRoundPayloadSchema, type RiskRound, type RiskScore } from '../../../../shared/meeting/meeting';
import type { RiskRoundRow } from '../database';
import { createOrUpdateSealed, openList, openRecord, sealPayload } from '../sealedRecords';
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

type RoundTarget = { meetingId: string; agendaItemId: string; familyId: string };

/** Records (or replaces) one participant's score. Refused once the round is revealed. */
export async function recordRiskScore(session: Session, target: RoundTarget, score: RiskScore): Promise<void> {
  await changeRound(session, target, (scores) => [...scores.filter((s) => s.participantId !== score.participantId), score]);
}

/** Takes back one participant's score before the reveal. */
export async function withdrawRiskScore(session: Session, target: RoundTarget, participantId: string): Promise<void> {
  await changeRound(session, target, (scores) => scores.filter((s) => s.participantId !== participantId));
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
      return { payload: { scores: change(payload.scores) } };
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
