// Where everything on a network map is drawn (docs/domain.md: Network map), as pure geometry in a
// fixed square space, so the screen, print, the family's view and the room's screen draw the same
// picture and tests can check it without a DOM. Sectors are angular wedges clockwise from the top
// in a fixed order ("family" always starts at 12 o'clock), equal while each holds no more contacts
// in a ring than an equal wedge fits at full size (`fullSizeCapacity`), a crowded one widening in
// proportion; distances are rings around the centre; each contact is a circle of one radius for the whole map, placed in its own
// wedge and ring on arcs ("tracks") with room to spare, in the order contacts were added. When a
// wedge's ring is still too full, every circle of the map shrinks a step until all fit.
import { networkSectors, type NetworkDistance, type NetworkSector } from './networkMap';

/** The drawing's side length; the centre is at (size / 2, size / 2). */
export const mapSize = 1000;
const centreXY = mapSize / 2;
/** The centre circle (the child or the family). */
export const centreRadius = 66;
/** The outer edge of ring 3; sector names are drawn outside it. */
export const outerRadius = 440;
/** Space kept between circles, and between a circle and a wedge's or ring's edge. */
export const contactGap = 6;
/** A contact circle's radius when everything fits at full size, and the least it shrinks to. */
export const fullContactRadius = 44;
export const minContactRadius = 8;
/**
 * How many full-size contacts an equal wedge holds in each ring (close, in between, distant): a sector
 * with more in a ring widens in proportion, so a family with two close people keeps full-size circles.
 */
export const fullSizeCapacity: Readonly<Record<NetworkDistance, number>> = { 1: 1, 2: 2, 3: 3 };

export type Point = { x: number; y: number };

/** A ring: the band between two radii. Ring 1 starts just outside the centre circle. */
export type Ring = { distance: NetworkDistance; inner: number; outer: number };
/** A wedge: from `start` to `end` in radians, clockwise from straight up (0 = 12 o'clock). */
export type Wedge = { sector: NetworkSector; start: number; end: number; labelAt: Point };

export type PlacedContact = { id: string; sector: NetworkSector; distance: NetworkDistance; x: number; y: number; angle: number; radius: number };

export type NetworkLayout = {
  size: number;
  centre: Point & { radius: number };
  rings: Ring[];
  wedges: Wedge[];
  /** One per contact, in the contacts' own order. */
  contacts: PlacedContact[];
  /** The radius every contact circle has on this map. */
  contactRadius: number;
};

/** What layout needs of a contact. */
export type LayoutContact = { id: string; sector: NetworkSector; distance: NetworkDistance };

const ringWidth = (outerRadius - centreRadius - contactGap) / 3;

export const rings: readonly Ring[] = ([1, 2, 3] as const).map((distance) => ({
  distance,
  inner: centreRadius + contactGap + ringWidth * (distance - 1),
  outer: centreRadius + contactGap + ringWidth * distance,
}));

/**
 * The wedges for these contacts: each sector's share of the circle is its weight, the most its
 * rings need, max(1, contacts in a ring / fullSizeCapacity of that ring) (at most a half circle),
 * over the sum of all weights, in the fixed order.
 */
export function wedgesFor(contacts: readonly Pick<LayoutContact, 'sector' | 'distance'>[]): Wedge[] {
  const counts = new Map<string, number>();
  for (const contact of contacts) counts.set(`${contact.sector}/${contact.distance}`, (counts.get(`${contact.sector}/${contact.distance}`) ?? 0) + 1);
  const raw = networkSectors.map((sector) =>
    Math.max(1, ...([1, 2, 3] as const).map((distance) => (counts.get(`${sector}/${distance}`) ?? 0) / fullSizeCapacity[distance])),
  );
  const rawTotal = raw.reduce((sum, weight) => sum + weight, 0);
  // No wedge wider than a half circle (its weight at most all the others'), so a circle kept clear of both edges is inside it.
  const weights = raw.map((weight) => Math.min(weight, rawTotal - weight));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let start = 0;
  return networkSectors.map((sector, index) => {
    const end = index === networkSectors.length - 1 ? 2 * Math.PI : start + (2 * Math.PI * weights[index]!) / total;
    const wedge = { sector, start, end, labelAt: polar((start + end) / 2, outerRadius + 30) };
    start = end;
    return wedge;
  });
}

