// Covers the genogram's automatic drawing (shared/genogram/layout.ts): generations as rows, partners
// side by side, siblings oldest on the left under their parents' line, nudges that move a symbol and
// its lines, and no crossing lines for an ordinary three-generation family of 25 people (every pair
// of structural segments is checked for an intersection that is not a corner of the same line).
import { describe, expect, it } from 'vitest';
import { genogramIssues, type Genogram } from '../../../shared/genogram/genogram';
import { nudgePerson } from '../../../shared/genogram/edit';
import {
  assignGenerations,
  genogramGeometry as geometry,
  layoutGenogram,
  placeInOrder,
  structuralSegments,
  type GenogramLayout,
  type Segment,
} from '../../../shared/genogram/layout';
import { generatedGenogram } from '../../../renderer/src/bench/genogramSeed';
import { buildGenogram, threeGenerations } from './families';

const position = (layout: GenogramLayout, id: string) => layout.people.find((person) => person.id === id)!;

/** Segments that meet other than at a shared end point: a proper crossing, or an overlap along a line, or a touch in the middle of one. */
function meet(s: Segment, t: Segment): boolean {
  const eps = 1e-6;
  const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => {
    const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    return Math.abs(value) < eps ? 0 : Math.sign(value);
  };
  const onSegment = (seg: Segment, px: number, py: number) =>
    Math.min(seg.x1, seg.x2) - eps <= px && px <= Math.max(seg.x1, seg.x2) + eps && Math.min(seg.y1, seg.y2) - eps <= py && py <= Math.max(seg.y1, seg.y2) + eps;
  const o1 = orient(s.x1, s.y1, s.x2, s.y2, t.x1, t.y1);
  const o2 = orient(s.x1, s.y1, s.x2, s.y2, t.x2, t.y2);
  const o3 = orient(t.x1, t.y1, t.x2, t.y2, s.x1, s.y1);
  const o4 = orient(t.x1, t.y1, t.x2, t.y2, s.x2, s.y2);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  // Touching or overlapping: allowed only where the two segments merely share an end point.
  const touches = (o1 === 0 && onSegment(s, t.x1, t.y1)) || (o2 === 0 && onSegment(s, t.x2, t.y2)) || (o3 === 0 && onSegment(t, s.x1, s.y1)) || (o4 === 0 && onSegment(t, s.x2, s.y2));
  if (!touches) return false;
  const ends = (seg: Segment) => [`${seg.x1},${seg.y1}`, `${seg.x2},${seg.y2}`];
  const shared = ends(s).filter((end) => ends(t).includes(end));
  const collinear = o1 === 0 && o2 === 0;
  const length = (seg: Segment) => Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1);
  if (collinear && length(s) > eps && length(t) > eps) {
    // Collinear: an overlap of positive length is a crossing unless one is the same line as the other.
    const along = (seg: Segment) => (Math.abs(s.x2 - s.x1) > Math.abs(s.y2 - s.y1) ? [Math.min(seg.x1, seg.x2), Math.max(seg.x1, seg.x2)] : [Math.min(seg.y1, seg.y2), Math.max(seg.y1, seg.y2)]);
    const [a1, a2] = along(s);
    const [b1, b2] = along(t);
    return Math.min(a2!, b2!) - Math.max(a1!, b1!) > eps;
  }
  return shared.length === 0;
}

