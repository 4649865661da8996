// Covers whose care period it is and which one is current (shared/carePeriod/carePeriod.ts): a care
// period belongs to the child who is the patient, a child has one at a time and several over time,
// care periods stored without a child read as the only child's (else "child not set"), and an
// interim review works on the care period current on its day.
import { describe, expect, it } from 'vitest';
import {
  carePeriodChildId,
  carePeriodPayloadSchema,
  carePeriodsByChild,
  currentCarePeriod,
  overlapsChildCarePeriod,
} from '../../../shared/carePeriod/carePeriod';

const period = (id: string, start: string, plannedEnd: string, childId?: string) => ({ id, start, plannedEnd, ...(childId ? { childId } : {}) });
const tuuli = { id: 'tuuli' };
const eino = { id: 'eino' };

describe('a care period belongs to a child', () => {
  it('keeps its child in the encrypted payload, and one stored before that still reads', () => {
    expect(carePeriodPayloadSchema.parse({ unit: 'LIPSY', goals: [], childId: 'tuuli' }).childId).toBe('tuuli');
    expect(carePeriodPayloadSchema.parse({ unit: 'LIPSY', goals: [] }).childId).toBeUndefined();
  });

  it('is its own child’s; one stored without a child is the only child’s, else not known', () => {
    expect(carePeriodChildId({ childId: 'eino' }, [tuuli, eino])).toBe('eino');
    expect(carePeriodChildId({}, [tuuli])).toBe('tuuli');
    expect(carePeriodChildId({}, [tuuli, eino])).toBeNull();
    expect(carePeriodChildId({}, [])).toBeNull();
    // A child since removed from the family: not known either.
    expect(carePeriodChildId({ childId: 'gone' }, [tuuli])).toBeNull();
  });

  it('a child has one care period at a time, several over time; a sibling may have one at the same time', () => {
    const periods = [period('p1', '2031-01-05', '2031-02-20', 'tuuli')];
    expect(overlapsChildCarePeriod(periods, 'tuuli', { start: '2031-02-01', plannedEnd: '2031-03-01' })).toBe(true);
    expect(overlapsChildCarePeriod(periods, 'tuuli', { start: '2031-02-20', plannedEnd: '2031-03-01' })).toBe(true);
    expect(overlapsChildCarePeriod(periods, 'tuuli', { start: '2031-09-01', plannedEnd: '2031-10-15' })).toBe(false);
    expect(overlapsChildCarePeriod(periods, 'eino', { start: '2031-02-01', plannedEnd: '2031-03-01' })).toBe(false);
  });
});

describe('the current care period', () => {
  const earlier = period('earlier', '2030-02-01', '2030-03-15', 'tuuli');
  const now = period('now', '2031-03-02', '2031-04-27', 'tuuli');
  const next = period('next', '2031-09-01', '2031-10-15', 'tuuli');

  it('is the one running on the day, else the latest started before it, else the first planned after', () => {
    expect(currentCarePeriod([earlier, now, next], '2031-03-10')).toBe(now);
    expect(currentCarePeriod([earlier, now, next], '2031-06-01')).toBe(now);
    expect(currentCarePeriod([next], '2031-06-01')).toBe(next);
    expect(currentCarePeriod([], '2031-06-01')).toBeNull();
  });

  it('groups a family’s care periods under their child: the current one first, then the others, latest first', () => {
    const sibling = period('sibling', '2031-03-05', '2031-04-01', 'eino');
    const unknown = period('old', '2029-01-01', '2029-02-01');
    expect(carePeriodsByChild([earlier, now, next, sibling, unknown], [tuuli, eino], '2031-03-10')).toEqual([
      { childId: 'tuuli', current: now, others: [next, earlier] },
      { childId: 'eino', current: sibling, others: [] },
      { childId: null, current: unknown, others: [] },
    ]);
    // A family without care periods has nothing to show.
    expect(carePeriodsByChild([], [tuuli, eino], '2031-03-10')).toEqual([]);
    // One stored without a child, in a family of one child: that child's.
    expect(carePeriodsByChild([unknown], [tuuli], '2031-03-10')).toEqual([{ childId: 'tuuli', current: unknown, others: [] }]);
  });
});
