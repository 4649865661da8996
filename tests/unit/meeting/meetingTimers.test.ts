// Covers the timer maths of shared/meeting/engine.ts with an injected clock: elapsed time excluding
// breaks, the on time / last minute / over states, projected end under overrun, planned versus
// actual per step, and resuming after a reload from a JSON round trip of the stored state.
import { describe, expect, it } from 'vitest';
import {
  elapsedInMeeting,
  elapsedInPhase,
  finish,
  lastMinuteMs,
  next,
  notStartedRun,
  pause,
  plannedEnd,
  plannedForMeeting,
  plannedForStep,
  previous,
  projectedEnd,
  resume,
  skip,
  spentOnStep,
  stepTimes,
  timeState,
  type MeetingRunState,
} from '../../../shared/meeting/engine';
import { accepted, minute, second, started, testClock, weeklySteps } from './support';

const steps = weeklySteps(['item-a', 'item-b'], 5);
const total = plannedForMeeting(steps);

/** What a reload does: the state goes to storage as JSON and comes back. */
function reloaded(state: MeetingRunState): MeetingRunState {
  return JSON.parse(JSON.stringify(state)) as MeetingRunState;
}

describe('elapsed time', () => {
  it('is zero before the start', () => {
    const clock = testClock();
    expect(elapsedInPhase(notStartedRun, clock.now())).toBe(0);
    expect(elapsedInMeeting(notStartedRun, clock.now())).toBe(0);
  });

  it('counts the phase from its start and the meeting from its start', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const moved = accepted(next(running, steps, clock.advance(12 * minute)));
    clock.advance(90 * second);
    expect(elapsedInPhase(moved, clock.now())).toBe(90 * second);
    expect(elapsedInMeeting(moved, clock.now())).toBe(12 * minute + 90 * second);
  });

  it('leaves out a break, both while it goes on and after it', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const paused = accepted(pause(running, steps, clock.advance(4 * minute)));
    clock.advance(20 * minute);
    expect(elapsedInPhase(paused, clock.now())).toBe(4 * minute);
    expect(elapsedInMeeting(paused, clock.now())).toBe(4 * minute);
    const resumed = accepted(resume(paused, steps, clock.now()));
    clock.advance(3 * minute);
    expect(elapsedInPhase(resumed, clock.now())).toBe(7 * minute);
    expect(elapsedInMeeting(resumed, clock.now())).toBe(7 * minute);
  });

  it('leaves out several breaks, including one spanning a change of phase', () => {
    const clock = testClock();
    let state = started(steps, clock);
    state = accepted(pause(state, steps, clock.advance(2 * minute)));
    state = accepted(resume(state, steps, clock.advance(5 * minute)));
    state = accepted(pause(state, steps, clock.advance(3 * minute)));
    state = accepted(next(state, steps, clock.advance(4 * minute))); // moved on during the break
    state = accepted(resume(state, steps, clock.advance(6 * minute)));
    clock.advance(minute);
    expect(elapsedInPhase(state, clock.now())).toBe(minute);
    expect(spentOnStep(state, 0, clock.now())).toBe(5 * minute);
    expect(elapsedInMeeting(state, clock.now())).toBe(6 * minute);
  });

  it('adds up every visit to a step, so going back does not reset its timer', () => {
    const clock = testClock();
    let state = started(steps, clock);
    state = accepted(next(state, steps, clock.advance(8 * minute)));
    state = accepted(previous(state, steps, clock.advance(30 * second)));
    clock.advance(3 * minute);
    expect(state.stepIndex).toBe(0);
    expect(elapsedInPhase(state, clock.now())).toBe(11 * minute);
  });

  it('stops counting at the finish', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const finished = accepted(finish(running, steps, clock.advance(7 * minute)));
    clock.advance(60 * minute);
    expect(elapsedInMeeting(finished, clock.now())).toBe(7 * minute);
    expect(elapsedInPhase(finished, clock.now())).toBe(7 * minute);
  });
});

