// Bench-only (KEHA_BENCH=1): the agenda measures that need no screen, exposed as
// `window.kehaAgendaBench` for scripts/bench.mjs (KEHA_BENCH_ONLY=agenda): a running weekly meeting
// seeded through the repositories (three deep dives, every family on the quick round, on its quick
// round), and the write of "add a deep dive now" alone (agendaRepository.addDeepDiveNow: read, seal
// the plan, one transaction of plan and run), timed without React. The screen's figure (the dialog's
// Add pressed → the new deep dive painted in the agenda list) is measured on the screen by bench.mjs.
import '../zodConfig';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { defaultPlan } from '../../../shared/meeting/plan';
import { addDeepDiveNow } from '../db/repositories/agendaRepository';
import { listFamilies } from '../db/repositories/familyRepository';
import { createMeeting, runMeeting } from '../db/repositories/meetingRepository';
import { listMembers } from '../db/repositories/teamRepository';
import type { Session } from '../db/session';
import { unlocked } from './hypothesisMeasures';

export type AgendaSeedResult = { meetingId: string; deepDives: number; quickRound: number; freeFamilyIds: string[]; presenterId: string };

export type KehaAgendaBench = {
  /** A running weekly meeting with `deepDives` deep dives and every family on its quick round, moved on to the quick round. */
  seedRunningMeeting(dbName: string, passphrase: string, deepDives: number): Promise<AgendaSeedResult>;
  /** `addDeepDiveNow` alone, `samples` times on a meeting of its own (the first is cold): ms each. */
  writeAlone(dbName: string, passphrase: string, samples: number): Promise<number[]>;
};

declare global {
  interface Window {
    kehaAgendaBench: KehaAgendaBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

async function running(session: Session, deepDives: number): Promise<AgendaSeedResult> {
  const [members, families] = await Promise.all([listMembers(session), listFamilies(session)]);
  const plan = defaultPlan(weeklyMeetingTemplate, members, families, () => crypto.randomUUID());
  const presenterId = plan.participants[0]!.id;
  plan.deepDives = families.slice(0, deepDives).map((family) => ({ id: crypto.randomUUID(), familyId: family.id, presenterId, question: `Kysymys ${family.code}` }));
  const meetingId = await createMeeting(session, { scheduledAt: new Date().toISOString(), template: weeklyMeetingTemplate, plan });
  for (const [action, stepIndex, status] of [['start', 0, 'notStarted'], ['next', 0, 'running']] as const) {
    const result = await runMeeting(session, meetingId, action, { status, stepIndex });
    if (!result.ok) throw new Error(`The seeded meeting did not ${action}: ${result.reason}`);
  }
  return {
    meetingId,
    deepDives,
    quickRound: plan.quickRound.length,
    freeFamilyIds: families.slice(deepDives).map((family) => family.id),
    presenterId,
  };
}

function seedRunningMeeting(dbName: string, passphrase: string, deepDives: number): Promise<AgendaSeedResult> {
  return unlocked(dbName, passphrase, (session) => running(session, deepDives));
}

function writeAlone(dbName: string, passphrase: string, samples: number): Promise<number[]> {
  return unlocked(dbName, passphrase, async (session) => {
    const seeded = await running(session, 3);
    const times: number[] = [];
    for (const familyId of seeded.freeFamilyIds.slice(0, samples)) {
      const start = performance.now();
      const result = await addDeepDiveNow(session, seeded.meetingId, { familyId, question: 'Kiireellinen huoli', presenterId: seeded.presenterId });
      times.push(elapsed(start));
      if (!result.ok) throw new Error(`addDeepDiveNow refused: ${result.reason}`);
    }
    return times;
  });
}

window.kehaAgendaBench = { seedRunningMeeting, writeAlone };
