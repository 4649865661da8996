// A family's genogram (docs/domain.md: Genogram): the people of usually three generations, drawn
// with the McGoldrick–Gerson symbols, the couples' relationships, which children belong to whom
// (by birth, adoption or foster care), the households, and emotional lines between people.
// One genogram per family; all of it is the encrypted payload of one `genograms` row
// (docs/architecture.md: Data). This file holds the payload's schema and the rules for what a
// worker types; the drawing's geometry is in layout.ts, pure edits in edit.ts.
// Ids in here are stable data keys: do not change the schema without a migration.
import { z } from 'zod';
import { limits } from '../limits';
import { invalid, valid, validateText, type Validated } from '../validation';

/** How a person's symbol is drawn: male a square, female a circle, another gender a diamond, unknown a diamond with a question mark. */
export const genogramGenders = ['male', 'female', 'other', 'unknown'] as const;
export type GenogramGender = (typeof genogramGenders)[number];

/** A couple's relationship: married a solid line, cohabiting dashed, separated one slash, divorced two. */
export const relationshipKinds = ['married', 'cohabiting', 'separated', 'divorced'] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

/** How a child belongs to a parent: by birth a solid line, adopted and foster dotted (foster with a mark). */
export const parentLinkKinds = ['birth', 'adopted', 'foster'] as const;
export type ParentLinkKind = (typeof parentLinkKinds)[number];

/** Emotional lines between two people, drawn after the legend; abuse suspected has a direction (from → to). */
export const emotionalKinds = ['close', 'conflict', 'cutOff', 'abuseSuspected'] as const;
export type EmotionalKind = (typeof emotionalKinds)[number];

const id = z.string().min(1).max(64);
const year = z.number().int().min(limits.genogramEarliestYear).max(3000);
const note = z.string().max(limits.genogramNote);
const nudge = z.number().int().min(-limits.genogramNudge).max(limits.genogramNudge);

export const genogramPersonSchema = z.object({
  id,
  /** A pseudonymous name or a role word ("äiti", "Mummo K."), never a full name. */
  name: z.string().min(1).max(limits.memberName),
  gender: z.enum(genogramGenders),
  birthYear: year.nullable(),
  deceased: z.boolean(),
  /** Year of death if known (only for the deceased). */
  deathYear: year.nullable(),
  /** A pregnancy (a triangle): not yet born, so no birth year. */
  pregnancy: z.boolean(),
  /** The child (or children) the team's work is about: drawn with a double outline. */
  index: z.boolean(),
  /** The family's child (family.ts childSchema id) this person is, or null for anyone else. */
  childId: id.nullable(),
  note,
  /** The worker's nudge from the automatic place, in layout units (layout.ts). */
  offset: z.object({ x: nudge, y: nudge }),
});
export type GenogramPerson = z.infer<typeof genogramPersonSchema>;

/** Two partners. `a` and `b` in either order; at most one relationship per pair. */
export const genogramRelationshipSchema = z.object({
  id,
  a: id,
  b: id,
  kind: z.enum(relationshipKinds),
  /** When it began (marriage, moving in) and ended (separation, divorce), if known. */
  startYear: year.nullable(),
  endYear: year.nullable(),
  note,
});
export type GenogramRelationship = z.infer<typeof genogramRelationshipSchema>;

/**
 * A child's parents of one kind: one parent or two (a couple). A child has at most one birth link and
 * may have adoptive and foster links as well; the child hangs from its first link in this order:
 * adopted, birth, foster (where the child grows up, unless it is in foster care).
 */
export const genogramParentLinkSchema = z.object({
  id,
  child: id,
  parents: z.array(id).min(1).max(2),
  kind: z.enum(parentLinkKinds),
});
export type GenogramParentLink = z.infer<typeof genogramParentLinkSchema>;

export const genogramEmotionalLineSchema = z.object({
  id,
  /** For abuse suspected, the person suspected; for the others the order does not matter. */
  from: id,
  to: id,
  kind: z.enum(emotionalKinds),
  note,
});
export type GenogramEmotionalLine = z.infer<typeof genogramEmotionalLineSchema>;

/** People who live together, drawn with a line around them. */
export const genogramHouseholdSchema = z.object({
  id,
  /** Optional name ("Äidin koti"); '' for none. */
  name: z.string().max(limits.memberName),
  members: z.array(id).min(1).max(limits.genogramPeople),
});
export type GenogramHousehold = z.infer<typeof genogramHouseholdSchema>;