/** The wedges of an empty map (all equal). */
export const equalWedges: readonly Wedge[] = wedgesFor([]);

/** A point at `angle` (radians clockwise from 12 o'clock) and distance `radius` from the centre. */
export function polar(angle: number, radius: number): Point {
  return { x: centreXY + radius * Math.sin(angle), y: centreXY - radius * Math.cos(angle) };
}

/** A track: one arc at radius `radius` inside a wedge's ring, and how many circles fit on it. */
type Track = { radius: number; capacity: number; margin: number; between: number };

/**
 * The arcs inside one ring for circles of radius r: as many as fit radially, each with the number of
 * circles that fit along it (keeping `contactGap` to each other and to the wedge's straight edges).
 */
function tracksFor(ring: Ring, wedgeAngle: number, r: number): Track[] {
  const step = 2 * r + contactGap;
  const first = ring.inner + r + contactGap / 2;
  const last = ring.outer - r - contactGap / 2;
  if (last < first) return [];
  const count = Math.floor((last - first) / step) + 1;
  // Centre the tracks in the ring.
  const offset = (last - first - (count - 1) * step) / 2;
  const tracks: Track[] = [];
  for (let index = 0; index < count; index++) {
    const radius = first + offset + index * step;
    // Angle kept free at each edge, so a circle's distance to the edge's ray is at least r + gap.
    const margin = Math.asin(Math.min(1, (r + contactGap) / radius));
    // Angle between neighbours so their centres are 2r + gap apart (chord = 2ρ·sin(θ/2)).
    const between = 2 * Math.asin(Math.min(1, (r + contactGap / 2) / radius));
    const usable = wedgeAngle - 2 * margin;
    const capacity = usable < 0 ? 0 : Math.floor(usable / between + 1e-9) + 1;
    tracks.push({ radius, capacity, margin, between });
  }
  return tracks;
}

/** How many contacts fit in one wedge's ring at radius r. */
const cellCapacity = (ring: Ring, wedge: Wedge, r: number) => tracksFor(ring, wedge.end - wedge.start, r).reduce((sum, track) => sum + track.capacity, 0);

/** Contacts per wedge and ring ("cells"), each in the contacts' own order. */
function cellsOf<T extends LayoutContact>(contacts: readonly T[]): Map<string, T[]> {
  const cells = new Map<string, T[]>();
  for (const contact of contacts) {
    const key = `${contact.sector}/${contact.distance}`;
    const cell = cells.get(key);
    if (cell) cell.push(contact);
    else cells.set(key, [contact]);
  }
  return cells;
}

/** The largest contact radius (from full size down in 8 % steps) at which every cell fits. */
function radiusThatFits(cells: Map<string, LayoutContact[]>, wedges: readonly Wedge[]): number {
  let r = fullContactRadius;
  while (r > minContactRadius) {
    let fits = true;
    for (const [key, cell] of cells) {
      const ring = rings[Number(key.slice(key.indexOf('/') + 1)) - 1]!;
      const wedge = wedges[networkSectors.indexOf(cell[0]!.sector)]!;
      if (cellCapacity(ring, wedge, r) < cell.length) {
        fits = false;
        break;
      }
    }
    if (fits) return r;
    r = Math.max(minContactRadius, r * 0.92);
  }
  return minContactRadius;
}

/**
 * Spreads `count` circles over the tracks: as few tracks as hold them, the roomiest (outer) first,
 * each of those taking a share in proportion to its capacity (never more than fits).
 */
function shareOverTracks(tracks: readonly Track[], count: number): number[] {
  const byRoom = tracks.map((track, index) => ({ track, index })).sort((a, b) => b.track.capacity - a.track.capacity || b.track.radius - a.track.radius);
  const used: number[] = [];
  let room = 0;
  for (const { track, index } of byRoom) {
    if (room >= count) break;
    used.push(index);
    room += track.capacity;
  }
  const shares = tracks.map(() => 0);
  if (room === 0) return shares;
  for (const index of used) shares[index] = Math.min(tracks[index]!.capacity, Math.floor((count * tracks[index]!.capacity) / room));
  let left = count - shares.reduce((sum, share) => sum + share, 0);
  while (left > 0) {
    const open = used.find((index) => shares[index]! < tracks[index]!.capacity);
    if (open === undefined) break;
    shares[open]!++;
    left--;
  }
  return shares;
}

