// Covers the hypothesis model (shared/hypothesis/hypothesis.ts: what a card may hold, the
// validators) and the rules of its history (shared/hypothesis/revisions.ts): changes, how a
// revision is described, the state at a moment, and what a meeting considered.
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import {
  emptyCard,
  hypothesisCardSchema,
  lensTags,
  revisionPayloadSchema,
  validateHypothesisReason,
  validateTestQuestions,
  type HypothesisCard,
  type HypothesisRevision,
} from '../../../shared/hypothesis/hypothesis';
import { applyChange, byHypothesis, changedFields, describeRevision, hypothesesInMeeting } from '../../../shared/hypothesis/revisions';
import { limits } from '../../../shared/limits';

const card = (wording: string, more: Partial<HypothesisCard> = {}): HypothesisCard => ({ ...emptyCard(wording), ...more });

let counter = 0;
function revision(hypothesisId: string, seq: number, meetingId: string | null, at: string, state: Partial<HypothesisRevision>): HypothesisRevision {
  return {
    id: `r${++counter}`,
    hypothesisId,
    familyId: 'f1',
    seq,
    meetingId,
    at,
    status: 'open',
    reason: '',
    card: card('One possible idea is that the move cut the family off'),
    ...state,
  };
}

describe('the hypothesis card', () => {
  it('holds wording, proposers by role and name, the pattern, evidence, test questions and lens tags', () => {
    const full = card('One possible idea is that the father fears losing the children', {
      proposers: [
        { role: 'familyTherapist', name: 'Theo' },
        { role: null, name: 'Kaisa (guest)' },
        // A role a meeting template added, with its name as the template gave it.
        { role: 'municipalSocialWorker', roleName: { fi: 'Kunnan sosiaalityöntekijä', en: 'Municipal social worker' }, name: 'Mari' },
      ],
      concerns: 'Father and the eldest son; a pattern of withdrawing',
      evidenceFor: 'He stopped coming after the first meeting',
      evidenceAgainst: 'He called twice',
      testQuestions: ['Who in the family worries most?'],
      lensTags: ['gender', 'employment'],
    });
    expect(hypothesisCardSchema.parse(full)).toEqual(full);
    expect(revisionPayloadSchema.parse({ card: full, reason: 'The mother said so' })).toEqual({ card: full, reason: 'The mother said so' });
  });

  it('refuses empty wording, unknown lens tags, empty roles or half-named ones, and overlong fields', () => {
    expect(hypothesisCardSchema.safeParse(card('')).success).toBe(false);
    expect(hypothesisCardSchema.safeParse({ ...card('x'), lensTags: ['astrology'] }).success).toBe(false);
    expect(hypothesisCardSchema.safeParse({ ...card('x'), proposers: [{ role: '', name: '' }] }).success).toBe(false);
    expect(hypothesisCardSchema.safeParse({ ...card('x'), proposers: [{ role: 'teacher', roleName: { fi: 'Opettaja' }, name: '' }] }).success).toBe(false);
    expect(hypothesisCardSchema.safeParse(card('x', { evidenceFor: 'a'.repeat(limits.hypothesisDetail + 1) })).success).toBe(false);
    expect(hypothesisCardSchema.safeParse(card('x', { testQuestions: [''] })).success).toBe(false);
    expect(hypothesisCardSchema.safeParse({ wording: 'x' }).success).toBe(false);
  });

  it('offers all fifteen lenses of the Social GRACES (GGRRAAACCEEESSS), each named in both languages', () => {
    expect(lensTags).toHaveLength(15);
    expect(lensTags.map((tag) => tag[0]!.toUpperCase()).join('')).toBe('GGRRAAACCEEESSS');
    for (const tag of lensTags) {
      expect(en.hypotheses.lens[tag]).toBeTruthy();
      expect(fi.hypotheses.lens[tag]).toBeTruthy();
    }
  });

  it('takes test questions one per line, dropping blank lines, and says which rule a bad list breaks', () => {
    expect(validateTestQuestions('  Who worries most?\n\n What would a good day look like? \n')).toEqual({
      ok: true,
      value: ['Who worries most?', 'What would a good day look like?'],
    });
    expect(validateTestQuestions('')).toEqual({ ok: true, value: [] });
    const tooMany = validateTestQuestions(Array.from({ length: limits.hypothesisTestQuestions + 1 }, (_, i) => `Q${i}`).join('\n'));
    expect(tooMany).toMatchObject({ ok: false, issue: { key: 'validation.tooManyLines', values: { max: limits.hypothesisTestQuestions } } });
    expect(en.validation.tooManyLines).toContain('{{max}}');
    expect(fi.validation.tooManyLines).toContain('{{max}}');
    expect(validateTestQuestions('x'.repeat(limits.actionText + 1))).toMatchObject({ ok: false, issue: { key: 'validation.tooLong' } });
  });

  it('allows a status change without a reason, but not an overlong one', () => {
    expect(validateHypothesisReason('   ')).toEqual({ ok: true, value: '' });
    expect(validateHypothesisReason('r'.repeat(limits.hypothesisReason + 1)).ok).toBe(false);
  });
});

