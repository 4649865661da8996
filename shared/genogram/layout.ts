// The automatic drawing of a genogram (docs/domain.md: Genogram), as pure geometry for an SVG:
//
// 1. Generations. Everyone gets a row: a child at least one row below each parent, partners on one
//    row, and someone without parents of their own (a partner who married in, a grandparent) no
//    higher than one row above their first child. Rows are then numbered from 0.
// 2. Blocks. Partners (a relationship, or two parents of one child) on one row form a block that is
//    drawn side by side: ex-partner, person, current partner in a line.
// 3. Order. Within a row, blocks are ordered by where their members hang from (the middle of their
//    parents above) and, going upwards, by where their children are, in a few alternating sweeps
//    (the barycentre method of layered drawing). Siblings hanging from the same parents sort by
//    birth year, oldest on the left. A block whose members come from two families (the parents
//    of the index child) lands between those families, with each partner on their family's side.
// 4. Places. Blocks keep their order and a least distance; their x is chosen so that each couple
//    sits over the middle of its children and children under their parents (an isotonic regression:
//    the least-squares positions with that order and those gaps), alternating downwards and upwards.
// 5. Lines. Partners are joined below their symbols (non-adjacent partners lower down), each
//    family's children hang from a bar between the rows with a drop from the middle of their
//    parents' line. A child's other parents (foster parents, birth parents of an adopted child) are
//    joined with a direct dotted line; emotional lines are curves; households are outlines.
//
// The worker's nudge (person.offset) moves a symbol after all this; every line is drawn from the
// nudged places. Without nudges, the structural lines (partners, bars and drops) of an ordinary
// three-generation family never cross (tests/unit/genogram/layout.test.ts checks a family of 25).
import {
  pairKey,
  placementOrder,
  type EmotionalKind,
  type Genogram,
  type GenogramParentLink,
  type ParentLinkKind,
  type RelationshipKind,
} from './genogram';

/** Sizes in layout units (an SVG user unit; a nudge is in the same units). */
export const genogramGeometry = {
  /** Width and height of a person's symbol. */
  symbol: 40,
  /** Least distance between the centres of two people next to each other in a row. */
  slot: 110,
  /** Extra distance between two blocks that hang from different parents. */
  familyGap: 40,
  /** Distance between two rows' centres. */
  row: 180,
  /** How far below a person's centre their partner line runs (the next non-adjacent partner 12 further). */
  coupleLine: 32,
  coupleLevelStep: 12,
  /** How far below the parents' centre the children's bar runs. */
  bar: 118,
  /** Margin around the drawing. */
  margin: 70,
} as const;

export type Point = { x: number; y: number };
export type Segment = { x1: number; y1: number; x2: number; y2: number };

export type LaidOutPerson = {
  id: string;
  /** Centre of the symbol, nudge included. */
  x: number;
  y: number;
  generation: number;
};

export type LaidOutCouple = {
  /** The relationship, or null for two parents of a child who have no relationship recorded. */
  relationshipId: string | null;
  kind: RelationshipKind | null;
  a: string;
  b: string;
  /** The two stubs down from the partners and the line between them (x1 is a's side). */
  stubs: [Segment, Segment];
  line: Segment;
};

export type LaidOutSibship = {
  /** The parents (sorted ids joined with |) the children hang from. */
  parents: string;
  /** From the middle of the parents' line (or a single parent's symbol) down to the bar. */
  drop: Segment;
  bar: Segment;
  children: { id: string; kind: ParentLinkKind; linkId: string; line: Segment }[];
};

export type LaidOutOtherLink = { linkId: string; child: string; kind: ParentLinkKind; line: Segment };

export type LaidOutEmotionalLine = { lineId: string; kind: EmotionalKind; from: Point; to: Point; control: Point };

export type LaidOutHousehold = { id: string; outline: Point[] };

