// What the room's shared screen may see of a family's genogram (docs/domain.md: Genogram), in two
// pure steps like every capture tool's room section (docs/architecture.md: Capture tools (the registry)):
// - genogramForRoom decides what the room may see: the people with their symbols, names and years,
//   the couples, who is whose child, the households and the emotional lines, never the team's notes
//   (a person's, a relationship's or a line's) nor the link to the family's child record; and a
//   suspicion of abuse only while the team alone is in the room (not with the family or the network).
// - drawGenogramForRoom reduces that to exactly what the screen draws, building every object field by
//   field and replacing ids by positions (p1, p2…), so nothing else can reach the screen.
import type { EmotionalKind, Genogram, GenogramGender, ParentLinkKind, RelationshipKind } from './genogram';

export type RoomGenogramPerson = {
  id: string;
  name: string;
  gender: GenogramGender;
  birthYear: number | null;
  deceased: boolean;
  deathYear: number | null;
  pregnancy: boolean;
  index: boolean;
  offset: { x: number; y: number };
};
export type RoomGenogram = {
  people: RoomGenogramPerson[];
  relationships: { id: string; a: string; b: string; kind: RelationshipKind; startYear: number | null; endYear: number | null }[];
  parentLinks: { id: string; child: string; parents: string[]; kind: ParentLinkKind }[];
  emotionalLines: { id: string; from: string; to: string; kind: EmotionalKind }[];
  households: { id: string; name: string; members: string[] }[];
};

/** Every key path drawGenogramForRoom can produce (the registry test checks it). */
export const roomGenogramFields = [
  '.people',
  '.people[].id',
  '.people[].name',
  '.people[].gender',
  '.people[].birthYear',
  '.people[].deceased',
  '.people[].deathYear',
  '.people[].pregnancy',
  '.people[].index',
  '.people[].offset',
  '.people[].offset.x',
  '.people[].offset.y',
  '.relationships',
  '.relationships[].id',
  '.relationships[].a',
  '.relationships[].b',
  '.relationships[].kind',
  '.relationships[].startYear',
  '.relationships[].endYear',
  '.parentLinks',
  '.parentLinks[].id',
  '.parentLinks[].child',
  '.parentLinks[].parents',
  '.parentLinks[].parents[]',
  '.parentLinks[].kind',
  '.emotionalLines',
  '.emotionalLines[].id',
  '.emotionalLines[].from',
  '.emotionalLines[].to',
  '.emotionalLines[].kind',
  '.households',
  '.households[].id',
  '.households[].name',
  '.households[].members',
  '.households[].members[]',
] as const;

/**
 * What the room may see of the genogram when `audiences` (besides the team) are in the room: the
 * genogram without notes or child links, and without abuse-suspected lines unless only the team is there.
 */
export function genogramForRoom(genogram: Genogram, audiences: readonly string[]): Genogram {
  const teamOnly = audiences.length === 0;
  return {
    people: genogram.people.map((person) => ({ ...person, note: '', childId: null })),
    relationships: genogram.relationships.map((relationship) => ({ ...relationship, note: '' })),
    parentLinks: genogram.parentLinks,
    emotionalLines: genogram.emotionalLines.filter((line) => teamOnly || line.kind !== 'abuseSuspected').map((line) => ({ ...line, note: '' })),
    households: genogram.households,
  };
}

/** The room's genogram as the screen draws it: field by field, ids replaced by positions. */
export function drawGenogramForRoom(seen: Genogram): RoomGenogram {
  const position = new Map(seen.people.map((person, index) => [person.id, `p${index + 1}`]));
  const ref = (personId: string) => position.get(personId) ?? '?';
  return {
    people: seen.people.map((person) => ({
      id: ref(person.id),
      name: person.name,
      gender: person.gender,
      birthYear: person.birthYear,
      deceased: person.deceased,
      deathYear: person.deathYear,
      pregnancy: person.pregnancy,
      index: person.index,
      offset: { x: person.offset.x, y: person.offset.y },
    })),
    relationships: seen.relationships.map((relationship, index) => ({
      id: `r${index + 1}`,
      a: ref(relationship.a),
      b: ref(relationship.b),
      kind: relationship.kind,
      startYear: relationship.startYear,
      endYear: relationship.endYear,
    })),
    parentLinks: seen.parentLinks.map((link, index) => ({ id: `l${index + 1}`, child: ref(link.child), parents: link.parents.map(ref), kind: link.kind })),
    emotionalLines: seen.emotionalLines.map((line, index) => ({ id: `e${index + 1}`, from: ref(line.from), to: ref(line.to), kind: line.kind })),
    households: seen.households.map((household, index) => ({ id: `h${index + 1}`, name: household.name, members: household.members.map(ref) })),
  };
}

/** The room's genogram as a whole genogram again (no notes, no child links), for the layout and the drawing. */
export function roomGenogramAsGenogram(room: RoomGenogram): Genogram {
  return {
    people: room.people.map((person) => ({ ...person, offset: { ...person.offset }, childId: null, note: '' })),
    relationships: room.relationships.map((relationship) => ({ ...relationship, note: '' })),
    parentLinks: room.parentLinks.map((link) => ({ ...link, parents: [...link.parents] })),
    emotionalLines: room.emotionalLines.map((line) => ({ ...line, note: '' })),
    households: room.households.map((household) => ({ ...household, members: [...household.members] })),
  };
}
