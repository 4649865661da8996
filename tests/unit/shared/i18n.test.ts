// Covers shared/i18n (en.ts, fi.ts, messages.ts, resources.ts): both languages complete, non-empty, translated, with matching placeholders.
import { format } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { validateBirthYear } from '../../../shared/family/family';
import { validatePseudonymCode } from '../../../shared/family/pseudonymCode';
import { validateDueDate } from '../../../shared/meeting/meeting';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { defaultLanguage, isLanguage, languages } from '../../../shared/i18n/messages';
import { resources } from '../../../shared/i18n/resources';
import type { ValidationIssue } from '../../../shared/validation';
import { validateText } from '../../../shared/validation';
import { validateNewPassphrase } from '../../../shared/vault/passphrase';

/** Flattens nested messages to dotted keys; non-string leaves are reported as such so the test can fail on them. */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of flatten(value, `${prefix}${key}.`)) out.set(inner, leaf);
    } else {
      out.set(`${prefix}${key}`, value);
    }
  }
  return out;
}

/** The interpolation names in a message, e.g. "{{min}} of {{ max, number }}" → ["max", "min"]. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();
}

const flat = { en: flatten(en), fi: flatten(fi) };
const keys = [...flat.en.keys()];

/** Keys whose text is the same in every language on purpose (names of things). */
// Unit abbreviations that Finnish and English write alike (min, s).
const sameInEveryLanguage = new Set(['app.name', 'language.fi', 'language.en', 'time.minutes', 'time.seconds', 'time.plannedMinutes']);

describe('translations', () => {
  it('fi and en have identical key sets', () => {
    expect([...flat.fi.keys()].sort()).toEqual([...flat.en.keys()].sort());
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each(['en', 'fi'] as const)('every %s message is a non-empty, non-blank string', (language) => {
    const bad = [...flat[language]].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('each key uses the same interpolation placeholders in both languages', () => {
    // Date patterns whose languages use different parts on purpose (the code supplies all of them):
    // "15 March 2019" names the month, "15.3.2019" numbers it.
    const differentParts = new Set(['timeline.date.day']);
    const mismatched = keys
      .filter((key) => flat.fi.has(key) && !differentParts.has(key))
      .filter((key) => placeholders(String(flat.en.get(key))).join() !== placeholders(String(flat.fi.get(key))).join())
      .map((key) => `${key}: en ${placeholders(String(flat.en.get(key)))} / fi ${placeholders(String(flat.fi.get(key)))}`);
    expect(mismatched).toEqual([]);
  });

  it('has no broken placeholder braces (e.g. "{{min}" or "{min}}")', () => {
    const broken: string[] = [];
    for (const language of languages) {
      for (const [key, value] of flat[language]) {
        const withoutValid = String(value).replace(/\{\{\s*[^{}\s,]+[^{}]*\}\}/g, '');
        if (/[{}]/.test(withoutValid)) broken.push(`${language}:${key}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('Finnish text is translated (not a copy of the English) except for names and pure patterns', () => {
    // A pattern of placeholders and punctuation only (e.g. "{{name}} ({{role}})") has no words to translate.
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^{}]*\}\}/g, ''));
    const untranslated = keys.filter(
      (key) => !sameInEveryLanguage.has(key) && flat.fi.get(key) === flat.en.get(key) && hasWords(String(flat.en.get(key))),
    );
    expect(untranslated).toEqual([]);
  });

  it('the date formats are valid date-fns patterns in their language', () => {
    const date = new Date(2025, 2, 4, 9, 5);
    // date-fns writes the Finnish weekday in its "on Tuesday" form: "tiistaina".
    expect(format(date, fi.dates.long, { locale: fiLocale })).toMatch(/^tiistai(na)? 4\. maaliskuuta 2025$/);
    expect(format(date, fi.dates.longWithTime, { locale: fiLocale })).toMatch(/^tiistai(na)? 4\. maaliskuuta 2025 klo 9\.05$/);
    expect(format(date, en.dates.long, { locale: enGB })).toBe('Tuesday 4 March 2025');
    expect(format(date, en.dates.longWithTime, { locale: enGB })).toBe('Tuesday 4 March 2025 at 09:05');
  });
});

describe('validation messages', () => {
  // Every issue the shared rules can produce, with the values they send.
  const issues: ValidationIssue[] = [
    validateText('', { max: 5, required: true }),
    validateText('toolong', { max: 5, required: false }),
    validatePseudonymCode('', new Set()),
    validatePseudonymCode('-x', new Set()),
    validatePseudonymCode('ABC', new Set(['ABC'])),
    validateBirthYear('20', new Date(2025, 0, 1)),
    validateBirthYear('2030', new Date(2025, 0, 1)),
    validateBirthYear('1900', new Date(2025, 0, 1)),
    validateNewPassphrase('short', 'short'),
    validateNewPassphrase('aaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaa'),
    validateNewPassphrase('long enough phrase', 'different phrase'),
    validateDueDate('2026-02-30', new Date(2026, 0, 1)),
    validateDueDate('2025-12-31', new Date(2026, 0, 1)),
  ].map((result) => {
    if (result.ok) throw new Error('expected an issue');
    return result.issue;
  });

  it.each(issues.map((issue) => [issue.key, issue] as const))('%s exists in both languages and gets every value it shows', (_key, issue) => {
    for (const language of languages) {
      const text = flat[language].get(issue.key);
      expect(typeof text, `${language}:${issue.key}`).toBe('string');
      for (const name of placeholders(String(text))) expect(issue.values, `${language}:${issue.key} {{${name}}}`).toHaveProperty(name);
    }
  });
});

describe('languages', () => {
  it('Finnish is the default and both languages are offered', () => {
    expect(defaultLanguage).toBe('fi');
    expect([...languages].sort()).toEqual(['en', 'fi']);
  });

  it.each([
    ['fi', true],
    ['en', true],
    ['sv', false],
    ['FI', false],
    ['', false],
    [null, false],
    [undefined, false],
    [1, false],
  ])('isLanguage(%j) is %j', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });

  it('resources give i18next one translation per language, the right one for each', () => {
    expect(Object.keys(resources).sort()).toEqual([...languages].sort());
    expect(resources.fi.translation).toBe(fi);
    expect(resources.en.translation).toBe(en);
  });
});
