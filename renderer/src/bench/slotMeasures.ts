// Bench-only (KEHA_BENCH=1): the time slot's measures, exposed as `window.kehaSlotBench` for
// scripts/bench.mjs (KEHA_BENCH_ONLY=slot). `fit` times fitting a plan with the built-in weekly
// template alone (shared/meeting/timeSlot.ts: fitToSlot, then the projection of its proposal, which is
// what the planner computes for the proposal table), without React. `seed` makes a planned meeting
// with the quick round's families and the deep dives through the repositories, for the screen's
// figure ("Fit to the slot" pressed → the proposal painted), measured by bench.mjs.
import '../zodConfig';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { fitToSlot, projectPlan } from '../../../shared/meeting/timeSlot';
import { createFamily } from '../db/repositories/familyRepository';
import { createMeeting } from '../db/repositories/meetingRepository';
import { unlocked } from './hypothesisMeasures';

export type SlotFitTimes = { ms: number[]; totalMinutes: number; fits: boolean };

export type KehaSlotBench = {
  /** Fits a plan of `deepDives` deep dives and `families` quick-round families into `slot` minutes: `samples` times, each the mean of `batch` fits (the first sample is cold). */
  fit(deepDives: number, families: number, slot: number, samples: number, batch: number): SlotFitTimes;
  /** A planned weekly meeting with `families` families on the quick round and the first `deepDives` as deep dives. */
  seed(dbName: string, passphrase: string, deepDives: number, families: number): Promise<{ meetingId: string }>;
};

declare global {
  interface Window {
    kehaSlotBench: KehaSlotBench;
  }
}

function fit(deepDives: number, families: number, slot: number, samples: number, batch: number): SlotFitTimes {
  const ms: number[] = [];
  let last = fitToSlot(weeklyMeetingTemplate, { deepDives, families }, slot);
  for (let sample = 0; sample < samples; sample++) {
    // The browser's clock is coarse (0.1 ms or worse): each sample times `batch` fits and keeps the time of one.
    const start = performance.now();
    for (let round = 0; round < batch; round++) {
      // A new plan object each time, as each planner render passes one.
      const timing = { deepDives, families, phaseMinutes: {}, fixedPhases: [] };
      last = fitToSlot(weeklyMeetingTemplate, timing, slot);
      projectPlan(weeklyMeetingTemplate, { ...timing, phaseMinutes: last.phaseMinutes }, slot);
    }
    ms.push((performance.now() - start) / batch);
  }
  return { ms, totalMinutes: last.totalMinutes, fits: last.fits };
}

function seed(dbName: string, passphrase: string, deepDives: number, families: number): Promise<{ meetingId: string }> {
  return unlocked(dbName, passphrase, async (session) => {
    const familyIds: string[] = [];
    for (let index = 1; index <= families; index++) {
      familyIds.push(await createFamily(session, { code: `AIKA-${String(index).padStart(3, '0')}`, label: '', responsibleMemberId: null }));
    }
    const meetingId = await createMeeting(session, {
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      template: weeklyMeetingTemplate,
      plan: {
        roles: {},
        participants: [],
        quickRound: familyIds.map((familyId, index) => ({ id: `q${index}`, familyId })),
        deepDives: familyIds.slice(0, deepDives).map((familyId, index) => ({ id: `d${index}`, familyId, presenterId: null, question: '' })),
        closingNote: '',
      },
    });
    return { meetingId };
  });
}

window.kehaSlotBench = { fit, seed };
