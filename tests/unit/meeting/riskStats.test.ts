// Covers shared/meeting/riskStats.ts: the spread of a risk round (lowest, median, highest) with an
// odd and an even number of scores, nobody scoring, and participants who chose not to score; the
// direction since last time, which earlier round counts as last time, and the stacked dots of the
// 0–10 line. And shared/meeting/riskPaper.ts: the chair's table of scores from paper.
import { describe, expect, it } from 'vitest';
import {
  compareWithEarlier,
  previousRevealedRound,
  riskDirection,
  riskSpread,
  scoreDots,
  scoreStacks,
} from '../../../shared/meeting/riskStats';
import { paperRound, parsePaperScore } from '../../../shared/meeting/riskPaper';

const scores = (...values: (number | null)[]) => values.map((score) => ({ score }));

describe('riskSpread', () => {
  it('takes the middle score of an odd count, whatever the order scores were entered in', () => {
    expect(riskSpread(scores(7, 3, 5))).toEqual({ min: 3, median: 5, max: 7, count: 3, notScoring: 0 });
  });

  it('takes the mean of the middle two of an even count (may be a half point)', () => {
    expect(riskSpread(scores(8, 2, 5, 6))).toEqual({ min: 2, median: 5.5, max: 8, count: 4, notScoring: 0 });
    expect(riskSpread(scores(4, 6))?.median).toBe(5);
  });

  it('leaves out participants who chose not to score, and counts them', () => {
    expect(riskSpread(scores(null, 9, null, 1, 4))).toEqual({ min: 1, median: 4, max: 9, count: 3, notScoring: 2 });
  });

  it('is null when nobody scored (no scores at all, or only "not scoring")', () => {
    expect(riskSpread([])).toBeNull();
    expect(riskSpread(scores(null, null))).toBeNull();
  });

  it('handles one score and the ends of the scale', () => {
    expect(riskSpread(scores(0))).toEqual({ min: 0, median: 0, max: 0, count: 1, notScoring: 0 });
    expect(riskSpread(scores(0, 10))).toEqual({ min: 0, median: 5, max: 10, count: 2, notScoring: 0 });
  });

  it('does not reorder the caller\'s scores', () => {
    const entered = scores(9, 1, 5);
    riskSpread(entered);
    expect(entered.map((entry) => entry.score)).toEqual([9, 1, 5]);
  });
});

describe('riskDirection and compareWithEarlier', () => {
  it('says up, down or same by the median', () => {
    expect(riskDirection(5, 4)).toBe('up');
    expect(riskDirection(3.5, 4)).toBe('down');
    expect(riskDirection(4, 4)).toBe('same');
  });

  it('puts today beside last time, with the direction only when both have a median', () => {
    const today = riskSpread(scores(5, 6, 7))!;
    const before = riskSpread(scores(3, 4, 6))!;
    expect(compareWithEarlier(today, { spread: before, meetingTime: 10 })).toEqual({ kind: 'earlier', today, before, beforeTime: 10, direction: 'up' });
    expect(compareWithEarlier(null, { spread: before, meetingTime: 10 })).toMatchObject({ kind: 'earlier', today: null, direction: null });
    expect(compareWithEarlier(today, null)).toEqual({ kind: 'noEarlier', today });
  });
});

describe('previousRevealedRound', () => {
  const round = (meetingId: string, meetingTime: number, values: (number | null)[], revealed = true) => ({
    meetingId,
    meetingTime,
    round: { revealedAt: revealed ? meetingTime + 1 : null, scores: scores(...values) },
  });
  const current = { meetingId: 'today', meetingTime: 1000 };

  it('takes the latest revealed round with a score from a meeting before this one', () => {
    const rounds = [round('m1', 100, [3, 4]), round('m3', 500, [6]), round('m2', 300, [5])];
    expect(previousRevealedRound(rounds, current)?.meetingId).toBe('m3');
  });

  it('never takes this meeting’s own round, an unrevealed round, one nobody scored in, or a later meeting’s', () => {
    const rounds = [round('m1', 100, [3]), round('today', 1000, [9]), round('m2', 600, [8], false), round('m3', 700, [null, null]), round('m4', 2000, [7])];
    expect(previousRevealedRound(rounds, current)?.meetingId).toBe('m1');
  });

  it('is null for a family’s first round', () => {
    expect(previousRevealedRound([], current)).toBeNull();
    expect(previousRevealedRound([round('today', 1000, [4])], current)).toBeNull();
  });
});

describe('scoreStacks and scoreDots', () => {
  it('counts each score given, lowest first, leaving out "not scoring"', () => {
    expect(scoreStacks([6, 4, null, 4, 4])).toEqual([
      { score: 4, count: 3 },
      { score: 6, count: 1 },
    ]);
    expect(scoreStacks([null])).toEqual([]);
  });

  it('stacks equal scores upwards, one dot per score', () => {
    expect(scoreDots([6, 4, 4, 0, 10, 4])).toEqual([
      { score: 0, level: 0 },
      { score: 4, level: 0 },
      { score: 4, level: 1 },
      { score: 4, level: 2 },
      { score: 6, level: 0 },
      { score: 10, level: 0 },
    ]);
    expect(scoreDots([])).toEqual([]);
  });
});

describe('the chair’s entry from paper', () => {
  const row = (participantId: string, score: string, reason = '') => ({ participantId, participantName: `Name ${participantId}`, score, reason });

  it('reads a typed score: empty is no score, 0–10 whole numbers, anything else is refused', () => {
    expect(parsePaperScore('')).toBeNull();
    expect(parsePaperScore('  ')).toBeNull();
    expect(parsePaperScore('0')).toBe(0);
    expect(parsePaperScore(' 10 ')).toBe(10);
    expect(parsePaperScore('07')).toBe(7);
    for (const wrong of ['11', '-1', '5.5', '5,5', 'x', '1 0', '100']) expect(parsePaperScore(wrong), wrong).toBe('invalid');
  });

  it('makes the round’s scores from the rows with a score, reasons trimmed', () => {
    expect(paperRound([row('a', '4', ' worried '), row('b', ''), row('c', '6')])).toEqual({
      ok: true,
      scores: [
        { participantId: 'a', participantName: 'Name a', score: 4, reason: 'worried', oneUp: '' },
        { participantId: 'c', participantName: 'Name c', score: 6, reason: '', oneUp: '' },
      ],
    });
  });

  it('names every row to fix: a wrong score, a reason without a score, a reason too long', () => {
    const result = paperRound([row('a', '12'), row('b', '', 'a reason'), row('c', '5', 'x'.repeat(5000))]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.participantId, problem.field, typeof problem.issue === 'string' ? problem.issue : problem.issue.key])).toEqual([
      ['a', 'score', 'notAScore'],
      ['b', 'score', 'reasonWithoutScore'],
      ['c', 'reason', 'validation.tooLong'],
    ]);
    expect(result.noScores).toBe(false);
  });

  it('refuses a table with no score at all', () => {
    expect(paperRound([row('a', ''), row('b', ' ')])).toEqual({ ok: false, problems: [], noScores: true });
  });
});