describe('changes and revisions', () => {
  const base = { card: card('One possible idea is that the move cut the family off'), status: 'open' as const };

  it('a change replaces only what it names', () => {
    const next = applyChange(base, { card: { evidenceFor: 'The mother said so', wording: undefined }, status: 'strengthened' });
    expect(next).toEqual({ card: { ...base.card, evidenceFor: 'The mother said so' }, status: 'strengthened' });
    expect(applyChange(base, {})).toEqual(base);
  });

  it('lists changed fields in card order, comparing lists by content', () => {
    const after = card('Another wording', { lensTags: ['age'], testQuestions: [] });
    expect(changedFields(base.card, after)).toEqual(['wording', 'lensTags']);
    expect(changedFields(base.card, { ...base.card, testQuestions: [] })).toEqual([]);
  });

  it('describes a revision as made, revisited (nothing changed), or changed fields and status', () => {
    const first = revision('h', 1, 'm1', '2031-01-05T09:00:00.000Z', {});
    const same = revision('h', 2, 'm2', '2031-01-12T09:00:00.000Z', {});
    const strengthened = revision('h', 3, 'm3', '2031-01-19T09:00:00.000Z', { status: 'strengthened', card: card('Reworded') });
    expect(describeRevision(null, first)).toEqual({ kind: 'created' });
    expect(describeRevision(first, same)).toEqual({ kind: 'revisited' });
    expect(describeRevision(same, strengthened)).toEqual({ kind: 'changed', fields: ['wording'], statusFrom: 'open' });
    expect(describeRevision(strengthened, { ...strengthened, seq: 4, status: 'dropped' })).toEqual({ kind: 'changed', fields: [], statusFrom: 'strengthened' });
  });

  it('groups revisions by hypothesis in sequence order whatever order they come in', () => {
    const groups = byHypothesis([
      revision('b', 2, null, '2031-02-01T00:00:00.000Z', {}),
      revision('a', 1, null, '2031-01-01T00:00:00.000Z', {}),
      revision('b', 1, null, '2031-01-01T00:00:00.000Z', {}),
    ]);
    expect([...groups].map(([id, list]) => [id, list.map((entry) => entry.seq)])).toEqual([
      ['a', [1]],
      ['b', [1, 2]],
    ]);
  });
});

describe('what a meeting considered', () => {
  const made = revision('h1', 1, 'm1', '2031-01-05T09:00:00.000Z', { card: card('First wording') });
  const reworded = revision('h1', 2, 'm2', '2031-01-12T09:10:00.000Z', { card: card('Second wording') });
  const strengthened = revision('h1', 3, 'm2', '2031-01-12T09:12:00.000Z', { card: card('Second wording'), status: 'strengthened', reason: 'The son said so' });
  const droppedLater = revision('h1', 4, 'm3', '2031-01-19T09:00:00.000Z', { card: card('Third wording'), status: 'dropped', reason: 'Later' });
  const revisited = revision('h2', 2, 'm2', '2031-01-12T09:05:00.000Z', { card: card('Other') });
  const other = revision('h2', 1, 'm1', '2031-01-05T09:05:00.000Z', { card: card('Other') });
  const untouched = revision('h3', 1, 'm1', '2031-01-05T09:06:00.000Z', { card: card('Not discussed in m2') });
  const all = [droppedLater, strengthened, made, reworded, revisited, other, untouched];

  it('shows each hypothesis as the meeting left it, with what changed and why, whatever came later', () => {
    const inM2 = hypothesesInMeeting(all, 'm2');
    expect(inM2.map((entry) => entry.hypothesisId)).toEqual(['h2', 'h1']);
    const [kept, changed] = inM2;
    expect(kept).toMatchObject({ before: { status: 'open' }, after: { status: 'open', card: { wording: 'Other' } }, fields: [], reasons: [] });
    expect(changed).toMatchObject({
      before: { status: 'open', card: { wording: 'First wording' } },
      after: { status: 'strengthened', card: { wording: 'Second wording' } },
      fields: ['wording'],
      reasons: ['The son said so'],
    });
    expect(changed!.revisions.map((entry) => entry.seq)).toEqual([2, 3]);
  });

  it('keeps only the reasons for the status the meeting left, not those of a change it undid', () => {
    const weakened = revision('h4', 2, 'm2', '2031-01-12T09:20:00.000Z', { status: 'weakened', reason: 'Undone reason' });
    const undone = revision('h4', 3, 'm2', '2031-01-12T09:21:00.000Z', { status: 'open' });
    const dropped = revision('h4', 4, 'm2', '2031-01-12T09:22:00.000Z', { status: 'dropped', reason: 'Kept reason' });
    const start = revision('h4', 1, 'm1', '2031-01-05T09:00:00.000Z', {});
    expect(hypothesesInMeeting([start, weakened, undone], 'm2')[0]).toMatchObject({ before: { status: 'open' }, after: { status: 'open' }, reasons: [] });
    expect(hypothesesInMeeting([start, weakened, undone, dropped], 'm2')[0]!.reasons).toEqual(['Kept reason']);
  });

  it('marks hypotheses made in the meeting as having no earlier state', () => {
    const inM1 = hypothesesInMeeting(all, 'm1');
    expect(inM1.map((entry) => [entry.hypothesisId, entry.before, entry.after.card.wording])).toEqual([
      ['h1', null, 'First wording'],
      ['h2', null, 'Other'],
      ['h3', null, 'Not discussed in m2'],
    ]);
    expect(hypothesesInMeeting(all, 'no-such-meeting')).toEqual([]);
  });
});
