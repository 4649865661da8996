// The quick-round list as a capture tool: on the room's screen, the quick round's pseudonym codes.
// See docs/architecture.md: Capture tools (the registry).
import { captureTool, roomSection, type RoomContext } from './types';

export const quickRoundListTool = captureTool({
  perFamily: false,
  room: roomSection({
    key: 'quickRound',
    chairShows: false,
    see: ({ meeting, codeOf }: RoomContext): string[] => meeting.quickRound.map((item) => codeOf(item.familyId)),
    draw: (codes): string[] => codes.map((code) => code),
    fields: ['[]'],
  }),
});