/** Structural segments of different lines that meet where they should not, tagged so that a line's own corners and junctions are allowed. */
function crossings(genogram: Genogram): string[] {
  const layout = layoutGenogram(genogram);
  const tagged: { segment: Segment; tags: string[]; what: string }[] = [];
  for (const couple of layout.couples) {
    const tag = `couple:${[couple.a, couple.b].sort().join('|')}`;
    tagged.push({ segment: couple.line, tags: [tag], what: `line ${couple.a}+${couple.b}` });
    tagged.push({ segment: couple.stubs[0], tags: [tag, `person:${couple.a}`], what: `stub ${couple.a}` });
    tagged.push({ segment: couple.stubs[1], tags: [tag, `person:${couple.b}`], what: `stub ${couple.b}` });
  }
  for (const sibship of layout.sibships) {
    const tag = `sibship:${sibship.parents}`;
    const parents = sibship.parents.split('|');
    const from = parents.length === 2 ? `couple:${sibship.parents}` : `person:${parents[0]}`;
    tagged.push({ segment: sibship.drop, tags: [tag, from], what: `drop ${sibship.parents}` });
    tagged.push({ segment: sibship.bar, tags: [tag], what: `bar ${sibship.parents}` });
    for (const child of sibship.children) tagged.push({ segment: child.line, tags: [tag], what: `child ${child.id}` });
  }
  expect(tagged.length).toBe(structuralSegments(layout).length);
  const found: string[] = [];
  for (let i = 0; i < tagged.length; i++) {
    for (let j = i + 1; j < tagged.length; j++) {
      const [p, q] = [tagged[i]!, tagged[j]!];
      if (p.tags.some((tag) => q.tags.includes(tag))) continue;
      if (meet(p.segment, q.segment)) found.push(`${p.what} × ${q.what}`);
    }
  }
  return found;
}

describe('genogram generations', () => {
  it('puts grandparents, parents and children in three rows, partners who married in with their partner', () => {
    const genogram = threeGenerations();
    expect(genogramIssues(genogram)).toEqual([]);
    const generation = assignGenerations(genogram);
    for (const id of ['pgf', 'pgm', 'mgf', 'mgm', 'sgf']) expect(generation.get(id), id).toBe(0);
    for (const id of ['father', 'mother', 'aunt', 'auntHusband', 'fatherPartner', 'motherPartner', 'halfAunt', 'uncleWife']) expect(generation.get(id), id).toBe(1);
    for (const id of ['child1', 'child2', 'child3', 'pregnancy', 'cousin1', 'cousin4', 'halfSibling2']) expect(generation.get(id), id).toBe(2);
    expect(layoutGenogram(genogram).generations).toBe(3);
  });

  it('brings a parent without parents down to one row above their child, and numbers rows from 0', () => {
    const genogram = buildGenogram(
      [
        ['gp', 'male', 1940],
        ['parent', 'female', 1970],
        ['stepParent', 'male', 1968],
        ['child', 'male', 2000],
        ['lonely', 'female', 1990],
      ],
      [],
      [
        ['parent', ['gp']],
        ['child', ['stepParent']],
        ['child', ['parent'], 'adopted'],
      ],
    );
    const generation = assignGenerations(genogram);
    expect(Object.fromEntries(generation)).toEqual({ gp: 0, parent: 1, stepParent: 1, child: 2, lonely: 0 });
  });

  it('draws rows top to bottom at a fixed distance', () => {
    const layout = layoutGenogram(threeGenerations());
    expect(position(layout, 'child1').y - position(layout, 'father').y).toBe(geometry.row);
    expect(position(layout, 'father').y - position(layout, 'pgf').y).toBe(geometry.row);
  });
});

