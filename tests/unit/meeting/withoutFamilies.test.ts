// Covers shared/meeting/withoutFamilies.ts: a running or finished meeting's run moved onto the steps
// left when a family's deep dive is taken out, and put back.
import { describe, expect, it } from 'vitest';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, runFitsSteps, type MeetingRunState } from '../../../shared/meeting/engine';
import { runOnSteps } from '../../../shared/meeting/withoutFamilies';

const both = buildMeetingSteps(weeklyMeetingTemplate, { deepDiveItemIds: ['a', 'b'], quickRoundFamilyCount: 2 });
const onlyB = buildMeetingSteps(weeklyMeetingTemplate, { deepDiveItemIds: ['b'], quickRoundFamilyCount: 1 });

function runAt(stepIndex: number, status: MeetingRunState['status'] = 'running'): MeetingRunState {
  return {
    status,
    stepIndex,
    startedAt: 0,
    phaseStartedAt: status === 'running' ? stepIndex * 10 : null,
    finishedAt: status === 'finished' ? 1000 : null,
    pauses: [],
    stepLog: both.slice(0, stepIndex).map((step) => ({ stepIndex: step.index, stepKey: step.key, startedAt: step.index * 10, endedAt: step.index * 10 + 10, skipped: false })),
  };
}

describe('runOnSteps', () => {
  it('drops the visits to the removed family’s steps and renumbers the others', () => {
    const finished = runAt(both.length - 1, 'finished');
    const moved = runOnSteps(finished, both, onlyB);
    expect(runFitsSteps(moved, onlyB)).toBe(true);
    expect(moved.stepLog.some((visit) => visit.stepKey.endsWith(':a'))).toBe(false);
    expect(moved.stepLog.map((visit) => visit.stepKey)).toEqual(onlyB.slice(0, moved.stepLog.length).map((step) => step.key));
  });

  it('a running meeting standing on the removed family’s step moves on to the next step that stays', () => {
    const onA = both.findIndex((step) => step.key.endsWith(':a'));
    const moved = runOnSteps(runAt(onA), both, onlyB);
    expect(onlyB[moved.stepIndex]!.key).toBe(both.find((step, index) => index > onA && !step.key.endsWith(':a'))!.key);
    expect(runFitsSteps(moved, onlyB)).toBe(true);
  });

  it('a meeting not started is left as it is', () => {
    const notStarted = { ...runAt(0), status: 'notStarted' as const };
    expect(runOnSteps(notStarted, both, onlyB)).toBe(notStarted);
  });
});
