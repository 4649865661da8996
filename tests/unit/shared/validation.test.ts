// Covers shared/validation.ts (validateText, valid/invalid) and the limits in shared/limits.ts.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import { invalid, valid, validateText } from '../../../shared/validation';

describe('validateText', () => {
  const cases: { name: string; raw: string; options: { max: number; required: boolean }; expected: ReturnType<typeof validateText> }[] = [
    { name: 'trims surrounding space', raw: '  Kehä  ', options: { max: 10, required: true }, expected: valid('Kehä') },
    { name: 'accepts exactly max characters', raw: 'abcde', options: { max: 5, required: true }, expected: valid('abcde') },
    {
      name: 'rejects one over max, reporting both numbers',
      raw: 'abcdef',
      options: { max: 5, required: true },
      expected: invalid('validation.tooLong', { max: 5, length: 6 }),
    },
    {
      name: 'counts length after trimming',
      raw: '   abcde   ',
      options: { max: 5, required: true },
      expected: valid('abcde'),
    },
    { name: 'empty required text', raw: '', options: { max: 5, required: true }, expected: invalid('validation.required') },
    {
      name: 'whitespace-only required text (tabs, newlines, nbsp)',
      raw: ' \t\n\u00a0 ',
      options: { max: 5, required: true },
      expected: invalid('validation.required'),
    },
    { name: 'empty optional text is fine', raw: '   ', options: { max: 5, required: false }, expected: valid('') },
    {
      name: 'overlong optional text is still rejected',
      raw: 'x'.repeat(10_000),
      options: { max: 100, required: false },
      expected: invalid('validation.tooLong', { max: 100, length: 10_000 }),
    },
    { name: 'inner whitespace is kept', raw: ' a  b ', options: { max: 5, required: true }, expected: valid('a  b') },
  ];

  it.each(cases)('$name', ({ raw, options, expected }) => {
    expect(validateText(raw, options)).toEqual(expected);
  });
});

describe('valid / invalid', () => {
  it('build the two result shapes the UI switches on', () => {
    expect(valid(3)).toEqual({ ok: true, value: 3 });
    expect(invalid('x.y')).toEqual({ ok: false, issue: { key: 'x.y', values: {} } });
    expect(invalid('x.y', { n: 1 })).toEqual({ ok: false, issue: { key: 'x.y', values: { n: 1 } } });
  });
});

describe('limits', () => {
  it('are positive whole numbers', () => {
    for (const [name, value] of Object.entries(limits)) {
      expect(Number.isInteger(value), name).toBe(true);
      expect(value, name).toBeGreaterThan(0);
    }
  });

  it('keep the passphrase policy at least as strict as the security design (≥ 12 characters)', () => {
    expect(limits.passphraseMinLength).toBeGreaterThanOrEqual(12);
    expect(limits.passphraseMinDistinctCharacters).toBeLessThanOrEqual(limits.passphraseMinLength);
  });

  it('fit a generated pseudonym code (7 characters) in the code limit', () => {
    expect(limits.familyCode).toBeGreaterThanOrEqual('KXR-482'.length);
  });
});
