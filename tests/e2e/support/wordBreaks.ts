// Finds words that the browser split across lines, as a reader sees them: every word (a run of
// non-space characters) in the text of the elements matched, measured with Range.getClientRects;
// a word whose boxes lie on more than one line is split. Words of at least `hyphenateFrom` letters
// may be hyphenated (long compounds); shorter ones and pseudonym codes (.pseudonym-code) never.
// Self-contained (no imports, no closures) so Playwright can run it in the page with page.evaluate.

export type WordBreakQuery = { selector: string; hyphenateFrom: number };

/** The split words as "word (in: cell text)", and how many words were measured. */
export function splitWords(query: WordBreakQuery): { measured: number; split: string[] } {
  const split: string[] = [];
  let measured = 0;
  for (const element of document.querySelectorAll(query.selector)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const code = node.parentElement?.closest('.pseudonym-code') !== null;
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size === 0) continue;
        measured++;
        const letters = match[0].replace(/[^\p{L}]/gu, '').length;
        if (lines.size > 1 && (code || letters < query.hyphenateFrom)) split.push(`${match[0]} (in: ${(element.textContent ?? '').trim().slice(0, 60)})`);
      }
    }
  }
  return { measured, split };
}
