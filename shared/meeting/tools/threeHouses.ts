// Each child's three houses as a capture tool: in a deep-dive phase that offers it, the chair can
// put each child's latest session on the room's screen, as the child's consent allows for the
// strictest audience in the room (the team; the network when an outside guest takes part; the
// parents when the family does): a refusal shows only the refusal. The family's record names each
// child's latest session by date (its contents follow the consent and stay out of the record).
// See docs/architecture.md: Capture tools (the registry).
import { viewForAudience, type ThreeHousesView, type ViewAudience } from '../../threeHouses/consent';
import type { HouseId, ThreeHousesSession } from '../../threeHouses/session';
import type { RoomChild } from './timeline';
import { captureTool, recordMention, roomSection, type RecordMentionContext, type RoomContext } from './types';

/** What the chair's window loads for the room: the children and their sessions, newest first. */
export type ThreeHousesRoomData = {
  children: readonly RoomChild[];
  sessions: readonly (ThreeHousesSession & { familyId: string })[];
};

export type ThreeHousesSeen = { child: string; view: ThreeHousesView }[];

export type RoomHouse = { name: string; items: { id: string; text: string; verbatim: boolean }[]; drawing: string | null };
export type RoomHousesView =
  | { allowed: false; audience: ViewAudience; reason: 'notGiven' | 'notAsked' }
  | { allowed: true; date: string; houses: Record<HouseId, RoomHouse> };
export type RoomThreeHouses = { child: string; view: RoomHousesView }[];

/** Each child's latest session as of the meeting (date only), for the family's record. */
export type ThreeHousesRecordData = { child: string; date: string }[];

export const threeHousesTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'threeHouses',
    chairShows: true,
    /**
     * Each child's latest session as the strictest audience in the room may see it: the team's view
     * when only the team is there; otherwise shown only if the child consented for every audience
     * present (the first one refused or not asked says why not), and then as that audience sees it.
     */
    see: (context: RoomContext<ThreeHousesRoomData>): ThreeHousesSeen | null => {
      const familyId = context.deepDive?.familyId;
      const loaded = context.loaded;
      if (!familyId || !loaded) return null;
      return loaded.children.flatMap((child) => {
        const latest = loaded.sessions.find((session) => session.familyId === familyId && session.childId === child.id);
        if (!latest) return [];
        const views = [viewForAudience(latest, 'sharedScreen'), ...context.audiences.map((audience) => viewForAudience(latest, audience))];
        const view = views.find((candidate) => !candidate.allowed) ?? views.at(-1)!;
        return [{ child: child.pseudonym, view }];
      });
    },
    draw: (seen): RoomThreeHouses => seen.map((entry) => ({ child: entry.child, view: housesOf(entry.view) })),
    fields: [
      '[]',
      '[].child',
      '[].view',
      '[].view.allowed',
      '[].view.audience',
      '[].view.reason',
      '[].view.date',
      '[].view.houses',
      ...['worries', 'goodThings', 'dreams'].flatMap((id) => [
        `[].view.houses.${id}`,
        `[].view.houses.${id}.name`,
        `[].view.houses.${id}.items`,
        `[].view.houses.${id}.items[].id`,
        `[].view.houses.${id}.items[].text`,
        `[].view.houses.${id}.items[].verbatim`,
        `[].view.houses.${id}.drawing`,
      ]),
    ],
  }),
  record: recordMention({
    /** "Three houses, Eevi: latest session 20.5.2031", when the family's phases offered the three houses. */
    mentions: ({ t, formatDay, offered, data }: RecordMentionContext<ThreeHousesRecordData>) =>
      offered ? (data ?? []).map((latest) => ({ text: t('record.threeHousesLatest', { child: latest.child, date: formatDay(latest.date) }), details: [] })) : [],
  }),
});

function housesOf(view: ThreeHousesView): RoomHousesView {
  if (!view.allowed) return { allowed: false, audience: view.audience, reason: view.reason };
  const houses = {} as Record<HouseId, RoomHouse>;
  for (const [id, house] of Object.entries(view.houses) as [HouseId, (typeof view.houses)[HouseId]][]) {
    houses[id] = {
      name: house.name,
      items: house.items.map((item, index) => ({ id: `i${index + 1}`, text: item.text, verbatim: item.verbatim })),
      drawing: house.drawing,
    };
  }
  return { allowed: true, date: view.date, houses };
}
