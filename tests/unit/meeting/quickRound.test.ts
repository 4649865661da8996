// Covers shared/meeting/quickRound.ts: the line's payload and text rule, the safety median's direction,
// open tasks due, filtering and splitting by worker, the keys and the family's history.
import { describe, expect, it } from 'vitest';
import {
  familyQuickRoundHistory,
  filterByWorker,
  isEmptyLine,
  quickRoundCommandForKey,
  quickRoundLinePayloadSchema,
  safetyTrend,
  splitByWorker,
  tasksDue,
  validateChangedText,
} from '../../../shared/meeting/quickRound';
import { commandForKey, type KeyPress } from '../../../shared/meeting/runShortcuts';
import { limits } from '../../../shared/limits';

const press = (over: Partial<KeyPress>): KeyPress => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...over });
const scores = (...values: (number | null)[]) => values.map((score) => ({ score }));

describe('a quick-round line', () => {
  it('holds what changed, the urgent flag and a decision (or none)', () => {
    expect(quickRoundLinePayloadSchema.parse({ changed: 'Uusi koti', urgent: true, decision: 'today' })).toEqual({ changed: 'Uusi koti', urgent: true, decision: 'today' });
    expect(quickRoundLinePayloadSchema.safeParse({ changed: '', urgent: false, decision: 'later' }).success).toBe(false);
    expect(quickRoundLinePayloadSchema.safeParse({ changed: 'x'.repeat(limits.quickRoundChanged + 1), urgent: false, decision: null }).success).toBe(false);
  });

  it('refuses a text over the limit with its length, and knows an empty line', () => {
    expect(validateChangedText('x'.repeat(limits.quickRoundChanged)).ok).toBe(true);
    expect(validateChangedText('x'.repeat(limits.quickRoundChanged + 1))).toEqual({
      ok: false,
      issue: { key: 'validation.tooLong', values: { max: limits.quickRoundChanged, length: limits.quickRoundChanged + 1 } },
    });
    expect(isEmptyLine({ changed: '  ', urgent: false, decision: null })).toBe(true);
    expect(isEmptyLine({ changed: '', urgent: true, decision: null })).toBe(false);
    expect(isEmptyLine({ changed: '', urgent: false, decision: 'noNeed' })).toBe(false);
  });
});

describe('the safety median beside a line', () => {
  it('is the last revealed round’s median, with its direction against the round before', () => {
    expect(safetyTrend([])).toBeNull();
    expect(safetyTrend([{ revealedAt: 1, scores: scores(4, 6) }])).toEqual({ median: 5, direction: null });
    const rounds = [
      { revealedAt: 300, scores: scores(6, 7, 8) },
      { revealedAt: 100, scores: scores(3, 4, 5) },
      { revealedAt: null, scores: scores(0) },
    ];
    expect(safetyTrend(rounds)).toEqual({ median: 7, direction: 'up' });
    expect(safetyTrend([{ revealedAt: 1, scores: scores(7) }, { revealedAt: 2, scores: scores(5) }])).toEqual({ median: 5, direction: 'down' });
    expect(safetyTrend([{ revealedAt: 1, scores: scores(5) }, { revealedAt: 2, scores: scores(5, null) }])).toEqual({ median: 5, direction: 'same' });
  });

  it('leaves out a round nobody scored in', () => {
    expect(safetyTrend([{ revealedAt: 1, scores: scores(4) }, { revealedAt: 2, scores: scores(null) }])).toEqual({ median: 4, direction: null });
  });
});

describe('open tasks due', () => {
  it('counts open agreed actions (not questions for the family) and those past due', () => {
    const actions = [
      { kind: 'action', status: 'open', due: '2026-01-10' },
      { kind: 'action', status: 'open', due: '2026-01-20' },
      { kind: 'action', status: 'open', due: null },
      { kind: 'action', status: 'done', due: '2026-01-01' },
      { kind: 'familyQuestion', status: 'open', due: '2026-01-01' },
    ];
    expect(tasksDue(actions, '2026-01-15')).toEqual({ open: 3, overdue: 1 });
    expect(tasksDue(actions, '2026-01-10')).toEqual({ open: 3, overdue: 0 });
  });
});

