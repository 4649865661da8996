// In-memory text search over decrypted content (nothing searchable is indexed on disk).
// Matching ignores case and accents, so "hame" finds "Häme"; every word must match somewhere.
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fi');
}

export function matchesSearch(query: string, haystack: readonly string[]): boolean {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalizeForSearch(haystack.join(' \u0000 '));
  return words.every((word) => text.includes(word));
}
