// Covers shared/family/pseudonymCode.ts: generating, normalising and validating family pseudonym codes.
import { describe, expect, it } from 'vitest';
import {
  generatePseudonymCode,
  normalizePseudonymCode,
  validatePseudonymCode,
} from '../../../shared/family/pseudonymCode';
import { limits } from '../../../shared/limits';

/** A deterministic random source cycling through the given values. */
function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length]!;
}

describe('generatePseudonymCode', () => {
  it('makes three letters, a hyphen and three digits', () => {
    for (let i = 0; i < 200; i++) {
      expect(generatePseudonymCode(new Set())).toMatch(/^[A-Z]{3}-\d{3}$/);
    }
  });

  it('never uses easily confused characters (O, 0, I, 1)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const c of generatePseudonymCode(new Set())) seen.add(c);
    for (const confusing of ['O', '0', 'I', '1']) expect(seen.has(confusing), confusing).toBe(false);
  });

  it('uses the extremes of the injected random source without running off the alphabet', () => {
    expect(generatePseudonymCode(new Set(), () => 0)).toBe('AAA-222');
    expect(generatePseudonymCode(new Set(), () => 0.999999)).toBe('ZZZ-999');
  });

  it('skips codes already taken, comparing normalised codes', () => {
    // First attempt would be AAA-222 (all zeros); the second (all near-one) is free.
    const random = sequence(0, 0, 0, 0, 0, 0, 0.999999, 0.999999, 0.999999, 0.999999, 0.999999, 0.999999);
    expect(generatePseudonymCode(new Set(['AAA-222']), random)).toBe('ZZZ-999');
  });

  it('gives up with an error instead of looping forever when every attempt is taken', () => {
    expect(() => generatePseudonymCode(new Set(['AAA-222']), () => 0)).toThrow(/free pseudonym code/);
  });

  it('generates a code that passes validation', () => {
    const code = generatePseudonymCode(new Set());
    expect(validatePseudonymCode(code, new Set())).toEqual({ ok: true, value: code });
  });
});

describe('normalizePseudonymCode', () => {
  it.each([
    ['abc-123', 'ABC-123'],
    ['  kxr-482 \n', 'KXR-482'],
    ['Äö-1', 'ÄÖ-1'],
    ['ABC-123', 'ABC-123'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizePseudonymCode(raw)).toBe(expected);
  });
});

describe('validatePseudonymCode', () => {
  it('accepts and normalises a lowercase code with surrounding space', () => {
    expect(validatePseudonymCode('  kxr-482 ', new Set())).toEqual({ ok: true, value: 'KXR-482' });
  });

  it('accepts Finnish letters', () => {
    expect(validatePseudonymCode('äijä-7', new Set())).toEqual({ ok: true, value: 'ÄIJÄ-7' });
  });

  it.each(['', '   ', '\t\n'])('rejects empty input %j', (raw) => {
    expect(validatePseudonymCode(raw, new Set())).toEqual({ ok: false, issue: { key: 'validation.codeEmpty', values: {} } });
  });

  it('accepts a code of exactly the maximum length and rejects one more', () => {
    const atLimit = 'A'.repeat(limits.familyCode);
    expect(validatePseudonymCode(atLimit, new Set()).ok).toBe(true);
    expect(validatePseudonymCode(`${atLimit}B`, new Set())).toEqual({
      ok: false,
      issue: { key: 'validation.tooLong', values: { max: limits.familyCode, length: limits.familyCode + 1 } },
    });
  });

  it.each([
    ['-ABC', 'leading hyphen'],
    ['AB C', 'inner space'],
    ['AB_C', 'underscore'],
    ['ABC/1', 'slash'],
    ['<script>', 'markup'],
    ['ABC\u0000', 'NUL byte'],
    ['😀', 'emoji'],
    ['ABC.1', 'dot'],
  ])('rejects %j (%s)', (raw) => {
    const result = validatePseudonymCode(raw, new Set());
    expect(result).toEqual({ ok: false, issue: { key: 'validation.codeCharacters', values: {} } });
  });

  it('rejects a duplicate case-insensitively and names the code in the message values', () => {
    const taken = new Set(['KXR-482']);
    expect(validatePseudonymCode('kxr-482', taken)).toEqual({
      ok: false,
      issue: { key: 'validation.codeTaken', values: { code: 'KXR-482' } },
    });
    expect(validatePseudonymCode(' Kxr-482 ', taken).ok).toBe(false);
    expect(validatePseudonymCode('KXR-483', taken).ok).toBe(true);
  });
});
