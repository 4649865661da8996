// Covers shared/family/family.ts: the family payload schema and the field rules (label, notes, child, birth year).
import { describe, expect, it } from 'vitest';
import {
  childSchema,
  familyPayloadSchema,
  familyStatuses,
  validateBirthYear,
  validateChildPseudonym,
  validateFamilyLabel,
  validateFamilyNotes,
} from '../../../shared/family/family';
import { limits } from '../../../shared/limits';

// Local time, like the user's clock: 1 March 2025.
const now = new Date(2025, 2, 1, 12, 0, 0);
const oldest = 2025 - limits.childMaxAgeYears;

describe('validateBirthYear', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['2025', 2025],
    [' 2018 ', 2018],
    [String(oldest), oldest],
  ])('accepts %j as %j', (raw, expected) => {
    expect(validateBirthYear(raw, now)).toEqual({ ok: true, value: expected });
  });

  it('rejects a year after the current one, telling the latest allowed year', () => {
    expect(validateBirthYear('2026', now)).toEqual({
      ok: false,
      issue: { key: 'validation.birthYearFuture', values: { year: 2025 } },
    });
    expect(validateBirthYear('9999', now).ok).toBe(false);
  });

  it('follows the injected clock, not the machine clock', () => {
    expect(validateBirthYear('2030', new Date(2030, 0, 1)).ok).toBe(true);
    expect(validateBirthYear('2030', new Date(2029, 11, 31, 23, 59, 59)).ok).toBe(false);
  });

  it('rejects a year more than the maximum age back', () => {
    expect(validateBirthYear(String(oldest - 1), now)).toEqual({
      ok: false,
      issue: { key: 'validation.birthYearTooOld', values: { year: oldest } },
    });
    expect(validateBirthYear('0001', now).ok).toBe(false);
  });

  it.each(['15', '20155', '2O15', '-2015', '2015.0', '1e3', '20 15', '２０１５', '٢٠١٥', 'abcd', '+201'])(
    'rejects %j as badly formatted',
    (raw) => {
      expect(validateBirthYear(raw, now)).toEqual({ ok: false, issue: { key: 'validation.birthYearFormat', values: {} } });
    },
  );
});

describe('field rules', () => {
  it('label is optional, trimmed and limited', () => {
    expect(validateFamilyLabel('   ')).toEqual({ ok: true, value: '' });
    expect(validateFamilyLabel(' Muutto ')).toEqual({ ok: true, value: 'Muutto' });
    expect(validateFamilyLabel('x'.repeat(limits.familyLabel)).ok).toBe(true);
    expect(validateFamilyLabel('x'.repeat(limits.familyLabel + 1)).ok).toBe(false);
  });

  it('notes are optional and limited to the notes length', () => {
    expect(validateFamilyNotes('').ok).toBe(true);
    expect(validateFamilyNotes('y'.repeat(limits.familyNotes)).ok).toBe(true);
    expect(validateFamilyNotes('y'.repeat(limits.familyNotes + 1))).toEqual({
      ok: false,
      issue: { key: 'validation.tooLong', values: { max: limits.familyNotes, length: limits.familyNotes + 1 } },
    });
  });

  it('a child pseudonym is required and limited', () => {
    expect(validateChildPseudonym(' \t ')).toEqual({ ok: false, issue: { key: 'validation.required', values: {} } });
    expect(validateChildPseudonym(' Tuuli ')).toEqual({ ok: true, value: 'Tuuli' });
    expect(validateChildPseudonym('z'.repeat(limits.childPseudonym + 1)).ok).toBe(false);
  });
});

describe('familyPayloadSchema', () => {
  const payload = {
    label: 'Muutto keväällä',
    responsibleMemberId: null,
    children: [{ id: 'c1', pseudonym: 'Tuuli', birthYear: 2016 }],
    notes: '',
  };

  it('accepts a valid payload unchanged', () => {
    expect(familyPayloadSchema.parse(payload)).toEqual(payload);
  });

  it('drops unknown keys so nothing unvetted is stored', () => {
    expect(familyPayloadSchema.parse({ ...payload, extra: 'x' })).not.toHaveProperty('extra');
  });

  it.each([
    ['an overlong label', { ...payload, label: 'x'.repeat(limits.familyLabel + 1) }],
    ['overlong notes', { ...payload, notes: 'x'.repeat(limits.familyNotes + 1) }],
    ['more than 30 children', { ...payload, children: Array.from({ length: 31 }, (_, i) => ({ id: `c${i}`, pseudonym: 'A', birthYear: null })) }],
    ['a missing notes field', { label: '', responsibleMemberId: null, children: [] }],
    ['a numeric worker id', { ...payload, responsibleMemberId: 7 }],
    ['a fractional birth year', { ...payload, children: [{ id: 'c1', pseudonym: 'A', birthYear: 2015.5 }] }],
    ['a birth year given as text', { ...payload, children: [{ id: 'c1', pseudonym: 'A', birthYear: '2015' }] }],
    ['a child without id', { ...payload, children: [{ id: '', pseudonym: 'A', birthYear: null }] }],
  ])('rejects %s', (_name, value) => {
    expect(familyPayloadSchema.safeParse(value).success).toBe(false);
  });

  it('allows a child with an unknown birth year', () => {
    expect(childSchema.parse({ id: 'c', pseudonym: 'A', birthYear: null }).birthYear).toBeNull();
  });

  it('has exactly the statuses active and closed', () => {
    expect([...familyStatuses]).toEqual(['active', 'closed']);
  });
});
