// Covers the agenda that bends while a meeting runs: engine.goTo and engine.rebaseRun, and the pure
// edits of shared/meeting/agendaEditing.ts (add a deep dive now, reorder those not reached, move one
// to next week and back), case by case and as properties over any sequence of edits and moves:
// the time spent per step key never changes, and steps already reached never move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import {
  addDeepDiveNow,
  findNextWeekMeeting,
  moveDeepDiveAway,
  planWithDeepDiveForNextWeek,
  putDeepDiveBack,
  reachedDeepDiveIds,
  reorderDeepDive,
  reorderRange,
  stepsOf,
  upcomingDeepDiveIds,
  type AgendaMeeting,
} from '../../../shared/meeting/agendaEditing';
import {
  goTo,
  next,
  pause,
  previous,
  rebaseRun,
  resume,
  runFitsSteps,
  spentOnStep,
  type MeetingRunState,
  type MeetingStep,
} from '../../../shared/meeting/engine';
import type { MeetingPlan } from '../../../shared/meeting/meeting';
import { accepted, deepFreeze, minute, started, testClock, weeklySteps } from './support';

const participants = [
  { kind: 'member' as const, id: 'anna' },
  { kind: 'member' as const, id: 'tero' },
];

function planWith(ids: readonly string[]): MeetingPlan {
  return {
    roles: {},
    participants,
    quickRound: [{ id: 'q1', familyId: 'f-q' }],
    deepDives: ids.map((id) => ({ id, familyId: `f-${id}`, presenterId: 'anna', question: `Question ${id}` })),
    closingNote: '',
  };
}

function meetingOn(ids: readonly string[], run: MeetingRunState): AgendaMeeting {
  return { plan: planWith(ids), run, template: weeklyMeetingTemplate };
}

/** Time spent per step key, as the run's visits and current step say. */
function timePerKey(run: MeetingRunState, steps: readonly MeetingStep[], now: number): Map<string, number> {
  const spent = new Map<string, number>();
  for (const step of steps) {
    const ms = spentOnStep(run, step.index, now);
    if (ms > 0) spent.set(step.key, ms);
  }
  return spent;
}

/** The keys of the steps reached (visited or current), in agenda order. */
function reachedKeys(run: MeetingRunState, steps: readonly MeetingStep[]): string[] {
  const reached = new Set(run.stepLog.map((visit) => visit.stepIndex));
  if (run.status === 'running' || run.status === 'paused') reached.add(run.stepIndex);
  return steps.filter((step) => reached.has(step.index)).map((step) => step.key);
}

describe('goTo', () => {
  it('jumps to any step, logging the current visit like next does, and keeps time spent on the target', () => {
    const clock = testClock();
    const steps = weeklySteps(['a', 'b']);
    let run = started(steps, clock);
    clock.advance(3 * minute);
    run = accepted(goTo(deepFreeze(run), steps, clock.now(), 8));
    expect(run.stepIndex).toBe(8);
    expect(run.stepLog).toEqual([{ stepIndex: 0, stepKey: steps[0]!.key, startedAt: clock.startsAt, endedAt: clock.now(), skipped: false }]);
    clock.advance(2 * minute);
    run = accepted(goTo(run, steps, clock.now(), 0));
    clock.advance(minute);
    expect(spentOnStep(run, 0, clock.now())).toBe(4 * minute);
    expect(spentOnStep(run, 8, clock.now())).toBe(2 * minute);
  });

  it('refuses the current step, a step that does not exist, and a meeting not running', () => {
    const clock = testClock();
    const steps = weeklySteps(['a']);
    const run = started(steps, clock);
    expect(goTo(run, steps, clock.now(), 0)).toMatchObject({ ok: false, reason: 'alreadyThere' });
    expect(goTo(run, steps, clock.now(), steps.length)).toMatchObject({ ok: false, reason: 'stepsChanged' });
    expect(goTo({ ...run, status: 'notStarted' }, steps, clock.now(), 1)).toMatchObject({ ok: false, reason: 'notStarted' });
  });

  it('during a break the target’s time counts from the resume', () => {
    const clock = testClock();
    const steps = weeklySteps(['a']);
    let run = accepted(pause(started(steps, clock), steps, clock.advance(minute)));
    run = accepted(goTo(run, steps, clock.advance(5 * minute), 3));
    run = accepted(resume(run, steps, clock.advance(5 * minute)));
    clock.advance(minute);
    expect(spentOnStep(run, 3, clock.now())).toBe(minute);
  });
});

