// Covers shared/vault/passphrase.ts: the rules a new team passphrase must meet before a vault is created.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import { validateNewPassphrase } from '../../../shared/vault/passphrase';

const tooShort = { key: 'vault.passphraseTooShort', values: { min: limits.passphraseMinLength } };
const tooSimple = { key: 'vault.passphraseTooSimple', values: { min: limits.passphraseMinDistinctCharacters } };
const mismatch = { key: 'vault.passphraseMismatch', values: {} };

describe('validateNewPassphrase', () => {
  it('accepts a long sentence repeated exactly, unchanged (no trimming: spaces are part of it)', () => {
    const phrase = ' kevät tulee taas kehään ';
    expect(validateNewPassphrase(phrase, phrase)).toEqual({ ok: true, value: phrase });
  });

  it.each([
    ['', ''],
    ['abcdefghijk', 'abcdefghijk'],
    ['           ', '           '],
  ])('rejects %j as too short', (phrase, repeated) => {
    expect(validateNewPassphrase(phrase, repeated)).toEqual({ ok: false, issue: tooShort });
  });

  it('accepts exactly the minimum length', () => {
    const phrase = 'abcdefghijkl';
    expect(phrase).toHaveLength(limits.passphraseMinLength);
    expect(validateNewPassphrase(phrase, phrase).ok).toBe(true);
  });

  it.each(['aaaaaaaaaaaaaaaaaaaa', 'abababababababab', 'abcdabcdabcdabcd', '            x'])('rejects %j as too simple', (phrase) => {
    expect(validateNewPassphrase(phrase, phrase)).toEqual({ ok: false, issue: tooSimple });
  });

  it('rejects a repeat that differs, even only by case or a trailing space', () => {
    const phrase = 'kevät tulee taas';
    expect(validateNewPassphrase(phrase, 'Kevät tulee taas')).toEqual({ ok: false, issue: mismatch });
    expect(validateNewPassphrase(phrase, `${phrase} `)).toEqual({ ok: false, issue: mismatch });
    expect(validateNewPassphrase(phrase, '')).toEqual({ ok: false, issue: mismatch });
  });

  it('checks length before the repeat, so the user fixes the first field first', () => {
    expect(validateNewPassphrase('short', 'other')).toEqual({ ok: false, issue: tooShort });
  });

  it('accepts a very long passphrase', () => {
    const phrase = 'Pitkä lause, jossa on monta sanaa. '.repeat(100);
    expect(validateNewPassphrase(phrase, phrase).ok).toBe(true);
  });
});
