// Covers the rules in shared/meeting/meeting.ts: what users may type (guest names, questions,
// hypotheses, risk reasons, actions, due dates), the encrypted payload schemas that guard stored
// meeting content, and the agenda outline the run engine is given.
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { limits } from '../../../shared/limits';
import {
  actionPayloadSchema,
  agendaOutline,
  meetingPayloadSchema,
  riskScale,
  riskScoreSchema,
  validateActionText,
  validateAgendaQuestion,
  validateDueDate,
  validateGuestName,
  validateGuestOrganisation,
  validateRiskReason,
  type MeetingPlan,
} from '../../../shared/meeting/meeting';
import { validateHypothesisWording } from '../../../shared/hypothesis/hypothesis';
import { invalid, valid, type Validated } from '../../../shared/validation';

/** The message of a validation key in one language, so a test fails if a key has no text. */
function message(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

function expectTranslated(result: Validated<unknown>) {
  if (result.ok) throw new Error('expected a validation issue');
  expect(typeof message(en, result.issue.key), `en ${result.issue.key}`).toBe('string');
  expect(typeof message(fi, result.issue.key), `fi ${result.issue.key}`).toBe('string');
}

describe('text rules', () => {
  const required = [
    ['guest name', validateGuestName, limits.guestName],
    ['hypothesis wording', validateHypothesisWording, limits.hypothesis],
    ['action text', validateActionText, limits.actionText],
  ] as const;
  const optional = [
    ['guest organisation', validateGuestOrganisation, limits.guestOrganisation],
    ['agenda question', validateAgendaQuestion, limits.agendaQuestion],
    ['risk reason', validateRiskReason, limits.riskReason],
  ] as const;

  it.each(required)('a %s is required: empty or blank is refused with a message in both languages', (_name, validate) => {
    expect(validate('')).toEqual(invalid('validation.required'));
    expect(validate(' \n\t ')).toEqual(invalid('validation.required'));
    expectTranslated(validate(''));
  });

  it.each(optional)('a %s may be left empty', (_name, validate) => {
    expect(validate('')).toEqual(valid(''));
    expect(validate('   ')).toEqual(valid(''));
  });

  it.each([...required, ...optional])('a %s is trimmed, fits its limit exactly and is refused one character over', (_name, validate, max) => {
    expect(validate('  Isä muutti pois.  ')).toEqual(valid('Isä muutti pois.'));
    expect(validate('ä'.repeat(max))).toEqual(valid('ä'.repeat(max)));
    const tooLong = validate('ä'.repeat(max + 1));
    expect(tooLong).toEqual(invalid('validation.tooLong', { max, length: max + 1 }));
    expectTranslated(tooLong);
  });
});

describe('validateDueDate', () => {
  // Local dates, so the rules hold in whatever time zone the team's computer is in.
  const today = new Date(2026, 2, 10, 15, 30); // Tuesday 10 March 2026, afternoon

  it('an empty field means no due date', () => {
    expect(validateDueDate('', today)).toEqual(valid(null));
    expect(validateDueDate('   ', today)).toEqual(valid(null));
  });

  it('accepts today (even late in the day) and later dates, as typed', () => {
    expect(validateDueDate('2026-03-10', today)).toEqual(valid('2026-03-10'));
    expect(validateDueDate('2026-03-10', new Date(2026, 2, 10, 23, 59, 59))).toEqual(valid('2026-03-10'));
    expect(validateDueDate(' 2026-03-11 ', today)).toEqual(valid('2026-03-11'));
    expect(validateDueDate('2031-12-31', today)).toEqual(valid('2031-12-31'));
  });

  it('refuses a date already past, so an action is never filed as overdue by a typo', () => {
    const result = validateDueDate('2026-03-09', today);
    expect(result).toEqual(invalid('validation.dueDatePast'));
    expectTranslated(result);
    expect(validateDueDate('2025-03-10', today)).toEqual(invalid('validation.dueDatePast'));
    // Just after midnight, yesterday is already past.
    expect(validateDueDate('2026-03-09', new Date(2026, 2, 10, 0, 0, 1))).toEqual(invalid('validation.dueDatePast'));
  });

  it.each(['10.3.2026', '2026-3-10', '2026/03/10', '20260310', 'huomenna', '2026-03-10T12:00', '12026-03-10'])(
    'refuses "%s", which is not a yyyy-MM-dd date',
    (raw) => {
      const result = validateDueDate(raw, today);
      expect(result).toEqual(invalid('validation.dateFormat'));
      expectTranslated(result);
    },
  );

  it.each(['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-03-00', '2026-03-32'])(
    'refuses %s, a day the calendar does not have, instead of rolling it over',
    (raw) => {
      expect(validateDueDate(raw, new Date(2026, 0, 1))).toEqual(invalid('validation.dateFormat'));
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(validateDueDate('2028-02-29', today)).toEqual(valid('2028-02-29'));
  });
});

describe('stored meeting content', () => {
  const plan: MeetingPlan = {
    roles: { consultingSocialWorker: 'm1', familyTherapist: null },
    participants: [
      { kind: 'member', id: 'm1' },
      { kind: 'guest', id: 'g1', name: 'Liisa Koulu', organisation: 'Keskuskoulu' },
    ],
    quickRound: [{ id: 'q1', familyId: 'f1' }],
    deepDives: [{ id: 'd1', familyId: 'f2', presenterId: 'm1', question: 'Mitä tarvitaan?' }],
    closingNote: '',
  };

  it('a meeting plan with members, a guest, a quick round and a deep dive is accepted', () => {
    expect(meetingPayloadSchema.parse(plan)).toEqual(plan);
  });

  it('a guest needs a name', () => {
    const nameless = { ...plan, participants: [{ kind: 'guest', id: 'g1', name: '', organisation: '' }] };
    expect(meetingPayloadSchema.safeParse(nameless).success).toBe(false);
  });

  it("roles are the template's role ids, each held by a participant id or nobody; the five standard ones as stored before still read", () => {
    const added = { ...plan, roles: { consultingSocialWorker: 'm1', municipalSocialWorker: 'g1', teacher: null } };
    expect(meetingPayloadSchema.parse(added)).toEqual(added);
    const stored = {
      consultingSocialWorker: 'm1',
      familyTherapist: null,
      responsibleSocialWorker: 'm1',
      socialCounsellor: null,
      teamCoordinator: 'm1',
    };
    expect(meetingPayloadSchema.parse({ ...plan, roles: stored }).roles).toEqual(stored);
    expect(meetingPayloadSchema.safeParse({ ...plan, roles: { '': 'm1' } }).success).toBe(false);
    expect(meetingPayloadSchema.safeParse({ ...plan, roles: { chair: 42 } }).success).toBe(false);
    expect(meetingPayloadSchema.safeParse({ ...plan, roles: { chair: '' } }).success).toBe(false);
  });

  it('a plan over the limits is refused (a corrupted or hostile record cannot grow without bound)', () => {
    const deepDives = Array.from({ length: limits.deepDives + 1 }, (_, i) => ({ id: `d${i}`, familyId: 'f', presenterId: null, question: '' }));
    expect(meetingPayloadSchema.safeParse({ ...plan, deepDives }).success).toBe(false);
    expect(meetingPayloadSchema.safeParse({ ...plan, closingNote: 'x'.repeat(limits.meetingNote + 1) }).success).toBe(false);
  });

  it(`a risk score is a whole number ${riskScale.min}–${riskScale.max}, or null for "not scoring"`, () => {
    const score = { participantId: 'm1', participantName: 'Sanna', reason: '', oneUp: '' };
    for (const value of [0, 5, 10, null]) expect(riskScoreSchema.safeParse({ ...score, score: value }).success, String(value)).toBe(true);
    for (const value of [-1, 11, 4.5, '5', Number.NaN]) expect(riskScoreSchema.safeParse({ ...score, score: value }).success, String(value)).toBe(false);
  });

  it('an action needs text; a question for the family may have no owner', () => {
    expect(actionPayloadSchema.safeParse({ text: 'Soita koululle', ownerId: 'm1', ownerName: 'Sanna' }).success).toBe(true);
    expect(actionPayloadSchema.safeParse({ text: 'Miten viikonloppu meni?', ownerId: null, ownerName: '' }).success).toBe(true);
    expect(actionPayloadSchema.safeParse({ text: '', ownerId: null, ownerName: '' }).success).toBe(false);
  });

  it('a question for the family may carry the hypothesis it came from and the family’s answer (absent in older records)', () => {
    const question = { text: 'Kuka auttaa iltaisin?', ownerId: null, ownerName: '' };
    const answer = { text: 'Mummo', date: '2031-06-05', askedById: 'm1', askedByName: 'Sanna' };
    const parsed = actionPayloadSchema.parse({ ...question, hypothesisId: 'h1', answer });
    expect(parsed).toEqual({ ...question, hypothesisId: 'h1', answer });
    expect(actionPayloadSchema.parse(question)).toEqual(question);
    expect(actionPayloadSchema.safeParse({ ...question, answer: { ...answer, askedById: null, askedByName: '' } }).success).toBe(true);
    for (const wrong of [{ ...answer, text: '' }, { ...answer, date: '5.6.2031' }, { text: 'Mummo' }]) {
      expect(actionPayloadSchema.safeParse({ ...question, answer: wrong }).success).toBe(false);
    }
  });

  it('the agenda outline lists deep-dive items in agenda order and counts the quick round', () => {
    expect(agendaOutline({ ...plan, deepDives: [...plan.deepDives, { ...plan.deepDives[0]!, id: 'd0' }] })).toEqual({
      deepDiveItemIds: ['d1', 'd0'],
      quickRoundFamilyCount: 1,
    });
    expect(agendaOutline({ deepDives: [], quickRound: [] })).toEqual({ deepDiveItemIds: [], quickRoundFamilyCount: 0 });
  });
});
