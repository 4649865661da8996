// The word-level difference between two versions of a text (a hypothesis's wording, its evidence),
// for the history view: which words were removed and which added. Built on jsdiff's word diff,
// which treats a change in spacing alone as no change.
import { diffWords } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
