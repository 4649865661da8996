// Covers the pure rules of the team on several computers (docs/domain.md: The team on several
// computers): who may move a run's phases (shared/meeting/driver.ts), that every transition keeps the
// driver, a member's own risk-score entry (shared/meeting/ownScore.ts) and who is remembered as using
// a computer (shared/team/thisComputer.ts).
import { describe, expect, it } from 'vitest';
import { goTo, next, notStartedRun, pause, previous, rebaseRun, resume, skip, finish, type MeetingRunState } from '../../../shared/meeting/engine';
import { isFollower, mayDrive, withDriver } from '../../../shared/meeting/driver';
import { scoredBeforeReveal, withOwnScore, withoutOwnScore } from '../../../shared/meeting/ownScore';
import type { RiskScore } from '../../../shared/meeting/meeting';
import { rememberedMember } from '../../../shared/team/thisComputer';
import { accepted, deepFreeze, minute, started, testClock, weeklySteps } from './support';

const steps = weeklySteps(['item-a', 'item-b']);

describe('who drives a run', () => {
  const clock = testClock();
  const run = withDriver(started(steps, clock), { computerId: 'chair', memberId: 'm-sanna' });

  it('only the driving computer may move it; a run without a driver (older runs) any computer', () => {
    expect(mayDrive(run, 'chair')).toBe(true);
    expect(mayDrive(run, 'recorder')).toBe(false);
    expect(mayDrive(started(steps, clock), 'recorder')).toBe(true);
    expect(mayDrive({ ...started(steps, clock), driver: null }, 'recorder')).toBe(true);
  });

  it('another computer follows a run that is going on, never one not started or finished', () => {
    expect(isFollower(run, 'recorder')).toBe(true);
    expect(isFollower(run, 'chair')).toBe(false);
    expect(isFollower({ ...run, status: 'paused' }, 'recorder')).toBe(true);
    expect(isFollower({ ...notStartedRun, driver: 'chair' }, 'recorder')).toBe(false);
    expect(isFollower({ ...run, status: 'finished' }, 'recorder')).toBe(false);
  });

  it('taking over changes the driver and nothing else', () => {
    const frozen = deepFreeze(run);
    const taken = withDriver(frozen, { computerId: 'recorder', memberId: null });
    expect(taken).toEqual({ ...run, driver: 'recorder', driverMemberId: null });
  });

  it('every transition keeps the driver', () => {
    const at = clock.now() + minute;
    const moved: MeetingRunState[] = [
      accepted(next(run, steps, at)),
      accepted(skip(run, steps, at)),
      accepted(previous(accepted(next(run, steps, at)), steps, at + minute)),
      accepted(pause(run, steps, at)),
      accepted(resume(accepted(pause(run, steps, at)), steps, at + minute)),
      accepted(goTo(run, steps, at, 3)),
      accepted(finish(run, steps, at)),
      accepted(rebaseRun(run, steps, weeklySteps(['item-b', 'item-a']))),
    ];
    for (const state of moved) expect([state.driver, state.driverMemberId]).toEqual(['chair', 'm-sanna']);
  });
});

describe('a member’s own score', () => {
  const entry = (participantId: string, score: number | null): RiskScore => ({ participantId, participantName: participantId, score, reason: '', oneUp: '' });
  const scores = deepFreeze([entry('a', 3), entry('b', 6), entry('c', null)]);

  it('replaces the own entry in its place, or adds it at the end; the others stay the same objects', () => {
    const replaced = withOwnScore(scores, entry('b', 8));
    expect(replaced.map((s) => [s.participantId, s.score])).toEqual([['a', 3], ['b', 8], ['c', null]]);
    expect(replaced[0]).toBe(scores[0]);
    expect(replaced[2]).toBe(scores[2]);
    expect(withOwnScore(scores, entry('d', 1)).map((s) => s.participantId)).toEqual(['a', 'b', 'c', 'd']);
    expect(withoutOwnScore(scores, 'b')).toEqual([scores[0], scores[2]]);
  });

  it('before the reveal a computer knows who has scored and who chose not to, never a value', () => {
    const shown = scoredBeforeReveal(scores);
    expect(shown).toEqual([
      { participantId: 'a', scoring: true },
      { participantId: 'b', scoring: true },
      { participantId: 'c', scoring: false },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/\b[36]\b/);
  });
});

describe('who is using this computer', () => {
  const members = [
    { id: 'm-1', status: 'active' as const },
    { id: 'm-2', status: 'archived' as const },
  ];
  it('is the remembered member while they are active; else nobody, and the unlock asks', () => {
    expect(rememberedMember('m-1', members)).toBe('m-1');
    expect(rememberedMember('m-2', members)).toBeNull();
    expect(rememberedMember('m-gone', members)).toBeNull();
    expect(rememberedMember(null, members)).toBeNull();
    expect(rememberedMember(undefined, members)).toBeNull();
  });
});
