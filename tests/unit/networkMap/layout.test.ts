// Covers the network map's geometry (shared/networkMap/layout.ts): every contact inside its own
// sector's wedge and its distance's ring, no two circles overlapping (also with 40 and with the
// most contacts a map can have, all in one sector), and a stable order (same input, same picture;
// a contact added elsewhere does not move the others).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import { contactGap, equalWedges, fullContactRadius, layoutNetworkMap, mapSize, rings, zigzagPath, type LayoutContact, type NetworkLayout } from '../../../shared/networkMap/layout';
import { networkDistances, networkSectors, type NetworkDistance, type NetworkSector } from '../../../shared/networkMap/networkMap';

const contact = (id: string, sector: NetworkSector, distance: NetworkDistance): LayoutContact => ({ id, sector, distance });

/** Angle of a point clockwise from 12 o'clock, 0..2π. */
function angleOf(x: number, y: number): number {
  const angle = Math.atan2(x - mapSize / 2, -(y - mapSize / 2));
  return angle < 0 ? angle + 2 * Math.PI : angle;
}

/** Checks the layout's promises for its input: wedge, ring (the whole circle), no overlap. */
function expectWellPlaced(input: readonly LayoutContact[], layout: NetworkLayout) {
  expect(layout.contacts).toHaveLength(input.length);
  const r = layout.contactRadius;
  layout.contacts.forEach((placed, index) => {
    const source = input[index]!;
    expect(placed.id).toBe(source.id);
    const wedge = layout.wedges.find((candidate) => candidate.sector === source.sector)!;
    const ring = rings[source.distance - 1]!;
    const distance = Math.hypot(placed.x - mapSize / 2, placed.y - mapSize / 2);
    // The whole circle inside its ring.
    expect(distance - r).toBeGreaterThanOrEqual(ring.inner - 1e-6);
    expect(distance + r).toBeLessThanOrEqual(ring.outer + 1e-6);
    // The centre inside its wedge, and the circle clear of both edges (distance to each edge's ray).
    const angle = angleOf(placed.x, placed.y);
    expect(angle).toBeGreaterThanOrEqual(wedge.start - 1e-9);
    expect(angle).toBeLessThanOrEqual(wedge.end + 1e-9);
    expect(distance * Math.sin(angle - wedge.start)).toBeGreaterThanOrEqual(r - 1e-6);
    expect(distance * Math.sin(wedge.end - angle)).toBeGreaterThanOrEqual(r - 1e-6);
  });
  for (let a = 0; a < layout.contacts.length; a++) {
    for (let b = a + 1; b < layout.contacts.length; b++) {
      const p = layout.contacts[a]!;
      const q = layout.contacts[b]!;
      expect(Math.hypot(p.x - q.x, p.y - q.y), `${p.id} and ${q.id} overlap`).toBeGreaterThanOrEqual(2 * r + contactGap - 1e-6);
    }
  }
}

