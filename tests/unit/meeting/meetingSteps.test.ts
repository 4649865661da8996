// Covers buildMeetingSteps and the planned times in shared/meeting/engine.ts: which steps a template
// and an agenda give, in what order, and how long each is planned to take.
import { describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, plannedForMeeting, plannedForStep, runFitsSteps } from '../../../shared/meeting/engine';
import { parseTemplate, type MeetingTemplate } from '../../../shared/meeting/template';
import { minute, started, testClock, weeklySteps } from './support';

const perFamily = ['presentation', 'clarifyingQuestions', 'hypothesising', 'reflection', 'riskScaling', 'plan'];

describe('buildMeetingSteps', () => {
  it('with 2 deep-dive families: opening, quick round once, phases 2–7 for each family in agenda order, then close', () => {
    const steps = weeklySteps(['item-a', 'item-b']);
    expect(steps.map((step) => step.key)).toEqual([
      'opening',
      'quickRound',
      ...perFamily.map((id) => `${id}:item-a`),
      ...perFamily.map((id) => `${id}:item-b`),
      'recordingAndClose',
    ]);
    expect(steps.map((step) => step.index)).toEqual(steps.map((_, index) => index));
    expect(steps.filter((step) => step.phase.id === 'quickRound')).toHaveLength(1);
  });

  it('tells each step which deep dive it belongs to', () => {
    const steps = weeklySteps(['item-a', 'item-b']);
    expect(steps.map((step) => [step.agendaItemId, step.deepDiveNumber])).toEqual([
      [null, null],
      [null, null],
      ...perFamily.map(() => ['item-a', 1]),
      ...perFamily.map(() => ['item-b', 2]),
      [null, null],
    ]);
  });

  it('with no deep dives, keeps only the once-a-meeting phases', () => {
    expect(weeklySteps([]).map((step) => step.key)).toEqual(['opening', 'quickRound', 'recordingAndClose']);
  });

  it('the interim review with one family: opening, five care-period phases, recording', () => {
    const steps = buildMeetingSteps(interimReviewTemplate, { deepDiveItemIds: ['lipsy-1'], quickRoundFamilyCount: 0 });
    expect(steps.map((step) => step.phase.id)).toEqual(interimReviewTemplate.phases.map((phase) => phase.id));
    expect(steps.filter((step) => step.agendaItemId === 'lipsy-1')).toHaveLength(5);
  });

  it('repeats each separate block of per-family phases on its own', () => {
    const parsed = parseTemplate({
      schemaVersion: 1,
      id: 'team.split',
      kind: 'split',
      name: { fi: 'Jaettu', en: 'Split' },
      phases: [
        phase('a', 'perDeepDiveFamily'),
        phase('b', 'once'),
        phase('c', 'perDeepDiveFamily'),
        phase('d', 'perDeepDiveFamily'),
      ],
    });
    if (!parsed.ok) throw new Error(parsed.issue.key);
    const steps = buildMeetingSteps(parsed.value, { deepDiveItemIds: ['x', 'y'], quickRoundFamilyCount: 0 });
    expect(steps.map((step) => step.key)).toEqual(['a:x', 'a:y', 'b', 'c:x', 'd:x', 'c:y', 'd:y']);
  });
});

describe('planned time', () => {
  it('gives the quick round 2 minutes per family on the quick-round list', () => {
    expect(plannedForStep(weeklySteps(['a'], 7), 1)).toBe(14 * minute);
    expect(plannedForStep(weeklySteps(['a'], 0), 1)).toBe(0);
  });

  it('plans the default meeting: 10 + 2×families + 50 per deep dive + 5 minutes', () => {
    expect(plannedForMeeting(weeklySteps(['a', 'b'], 5))).toBe((10 + 10 + 2 * 50 + 5) * minute);
    expect(plannedForMeeting(weeklySteps(['a', 'b', 'c', 'd'], 20))).toBe((10 + 40 + 4 * 50 + 5) * minute);
  });

  it('handles half minutes and answers 0 for a step that does not exist', () => {
    const halfMinutes: MeetingTemplate = {
      ...weeklyMeetingTemplate,
      phases: weeklyMeetingTemplate.phases.map((p) => (p.id === 'quickRound' ? { ...p, plannedMinutesPerFamily: 1.5 } : p)),
    };
    const steps = buildMeetingSteps(halfMinutes, { deepDiveItemIds: [], quickRoundFamilyCount: 3 });
    expect(plannedForStep(steps, 1)).toBe(4.5 * minute);
    expect(plannedForStep(steps, 99)).toBe(0);
  });
});

describe('runFitsSteps', () => {
  it('is true for the steps the run was started on, false when a deep dive was removed under it', () => {
    const clock = testClock();
    const steps = weeklySteps(['item-a', 'item-b']);
    const state = { ...started(steps, clock), stepIndex: 14 };
    const logged = {
      ...state,
      stepLog: [{ stepIndex: 8, stepKey: 'presentation:item-b', startedAt: clock.now(), endedAt: clock.now() + minute, skipped: false }],
    };
    expect(runFitsSteps(logged, steps)).toBe(true);
    expect(runFitsSteps(logged, weeklySteps(['item-b']))).toBe(false);
    expect(runFitsSteps(state, weeklySteps([]))).toBe(false);
  });
});

function phase(id: string, scope: 'once' | 'perDeepDiveFamily') {
  return { id, name: { fi: id, en: id.toUpperCase() }, scope, plannedMinutes: 1, leadRole: 'team', prompts: {}, tools: [] };
}