const genogramObjectSchema = z.object({
  people: z.array(genogramPersonSchema).max(limits.genogramPeople),
  relationships: z.array(genogramRelationshipSchema).max(limits.genogramLinks),
  parentLinks: z.array(genogramParentLinkSchema).max(limits.genogramLinks),
  emotionalLines: z.array(genogramEmotionalLineSchema).max(limits.genogramLinks),
  households: z.array(genogramHouseholdSchema).max(limits.genogramHouseholds),
});

/**
 * The encrypted payload of a family's genogram. Beyond the shapes it checks that the parts fit
 * together (genogramIssues): unique ids, every reference to a person who is in it, no one their own
 * partner, parent or ancestor. Do not change without a migration.
 */
export const genogramSchema = genogramObjectSchema.superRefine((genogram, context) => {
  for (const issue of genogramIssues(genogram)) context.addIssue({ code: 'custom', message: issue });
});
export type Genogram = z.infer<typeof genogramObjectSchema>;

export const emptyGenogram = (): Genogram => ({ people: [], relationships: [], parentLinks: [], emotionalLines: [], households: [] });

/** A new person with nothing known but the name and gender. */
export function newPerson(fields: Pick<GenogramPerson, 'id' | 'name' | 'gender'> & Partial<GenogramPerson>): GenogramPerson {
  return {
    birthYear: null,
    deceased: false,
    deathYear: null,
    pregnancy: false,
    index: false,
    childId: null,
    note: '',
    offset: { x: 0, y: 0 },
    ...fields,
  };
}

/**
 * What does not fit together in a genogram, as plain English for logs and tests (the editor never
 * produces any: edit.ts keeps every rule). Empty when the genogram is whole.
 */
export function genogramIssues(genogram: Genogram): string[] {
  const issues: string[] = [];
  const people = new Set<string>();
  const allIds = new Set<string>();
  const unique = (itemId: string, what: string) => {
    if (allIds.has(itemId)) issues.push(`Duplicate id ${itemId} (${what}).`);
    allIds.add(itemId);
  };
  for (const person of genogram.people) {
    unique(person.id, 'person');
    people.add(person.id);
    if (person.pregnancy && person.birthYear !== null) issues.push(`Pregnancy ${person.id} has a birth year.`);
    if (!person.deceased && person.deathYear !== null) issues.push(`Person ${person.id} has a death year but is not deceased.`);
  }
  const known = (personId: string, where: string) => {
    if (!people.has(personId)) issues.push(`${where} names ${personId}, who is not in the genogram.`);
  };
  const pairs = new Set<string>();
  for (const relationship of genogram.relationships) {
    unique(relationship.id, 'relationship');
    known(relationship.a, `Relationship ${relationship.id}`);
    known(relationship.b, `Relationship ${relationship.id}`);
    if (relationship.a === relationship.b) issues.push(`Relationship ${relationship.id} joins a person to themselves.`);
    const pair = pairKey(relationship.a, relationship.b);
    if (pairs.has(pair)) issues.push(`Two relationships join the same couple (${relationship.id}).`);
    pairs.add(pair);
  }
  const linked = new Set<string>();
  for (const link of genogram.parentLinks) {
    unique(link.id, 'parent link');
    known(link.child, `Parent link ${link.id}`);
    for (const parent of link.parents) known(parent, `Parent link ${link.id}`);
    if (link.parents.includes(link.child)) issues.push(`Parent link ${link.id} makes a person their own parent.`);
    if (link.parents.length === 2 && link.parents[0] === link.parents[1]) issues.push(`Parent link ${link.id} names one parent twice.`);
    const childKind = `${link.child}|${link.kind}`;
    if (linked.has(childKind)) issues.push(`Person ${link.child} has two ${link.kind} links.`);
    linked.add(childKind);
  }
  for (const line of genogram.emotionalLines) {
    unique(line.id, 'emotional line');
    known(line.from, `Emotional line ${line.id}`);
    known(line.to, `Emotional line ${line.id}`);
    if (line.from === line.to) issues.push(`Emotional line ${line.id} joins a person to themselves.`);
  }
  for (const household of genogram.households) {
    unique(household.id, 'household');
    for (const member of household.members) known(member, `Household ${household.id}`);
    if (new Set(household.members).size !== household.members.length) issues.push(`Household ${household.id} names a person twice.`);
  }
  if (issues.length === 0 && ancestryCycle(genogram)) issues.push('Someone is their own ancestor.');
  return issues;
}

