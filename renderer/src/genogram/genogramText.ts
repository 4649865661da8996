// The genogram in words, in the UI language: a person's description (for the drawing's accessible
// names and the list view), the years under a symbol, and one line for each relationship, parent
// link, emotional line and household. The drawing, the list, the print version and the room's
// screen all say things the same way.
import type { TFunction } from 'i18next';
import type {
  Genogram,
  GenogramEmotionalLine,
  GenogramHousehold,
  GenogramParentLink,
  GenogramPerson,
  GenogramRelationship,
} from '../../../shared/genogram/genogram';

export type NameOf = (personId: string) => string;

export function namesOf(genogram: Pick<Genogram, 'people'>): NameOf {
  const names = new Map(genogram.people.map((person) => [person.id, person.name]));
  return (personId) => names.get(personId) ?? '?';
}

/** "1953–2015", "1980", "† 2015" or '' : the years under a symbol. */
export function yearsText(person: Pick<GenogramPerson, 'birthYear' | 'deceased' | 'deathYear'>): string {
  if (person.deceased && person.deathYear !== null) return person.birthYear !== null ? `${person.birthYear}–${person.deathYear}` : `† ${person.deathYear}`;
  return person.birthYear !== null ? String(person.birthYear) : '';
}

/** "Aino, Female, born 2010, index child, the family's child". */
export function describePerson(person: GenogramPerson, t: TFunction): string {
  const parts = [person.name, person.pregnancy ? t('genogram.person.pregnancy') : t(`genogram.gender.${person.gender}`)];
  if (person.birthYear !== null) parts.push(t('genogram.person.born', { year: person.birthYear }));
  if (person.deceased) parts.push(person.deathYear !== null ? t('genogram.person.died', { year: person.deathYear }) : t('genogram.person.deceased'));
  if (person.index) parts.push(t('genogram.person.index'));
  if (person.childId !== null) parts.push(t('genogram.person.familyChild'));
  if (person.note) parts.push(person.note);
  return parts.join(', ');
}

const yearsSuffix = (start: number | null, end: number | null, t: TFunction) =>
  start === null && end === null ? '' : ` (${t('genogram.list.years', { from: start ?? '?', to: end ?? '' })})`;

export function relationshipText(relationship: GenogramRelationship, nameOf: NameOf, t: TFunction): string {
  return (
    t('genogram.list.relationshipText', { a: nameOf(relationship.a), b: nameOf(relationship.b), kind: t(`genogram.relationship.${relationship.kind}`) }) +
    yearsSuffix(relationship.startYear, relationship.endYear, t)
  );
}

export function parentLinkText(link: GenogramParentLink, nameOf: NameOf, t: TFunction): string {
  const parents = link.parents.length === 2 ? t('genogram.list.and', { a: nameOf(link.parents[0]!), b: nameOf(link.parents[1]!) }) : nameOf(link.parents[0]!);
  return t('genogram.list.parentsText', { child: nameOf(link.child), kind: t(`genogram.parentLink.${link.kind}`), parents });
}

export function emotionalLineText(line: GenogramEmotionalLine, nameOf: NameOf, t: TFunction): string {
  if (line.kind === 'abuseSuspected') return t('genogram.list.abuseText', { from: nameOf(line.from), to: nameOf(line.to) });
  return t('genogram.list.lineText', { from: nameOf(line.from), to: nameOf(line.to), kind: t(`genogram.emotional.${line.kind}`) });
}

export function householdText(household: GenogramHousehold, nameOf: NameOf, t: TFunction): string {
  return t('genogram.list.householdText', { name: household.name || t('genogram.list.householdUnnamed'), members: household.members.map(nameOf).join(', ') });
}
