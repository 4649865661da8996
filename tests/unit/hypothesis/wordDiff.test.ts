// Covers the word-level difference the history view shows between two versions of a text.
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/hypothesis/wordDiff';

const marked = (before: string, after: string) =>
  wordDiff(before, after)
    .map((part) => (part.kind === 'same' ? part.text : part.kind === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`))
    .join('');

describe('word diff', () => {
  it('marks the words removed and added, keeping the rest as it was', () => {
    expect(marked('One possible idea is that the father fears the school', 'One possible idea is that the mother fears the school')).toBe(
      'One possible idea is that the [-father-]{+mother+} fears the school',
    );
  });

  it('joins the unchanged and new parts back into the new text, and the unchanged and removed into the old', () => {
    const before = 'Isä pelkää menettävänsä lapset, koska hän jäi yksin.';
    const after = 'Isä pelkää, että hän menettää lapset ja jää yksin.';
    const parts = wordDiff(before, after);
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after);
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before);
    expect(parts.some((part) => part.kind === 'removed' && part.text.includes('menettävänsä'))).toBe(true);
  });

  it('treats a change of spacing alone as no change, and any word change as one', () => {
    const changed = (before: string, after: string) => wordDiff(before, after).some((part) => part.kind !== 'same');
    expect(changed('the  father fears', 'the father fears')).toBe(false);
    expect(changed('the father fears', 'the father feared')).toBe(true);
    expect(wordDiff('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
  });
});
