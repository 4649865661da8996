// Covers the transitions of shared/meeting/engine.ts with an injected clock: start, next, previous,
// skip, pause, resume and finish; what each records; the refusals; and that no input is mutated.
import { describe, expect, it } from 'vitest';
import {
  finish,
  next,
  notStartedRun,
  pause,
  previous,
  resume,
  runProgress,
  runTransitions,
  skip,
  start,
  transitionFrom,
  type MeetingRunState,
  type MeetingStep,
  type Transition,
} from '../../../shared/meeting/engine';
import { accepted, deepFreeze, minute, started, testClock, weeklySteps } from './support';

const steps = weeklySteps(['item-a', 'item-b']);
const lastIndex = steps.length - 1;

/** Runs `next` n times, a minute apart. */
function advanceSteps(state: MeetingRunState, count: number, clock: ReturnType<typeof testClock>): MeetingRunState {
  let current = state;
  for (let i = 0; i < count; i++) {
    clock.advance(minute);
    current = accepted(next(current, steps, clock.now()));
  }
  return current;
}

describe('start', () => {
  it('starts at the first step, with the meeting and the phase starting now', () => {
    const clock = testClock();
    expect(start(notStartedRun, steps, clock.now())).toEqual({
      ok: true,
      state: {
        status: 'running',
        stepIndex: 0,
        startedAt: clock.startsAt,
        phaseStartedAt: clock.startsAt,
        finishedAt: null,
        pauses: [],
        stepLog: [],
      },
    });
  });

  it('refuses a meeting with no steps, a second start, and a start after the finish', () => {
    const clock = testClock();
    expect(start(notStartedRun, [], clock.now())).toMatchObject({ ok: false, reason: 'noSteps', state: notStartedRun });
    const running = started(steps, clock);
    expect(start(running, steps, clock.now())).toMatchObject({ ok: false, reason: 'alreadyStarted', state: running });
    const finished = accepted(finish(running, steps, clock.advance(minute)));
    expect(start(finished, steps, clock.now())).toMatchObject({ ok: false, reason: 'finished', state: finished });
  });
});

describe('next', () => {
  it('moves to the next step and logs the finished visit', () => {
    const clock = testClock();
    const running = started(steps, clock);
    clock.advance(9 * minute);
    const moved = accepted(next(running, steps, clock.now()));
    expect(moved).toMatchObject({ status: 'running', stepIndex: 1, phaseStartedAt: clock.now() });
    expect(moved.stepLog).toEqual([
      { stepIndex: 0, stepKey: 'opening', startedAt: clock.startsAt, endedAt: clock.now(), skipped: false },
    ]);
  });

  it('walks every step in order up to the last, then refuses with atLastStep', () => {
    const clock = testClock();
    const atEnd = advanceSteps(started(steps, clock), lastIndex, clock);
    expect(atEnd.stepIndex).toBe(lastIndex);
    expect(atEnd.stepLog.map((visit) => visit.stepKey)).toEqual(steps.slice(0, -1).map((step) => step.key));
    expect(next(atEnd, steps, clock.advance(minute))).toEqual({ ok: false, state: atEnd, reason: 'atLastStep' });
  });

  it('refuses before the start and after the finish', () => {
    const clock = testClock();
    expect(next(notStartedRun, steps, clock.now())).toMatchObject({ ok: false, reason: 'notStarted' });
    const finished = accepted(finish(started(steps, clock), steps, clock.advance(minute)));
    expect(next(finished, steps, clock.advance(minute))).toEqual({ ok: false, state: finished, reason: 'finished' });
  });

  it('refuses when the stored step is beyond the steps given (the agenda shrank)', () => {
    const clock = testClock();
    const late = advanceSteps(started(steps, clock), 10, clock);
    expect(next(late, weeklySteps([]), clock.now())).toMatchObject({ ok: false, reason: 'stepsChanged' });
  });

  it('refuses a time that is not a number', () => {
    const clock = testClock();
    const running = started(steps, clock);
    expect(next(running, steps, Number.NaN)).toMatchObject({ ok: false, reason: 'invalidTime', state: running });
    expect(start(notStartedRun, steps, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, reason: 'invalidTime' });
  });

  it('never logs time backwards when the clock is set back', () => {
    const clock = testClock();
    const running = started(steps, clock);
    clock.advance(5 * minute);
    const moved = accepted(next(running, steps, clock.now()));
    const back = accepted(next(moved, steps, clock.now() - 3 * minute));
    expect(back.stepLog[1]).toMatchObject({ startedAt: clock.now(), endedAt: clock.now() });
    expect(back.phaseStartedAt).toBe(clock.now());
  });
});

