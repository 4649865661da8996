// Pure edits of a genogram (docs/domain.md: Genogram). Every edit returns a new genogram that still
// passes genogramIssues, or a validation issue the editor shows (a translation key); removals return
// what they took away, so Undo puts exactly that back (restoreRemoved).
import { limits } from '../limits';
import { invalid, valid, type Validated } from '../validation';
import {
  isAncestorOrSelf,
  pairKey,
  type Genogram,
  type GenogramEmotionalLine,
  type GenogramHousehold,
  type GenogramParentLink,
  type GenogramPerson,
  type GenogramRelationship,
} from './genogram';

/** What a removal took away: the same shape as a genogram, holding the removed (or changed) items as they were. */
export type GenogramRemoval = Genogram;

const noRemoval = (): GenogramRemoval => ({ people: [], relationships: [], parentLinks: [], emotionalLines: [], households: [] });

type Collection = keyof Genogram;

/** Puts `item` in place of the one with its id, or appends it. */
function put<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...items, item];
  return items.map((existing, at) => (at === index ? item : existing));
}

const limitOf: Record<Collection, number> = {
  people: limits.genogramPeople,
  relationships: limits.genogramLinks,
  parentLinks: limits.genogramLinks,
  emotionalLines: limits.genogramLinks,
  households: limits.genogramHouseholds,
};

function full(genogram: Genogram, collection: Collection, itemId: string): boolean {
  const items = genogram[collection] as readonly { id: string }[];
  return !items.some((item) => item.id === itemId) && items.length >= limitOf[collection];
}

const hasPerson = (genogram: Genogram, personId: string) => genogram.people.some((person) => person.id === personId);

/** Adds a person, or saves the changes to one. A pregnancy has no birth year; only the deceased have a year of death. */
export function putPerson(genogram: Genogram, person: GenogramPerson): Validated<Genogram> {
  if (full(genogram, 'people', person.id)) return invalid('genogram.validation.tooManyPeople', { max: limits.genogramPeople });
  const tidy: GenogramPerson = {
    ...person,
    birthYear: person.pregnancy ? null : person.birthYear,
    deathYear: person.deceased ? person.deathYear : null,
  };
  return valid({ ...genogram, people: put(genogram.people, tidy) });
}

/** Moves a person from their automatic place by (dx, dy) layout units, within the nudge limit. */
export function nudgePerson(genogram: Genogram, personId: string, dx: number, dy: number): Genogram {
  const clamp = (value: number) => Math.max(-limits.genogramNudge, Math.min(limits.genogramNudge, Math.round(value)));
  return {
    ...genogram,
    people: genogram.people.map((person) =>
      person.id === personId ? { ...person, offset: { x: clamp(person.offset.x + dx), y: clamp(person.offset.y + dy) } } : person,
    ),
  };
}

/** Puts a person back in their automatic place. */
export function resetNudge(genogram: Genogram, personId: string): Genogram {
  return { ...genogram, people: genogram.people.map((person) => (person.id === personId ? { ...person, offset: { x: 0, y: 0 } } : person)) };
}

/**
 * Removes a person and everything that names them: their relationships and emotional lines, parent
 * links of which they are the child or the only parent; they leave two-parent links and households
 * (a household left empty goes).
 */
export function removePerson(genogram: Genogram, personId: string): { genogram: Genogram; removed: GenogramRemoval } {
  const removed = noRemoval();
  const next: Genogram = { ...noRemoval() };
  for (const person of genogram.people) (person.id === personId ? removed : next).people.push(person);
  for (const relationship of genogram.relationships) {
    (relationship.a === personId || relationship.b === personId ? removed : next).relationships.push(relationship);
  }
  for (const link of genogram.parentLinks) {
    if (link.child === personId || (link.parents.length === 1 && link.parents[0] === personId)) removed.parentLinks.push(link);
    else if (link.parents.includes(personId)) {
      removed.parentLinks.push(link);
      next.parentLinks.push({ ...link, parents: link.parents.filter((parent) => parent !== personId) });
    } else next.parentLinks.push(link);
  }
  for (const line of genogram.emotionalLines) (line.from === personId || line.to === personId ? removed : next).emotionalLines.push(line);
  for (const household of genogram.households) {
    if (!household.members.includes(personId)) next.households.push(household);
    else {
      removed.households.push(household);
      const members = household.members.filter((member) => member !== personId);
      if (members.length > 0) next.households.push({ ...household, members });
    }
  }
  return { genogram: next, removed };
}

/**
 * Puts back what a removal took away: each item in place of the one with its id, or appended. Items
 * naming someone no longer in the genogram (removed meanwhile) stay away, so the result is whole.
 */