describe('genogram couples and siblings', () => {
  const layout = layoutGenogram(threeGenerations());
  it('draws partners side by side, a partner with two partners between them', () => {
    const x = (id: string) => position(layout, id).x;
    // Partners are next to each other: at least a slot apart, nobody between them (wider where their children need the room).
    const row = (id: string) => layout.people.filter((person) => person.generation === position(layout, id).generation).map((person) => person.x).sort((a, b) => a - b);
    const adjacent = (a: string, b: string) => {
      const xs = row(a);
      expect(Math.abs(xs.indexOf(x(a)) - xs.indexOf(x(b))), `${a} and ${b}`).toBe(1);
      expect(Math.abs(x(a) - x(b))).toBeGreaterThanOrEqual(geometry.slot - 1e-6);
    };
    expect(Math.abs(x('pgf') - x('pgm'))).toBeCloseTo(geometry.slot);
    adjacent('father', 'mother');
    adjacent('father', 'fatherPartner');
    adjacent('mother', 'motherPartner');
    adjacent('mgf', 'mgm');
    adjacent('mgm', 'sgf');
    // The ex-partners' new partners are on the outside.
    expect(Math.sign(x('fatherPartner') - x('father'))).toBe(-Math.sign(x('mother') - x('father')));
    // Each parent is on their own family's side.
    expect(x('father') < x('mother')).toBe(x('pgf') < x('mgf'));
  });

  it('orders siblings by birth year, oldest on the left, a pregnancy last', () => {
    const x = (id: string) => position(layout, id).x;
    expect(x('child1')).toBeLessThan(x('child2'));
    expect(x('child2')).toBeLessThan(x('child3'));
    expect(x('cousin1')).toBeLessThan(x('cousin2'));
    expect(x('cousin2')).toBeLessThan(x('cousin3'));
    expect(x('halfSibling')).toBeLessThan(x('pregnancy'));
    expect(x('aunt')).toBeLessThan(x('uncle'));
  });

  it('hangs children under their parents’ line', () => {
    for (const sibship of layout.sibships) {
      const xs = sibship.children.map((child) => position(layout, child.id).x);
      const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
      // The drop comes from the middle of the parents' line and lands within the children's span, or
      // near a lone child whom half-siblings' families pushed aside.
      expect(Math.abs(sibship.drop.x1 - middle), sibship.parents).toBeLessThanOrEqual(Math.max(geometry.slot + geometry.familyGap, (Math.max(...xs) - Math.min(...xs)) / 2));
      expect(sibship.bar.y1).toBeGreaterThan(sibship.drop.y1);
      for (const child of sibship.children) expect(child.line.y2).toBe(position(layout, child.id).y - geometry.symbol / 2);
    }
    const own = layout.sibships.find((sibship) => sibship.parents === 'father|mother')!;
    expect(own.children.map((child) => child.id)).toEqual(['child1', 'child2', 'child3']);
    const couple = layout.couples.find((c) => c.relationshipId === 'r5')!;
    expect(own.drop.x1).toBe((couple.line.x1 + couple.line.x2) / 2);
    expect(own.drop.y1).toBe(couple.line.y1);
    expect(layout.sibships.find((sibship) => sibship.parents === 'aunt|auntHusband')!.children.find((child) => child.id === 'cousin3')!.kind).toBe('adopted');
  });

  it('draws no crossing lines for a three-generation family of 25 people', () => {
    const genogram = threeGenerations();
    expect(genogram.people).toHaveLength(25);
    expect(crossings(genogram)).toEqual([]);
  });

  it('draws no crossing lines for the generated families of the benchmark', () => {
    for (const size of [12, 25, 40, 60]) expect(crossings(generatedGenogram(size)), `${size} people`).toEqual([]);
  });

  it('keeps people in a row at least a slot apart', () => {
    for (const genogram of [threeGenerations(), generatedGenogram(60)]) {
      const rows = new Map<number, { x: number }[]>();
      for (const person of layoutGenogram(genogram).people) rows.set(person.generation, [...(rows.get(person.generation) ?? []), person]);
      for (const row of rows.values()) {
        const xs = row.map((person) => person.x).sort((a, b) => a - b);
        for (let index = 1; index < xs.length; index++) expect(xs[index]! - xs[index - 1]!).toBeGreaterThanOrEqual(geometry.slot - 1e-6);
      }
    }
  });
});