describe('timeState', () => {
  const planned = 5 * minute;
  it.each([
    [0, 'onTime'],
    [planned - lastMinuteMs - 1, 'onTime'],
    [planned - lastMinuteMs, 'lastMinute'],
    [planned - 1, 'lastMinute'],
    [planned, 'lastMinute'],
    [planned + 1, 'over'],
    [planned + 30 * minute, 'over'],
  ] as const)('%d ms of 5 minutes is %s', (elapsed, expected) => {
    expect(timeState(elapsed, planned)).toBe(expected);
  });

  it('a phase shorter than a minute starts in its last minute; a zero-minute phase is over once time passes', () => {
    expect(timeState(0, 30 * second)).toBe('lastMinute');
    expect(timeState(0, 0)).toBe('lastMinute');
    expect(timeState(1, 0)).toBe('over');
  });

  it('follows a running phase through on time, last minute and over', () => {
    const clock = testClock();
    const running = started(steps, clock); // opening: 10 minutes
    const planned = plannedForStep(steps, 0);
    const at = (minutes: number) => timeState(elapsedInPhase(running, clock.startsAt + minutes * minute), planned);
    expect([at(5), at(9), at(9.5), at(10), at(10.1), at(25)]).toEqual(['onTime', 'lastMinute', 'lastMinute', 'lastMinute', 'over', 'over']);
  });
});

describe('projected end', () => {
  it('before the start is now plus the whole plan', () => {
    const clock = testClock();
    expect(total).toBe((10 + 10 + 100 + 5) * minute);
    expect(projectedEnd(notStartedRun, steps, clock.now())).toBe(clock.now() + total);
  });

  it('stays at the planned end while every phase keeps its time', () => {
    const clock = testClock();
    const running = started(steps, clock);
    expect(projectedEnd(running, steps, clock.advance(4 * minute))).toBe(clock.startsAt + total);
    const moved = accepted(next(running, steps, clock.advance(6 * minute)));
    expect(projectedEnd(moved, steps, clock.now())).toBe(clock.startsAt + total);
    expect(plannedEnd(moved, steps)).toBe(clock.startsAt + total);
  });

  it('moves later minute by minute as the current phase runs over', () => {
    const clock = testClock();
    const running = started(steps, clock);
    expect(projectedEnd(running, steps, clock.startsAt + 10 * minute)).toBe(clock.startsAt + total);
    expect(projectedEnd(running, steps, clock.startsAt + 13 * minute)).toBe(clock.startsAt + total + 3 * minute);
    // …and the overrun stays in the projection after moving on.
    const moved = accepted(next(running, steps, clock.advance(13 * minute)));
    expect(projectedEnd(moved, steps, clock.now())).toBe(clock.startsAt + total + 3 * minute);
  });

  it('moves earlier when a phase ends early or is skipped', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const skipped = accepted(skip(running, steps, clock.advance(2 * minute)));
    expect(projectedEnd(skipped, steps, clock.now())).toBe(clock.startsAt + total - 8 * minute);
  });

  it('moves later by the length of a break', () => {
    const clock = testClock();
    const running = started(steps, clock);
    const paused = accepted(pause(running, steps, clock.advance(5 * minute)));
    expect(projectedEnd(paused, steps, clock.advance(15 * minute))).toBe(clock.startsAt + total + 15 * minute);
  });

  it('does not count again the time already spent on a later step the chair went back from', () => {
    const clock = testClock();
    let state = started(steps, clock);
    state = accepted(next(state, steps, clock.advance(10 * minute))); // quick round: 10 min planned
    state = accepted(previous(state, steps, clock.advance(4 * minute)));
    // Opening is over (10 min used); the quick round has 6 of its 10 minutes left.
    expect(projectedEnd(state, steps, clock.now())).toBe(clock.now() + total - 10 * minute - 4 * minute);
  });

  it('after the finish is when it finished', () => {
    const clock = testClock();
    const finished = accepted(finish(started(steps, clock), steps, clock.advance(30 * minute)));
    expect(projectedEnd(finished, steps, clock.advance(60 * minute))).toBe(clock.startsAt + 30 * minute);
  });
});

