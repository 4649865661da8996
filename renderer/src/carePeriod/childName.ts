// A child as the care-period screens name it: the pseudonym, with the birth year when known.
import type { Child } from '../../../shared/family/family';

export function childName(child: Pick<Child, 'pseudonym' | 'birthYear'>): string {
  return child.birthYear === null ? child.pseudonym : `${child.pseudonym} (${child.birthYear})`;
}
