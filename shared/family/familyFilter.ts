// Filtering and ordering of the family list: by status, by responsible worker and by free text
// over the decrypted content (code, label, children's pseudonyms, the worker's name).
import { matchesSearch } from '../search/textSearch';
import type { Family, FamilyStatus } from './family';

export type FamilyFilter = {
  status: FamilyStatus | 'all';
  /** A member id, 'none' for families without a worker, or 'any'. */
  worker: string;
  query: string;
};

export const emptyFamilyFilter: FamilyFilter = { status: 'active', worker: 'any', query: '' };

export function filterFamilies(
  families: readonly Family[],
  filter: FamilyFilter,
  memberNames: ReadonlyMap<string, string>,
): Family[] {
  return families
    .filter((family) => filter.status === 'all' || family.status === filter.status)
    .filter((family) => {
      if (filter.worker === 'any') return true;
      if (filter.worker === 'none') return family.responsibleMemberId === null;
      return family.responsibleMemberId === filter.worker;
    })
    .filter((family) =>
      matchesSearch(filter.query, [
        family.code,
        family.label,
        ...family.children.map((child) => child.pseudonym),
        family.responsibleMemberId ? (memberNames.get(family.responsibleMemberId) ?? '') : '',
      ]),
    )
    .sort((a, b) => a.code.localeCompare(b.code, 'fi'));
}
