// Covers shared/search/textSearch.ts: case- and accent-insensitive in-memory search where every word must match.
import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeForSearch } from '../../../shared/search/textSearch';

describe('normalizeForSearch', () => {
  it.each([
    ['Häme', 'hame'],
    ['ÅÄÖ åäö', 'aao aao'],
    ['Crème Brûlée', 'creme brulee'],
    // Decomposed input (as typed on some keyboards / macOS file names) normalises the same.
    ['Ha\u0308me', 'hame'],
    ['ＡＢＣ', 'abc'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe('matchesSearch', () => {
  const haystack = ['KXR-482', 'Häme ja Öljymäki', 'Tuuli'];

  it.each([
    ['hame', true],
    ['HÄME', true],
    ['häme', true],
    ['oljymaki', true],
    ['kxr', true],
    ['kxr-482', true],
    ['tuuli hame', true],
    ['  tuuli   \t hame  ', true],
    ['hame turku', false],
    ['lahti', false],
  ])('query %j → %j', (query, expected) => {
    expect(matchesSearch(query, haystack)).toBe(expected);
  });

  it('an empty or whitespace query matches everything, even an empty haystack', () => {
    expect(matchesSearch('', [])).toBe(true);
    expect(matchesSearch('   \n', ['x'])).toBe(true);
  });

  it('a non-empty query never matches an empty haystack', () => {
    expect(matchesSearch('a', [])).toBe(false);
    expect(matchesSearch('a', ['', ''])).toBe(false);
  });

  it('does not match a word made by gluing the end of one field to the start of the next', () => {
    // "482" + "Häme" must not read as "482hame" or "482 hame".
    expect(matchesSearch('482hame', haystack)).toBe(false);
    expect(matchesSearch('482 hame', haystack)).toBe(true);
  });

  it('treats regular-expression characters literally', () => {
    expect(matchesSearch('.*', ['abc'])).toBe(false);
    expect(matchesSearch('(a', ['x(a)'])).toBe(true);
  });
});