export type GenogramLayout = {
  people: LaidOutPerson[];
  couples: LaidOutCouple[];
  sibships: LaidOutSibship[];
  otherLinks: LaidOutOtherLink[];
  emotionalLines: LaidOutEmotionalLine[];
  households: LaidOutHousehold[];
  /** The drawing's extent, margin included (an SVG viewBox). */
  bounds: { x: number; y: number; width: number; height: number };
  generations: number;
};

type Unit = { key: string; parents: string[] };

/** The link a child hangs from: the first of its links in placement order. */
export function placementLinks(genogram: Pick<Genogram, 'parentLinks'>): Map<string, GenogramParentLink> {
  const chosen = new Map<string, GenogramParentLink>();
  for (const kind of placementOrder) {
    for (const link of genogram.parentLinks) if (link.kind === kind && !chosen.has(link.child)) chosen.set(link.child, link);
  }
  return chosen;
}

const unitOf = (parents: readonly string[]): Unit => {
  const sorted = [...parents].sort();
  return { key: sorted.join('|'), parents: sorted };
};

/** Each person's generation (row), from 0 at the top. */
export function assignGenerations(genogram: Genogram): Map<string, number> {
  const generation = new Map(genogram.people.map((person) => [person.id, 0]));
  const childrenOf = new Map<string, string[]>();
  const hasParents = new Set<string>();
  for (const link of genogram.parentLinks) {
    hasParents.add(link.child);
    for (const parent of link.parents) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), link.child]);
  }
  const pairs: [string, string][] = genogram.relationships.map((relationship) => [relationship.a, relationship.b]);
  for (const link of genogram.parentLinks) if (link.parents.length === 2) pairs.push([link.parents[0]!, link.parents[1]!]);
  const raise = (personId: string, atLeast: number) => {
    if ((generation.get(personId) ?? 0) < atLeast) {
      generation.set(personId, atLeast);
      return true;
    }
    return false;
  };
  // Every rule only raises a generation, so this settles; the bound stops a partner who is also a
  // descendant (which cannot be drawn in rows) from raising forever.
  for (let round = 0; round <= genogram.people.length + 1; round++) {
    let changed = false;
    for (const link of genogram.parentLinks) {
      for (const parent of link.parents) changed = raise(link.child, (generation.get(parent) ?? 0) + 1) || changed;
    }
    for (const [a, b] of pairs) {
      const row = Math.max(generation.get(a) ?? 0, generation.get(b) ?? 0);
      changed = raise(a, row) || changed;
      changed = raise(b, row) || changed;
    }
    for (const [personId, children] of childrenOf) {
      if (hasParents.has(personId)) continue;
      const firstChildRow = Math.min(...children.map((child) => generation.get(child) ?? 0));
      changed = raise(personId, firstChildRow - 1) || changed;
    }
    if (!changed) break;
  }
  const top = Math.min(0, ...generation.values());
  for (const [personId, row] of generation) generation.set(personId, row - top);
  return generation;
}

/** Partners on one row as blocks, each a line of people in drawing order (before orientation). */
function partnerBlocks(genogram: Genogram, generation: Map<string, number>): string[][] {
  const neighbours = new Map<string, string[]>(genogram.people.map((person) => [person.id, []]));
  const join = (a: string, b: string) => {
    if (generation.get(a) !== generation.get(b) || neighbours.get(a)!.includes(b)) return;
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  };
  // Relationships by start year (the earlier partner on the outside), then co-parents without one.
  const relationships = [...genogram.relationships].sort((x, y) => (x.startYear ?? 9999) - (y.startYear ?? 9999));
  for (const relationship of relationships) join(relationship.a, relationship.b);
  for (const link of genogram.parentLinks) if (link.parents.length === 2) join(link.parents[0]!, link.parents[1]!);
  const seen = new Set<string>();
  const blocks: string[][] = [];
  for (const person of genogram.people) {
    if (seen.has(person.id)) continue;
    // The component, then a line through it from an end (a person with one partner).
    const component: string[] = [];
    const stack = [person.id];
    const inComponent = new Set([person.id]);
    while (stack.length > 0) {
      const current = stack.pop()!;
      component.push(current);
      for (const next of neighbours.get(current)!) if (!inComponent.has(next)) (inComponent.add(next), stack.push(next));
    }
    const order = new Map(genogram.people.map((p, index) => [p.id, index]));
    component.sort((x, y) => order.get(x)! - order.get(y)!);
    const start = component.find((member) => neighbours.get(member)!.length <= 1) ?? component[0]!;
    const line: string[] = [];
    const walk = (current: string) => {
      seen.add(current);
      line.push(current);
      for (const next of neighbours.get(current)!) if (!seen.has(next)) walk(next);
    };
    walk(start);
    blocks.push(line);
  }
  return blocks;
}