describe('previous', () => {
  it('goes back one step, logging the visit it leaves', () => {
    const clock = testClock();
    const atThree = advanceSteps(started(steps, clock), 3, clock);
    clock.advance(2 * minute);
    const back = accepted(previous(atThree, steps, clock.now()));
    expect(back).toMatchObject({ stepIndex: 2, phaseStartedAt: clock.now() });
    expect(back.stepLog.at(-1)).toEqual({
      stepIndex: 3,
      stepKey: 'clarifyingQuestions:item-a',
      startedAt: clock.now() - 2 * minute,
      endedAt: clock.now(),
      skipped: false,
    });
  });

  it('refuses at the first step', () => {
    const clock = testClock();
    const running = started(steps, clock);
    expect(previous(running, steps, clock.advance(minute))).toEqual({ ok: false, state: running, reason: 'atFirstStep' });
  });
});

describe('skip', () => {
  it('moves on and logs the step as skipped', () => {
    const clock = testClock();
    const atRisk = advanceSteps(started(steps, clock), 6, clock);
    expect(steps[atRisk.stepIndex]?.key).toBe('riskScaling:item-a');
    clock.advance(10_000);
    const skipped = accepted(skip(atRisk, steps, clock.now()));
    expect(skipped.stepIndex).toBe(7);
    expect(skipped.stepLog.at(-1)).toEqual({
      stepIndex: 6,
      stepKey: 'riskScaling:item-a',
      startedAt: clock.now() - 10_000,
      endedAt: clock.now(),
      skipped: true,
    });
    expect(skipped.stepLog.filter((visit) => visit.skipped)).toHaveLength(1);
  });

  it('refuses at the last step (finish ends the meeting)', () => {
    const clock = testClock();
    const atEnd = advanceSteps(started(steps, clock), lastIndex, clock);
    expect(skip(atEnd, steps, clock.now())).toMatchObject({ ok: false, reason: 'atLastStep' });
  });
});

describe('pause and resume', () => {
  it('pause opens a break and resume closes it, leaving the step where it was', () => {
    const clock = testClock();
    const running = advanceSteps(started(steps, clock), 2, clock);
    const pausedAt = clock.advance(4 * minute);
    const paused = accepted(pause(running, steps, pausedAt));
    expect(paused).toMatchObject({ status: 'paused', stepIndex: 2, pauses: [{ from: pausedAt, to: null }] });
    const resumedAt = clock.advance(15 * minute);
    const resumed = accepted(resume(paused, steps, resumedAt));
    expect(resumed).toMatchObject({ status: 'running', stepIndex: 2, pauses: [{ from: pausedAt, to: resumedAt }] });
    expect(resumed.stepLog).toEqual(running.stepLog);
  });

  it('refuses a second pause, a resume while running, and both before the start or after the finish', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const paused = accepted(pause(running, steps, clock.advance(minute)));
    expect(pause(paused, steps, clock.now())).toMatchObject({ ok: false, reason: 'alreadyPaused' });
    expect(resume(running, steps, clock.now())).toMatchObject({ ok: false, reason: 'notPaused' });
    expect(pause(notStartedRun, steps, clock.now())).toMatchObject({ ok: false, reason: 'notStarted' });
    expect(resume(notStartedRun, steps, clock.now())).toMatchObject({ ok: false, reason: 'notStarted' });
    const finished = accepted(finish(paused, steps, clock.advance(minute)));
    expect(pause(finished, steps, clock.now())).toMatchObject({ ok: false, reason: 'finished' });
    expect(resume(finished, steps, clock.now())).toMatchObject({ ok: false, reason: 'finished' });
  });

  it('lets the chair move on during a break; the break goes on', () => {
    const clock = testClock();
    const paused = accepted(pause(started(steps, clock), steps, clock.advance(5 * minute)));
    const moved = accepted(next(paused, steps, clock.advance(2 * minute)));
    expect(moved).toMatchObject({ status: 'paused', stepIndex: 1, phaseStartedAt: clock.now() });
    expect(moved.pauses).toEqual(paused.pauses);
  });
});

describe('finish', () => {
  it('ends the meeting at the last step, logging the last visit', () => {
    const clock = testClock();
    const atEnd = advanceSteps(started(steps, clock), lastIndex, clock);
    const finishedAt = clock.advance(3 * minute);
    const finished = accepted(finish(atEnd, steps, finishedAt));
    expect(finished).toMatchObject({ status: 'finished', stepIndex: lastIndex, phaseStartedAt: null, finishedAt });
    expect(finished.stepLog).toHaveLength(steps.length);
    expect(finished.stepLog.at(-1)).toMatchObject({ stepKey: 'recordingAndClose', endedAt: finishedAt, skipped: false });
  });

  it('can end early (the chair decides) and during a break, closing the break', () => {
    const clock = testClock();
    const paused = accepted(pause(advanceSteps(started(steps, clock), 4, clock), steps, clock.advance(minute)));
    const finished = accepted(finish(paused, steps, clock.advance(10 * minute)));
    expect(finished).toMatchObject({ status: 'finished', stepIndex: 4, finishedAt: clock.now() });
    expect(finished.pauses).toEqual([{ from: clock.now() - 10 * minute, to: clock.now() }]);
  });

  it('refuses before the start and a second time', () => {
    const clock = testClock();
    expect(finish(notStartedRun, steps, clock.now())).toMatchObject({ ok: false, reason: 'notStarted' });
    const finished = accepted(finish(started(steps, clock), steps, clock.advance(minute)));
    expect(finish(finished, steps, clock.advance(minute))).toEqual({ ok: false, state: finished, reason: 'finished' });
  });
});