describe('rebaseRun', () => {
  it('finds the current step and every visit again by key when a deep dive is added after them', () => {
    const clock = testClock();
    const before = weeklySteps(['a']);
    let run = started(before, clock);
    run = accepted(next(run, before, clock.advance(minute)));
    run = accepted(next(run, before, clock.advance(minute)));
    const after = weeklySteps(['a', 'b']);
    const moved = accepted(rebaseRun(deepFreeze(run), before, after));
    expect(runFitsSteps(moved, after)).toBe(true);
    expect(after[moved.stepIndex]!.key).toBe(before[run.stepIndex]!.key);
  });

  it('refuses removing or reordering a step already visited or current', () => {
    const clock = testClock();
    const before = weeklySteps(['a', 'b']);
    let run = started(before, clock);
    for (let step = 0; step < 3; step++) run = accepted(next(run, before, clock.advance(minute)));
    // Now on the first phase of deep dive a's second phase.
    expect(rebaseRun(run, before, weeklySteps(['b']))).toMatchObject({ ok: false, reason: 'reachedStepMoved' });
    // b's steps would move from after a's reached steps to before them.
    expect(rebaseRun(run, before, weeklySteps(['b', 'a']))).toMatchObject({ ok: false, reason: 'reachedStepMoved' });
    expect(rebaseRun(run, before, weeklySteps(['a']))).toMatchObject({ ok: true });
    // A new deep dive may go anywhere, even before the reached ones (the agenda never does that).
    expect(rebaseRun(run, before, weeklySteps(['new', 'a', 'b']))).toMatchObject({ ok: true });
  });

  it('refuses a run that does not fit the steps it says it was run on', () => {
    const clock = testClock();
    const before = weeklySteps(['a']);
    const run = accepted(next(started(before, clock), before, clock.advance(minute)));
    expect(rebaseRun(run, weeklySteps(['x']).slice(0, 1), before)).toMatchObject({ ok: false, reason: 'stepsChanged' });
  });
});

