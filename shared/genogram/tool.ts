// The family's genogram as a capture tool (docs/architecture.md: Capture tools (the registry)): in a
// deep-dive phase that offers it, the chair can put the genogram on the room's screen (what the room
// may see is decided in room.ts: no team notes, no child links, abuse suspected only with the team
// alone), and the family's record says "genogram drawn" or "genogram updated" when it changed during
// the meeting.
import { captureTool, recordMention, roomSection, type RecordMentionContext, type RoomContext } from '../meeting/tools/types';
import type { Genogram } from './genogram';
import { drawGenogramForRoom, genogramForRoom, roomGenogramFields, type RoomGenogram } from './room';

/** What the chair's window loads for the room: the current family's genogram (the family's children's names applied), or null for none. */
export type GenogramRoomData = { genogram: Genogram | null };

/** What the family's record is told: whether the genogram was drawn or changed during the meeting (null: neither). */
export type GenogramRecordData = 'created' | 'updated' | null;

export const genogramTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'genogram',
    chairShows: true,
    see: (context: RoomContext<GenogramRoomData>): Genogram | null => {
      if (!context.deepDive || !context.loaded?.genogram) return null;
      return genogramForRoom(context.loaded.genogram, context.audiences);
    },
    draw: (seen): RoomGenogram => drawGenogramForRoom(seen),
    fields: roomGenogramFields,
  }),
  record: recordMention({
    /** "Genogram drawn" or "Genogram updated" when the meeting changed the family's genogram. */
    mentions: ({ t, data }: RecordMentionContext<GenogramRecordData>) => (data ? [{ text: t(`genogram.record.${data}`), details: [] }] : []),
  }),
});
