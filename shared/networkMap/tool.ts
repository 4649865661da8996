// The family's network map as a capture tool of the meeting (docs/architecture.md: The room's shared
// screen; docs/domain.md: Network map): in a deep-dive phase that offers it, the chair can put
// the family's latest map on the room's screen, as far as the people in the room allow
// (networkMapForRoom: with the family present only a map gone through with the family, with a
// network partner present only a map the family agreed to share; never the team's notes), and the
// family's record says "network map drawn" or "network map updated" when the meeting made or changed
// one. Its entry in the registry (shared/meeting/tools/registry.ts) is `networkMapTool`; see
// docs/architecture.md: How to add a capture tool.
import type { RecordListItem } from '../document/document';
import { captureTool, recordMention, roomSection, type RecordMentionContext, type RoomContext } from '../meeting/tools/types';
import type { NetworkMap } from './networkMap';
import { networkMapRecordMention, type NetworkMapChanges } from './record';
import { latestNetworkMap, networkMapForRoom, type RoomNetworkMapView } from './roomView';

/** What the chair's window loads for the room: the family's maps and its children (a child in the centre is named by pseudonym). */
export type NetworkMapRoomData = {
  familyId: string;
  maps: readonly (NetworkMap & { familyId: string; updatedAt: string })[];
  children: readonly { id: string; pseudonym: string }[];
};

/** What the room's section reads of the meeting: the deep dive, who is in the room, and what the chair's window loaded. */
export type NetworkMapRoomContext = Pick<RoomContext<NetworkMapRoomData>, 'deepDive' | 'audiences' | 'loaded'>;

/** What the room may see: the latest map as the strictest audience present may see it, or `map: null` when the family has none. */
export type NetworkMapSeen = { map: RoomNetworkMapView | null };

/** The room's section as the screen draws it (built field by field from what the room may see). */
export type RoomNetworkMapSection = { map: RoomNetworkMapView | null };

/**
 * What the room may see: the family's latest map as the strictest audience present may see it
 * (networkMapForRoom), null when nothing was loaded or the data is another family's.
 */
export function seeNetworkMap(context: NetworkMapRoomContext): NetworkMapSeen | null {
  const familyId = context.deepDive?.familyId;
  const loaded = context.loaded;
  if (!familyId || !loaded || loaded.familyId !== familyId) return null;
  const latest = latestNetworkMap(loaded.maps.filter((map) => map.familyId === familyId));
  if (!latest) return { map: null };
  const centre = latest.centre;
  const centreName = centre.kind === 'child' ? (loaded.children.find((child) => child.id === centre.childId)?.pseudonym ?? '') : '';
  return { map: networkMapForRoom(latest, context.audiences, centreName) };
}

/** The room's section as the screen draws it, built field by field (nothing spread; ids are positions). */
export function drawNetworkMap(seen: NetworkMapSeen): RoomNetworkMapSection {
  return {
    map:
      seen.map === null
        ? null
        : !seen.map.allowed
          ? { allowed: false, reason: seen.map.reason }
          : {
              allowed: true,
              title: seen.map.title,
              date: seen.map.date,
              centre: seen.map.centre,
              contacts: seen.map.contacts.map((contact, index) => ({
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
            },
  };
}

export const networkMapRoom = roomSection({
  key: 'networkMap',
  chairShows: true,
  see: (context: RoomContext<NetworkMapRoomData>) => seeNetworkMap(context),
  draw: drawNetworkMap,
  fields: [
    '.map',
    '.map.allowed',
    '.map.reason',
    '.map.title',
    '.map.date',
    '.map.centre',
    '.map.contacts',
    '.map.contacts[].id',
    '.map.contacts[].name',
    '.map.contacts[].role',
    '.map.contacts[].kind',
    '.map.contacts[].sector',
    '.map.contacts[].distance',
    '.map.contacts[].quality',
    '.map.contacts[].description',
    '.map.contacts[].ownWords',
  ],
});

/** What a family's record says of its network maps: one line when the meeting made or changed a map. */
export const networkMapRecord = recordMention({
  mentions: ({ t, data }: Pick<RecordMentionContext<NetworkMapChanges>, 't' | 'data'>): RecordListItem[] => {
    const key = data ? networkMapRecordMention(data) : null;
    return key ? [{ text: t(key), details: [] }] : [];
  },
});

/** The network map's entry in the registry: per family, a room section the chair puts on the screen, a line in the record. */
export const networkMapTool = captureTool({ perFamily: true, room: networkMapRoom, record: networkMapRecord });