describe('stepTimes: planned versus actual per step', () => {
  it('reports done, skipped, current and not reached, with actual time excluding breaks', () => {
    const clock = testClock();
    let state = started(steps, clock);
    state = accepted(next(state, steps, clock.advance(12 * minute))); // opening: 12 min
    state = accepted(pause(state, steps, clock.advance(3 * minute)));
    state = accepted(resume(state, steps, clock.advance(10 * minute)));
    state = accepted(skip(state, steps, clock.advance(2 * minute))); // quick round: 5 min, skipped
    clock.advance(4 * minute); // presentation of item-a: 4 min so far
    const times = stepTimes(state, steps, clock.now());
    expect(times.slice(0, 4)).toEqual([
      { stepIndex: 0, stepKey: 'opening', plannedMs: 10 * minute, actualMs: 12 * minute, visits: 1, outcome: 'done' },
      { stepIndex: 1, stepKey: 'quickRound', plannedMs: 10 * minute, actualMs: 5 * minute, visits: 1, outcome: 'skipped' },
      { stepIndex: 2, stepKey: 'presentation:item-a', plannedMs: 10 * minute, actualMs: 4 * minute, visits: 1, outcome: 'current' },
      { stepIndex: 3, stepKey: 'clarifyingQuestions:item-a', plannedMs: 5 * minute, actualMs: 0, visits: 0, outcome: 'notReached' },
    ]);
    expect(times).toHaveLength(steps.length);
  });

  it('after the finish, every step is done, skipped or not reached, and actual times add up to the meeting', () => {
    const clock = testClock();
    let state = started(steps, clock);
    for (let i = 0; i < 5; i++) state = accepted(next(state, steps, clock.advance((i + 3) * minute)));
    state = accepted(finish(state, steps, clock.advance(minute)));
    const times = stepTimes(state, steps, clock.advance(minute));
    expect(times.filter((t) => t.outcome === 'current')).toEqual([]);
    expect(times.filter((t) => t.outcome === 'done')).toHaveLength(6);
    expect(times.reduce((sum, t) => sum + t.actualMs, 0)).toBe(elapsedInMeeting(state, clock.now()));
  });
});

describe('resume after reload', () => {
  it('a state read back from storage later gives the right elapsed times and carries on', () => {
    const clock = testClock();
    let state = started(steps, clock);
    state = accepted(next(state, steps, clock.advance(10 * minute)));
    state = accepted(next(state, steps, clock.advance(9 * minute)));
    const stored = JSON.stringify(state);

    // The window crashed; the app is opened again two and a half minutes later.
    clock.advance(150 * second);
    const restored = JSON.parse(stored) as MeetingRunState;
    expect(restored).toEqual(state);
    expect(elapsedInPhase(restored, clock.now())).toBe(150 * second);
    expect(elapsedInMeeting(restored, clock.now())).toBe(21.5 * minute);
    expect(projectedEnd(restored, steps, clock.now())).toBe(projectedEnd(state, steps, clock.now()));

    const continued = accepted(next(restored, steps, clock.advance(minute)));
    expect(continued.stepLog.at(-1)).toMatchObject({ stepIndex: 2, endedAt: clock.now() });
    expect(spentOnStep(continued, 2, clock.now())).toBe(210 * second);
  });

  it('a reload during a break stays paused, with the break still excluded', () => {
    const clock = testClock();
    const paused = accepted(pause(started(steps, clock), steps, clock.advance(6 * minute)));
    clock.advance(40 * minute);
    const restored = reloaded(paused);
    expect(restored.status).toBe('paused');
    expect(elapsedInPhase(restored, clock.now())).toBe(6 * minute);
    const resumed = accepted(resume(restored, steps, clock.now()));
    expect(elapsedInMeeting(resumed, clock.advance(minute))).toBe(7 * minute);
  });

  it('a finished meeting read back keeps its times', () => {
    const clock = testClock();
    const finished = accepted(finish(started(steps, clock), steps, clock.advance(45 * minute)));
    const restored = reloaded(finished);
    clock.advance(24 * 60 * minute);
    expect(elapsedInMeeting(restored, clock.now())).toBe(45 * minute);
    expect(stepTimes(restored, steps, clock.now())).toEqual(stepTimes(finished, steps, clock.now()));
  });
});
