// What the meeting room's shared screen may see of a family's network map, decided by one pure
// function (like threeHouses/consent.ts for the three houses): the room gets only the view built
// here, never the map itself. The team's notes never reach the room. With the family in the room
// the map is shown only if it has been gone through with the family; with a network partner (an
// outside guest) only if the family agreed to share it with the network; with both, only if both
// hold. See docs/architecture.md: The room's shared screen, and docs/domain.md: Network map.
import type { Audience } from '../threeHouses/session';
import type { ContactKind, NetworkDistance, NetworkMap, NetworkSector, RelationQuality } from './networkMap';

/** A contact as the room draws it: `id` is its position (`n1`, `n2`…), not the record's id; no team note. */
export type RoomNetworkContact = {
  id: string;
  name: string;
  role: string;
  kind: ContactKind;
  sector: NetworkSector;
  distance: NetworkDistance;
  quality: RelationQuality;
  description: string;
  ownWords: boolean;
};

export type RoomNetworkMapView =
  | {
      allowed: false;
      /** Why nothing is shown: the family is in the room and has not gone through the map, or a network partner is and the family has not agreed to share it. */
      reason: 'notShownToFamily' | 'notSharedWithNetwork';
    }
  | {
      allowed: true;
      title: string;
      date: string;
      /** The centre's name as the room reads it: a child's pseudonym, or '' for the whole family. */
      centre: string;
      contacts: RoomNetworkContact[];
    };

/**
 * The map as the room may see it, for the audiences present besides the team (roomAudiences in
 * meeting/sharedScreen.ts: 'network' when an outside guest takes part, 'parents' when the family
 * does; 'court' counts as an outside audience too). `centreName` is the child's pseudonym when a
 * child is in the centre ('' for the family). Every field is picked by name: nothing is spread.
 */
export function networkMapForRoom(map: NetworkMap, audiences: readonly Audience[], centreName: string): RoomNetworkMapView {
  if (audiences.includes('parents') && !map.shownToFamily) return { allowed: false, reason: 'notShownToFamily' };
  if ((audiences.includes('network') || audiences.includes('court')) && !map.sharedWithNetwork) return { allowed: false, reason: 'notSharedWithNetwork' };
  return {
    allowed: true,
    title: map.title,
    date: map.date,
    centre: map.centre.kind === 'child' ? centreName : '',
    contacts: map.contacts.map((contact, index) => ({
      id: `n${index + 1}`,
      name: contact.name,
      role: contact.role,
      kind: contact.kind,
      sector: contact.sector,
      distance: contact.distance,
      quality: contact.quality,
      description: contact.description,
      ownWords: contact.ownWords,
    })),
  };
}

/**
 * The map the room talks about for a family: its latest by date (then by when it was last changed),
 * as of a day; null when the family has no map dated on or before it.
 */
export function latestNetworkMap<T extends { date: string; updatedAt: string }>(maps: readonly T[], asOfDay?: string): T | null {
  let latest: T | null = null;
  for (const map of maps) {
    if (asOfDay !== undefined && map.date > asOfDay) continue;
    if (!latest || map.date > latest.date || (map.date === latest.date && map.updatedAt > latest.updatedAt)) latest = map;
  }
  return latest;
}