export function restoreRemoved(genogram: Genogram, removed: GenogramRemoval): Genogram {
  let next: Genogram = genogram;
  for (const person of removed.people) next = { ...next, people: put(next.people, person) };
  const present = (personId: string) => hasPerson(next, personId);
  for (const relationship of removed.relationships) {
    const samePair = next.relationships.some(
      (existing) => existing.id !== relationship.id && pairKey(existing.a, existing.b) === pairKey(relationship.a, relationship.b),
    );
    if (present(relationship.a) && present(relationship.b) && !samePair) next = { ...next, relationships: put(next.relationships, relationship) };
  }
  for (const link of removed.parentLinks) {
    if (!present(link.child) || !link.parents.every(present)) continue;
    const clash = next.parentLinks.some((existing) => existing.id !== link.id && existing.child === link.child && existing.kind === link.kind);
    const cycle = link.parents.some((parent) => isAncestorOrSelf({ parentLinks: next.parentLinks.filter((existing) => existing.id !== link.id) }, link.child, parent));
    if (!clash && !cycle) next = { ...next, parentLinks: put(next.parentLinks, link) };
  }
  for (const line of removed.emotionalLines) {
    if (present(line.from) && present(line.to)) next = { ...next, emotionalLines: put(next.emotionalLines, line) };
  }
  for (const household of removed.households) {
    const members = household.members.filter(present);
    if (members.length > 0) next = { ...next, households: put(next.households, { ...household, members }) };
  }
  return next;
}

/** Adds a relationship or saves the changes to one: two different people, one relationship per couple. */
export function putRelationship(genogram: Genogram, relationship: GenogramRelationship): Validated<Genogram> {
  if (relationship.a === relationship.b) return invalid('genogram.validation.samePerson');
  if (!hasPerson(genogram, relationship.a) || !hasPerson(genogram, relationship.b)) return invalid('genogram.validation.personMissing');
  const pair = pairKey(relationship.a, relationship.b);
  if (genogram.relationships.some((existing) => existing.id !== relationship.id && pairKey(existing.a, existing.b) === pair)) {
    return invalid('genogram.validation.relationshipExists');
  }
  if (full(genogram, 'relationships', relationship.id)) return invalid('genogram.validation.tooManyLinks', { max: limits.genogramLinks });
  return valid({ ...genogram, relationships: put(genogram.relationships, relationship) });
}

/**
 * Adds a child's parents of one kind or saves the changes: one or two different parents, neither the
 * child nor the child's descendant, one link of each kind per child.
 */
export function putParentLink(genogram: Genogram, link: GenogramParentLink): Validated<Genogram> {
  if (link.parents.length === 0 || link.parents.length > 2) return invalid('genogram.validation.parentsCount');
  if (link.parents.length === 2 && link.parents[0] === link.parents[1]) return invalid('genogram.validation.samePerson');
  if (![link.child, ...link.parents].every((personId) => hasPerson(genogram, personId))) return invalid('genogram.validation.personMissing');
  if (genogram.parentLinks.some((existing) => existing.id !== link.id && existing.child === link.child && existing.kind === link.kind)) {
    return invalid('genogram.validation.parentLinkExists');
  }
  const others = { parentLinks: genogram.parentLinks.filter((existing) => existing.id !== link.id) };
  if (link.parents.some((parent) => isAncestorOrSelf(others, link.child, parent))) return invalid('genogram.validation.ownAncestor');
  if (full(genogram, 'parentLinks', link.id)) return invalid('genogram.validation.tooManyLinks', { max: limits.genogramLinks });
  return valid({ ...genogram, parentLinks: put(genogram.parentLinks, link) });
}

/** Adds an emotional line or saves the changes to one: between two different people. */
export function putEmotionalLine(genogram: Genogram, line: GenogramEmotionalLine): Validated<Genogram> {
  if (line.from === line.to) return invalid('genogram.validation.samePerson');
  if (!hasPerson(genogram, line.from) || !hasPerson(genogram, line.to)) return invalid('genogram.validation.personMissing');
  if (full(genogram, 'emotionalLines', line.id)) return invalid('genogram.validation.tooManyLinks', { max: limits.genogramLinks });
  return valid({ ...genogram, emotionalLines: put(genogram.emotionalLines, line) });
}

/** Adds a household or saves the changes to one: at least one member, each once. */
export function putHousehold(genogram: Genogram, household: GenogramHousehold): Validated<Genogram> {
  const members = [...new Set(household.members)];
  if (members.length === 0) return invalid('genogram.validation.householdEmpty');
  if (!members.every((member) => hasPerson(genogram, member))) return invalid('genogram.validation.personMissing');
  if (full(genogram, 'households', household.id)) return invalid('genogram.validation.tooManyHouseholds', { max: limits.genogramHouseholds });
  return valid({ ...genogram, households: put(genogram.households, { ...household, members }) });
}

/** Removes one relationship, parent link, emotional line or household by id; returns what it took. */
export function removeItem(genogram: Genogram, collection: Exclude<Collection, 'people'>, itemId: string): { genogram: Genogram; removed: GenogramRemoval } {
  const removed = noRemoval();
  const items = genogram[collection] as readonly { id: string }[];
  (removed[collection] as { id: string }[]).push(...items.filter((item) => item.id === itemId));
  return { genogram: { ...genogram, [collection]: items.filter((item) => item.id !== itemId) }, removed };
}
