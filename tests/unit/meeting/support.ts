// Test helpers for the meeting engine: an injected clock that tests advance by hand, a way to apply
// transitions that must succeed, and a deep freeze to prove that no transition mutates its input.
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import {
  buildMeetingSteps,
  notStartedRun,
  start,
  type MeetingRunState,
  type MeetingStep,
  type Transition,
} from '../../../shared/meeting/engine';

export const minute = 60_000;
export const second = 1_000;

/** A clock starting Monday 2 June 2031 09:00 UTC, moved only by `advance`. */
export function testClock(startsAt = Date.UTC(2031, 5, 2, 9, 0, 0)) {
  let now = startsAt;
  return {
    startsAt,
    now: () => now,
    advance(ms: number) {
      now += ms;
      return now;
    },
  };
}
export type TestClock = ReturnType<typeof testClock>;

/** The default weekly meeting with two deep-dive families and five families on the quick round. */
export function weeklySteps(deepDiveItemIds: readonly string[] = ['item-a', 'item-b'], quickRoundFamilyCount = 5): MeetingStep[] {
  return buildMeetingSteps(weeklyMeetingTemplate, { deepDiveItemIds, quickRoundFamilyCount });
}

/** The state a transition must have produced; fails the test with the refusal reason otherwise. */
export function accepted(transition: Transition): MeetingRunState {
  if (!transition.ok) throw new Error(`transition refused: ${transition.reason}`);
  return transition.state;
}

/** A running meeting started at the clock's current time. */
export function started(steps: readonly MeetingStep[], clock: TestClock): MeetingRunState {
  return accepted(start(notStartedRun, steps, clock.now()));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