describe('transitionFrom: a press applies only to the step it was made on', () => {
  it('moves one step from the step seen', () => {
    const clock = testClock();
    const atThird = advanceSteps(started(steps, clock), 2, clock);
    const moved = accepted(transitionFrom({ status: 'running', stepIndex: 2 }, 'next', atThird, steps, clock.advance(minute)));
    expect(moved.stepIndex).toBe(3);
    expect(moved).toEqual(accepted(next(atThird, steps, clock.now())));
  });

  it('refuses a press made on step 3 once the run is on step 4 (an earlier press saved meanwhile), so one press never moves two steps', () => {
    const clock = testClock();
    const atFourth = advanceSteps(started(steps, clock), 3, clock);
    for (const action of ['next', 'skip', 'previous', 'pause', 'finish'] as const) {
      expect(transitionFrom({ status: 'running', stepIndex: 2 }, action, atFourth, steps, clock.advance(minute))).toEqual({
        ok: false,
        reason: 'notWhereSeen',
        state: atFourth,
      });
    }
  });

  it('refuses when the run started, paused or resumed since the press (status seen differs)', () => {
    const clock = testClock();
    const running = started(steps, clock);
    expect(transitionFrom({ status: 'notStarted', stepIndex: 0 }, 'start', running, steps, clock.now())).toMatchObject({ ok: false, reason: 'notWhereSeen' });
    const paused = accepted(pause(running, steps, clock.advance(minute)));
    expect(transitionFrom({ status: 'running', stepIndex: 0 }, 'pause', paused, steps, clock.now())).toMatchObject({ ok: false, reason: 'notWhereSeen' });
    expect(transitionFrom({ status: 'running', stepIndex: 0 }, 'next', paused, steps, clock.now())).toMatchObject({ ok: false, reason: 'notWhereSeen' });
    expect(accepted(transitionFrom({ status: 'paused', stepIndex: 0 }, 'resume', paused, steps, clock.now())).status).toBe('running');
  });

  it('still gives the engine\'s own refusal when the run is where it was seen', () => {
    const clock = testClock();
    const atLast = advanceSteps(started(steps, clock), lastIndex, clock);
    expect(transitionFrom({ status: 'running', stepIndex: lastIndex }, 'next', atLast, steps, clock.now())).toMatchObject({ ok: false, reason: 'atLastStep' });
  });
});

describe('runProgress', () => {
  it('grows with every accepted transition, so the newer of two states of a run is known', () => {
    const clock = testClock();
    let state: MeetingRunState = notStartedRun;
    const actions: (keyof typeof runTransitions)[] = ['start', 'next', 'pause', 'next', 'resume', 'previous', 'skip', 'pause', 'finish'];
    for (const action of actions) {
      const moved = accepted(runTransitions[action](state, steps, clock.advance(minute)));
      expect(runProgress(moved)).toBeGreaterThan(runProgress(state));
      state = moved;
    }
  });
});

describe('purity', () => {
  const transitions: [string, (state: MeetingRunState, steps: readonly MeetingStep[], now: number) => Transition][] = [
    ['start', start],
    ['next', next],
    ['previous', previous],
    ['skip', skip],
    ['pause', pause],
    ['resume', resume],
    ['finish', finish],
  ];

  it.each(transitions)('%s never mutates the state it is given (accepted or refused)', (_, transition) => {
    const clock = testClock();
    const samples = [
      notStartedRun,
      advanceSteps(started(steps, clock), 3, clock),
      accepted(pause(advanceSteps(started(steps, clock), 3, clock), steps, clock.advance(minute))),
      accepted(finish(started(steps, clock), steps, clock.advance(minute))),
    ];
    for (const sample of samples) {
      const before = JSON.stringify(sample);
      const frozen = deepFreeze(structuredClone(sample));
      const result = transition(frozen, steps, clock.advance(minute));
      expect(JSON.stringify(frozen)).toBe(before);
      if (result.ok) expect(result.state).not.toBe(frozen);
      else expect(result.state).toBe(frozen);
    }
  });

  it('notStartedRun is frozen, so nobody can change the shared starting state', () => {
    expect(Object.isFrozen(notStartedRun)).toBe(true);
    expect(Object.isFrozen(notStartedRun.pauses)).toBe(true);
  });
});