describe('agenda edits while the meeting runs', () => {
  const clock = testClock();
  const steps = weeklySteps(['a', 'b', 'c']);
  // On deep dive a's presentation (step 2): a reached, b and c not.
  let run = started(steps, clock);
  run = accepted(next(run, steps, clock.advance(minute)));
  run = accepted(next(run, steps, clock.advance(minute)));
  const meeting = deepFreeze(meetingOn(['a', 'b', 'c'], run));

  it('adds a family after all deep dives, logs it and keeps the planned deep dives', () => {
    const edit = addDeepDiveNow(meeting, { familyId: 'f-new', question: 'Why now?', presenterId: 'tero' }, 'new', 1000);
    if (!edit.ok) throw new Error(edit.reason);
    expect(edit.plan.deepDives.map((item) => item.id)).toEqual(['a', 'b', 'c', 'new']);
    expect(edit.plan.deepDives[3]).toEqual({ id: 'new', familyId: 'f-new', question: 'Why now?', presenterId: 'tero' });
    expect(edit.plan.plannedDeepDives?.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(edit.plan.agendaChanges).toEqual([{ kind: 'added', at: 1000, deepDiveId: 'new', familyId: 'f-new', question: 'Why now?', presenterId: 'tero' }]);
    expect(stepsOf({ plan: edit.plan, template: weeklyMeetingTemplate })[edit.run.stepIndex]!.key).toBe(steps[run.stepIndex]!.key);
  });

  it('refuses a family already on the agenda, and a presenter not taking part becomes none', () => {
    expect(addDeepDiveNow(meeting, { familyId: 'f-b', question: '', presenterId: null }, 'x', 1)).toEqual({ ok: false, reason: 'alreadyOnAgenda' });
    const edit = addDeepDiveNow(meeting, { familyId: 'f-x', question: '', presenterId: 'guest-gone' }, 'x', 1);
    expect(edit.ok && edit.plan.deepDives.at(-1)!.presenterId).toBeNull();
  });

  it('refuses when the meeting is not running', () => {
    const planned = meetingOn(['a'], { ...run, status: 'notStarted' });
    expect(addDeepDiveNow(planned, { familyId: 'f-x', question: '', presenterId: null }, 'x', 1)).toEqual({ ok: false, reason: 'notRunning' });
  });

  it('reorders only the deep dives still to come, among themselves', () => {
    const edit = reorderDeepDive(meeting, 'c', 0, ['a', 'b', 'c'], 5);
    if (!edit.ok) throw new Error(edit.reason);
    expect(edit.plan.deepDives.map((item) => item.id)).toEqual(['a', 'c', 'b']);
    expect(edit.plan.agendaChanges?.at(-1)).toMatchObject({ kind: 'reordered', deepDiveId: 'c', from: 3, to: 2 });
    expect(reorderDeepDive(meeting, 'a', 2, ['a', 'b', 'c'], 5)).toEqual({ ok: false, reason: 'alreadyReached' });
    expect(reorderDeepDive(meeting, 'c', 0, ['a', 'c', 'b'], 5)).toEqual({ ok: false, reason: 'changedElsewhere' });
    expect(reorderRange(meeting, 'c')).toEqual({ position: 1, count: 2 });
    expect(reorderRange(meeting, 'a')).toBeNull();
  });

  it('moves a deep dive not reached to next week and puts it back where it was', () => {
    const moved = moveDeepDiveAway(meeting, 'b', 'next-week', 7);
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.plan.deepDives.map((item) => item.id)).toEqual(['a', 'c']);
    expect(moved.index).toBe(1);
    expect(moved.plan.agendaChanges?.at(-1)).toMatchObject({ kind: 'movedToNextWeek', deepDiveId: 'b', toMeetingId: 'next-week', question: 'Question b' });
    expect(moveDeepDiveAway(meeting, 'a', 'next-week', 7)).toEqual({ ok: false, reason: 'alreadyReached' });
    const back = putDeepDiveBack({ ...meeting, plan: moved.plan, run: moved.run }, moved.deepDive!, moved.index!, 7);
    if (!back.ok) throw new Error(back.reason);
    expect(back.plan.deepDives.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(back.plan.agendaChanges).toEqual([]);
    expect(back.run).toEqual(run);
  });
});

describe('next week', () => {
  const from = { id: 'now', scheduledAt: '2031-06-02T07:00:00.000Z', demo: false };
  const meeting = (id: string, scheduledAt: string, status: 'planned' | 'cancelled' = 'planned', demo = false) => ({ id, scheduledAt, status, demo });

  it('finds the planned meeting closest to a week later, within three days, of the same kind', () => {
    const found = findNextWeekMeeting(
      [
        meeting('far', '2031-06-16T07:00:00.000Z'),
        meeting('cancelled', '2031-06-09T07:00:00.000Z', 'cancelled'),
        meeting('demo', '2031-06-09T07:00:00.000Z', 'planned', true),
        meeting('tuesday', '2031-06-10T07:00:00.000Z'),
        meeting('monday-afternoon', '2031-06-09T12:00:00.000Z'),
      ],
      from,
    );
    expect(found?.id).toBe('monday-afternoon');
    expect(findNextWeekMeeting([meeting('far', '2031-06-16T07:00:00.000Z')], from)).toBeNull();
  });

  it('puts the family on the plan with its question and presenter, who joins if a member', () => {
    const plan = { ...planWith(['x']), participants: [{ kind: 'member' as const, id: 'anna' }] };
    const result = planWithDeepDiveForNextWeek(plan, { familyId: 'f-b', question: 'Q', presenterId: 'tero' }, (id) => id === 'tero', () => 'new');
    expect(result).toMatchObject({ deepDiveId: 'new', added: true });
    expect(result.plan.deepDives.at(-1)).toEqual({ id: 'new', familyId: 'f-b', question: 'Q', presenterId: 'tero' });
    expect(result.plan.participants.map((participant) => participant.id)).toEqual(['anna', 'tero']);
    const again = planWithDeepDiveForNextWeek(result.plan, { familyId: 'f-b', question: 'Other', presenterId: null }, () => true, () => 'other');
    expect(again).toMatchObject({ deepDiveId: 'new', added: false });
    expect(again.plan.deepDives.at(-1)!.question).toBe('Q');
  });
});

describe('properties: any sequence of moves and agenda edits', () => {
  type Command =
    | { kind: 'next' }
    | { kind: 'previous' }
    | { kind: 'goTo'; target: number }
    | { kind: 'add' }
    | { kind: 'reorder'; which: number; to: number }
    | { kind: 'moveAway'; which: number }
    | { kind: 'wait'; ms: number };
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.constantFrom<Command>({ kind: 'next' }, { kind: 'previous' }, { kind: 'add' }),
    fc.nat(60).map((target): Command => ({ kind: 'goTo', target })),
    fc.record({ which: fc.nat(12), to: fc.nat(12) }).map((value): Command => ({ kind: 'reorder', ...value })),
    fc.nat(12).map((which): Command => ({ kind: 'moveAway', which })),
    fc.integer({ min: 1, max: 10 * minute }).map((ms): Command => ({ kind: 'wait', ms })),
  );

  it('keeps the time per step key, never moves a reached step, and the run always fits its agenda', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(command, { maxLength: 40 }), (planned, commands) => {
        const clock = testClock();
        const ids = Array.from({ length: planned }, (_, index) => `d${index}`);
        let meeting: AgendaMeeting = meetingOn(ids, started(weeklySteps(ids), clock));
        let added = 0;
        for (const step of commands) {
          const steps = stepsOf(meeting);
          const now = clock.now();
          if (step.kind === 'wait') {
            clock.advance(step.ms);
            continue;
          }
          if (step.kind === 'next' || step.kind === 'previous' || step.kind === 'goTo') {
            const moved =
              step.kind === 'goTo' ? goTo(meeting.run, steps, now, step.target % steps.length) : (step.kind === 'next' ? next : previous)(meeting.run, steps, now);
            if (moved.ok) meeting = { ...meeting, run: moved.state };
            continue;
          }
          const reached = reachedDeepDiveIds(meeting.run, steps);
          const pick = (which: number) => meeting.plan.deepDives[which % Math.max(1, meeting.plan.deepDives.length)]?.id ?? 'none';
          const edit =
            step.kind === 'add'
              ? addDeepDiveNow(meeting, { familyId: `new-${added}`, question: '', presenterId: null }, `new-${added++}`, now)
              : step.kind === 'reorder'
                ? reorderDeepDive(meeting, pick(step.which), step.to, meeting.plan.deepDives.map((item) => item.id), now)
                : moveDeepDiveAway(meeting, pick(step.which), 'next-week', now);
          if (!edit.ok) {
            // Only an edit of a reached deep dive (or a full agenda) is refused.
            expect(['alreadyReached', 'agendaFull', 'changedElsewhere']).toContain(edit.reason);
            if (edit.reason === 'alreadyReached' && step.kind === 'moveAway') expect(reached.has(pick(step.which))).toBe(true);
            if (edit.reason === 'alreadyReached' && step.kind === 'reorder') expect(upcomingDeepDiveIds(meeting)).not.toContain(pick(step.which));
            continue;
          }
          const after = stepsOf({ plan: edit.plan, template: meeting.template });
          expect(runFitsSteps(edit.run, after)).toBe(true);
          expect(timePerKey(edit.run, after, now)).toEqual(timePerKey(meeting.run, steps, now));
          expect(reachedKeys(edit.run, after)).toEqual(reachedKeys(meeting.run, steps));
          // Reached deep dives keep their places among the deep dives.
          const placesBefore = meeting.plan.deepDives.flatMap((item, index) => (reached.has(item.id) ? [`${index}:${item.id}`] : []));
          const placesAfter = edit.plan.deepDives.flatMap((item, index) => (reached.has(item.id) ? [`${index}:${item.id}`] : []));
          // Reached deep dives keep their places when others are reordered, and their order always.
          if (step.kind === 'reorder') expect(placesAfter).toEqual(placesBefore);
          expect(edit.plan.deepDives.filter((item) => reached.has(item.id)).map((item) => item.id)).toEqual(
            meeting.plan.deepDives.filter((item) => reached.has(item.id)).map((item) => item.id),
          );
          expect(after[edit.run.stepIndex]!.key).toBe(steps[meeting.run.stepIndex]!.key);
          meeting = { ...meeting, plan: edit.plan, run: edit.run };
        }
      }),
      { numRuns: 300 },
    );
  });
});
