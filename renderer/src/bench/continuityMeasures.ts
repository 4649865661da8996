// Bench-only (KEHA_BENCH=1): the continuity measures, exposed as `window.kehaContinuityBench` for
// scripts/bench.mjs (KEHA_BENCH_ONLY=continuity): the opening's "agreed last time" and each deep-dive
// family's glance of the latest seeded meeting, read and decrypted as the chair's view reads them
// (renderer/src/db/continuityHooks.ts: every meeting's plan, the family's rows), and the pure rules
// alone (shared/meeting/continuity.ts) on the same data. Baseline: the meetings table read raw.
import '../zodConfig';
import { familyGlance, tasksByOwner, lastMeetingBefore, meetingDayOf } from '../../../shared/meeting/continuity';
import { readFamilyGlance, readLastMeetingTasks } from '../db/continuityHooks';
import { listActionsForFamily, listActionsForMeeting } from '../db/repositories/actionRepository';
import { listHypothesesForFamily, listRevisionsForFamily } from '../db/repositories/hypothesisRepository';
import { listMeetings, readMeeting } from '../db/repositories/meetingRepository';
import { listRevealedRiskRoundsForFamily } from '../db/repositories/riskRoundRepository';
import { unlocked } from './hypothesisMeasures';

export type ContinuityResult = {
  meetings: number;
  deepDives: number;
  tasks: number;
  /** The opening's list read, decrypted and grouped, per sample (ms); the first sample decrypts every plan. */
  openingMs: number[];
  /** One family's glance read, decrypted and built, per family and sample (ms). */
  glanceMs: number[];
  /** The rules alone (last meeting, tasks by owner, every deep-dive family's glance) on data already read, per sample (ms). */
  rulesMs: number[];
  /** The meetings table read raw (no decryption), per sample (ms). */
  rawMs: number[];
};

export type KehaContinuityBench = {
  continuity(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<ContinuityResult>;
};

declare global {
  interface Window {
    kehaContinuityBench: KehaContinuityBench;
  }
}

async function continuity(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<ContinuityResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const meeting = await readMeeting(session, meetingId);
    if (!meeting) throw new Error(`No meeting ${meetingId}`);
    const result: ContinuityResult = { meetings: 0, deepDives: meeting.deepDives.length, tasks: 0, openingMs: [], glanceMs: [], rulesMs: [], rawMs: [] };
    for (let sample = 0; sample < samples; sample++) {
      let start = performance.now();
      const opening = await readLastMeetingTasks(session, meeting);
      result.openingMs.push(performance.now() - start);
      result.tasks = opening.owners.reduce((sum, owner) => sum + owner.tasks.length, 0);
      for (const deepDive of meeting.deepDives) {
        start = performance.now();
        await readFamilyGlance(session, deepDive.familyId, meeting);
        result.glanceMs.push(performance.now() - start);
      }
      start = performance.now();
      await session.db.meetings.toArray();
      result.rawMs.push(performance.now() - start);
    }
    // The rules alone, on everything read once.
    const meetings = await listMeetings(session);
    result.meetings = meetings.length;
    const last = lastMeetingBefore(meetings, meeting);
    const lastActions = last ? await listActionsForMeeting(session, last.id) : [];
    const families = await Promise.all(
      meeting.deepDives.map(async (deepDive) => {
        const [hypotheses, revisions, actions, riskRounds] = await Promise.all([
          listHypothesesForFamily(session, deepDive.familyId),
          listRevisionsForFamily(session, deepDive.familyId),
          listActionsForFamily(session, deepDive.familyId),
          listRevealedRiskRoundsForFamily(session, deepDive.familyId),
        ]);
        return { familyId: deepDive.familyId, hypotheses, revisions, actions, riskRounds };
      }),
    );
    for (let sample = 0; sample < samples; sample++) {
      const start = performance.now();
      const found = lastMeetingBefore(meetings, meeting);
      if (found) tasksByOwner(lastActions, found.id, meetingDayOf(meeting));
      for (const family of families) familyGlance({ ...family, meeting, meetings });
      result.rulesMs.push(performance.now() - start);
    }
    return result;
  });
}

window.kehaContinuityBench = { continuity };
