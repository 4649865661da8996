// Bench-only (KEHA_BENCH=1): the team on several computers, exposed as `window.kehaTogetherBench`
// for scripts/bench.mjs (KEHA_BENCH_ONLY=together): a member's own score written into a round that
// already holds the other seven (recordRiskScore: open, replace the own entry, seal, write) beside
// sealing and putting the same row; and a phase change from the driving computer (runMeeting with
// `by`: the driver checked in the transaction) beside the same change without it.
import '../zodConfig';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { riskRoundPayloadSchema, type MeetingPlan, type RiskScore } from '../../../shared/meeting/meeting';
import type { RiskRoundRow } from '../db/database';
import { createMeeting, runMeeting, type SeenRun } from '../db/repositories/meetingRepository';
import { readRiskRound, recordRiskScore, riskRoundId } from '../db/repositories/riskRoundRepository';
import { sealRow } from '../db/sealedRecords';
import type { Session } from '../db/session';
import { unlocked } from './hypothesisMeasures';

export type TogetherBenchResult = {
  ownScoreMs: number[];
  sealPutMs: number[];
  moveByDriverMs: number[];
  moveUncheckedMs: number[];
};

export type KehaTogetherBench = {
  measure(dbName: string, passphrase: string, samples: number): Promise<TogetherBenchResult>;
};

declare global {
  interface Window {
    kehaTogetherBench: KehaTogetherBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

const score = (index: number, sample: number): RiskScore => ({
  participantId: `bench-member-${index}`,
  participantName: `Osallistuja ${index + 1}`,
  score: (sample + index * 3) % 11,
  reason: 'Koulu on ollut yhteydessä poissaoloista; isä tukee aamuisin.',
  oneUp: 'Säännöllinen koulunkäynti kuukauden ajan.',
});

const plan: MeetingPlan = {
  roles: {},
  participants: Array.from({ length: 8 }, (_, index) => ({ kind: 'member' as const, id: `bench-member-${index}` })),
  quickRound: [],
  deepDives: [1, 2, 3].map((number) => ({ id: `bench-deep-${number}`, familyId: `bench-family-${number}`, presenterId: null, question: '' })),
  closingNote: '',
};

async function seen(session: Session, id: string): Promise<SeenRun> {
  const { status, stepIndex } = (await session.db.meetings.get(id))!.run;
  return { status, stepIndex };
}

async function measure(dbName: string, passphrase: string, samples: number): Promise<TogetherBenchResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const ownScoreMs: number[] = [];
    const sealPutMs: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      const target = { meetingId: 'bench-together', agendaItemId: `round-${sample}`, familyId: 'bench-family-1' };
      for (let index = 1; index < 8; index++) await recordRiskScore(session, target, score(index, sample));
      let start = performance.now();
      await recordRiskScore(session, target, score(0, sample));
      ownScoreMs.push(elapsed(start));

      const round = (await readRiskRound(session, target.meetingId, target.agendaItemId))!;
      const id = riskRoundId('bench-raw', `raw-${sample}`);
      const clear = { id, meetingId: 'bench-raw', agendaItemId: `raw-${sample}`, familyId: target.familyId, revealedAt: null, updatedAt: new Date().toISOString() };
      start = performance.now();
      const row: RiskRoundRow = await sealRow(session, session.db.riskRounds, clear, riskRoundPayloadSchema.parse({ scores: round.scores }));
      await session.db.riskRounds.put(row);
      sealPutMs.push(elapsed(start));
    }

    const chair = { computerId: 'bench-chair', memberId: 'bench-member-0' };
    const driven = await createMeeting(session, { scheduledAt: new Date().toISOString(), template: weeklyMeetingTemplate, plan });
    const unchecked = await createMeeting(session, { scheduledAt: new Date().toISOString(), template: weeklyMeetingTemplate, plan });
    await runMeeting(session, driven, 'start', await seen(session, driven), chair);
    await runMeeting(session, unchecked, 'start', await seen(session, unchecked));
    const moveByDriverMs: number[] = [];
    const moveUncheckedMs: number[] = [];
    for (let sample = 0; sample < samples; sample++) {
      const action = sample % 2 === 0 ? 'next' : 'previous';
      let from = await seen(session, driven);
      let start = performance.now();
      if (!(await runMeeting(session, driven, action, from, chair)).ok) throw new Error('the driver could not move the meeting');
      moveByDriverMs.push(elapsed(start));
      from = await seen(session, unchecked);
      start = performance.now();
      if (!(await runMeeting(session, unchecked, action, from)).ok) throw new Error('the meeting did not move');
      moveUncheckedMs.push(elapsed(start));
    }
    return { ownScoreMs, sealPutMs, moveByDriverMs, moveUncheckedMs };
  });
}

window.kehaTogetherBench = { measure };