/** The same key for a pair in either order. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether following parent links upwards from someone ever comes back to them. */
export function ancestryCycle(genogram: Pick<Genogram, 'parentLinks'>): boolean {
  const parentsOf = parentsByChild(genogram);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (person: string): boolean => {
    const seen = state.get(person);
    if (seen === 'done') return false;
    if (seen === 'visiting') return true;
    state.set(person, 'visiting');
    for (const parent of parentsOf.get(person) ?? []) if (visit(parent)) return true;
    state.set(person, 'done');
    return false;
  };
  for (const person of parentsOf.keys()) if (visit(person)) return true;
  return false;
}

/** Every parent (of any link kind) of each child. */
export function parentsByChild(genogram: Pick<Genogram, 'parentLinks'>): Map<string, string[]> {
  const parentsOf = new Map<string, string[]>();
  for (const link of genogram.parentLinks) parentsOf.set(link.child, [...(parentsOf.get(link.child) ?? []), ...link.parents]);
  return parentsOf;
}

/** Whether `ancestor` is `person` or one of their ancestors through any parent link. */
export function isAncestorOrSelf(genogram: Pick<Genogram, 'parentLinks'>, ancestor: string, person: string): boolean {
  const parentsOf = parentsByChild(genogram);
  const seen = new Set<string>();
  const stack = [person];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(parentsOf.get(current) ?? []));
  }
  return false;
}

/** The order in which a child's links are tried when choosing where the child hangs (see genogramParentLinkSchema). */
export const placementOrder: readonly ParentLinkKind[] = ['adopted', 'birth', 'foster'];

// --- What the worker types ----------------------------------------------------------------------

export const validatePersonName = (raw: string) => validateText(raw, { max: limits.memberName, required: true });
export const validateGenogramNote = (raw: string) => validateText(raw, { max: limits.genogramNote, required: false });
export const validateHouseholdName = (raw: string) => validateText(raw, { max: limits.memberName, required: false });

/** A year typed as text (birth, death, a relationship's start or end): empty means unknown; never in the future. */
export function validateGenogramYear(raw: string, now: Date): Validated<number | null> {
  const text = raw.trim();
  if (text === '') return valid(null);
  if (!/^\d{4}$/.test(text)) return invalid('genogram.validation.yearFormat');
  const value = Number(text);
  if (value > now.getFullYear()) return invalid('genogram.validation.yearFuture', { year: now.getFullYear() });
  if (value < limits.genogramEarliestYear) return invalid('genogram.validation.yearTooOld', { year: limits.genogramEarliestYear });
  return valid(value);
}

// --- The family's children ------------------------------------------------------------------------

type FamilyChild = { id: string; pseudonym: string; birthYear: number | null };

/**
 * The genogram as shown: a person linked to one of the family's children takes the child's current
 * pseudonym and birth year from the family (renaming a child on the family page renames them here);
 * a link to a child no longer in the family keeps what the genogram stored.
 */
export function withFamilyChildren(genogram: Genogram, children: readonly FamilyChild[]): Genogram {
  const byId = new Map(children.map((child) => [child.id, child]));
  if (!genogram.people.some((person) => person.childId !== null && byId.has(person.childId))) return genogram;
  return {
    ...genogram,
    people: genogram.people.map((person) => {
      const child = person.childId === null ? undefined : byId.get(person.childId);
      if (!child) return person;
      return { ...person, name: child.pseudonym.trim() || person.name, birthYear: person.pregnancy ? null : child.birthYear };
    }),
  };
}

/** The family's children who are not in the genogram yet, in the family's order. */
export function childrenNotInGenogram<T extends FamilyChild>(genogram: Genogram, children: readonly T[]): T[] {
  const linked = new Set(genogram.people.map((person) => person.childId));
  return children.filter((child) => !linked.has(child.id));
}

/**
 * People for the family's children who are not in the genogram yet (gender not known, the first of
 * them the index child when nobody is), with ids from `newId`.
 */
export function peopleForChildren(genogram: Genogram, children: readonly FamilyChild[], newId: () => string): GenogramPerson[] {
  const anyIndex = genogram.people.some((person) => person.index);
  return childrenNotInGenogram(genogram, children).map((child, at) =>
    newPerson({
      id: newId(),
      name: child.pseudonym.trim() || '?',
      gender: 'unknown',
      birthYear: child.birthYear !== null && child.birthYear >= limits.genogramEarliestYear ? child.birthYear : null,
      childId: child.id,
      index: !anyIndex && at === 0,
    }),
  );
}