/**
 * Least-squares positions for items in a fixed order: item i wants to be at `want[i]` and must be at
 * least `gap[i]` right of item i-1 (pool-adjacent-violators on the positions less the gaps).
 */
export function placeInOrder(want: readonly number[], gap: readonly number[]): number[] {
  const shift: number[] = [];
  let total = 0;
  for (let index = 0; index < want.length; index++) {
    total += index === 0 ? 0 : gap[index]!;
    shift.push(total);
  }
  const pools: { sum: number; count: number }[] = [];
  for (let index = 0; index < want.length; index++) {
    pools.push({ sum: want[index]! - shift[index]!, count: 1 });
    while (pools.length > 1 && pools[pools.length - 2]!.sum / pools[pools.length - 2]!.count > pools[pools.length - 1]!.sum / pools[pools.length - 1]!.count) {
      const last = pools.pop()!;
      pools[pools.length - 1]!.sum += last.sum;
      pools[pools.length - 1]!.count += last.count;
    }
  }
  const placed: number[] = [];
  for (const pool of pools) for (let index = 0; index < pool.count; index++) placed.push(pool.sum / pool.count + shift[placed.length]!);
  return placed;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Lays out a whole genogram. */
export function layoutGenogram(genogram: Genogram): GenogramLayout {
  const g = genogramGeometry;
  const generation = assignGenerations(genogram);
  const people = new Map(genogram.people.map((person) => [person.id, person]));
  const placement = placementLinks(genogram);
  const unitOfChild = new Map<string, Unit>();
  for (const [child, link] of placement) unitOfChild.set(child, unitOf(link.parents));
  const childrenOfUnit = new Map<string, string[]>();
  for (const [child, unit] of unitOfChild) childrenOfUnit.set(unit.key, [...(childrenOfUnit.get(unit.key) ?? []), child]);
  const unitsOfPerson = new Map<string, Unit[]>();
  for (const [key, children] of childrenOfUnit) {
    const unit = unitOfChild.get(children[0]!)!;
    for (const parent of unit.parents) unitsOfPerson.set(parent, [...(unitsOfPerson.get(parent) ?? []), { ...unit, key }]);
  }
  const generations = genogram.people.length === 0 ? 0 : Math.max(...generation.values()) + 1;

  // Rows of blocks, in data order to start with.
  const rows: string[][][] = Array.from({ length: generations }, () => []);
  for (const block of partnerBlocks(genogram, generation)) rows[generation.get(block[0]!)!]!.push(block);

  const x = new Map<string, number>();
  const placeRow = (row: string[][]) => {
    let at = 0;
    for (const block of row) for (const member of block) (x.set(member, at), (at += g.slot));
  };
  rows.forEach(placeRow);

  const unitMid = (unit: Unit) => mean(unit.parents.map((parent) => x.get(parent) ?? 0));
  const birthKey = (personId: string) => {
    const person = people.get(personId)!;
    return person.pregnancy ? 9999 : (person.birthYear ?? 5000);
  };
  /** Where a member wants to be going downwards (under its parents), or undefined. */
  const downKey = (member: string) => {
    const unit = unitOfChild.get(member);
    return unit && generation.get(unit.parents[0]!)! < generation.get(member)! ? unitMid(unit) : undefined;
  };
  /** Where a member wants to be going upwards (over its children), or undefined. */
  const upKey = (member: string) => {
    const units = (unitsOfPerson.get(member) ?? []).filter((unit) => unit.parents.every((parent) => generation.get(parent) === generation.get(member)));
    const children = units.flatMap((unit) => childrenOfUnit.get(unit.key) ?? []);
    return children.length > 0 ? mean(children.map((child) => x.get(child)!)) : undefined;
  };

  /** Orders a row's blocks (and each block's direction) by the keys of their members. */
  const orderRow = (row: string[][], keyOf: (member: string) => number | undefined) => {
    const keyed = row.map((block, index) => {
      const keys = block.map(keyOf);
      const known = keys.filter((key): key is number => key !== undefined);
      // A block turns so that its members with a place to be are in that place's order.
      const firstKnown = keys.findIndex((key) => key !== undefined);
      const lastKnown = keys.length - 1 - [...keys].reverse().findIndex((key) => key !== undefined);
      const members = firstKnown !== -1 && keys[firstKnown]! > keys[lastKnown]! ? [...block].reverse() : block;
      const key = known.length > 0 ? mean(known) : mean(block.map((member) => x.get(member)!));
      const sibling = members.find((member) => unitOfChild.has(member));
      return { members, key, birth: sibling ? birthKey(sibling) : 5000, index };
    });
    keyed.sort((p, q) => p.key - q.key || p.birth - q.birth || p.index - q.index);
    return keyed.map((item) => item.members);
  };

  // Extra room to the left of a person in their row, added where two families' children would
  // otherwise share the space between the rows (see separateFamilies below).
  const extra = new Map<string, number>();
  const offsetsOf = (block: readonly string[]) => {
    let at = 0;
    return block.map((member, index) => (index === 0 ? 0 : (at += g.slot + (extra.get(member) ?? 0))));
  };

  /** Gives a row's blocks positions near where their members want to be, keeping order and gaps. */
  const positionRow = (row: string[][], keyOf: (member: string) => number | undefined) => {
    const want: number[] = [];
    const gap: number[] = [];
    row.forEach((block, index) => {
      const offsets = offsetsOf(block);
      const wishes = block.map((member, at) => {
        const key = keyOf(member);
        return key === undefined ? undefined : key - offsets[at]!;
      });
      const known = wishes.filter((wish): wish is number => wish !== undefined);
      want.push(known.length > 0 ? mean(known) : x.get(block[0]!)!);
      if (index > 0) {
        const previous = row[index - 1]!;
        const sameFamily = unitOfChild.get(previous[previous.length - 1]!)?.key === unitOfChild.get(block[0]!)?.key;
        gap.push(offsetsOf(previous)[previous.length - 1]! + g.slot + (sameFamily ? 0 : g.familyGap) + (extra.get(block[0]!) ?? 0));
      } else gap.push(0);
    });
    const placed = placeInOrder(want, gap);
    row.forEach((block, index) => {
      const offsets = offsetsOf(block);
      block.forEach((member, at) => x.set(member, placed[index]! + offsets[at]!));
    });
  };

  const down = () => {
    for (let row = 1; row < generations; row++) {
      rows[row] = orderRow(rows[row]!, downKey);
      positionRow(rows[row]!, downKey);
    }
  };
  const up = () => {
    for (let row = generations - 2; row >= 0; row--) {
      rows[row] = orderRow(rows[row]!, upKey);
      positionRow(rows[row]!, upKey);
    }
  };
  // Order settles in a few sweeps; then only places are refined, ending downwards so that children
  // sit under their parents.
  for (let sweep = 0; sweep < 4; sweep++) {
    down();
    up();
  }
  const settle = (keyOf: (member: string) => number | undefined, from: number, to: number, step: number) => {
    for (let row = from; row !== to && row >= 0 && row < generations; row += step) positionRow(rows[row]!, keyOf);
  };
  const refine = (sweeps = 6) => {
    for (let sweep = 0; sweep < sweeps; sweep++) {
      settle(downKey, 1, generations, 1);
      settle(upKey, generations - 2, -1, -1);
    }
    settle(downKey, 1, generations, 1);
  };
  refine();

  // Two families' children must not share the space between the rows: each family's bar and drop
  // keep to their own stretch. Where they would overlap, the parents of the family on the right move
  // apart from whoever is on their left (more room before the right family's drop), and places are
  // refined again.
  const rowMembers = () => rows.map((row) => row.flat());
  const separateFamilies = (): boolean => {
    let changed = false;
    const members = rowMembers();
    for (let row = 0; row < generations - 1; row++) {
      const spans = [...childrenOfUnit.entries()]
        .map(([key, children]) => {
          const unit = unitOfChild.get(children[0]!)!;
          if (Math.max(...unit.parents.map((parent) => generation.get(parent)!)) !== row) return null;
          const drop = unitMid(unit);
          const xs = children.map((child) => x.get(child)!);
          return { key, drop, from: Math.min(drop, ...xs), to: Math.max(drop, ...xs) };
        })
        .filter((span): span is NonNullable<typeof span> => span !== null)
        .sort((p, q) => p.drop - q.drop || p.from - q.from);
      for (let index = 1; index < spans.length; index++) {
        const [left, right] = [spans[index - 1]!, spans[index]!];
        // Half a family gap between the two stretches is enough to read them apart.
        const overlap = left.to + g.familyGap / 2 - right.from;
        if (overlap <= 1) continue;
        // The person just left of the right family's drop gets the room before them.
        const line = members[row]!;
        const after = line.find((member) => x.get(member)! >= right.drop - 1e-6 && line.indexOf(member) > 0 && x.get(line[line.indexOf(member) - 1]!)! < right.drop - 1e-6);
        const target = after ?? line.find((member) => x.get(member)! > left.drop + 1e-6);
        if (!target) continue;
        // Twice the overlap: the refinement gives back part of any room added (both sides move), so
        // this settles in a few rounds instead of creeping towards it.
        extra.set(target, (extra.get(target) ?? 0) + 2 * overlap + 8);
        changed = true;
      }
    }
    return changed;
  };
  for (let round = 0; round < 12 && separateFamilies(); round++) refine(3);

  // Nudges, then lines from the nudged places.
  const laidOut: LaidOutPerson[] = genogram.people.map((person) => ({
    id: person.id,
    x: (x.get(person.id) ?? 0) + person.offset.x,
    y: generation.get(person.id)! * g.row + person.offset.y,
    generation: generation.get(person.id)!,
  }));
  const at = new Map(laidOut.map((person) => [person.id, person]));
  const rowIndex = new Map<string, number>();
  rows.forEach((row) => row.flat().forEach((member, index) => rowIndex.set(member, index)));

  const couples: LaidOutCouple[] = [];
  const coupleY = new Map<string, number>();
  const addCouple = (a: string, b: string, relationshipId: string | null, kind: RelationshipKind | null) => {
    const [left, right] = at.get(a)!.x <= at.get(b)!.x ? [at.get(a)!, at.get(b)!] : [at.get(b)!, at.get(a)!];
    const sameRow = generation.get(a) === generation.get(b);
    const apart = sameRow ? Math.abs(rowIndex.get(a)! - rowIndex.get(b)!) : 1;
    const y = Math.max(left.y, right.y) + g.coupleLine + Math.max(0, apart - 1) * g.coupleLevelStep;
    const half = g.symbol / 2;
    coupleY.set(pairKey(a, b), y);
    const line: Segment = { x1: left.x, y1: y, x2: right.x, y2: y };
    const stubs: [Segment, Segment] = [
      { x1: left.x, y1: left.y + half, x2: left.x, y2: y },
      { x1: right.x, y1: right.y + half, x2: right.x, y2: y },
    ];
    couples.push({ relationshipId, kind, a: left.id === a ? a : b, b: left.id === a ? b : a, stubs, line });
  };
  for (const relationship of genogram.relationships) addCouple(relationship.a, relationship.b, relationship.id, relationship.kind);
  for (const link of genogram.parentLinks) {
    if (link.parents.length === 2 && !coupleY.has(pairKey(link.parents[0]!, link.parents[1]!))) addCouple(link.parents[0]!, link.parents[1]!, null, null);
  }

  const sibships: LaidOutSibship[] = [];
  for (const [key, children] of childrenOfUnit) {
    const unit = unitOfChild.get(children[0]!)!;
    const parents = unit.parents.map((parent) => at.get(parent)!);
    const fromX = mean(parents.map((parent) => parent.x));
    const fromY = parents.length === 2 ? coupleY.get(pairKey(unit.parents[0]!, unit.parents[1]!))! : parents[0]!.y + g.symbol / 2;
    const parentRow = Math.max(...parents.map((parent) => parent.y));
    const sorted = [...children].sort((p, q) => at.get(p)!.x - at.get(q)!.x);
    const barY = parentRow + g.bar;
    const xs = sorted.map((child) => at.get(child)!.x);
    sibships.push({
      parents: key,
      drop: { x1: fromX, y1: fromY, x2: fromX, y2: barY },
      bar: { x1: Math.min(fromX, ...xs), y1: barY, x2: Math.max(fromX, ...xs), y2: barY },
      children: sorted.map((child) => ({
        id: child,
        kind: placement.get(child)!.kind,
        linkId: placement.get(child)!.id,
        line: { x1: at.get(child)!.x, y1: barY, x2: at.get(child)!.x, y2: at.get(child)!.y - g.symbol / 2 },
      })),
    });
  }

  const otherLinks: LaidOutOtherLink[] = [];
  for (const link of genogram.parentLinks) {
    if (placement.get(link.child)?.id === link.id) continue;
    const parents = link.parents.map((parent) => at.get(parent)!);
    const fromX = mean(parents.map((parent) => parent.x));
    const fromY = parents.length === 2 ? coupleY.get(pairKey(link.parents[0]!, link.parents[1]!))! : parents[0]!.y + g.symbol / 2;
    const child = at.get(link.child)!;
    otherLinks.push({ linkId: link.id, child: link.child, kind: link.kind, line: { x1: fromX, y1: fromY, x2: child.x, y2: child.y - g.symbol / 2 } });
  }

  const emotionalLines: LaidOutEmotionalLine[] = genogram.emotionalLines.map((line) => {
    const from = at.get(line.from)!;
    const to = at.get(line.to)!;
    // A gentle curve that leaves the symbols' edges, bowing upwards (away from the lines below).
    const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const ux = (to.x - from.x) / length;
    const uy = (to.y - from.y) / length;
    const edge = g.symbol / 2 + 6;
    const start = { x: from.x + ux * edge, y: from.y + uy * edge };
    const end = { x: to.x - ux * edge, y: to.y - uy * edge };
    const bow = Math.min(60, length * 0.18);
    const normal = uy > 0 || (uy === 0 && ux < 0) ? { x: uy, y: -ux } : { x: -uy, y: ux };
    return {
      lineId: line.id,
      kind: line.kind,
      from: start,
      to: end,
      control: { x: (start.x + end.x) / 2 + normal.x * bow, y: (start.y + end.y) / 2 + normal.y * bow },
    };
  });

  const households: LaidOutHousehold[] = genogram.households.map((household) => ({
    id: household.id,
    outline: householdOutline(household.members.map((member) => at.get(member)!)),
  }));

  const xs = laidOut.map((person) => person.x);
  const ys = laidOut.map((person) => person.y);
  const minX = (xs.length ? Math.min(...xs) : 0) - g.margin - g.slot / 2;
  const maxX = (xs.length ? Math.max(...xs) : 0) + g.margin + g.slot / 2;
  const minY = (ys.length ? Math.min(...ys) : 0) - g.margin;
  const maxY = (ys.length ? Math.max(...ys) : 0) + g.margin + 60;
  return {
    people: laidOut,
    couples,
    sibships,
    otherLinks,
    emotionalLines,
    households,
    bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    generations,
  };
}

/** The lines that show who belongs to whom: partner stubs and lines, children's drops, bars and lines. */
export function structuralSegments(layout: GenogramLayout): { segment: Segment; what: string }[] {
  const segments: { segment: Segment; what: string }[] = [];
  for (const couple of layout.couples) {
    segments.push({ segment: couple.line, what: `couple ${couple.a}+${couple.b}` });
    couple.stubs.forEach((stub, index) => segments.push({ segment: stub, what: `stub ${index === 0 ? couple.a : couple.b}` }));
  }
  for (const sibship of layout.sibships) {
    segments.push({ segment: sibship.drop, what: `drop ${sibship.parents}` });
    segments.push({ segment: sibship.bar, what: `bar ${sibship.parents}` });
    for (const child of sibship.children) segments.push({ segment: child.line, what: `child ${child.id}` });
  }
  return segments;
}

/**
 * A line around a household's members: per row a band from the leftmost to the rightmost member
 * (names under the symbols included), the bands of consecutive rows joined at the middle between
 * them, so the outline steps with the rows instead of cutting across other people.
 */
export function householdOutline(members: readonly LaidOutPerson[]): Point[] {
  if (members.length === 0) return [];
  const pad = genogramGeometry.symbol / 2 + 14;
  const below = 34;
  const rows = new Map<number, LaidOutPerson[]>();
  for (const member of members) rows.set(member.generation, [...(rows.get(member.generation) ?? []), member]);
  const bands = [...rows.entries()]
    .sort(([p], [q]) => p - q)
    .map(([, row]) => ({
      left: Math.min(...row.map((member) => member.x)) - pad,
      right: Math.max(...row.map((member) => member.x)) + pad,
      top: Math.min(...row.map((member) => member.y)) - pad,
      bottom: Math.max(...row.map((member) => member.y)) + pad + below,
    }));
  const edges = bands.map((band, index) => ({
    ...band,
    from: index === 0 ? band.top : (bands[index - 1]!.bottom + band.top) / 2,
    to: index === bands.length - 1 ? band.bottom : (band.bottom + bands[index + 1]!.top) / 2,
  }));
  const leftSide = edges.flatMap((band) => [
    { x: band.left, y: band.from },
    { x: band.left, y: band.to },
  ]);
  const rightSide = [...edges].reverse().flatMap((band) => [
    { x: band.right, y: band.to },
    { x: band.right, y: band.from },
  ]);
  return [...leftSide, ...rightSide];
}

/**
 * The person next to `personId` in a direction, for moving the selection with arrow keys: left and
 * right, the nearest in the same row; up and down, the nearest by x in the nearest row that way.
 * Null when there is nobody that way.
 */
export function neighbour(layout: Pick<GenogramLayout, 'people'>, personId: string, direction: 'left' | 'right' | 'up' | 'down'): string | null {
  const from = layout.people.find((person) => person.id === personId);
  if (!from) return null;
  if (direction === 'left' || direction === 'right') {
    const sign = direction === 'left' ? -1 : 1;
    const candidates = layout.people.filter((person) => person.generation === from.generation && person.id !== from.id && Math.sign(person.x - from.x) === sign);
    candidates.sort((p, q) => Math.abs(p.x - from.x) - Math.abs(q.x - from.x));
    return candidates[0]?.id ?? null;
  }
  const sign = direction === 'up' ? -1 : 1;
  const rows = layout.people.map((person) => person.generation).filter((row) => Math.sign(row - from.generation) === sign);
  if (rows.length === 0) return null;
  const row = sign < 0 ? Math.max(...rows) : Math.min(...rows);
  const candidates = layout.people.filter((person) => person.generation === row);
  candidates.sort((p, q) => Math.abs(p.x - from.x) - Math.abs(q.x - from.x));
  return candidates[0]?.id ?? null;
}