describe('genogram nudges and other lines', () => {
  it('moves a nudged person and the lines to them, and nobody else', () => {
    const before = layoutGenogram(threeGenerations());
    const after = layoutGenogram(nudgePerson(threeGenerations(), 'child2', 30, -20));
    expect(position(after, 'child2')).toMatchObject({ x: position(before, 'child2').x + 30, y: position(before, 'child2').y - 20 });
    expect(position(after, 'child1')).toEqual(position(before, 'child1'));
    const line = after.sibships.flatMap((sibship) => sibship.children).find((child) => child.id === 'child2')!.line;
    expect(line.x2).toBe(position(after, 'child2').x);
  });

  it('joins a child’s other parents with a direct line, and lays out emotional lines and households', () => {
    const genogram = threeGenerations();
    genogram.people.push({ ...genogram.people[0]!, id: 'foster', name: 'foster', gender: 'female', birthYear: 1970 });
    genogram.parentLinks.push({ id: 'lf', child: 'child3', parents: ['foster'], kind: 'foster' });
    genogram.emotionalLines.push({ id: 'e1', from: 'father', to: 'child1', kind: 'conflict', note: '' });
    genogram.households.push({ id: 'h1', name: '', members: ['mother', 'motherPartner', 'child1', 'child2', 'child3', 'halfSibling2'] });
    expect(genogramIssues(genogram)).toEqual([]);
    const layout = layoutGenogram(genogram);
    expect(layout.otherLinks).toEqual([expect.objectContaining({ linkId: 'lf', child: 'child3', kind: 'foster' })]);
    expect(layout.sibships.find((sibship) => sibship.parents === 'father|mother')!.children.map((child) => child.id)).toContain('child3');
    expect(layout.emotionalLines).toHaveLength(1);
    expect(layout.households[0]!.outline.length).toBeGreaterThanOrEqual(4);
  });

  it('lays out an empty genogram and a single person', () => {
    expect(layoutGenogram(buildGenogram([], [], [])).people).toEqual([]);
    expect(layoutGenogram(buildGenogram([['a', 'male', 2000]], [], [])).people).toEqual([{ id: 'a', x: 0, y: 0, generation: 0 }].map((p) => expect.objectContaining({ ...p, x: expect.closeTo(0) })));
  });
});

describe('placeInOrder', () => {
  it('keeps order and gaps with the least squared movement', () => {
    expect(placeInOrder([0, 0, 0], [0, 10, 10])).toEqual([-10, 0, 10]);
    expect(placeInOrder([0, 100, 105], [0, 10, 10])).toEqual([0, 97.5, 107.5]);
    expect(placeInOrder([], [])).toEqual([]);
  });
});

describe('genogram keyboard neighbours and household outlines', () => {
  const layout = layoutGenogram(threeGenerations());
  it('moves left and right within a row and up and down to the nearest in the next row', async () => {
    const { neighbour } = await import('../../../shared/genogram/layout');
    expect(neighbour(layout, 'child1', 'right')).toBe('child2');
    expect(neighbour(layout, 'child2', 'left')).toBe('child1');
    const up = neighbour(layout, 'child2', 'up')!;
    expect(position(layout, up).generation).toBe(1);
    expect(neighbour(layout, 'pgf', 'up')).toBeNull();
    const leftmost = [...layout.people].filter((person) => person.generation === 0).sort((a, b) => a.x - b.x)[0]!;
    expect(neighbour(layout, leftmost.id, 'left')).toBeNull();
    expect(neighbour(layout, 'nobody', 'left')).toBeNull();
  });

  it('draws a household around its members, row by row, leaving out people beside them', async () => {
    const { householdOutline } = await import('../../../shared/genogram/layout');
    const members = ['mother', 'motherPartner', 'halfSibling2'].map((id) => position(layout, id));
    const outline = householdOutline(members);
    const inside = (point: { x: number; y: number }) => {
      // Ray casting over the outline polygon.
      let hit = false;
      for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
        const [a, b] = [outline[i]!, outline[j]!];
        if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x) hit = !hit;
      }
      return hit;
    };
    for (const member of members) expect(inside(member), member.id).toBe(true);
    for (const other of ['child1', 'father', 'pgf', 'cousin4']) expect(inside(position(layout, other)), other).toBe(false);
  });
});