describe('network map layout', () => {
  it('draws seven equal wedges clockwise from the top, family first, and three rings outwards', () => {
    const wedges = equalWedges;
    expect(layoutNetworkMap([]).wedges).toEqual(wedges);
    expect(wedges.map((wedge) => wedge.sector)).toEqual([...networkSectors]);
    expect(wedges[0]!.start).toBe(0);
    for (const wedge of wedges) expect(wedge.end - wedge.start).toBeCloseTo((2 * Math.PI) / 7);
    expect(wedges.at(-1)!.end).toBeCloseTo(2 * Math.PI);
    expect(rings.map((ring) => ring.distance)).toEqual([1, 2, 3]);
    for (let index = 1; index < rings.length; index++) expect(rings[index]!.inner).toBeCloseTo(rings[index - 1]!.outer);
  });

  it('places one contact in the middle of its wedge, in its ring, at full size', () => {
    const input = [contact('a', 'school', 2)];
    const layout = layoutNetworkMap(input);
    expectWellPlaced(input, layout);
    const wedge = layout.wedges[3]!;
    expect(layout.contacts[0]!.angle).toBeCloseTo((wedge.start + wedge.end) / 2);
    expect(layout.contactRadius).toBe(fullContactRadius);
  });

  it('an empty map has no contacts and full-size circles', () => {
    const layout = layoutNetworkMap([]);
    expect(layout.contacts).toEqual([]);
    expect(layout.contactRadius).toBe(fullContactRadius);
  });

  it('keeps a closer contact nearer the centre than a distant one of the same sector', () => {
    const input = [contact('far', 'friends', 3), contact('near', 'friends', 1), contact('mid', 'friends', 2)];
    const [far, near, mid] = layoutNetworkMap(input).contacts;
    const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x - 500, p.y - 500);
    expect(fromCentre(near!)).toBeLessThan(fromCentre(mid!));
    expect(fromCentre(mid!)).toBeLessThan(fromCentre(far!));
  });

  it('spreads 40 contacts over every sector and distance without overlap', () => {
    const input = Array.from({ length: 40 }, (_, index) =>
      contact(`c${index}`, networkSectors[index % networkSectors.length]!, networkDistances[(index * 5) % 3]!),
    );
    expectWellPlaced(input, layoutNetworkMap(input));
  });

  it('a crowded sector widens; the others keep their order', () => {
    const input = Array.from({ length: 12 }, (_, index) => contact(`c${index}`, 'family', 2));
    const layout = layoutNetworkMap(input);
    const family = layout.wedges[0]!;
    expect(family.end - family.start).toBeGreaterThan(equalWedges[0]!.end - equalWedges[0]!.start);
    expect(layout.wedges.map((wedge) => wedge.sector)).toEqual([...networkSectors]);
    expectWellPlaced(input, layout);
  });

  it('a family with two close people, as drawn with families, keeps full-size circles: its wedge widens', () => {
    const input = [
      contact('mother', 'family', 1),
      contact('brother', 'family', 1),
      contact('father', 'family', 2),
      contact('grandma', 'relatives', 1),
      contact('friend', 'friends', 1),
      contact('teacher', 'school', 2),
      contact('counsellor', 'school', 2),
      contact('scouts', 'hobbies', 2),
      contact('uncle', 'relatives', 3),
    ];
    const layout = layoutNetworkMap(input);
    expect(layout.contactRadius).toBe(fullContactRadius);
    expect(layout.wedges[0]!.end - layout.wedges[0]!.start).toBeGreaterThan(layout.wedges[1]!.end - layout.wedges[1]!.start);
    expectWellPlaced(input, layout);
  });

  it('no wedge is wider than a half circle', () => {
    const input = Array.from({ length: limits.networkMapContacts }, (_, index) => contact(`c${index}`, 'health', 2));
    const wedge = layoutNetworkMap(input).wedges[4]!;
    expect(wedge.end - wedge.start).toBeLessThanOrEqual(Math.PI + 1e-9);
  });

  it('fits a crowded close ring by shrinking every circle, still without overlap', () => {
    const input = Array.from({ length: 20 }, (_, index) => contact(`c${index}`, 'family', 1));
    const layout = layoutNetworkMap(input);
    expect(layout.contactRadius).toBeLessThan(fullContactRadius);
    expectWellPlaced(input, layout);
  });

  it('fits the most contacts a map may have in one sector and ring', () => {
    const input = Array.from({ length: limits.networkMapContacts }, (_, index) => contact(`c${index}`, 'health', 1));
    expectWellPlaced(input, layoutNetworkMap(input));
  });

  it('any map of up to the limit places every contact well (property)', () => {
    const arbitraryContact = fc.record({
      sector: fc.constantFrom(...networkSectors),
      distance: fc.constantFrom(...networkDistances),
    });
    fc.assert(
      fc.property(fc.array(arbitraryContact, { maxLength: limits.networkMapContacts }), (drawn) => {
        const input = drawn.map((entry, index) => contact(`c${index}`, entry.sector, entry.distance));
        expectWellPlaced(input, layoutNetworkMap(input));
      }),
      { numRuns: 150 },
    );
  });

  it('is stable: the same input gives the same picture, in the contacts’ own order', () => {
    const input = [contact('a', 'family', 2), contact('b', 'family', 2), contact('c', 'hobbies', 3)];
    expect(layoutNetworkMap(input)).toEqual(layoutNetworkMap(input.map((entry) => ({ ...entry }))));
    const [a, b] = layoutNetworkMap(input).contacts;
    // Added order runs clockwise within a wedge's ring.
    expect(a!.angle).toBeLessThan(b!.angle);
  });

  it('a contact added in another sector moves nobody (while the circles keep their size)', () => {
    const before = [contact('a', 'family', 1), contact('b', 'school', 2), contact('c', 'school', 2)];
    const after = [...before, contact('d', 'hobbies', 3)];
    const first = layoutNetworkMap(before).contacts;
    const second = layoutNetworkMap(after).contacts;
    expect(second.slice(0, 3)).toEqual(first);
  });

  it('draws a conflict line as a zigzag from one end to the other', () => {
    const path = zigzagPath({ x: 0, y: 0 }, { x: 100, y: 0 });
    expect(path.startsWith('M0 0')).toBe(true);
    expect(path.endsWith('L100 0')).toBe(true);
    expect(path.split('L').length).toBeGreaterThan(4);
  });
});