describe('by worker', () => {
  const rows = [
    { id: 'a', workerId: 'sanna' },
    { id: 'b', workerId: null },
    { id: 'c', workerId: 'mikko' },
    { id: 'd', workerId: 'sanna' },
  ];
  it('filters to one worker’s families, to those with none, or shows all', () => {
    expect(filterByWorker(rows, 'sanna').map((row) => row.id)).toEqual(['a', 'd']);
    expect(filterByWorker(rows, '').map((row) => row.id)).toEqual(['b']);
    expect(filterByWorker(rows, null).map((row) => row.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('splits the round: each worker’s families together in agenda order, no worker last', () => {
    expect(splitByWorker(rows).map((group) => [group.workerId, group.rows.map((row) => row.id)])).toEqual([
      ['sanna', ['a', 'd']],
      ['mikko', ['c']],
      [null, ['b']],
    ]);
  });
});

describe('keys', () => {
  it('moves between lines with ↑/↓, flags with Alt+K and decides with Alt+1/2/3 (Alt+0 clears)', () => {
    expect(quickRoundCommandForKey(press({ key: 'ArrowDown', code: 'ArrowDown' }))).toEqual({ kind: 'nextLine' });
    expect(quickRoundCommandForKey(press({ key: 'ArrowUp', code: 'ArrowUp' }))).toEqual({ kind: 'previousLine' });
    expect(quickRoundCommandForKey(press({ key: 'k', code: 'KeyK', altKey: true }))).toEqual({ kind: 'toggleUrgent' });
    expect(quickRoundCommandForKey(press({ key: '˚', code: 'KeyK', altKey: true }))).toEqual({ kind: 'toggleUrgent' });
    expect(quickRoundCommandForKey(press({ key: '1', code: 'Digit1', altKey: true }))).toEqual({ kind: 'decide', decision: 'today' });
    expect(quickRoundCommandForKey(press({ key: '2', code: 'Digit2', altKey: true }))).toEqual({ kind: 'decide', decision: 'nextTime' });
    expect(quickRoundCommandForKey(press({ key: '3', code: 'Digit3', altKey: true }))).toEqual({ kind: 'decide', decision: 'noNeed' });
    expect(quickRoundCommandForKey(press({ key: '0', code: 'Digit0', altKey: true }))).toEqual({ kind: 'decide', decision: null });
  });

  it('leaves typing, Ctrl combinations and Shift+arrows (text selection) alone', () => {
    expect(quickRoundCommandForKey(press({ key: 'k', code: 'KeyK' }))).toBeNull();
    expect(quickRoundCommandForKey(press({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(quickRoundCommandForKey(press({ key: 'ArrowDown', code: 'ArrowDown', shiftKey: true }))).toBeNull();
    expect(quickRoundCommandForKey(press({ key: 'k', code: 'KeyK', altKey: true, ctrlKey: true }))).toBeNull();
  });

  it('uses no key of the meeting’s shortcuts, nor Alt+U (Undo)', () => {
    for (const code of ['KeyK', 'Digit1', 'Digit2', 'Digit3', 'Digit0']) {
      expect(commandForKey(press({ code, key: code, altKey: true }), true), code).toBeNull();
      expect(code).not.toBe('KeyU');
    }
    expect(quickRoundCommandForKey(press({ key: 'u', code: 'KeyU', altKey: true }))).toBeNull();
    // Alt+↑/↓ are left to the meeting (Alt+←/→ move through it).
    expect(quickRoundCommandForKey(press({ key: 'ArrowDown', code: 'ArrowDown', altKey: true }))).toBeNull();
  });
});

describe('a family’s history', () => {
  it('lists its lines newest meeting first, with the meeting’s date, leaving out empty lines and unknown meetings', () => {
    const lines = [
      { meetingId: 'm1', changed: 'Vanha', urgent: false, decision: 'noNeed' as const },
      { meetingId: 'm2', changed: 'Uusi', urgent: true, decision: 'today' as const },
      { meetingId: 'm3', changed: '', urgent: false, decision: null },
      { meetingId: 'gone', changed: 'x', urgent: false, decision: null },
    ];
    const dates = new Map([
      ['m1', '2026-01-05T08:00:00.000Z'],
      ['m2', '2026-01-12T08:00:00.000Z'],
      ['m3', '2026-01-19T08:00:00.000Z'],
    ]);
    expect(familyQuickRoundHistory(lines, dates).map((line) => [line.scheduledAt, line.changed])).toEqual([
      ['2026-01-12T08:00:00.000Z', 'Uusi'],
      ['2026-01-05T08:00:00.000Z', 'Vanha'],
    ]);
  });
});