/**
 * The map's geometry for its contacts. Deterministic: the same contacts in the same order always
 * give the same picture, and a contact's place depends only on the contacts of its own wedge and
 * ring before and after it (and on the map-wide circle size).
 */
export function layoutNetworkMap(contacts: readonly LayoutContact[]): NetworkLayout {
  const cells = cellsOf(contacts);
  const wedges = wedgesFor(contacts);
  const r = radiusThatFits(cells, wedges);
  const placed = new Map<string, PlacedContact>();
  for (const [key, cell] of cells) {
    const sector = cell[0]!.sector;
    const distance = cell[0]!.distance;
    const wedge = wedges[networkSectors.indexOf(sector)]!;
    const ring = rings[Number(key.slice(key.indexOf('/') + 1)) - 1]!;
    const tracks = tracksFor(ring, wedge.end - wedge.start, r);
    const shares = shareOverTracks(tracks, cell.length);
    let next = 0;
    tracks.forEach((track, trackIndex) => {
      const share = shares[trackIndex]!;
      if (share === 0) return;
      const usable = wedge.end - wedge.start - 2 * track.margin;
      // Centred in equal slots when they are wide enough, else spread from edge to edge (capacity allows it).
      const slotted = usable / share >= track.between;
      for (let slot = 0; slot < share; slot++) {
        const contact = cell[next++]!;
        const offset = slotted ? ((slot + 0.5) * usable) / share : share === 1 ? usable / 2 : (slot * usable) / (share - 1);
        const angle = wedge.start + track.margin + offset;
        const point = polar(angle, track.radius);
        placed.set(contact.id, { id: contact.id, sector, distance, x: point.x, y: point.y, angle, radius: track.radius });
      }
    });
    // Past every track's capacity (only below the smallest circle size, which the contact limit keeps away): the rest on the ring's middle.
    while (next < cell.length) {
      const contact = cell[next++]!;
      const angle = (wedge.start + wedge.end) / 2;
      const radius = (ring.inner + ring.outer) / 2;
      const point = polar(angle, radius);
      placed.set(contact.id, { id: contact.id, sector, distance, x: point.x, y: point.y, angle, radius });
    }
  }
  return {
    size: mapSize,
    centre: { x: centreXY, y: centreXY, radius: centreRadius },
    rings: [...rings],
    wedges,
    contacts: contacts.map((contact) => placed.get(contact.id)!),
    contactRadius: r,
  };
}

/**
 * The line from the centre circle's edge to a contact circle's edge, for the relation's style.
 * A conflict line zigzags: `zigzag` gives its points (amplitude and step in drawing units).
 */
export function relationLine(layout: NetworkLayout, contact: PlacedContact): { from: Point; to: Point } {
  const from = polar(contact.angle, layout.centre.radius);
  const to = polar(contact.angle, contact.radius - layout.contactRadius);
  return { from, to };
}

/** A zigzag from `from` to `to` as SVG path data (a conflict line). */
export function zigzagPath(from: Point, to: Point, step = 12, amplitude = 6): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return `M${round(from.x)} ${round(from.y)}`;
  const ux = dx / length;
  const uy = dy / length;
  const count = Math.max(2, Math.floor(length / step));
  const parts = [`M${round(from.x)} ${round(from.y)}`];
  for (let index = 1; index < count; index++) {
    const along = (index * length) / count;
    const side = index % 2 === 0 ? -amplitude : amplitude;
    parts.push(`L${round(from.x + ux * along - uy * side)} ${round(from.y + uy * along + ux * side)}`);
  }
  parts.push(`L${round(to.x)} ${round(to.y)}`);
  return parts.join(' ');
}

/** An SVG path for a wedge's ring segment (the sector's shaded band), from inner to outer radius. */
export function wedgePath(wedge: Wedge, inner: number, outer: number): string {
  const a = polar(wedge.start, outer);
  const b = polar(wedge.end, outer);
  const c = polar(wedge.end, inner);
  const d = polar(wedge.start, inner);
  const large = wedge.end - wedge.start > Math.PI ? 1 : 0;
  return `M${round(a.x)} ${round(a.y)} A${outer} ${outer} 0 ${large} 1 ${round(b.x)} ${round(b.y)} L${round(c.x)} ${round(c.y)} A${inner} ${inner} 0 ${large} 0 ${round(d.x)} ${round(d.y)} Z`;
}

const round = (value: number) => Math.round(value * 10) / 10;
