// The network map's entry in the renderer's map of capture tools (docs/architecture.md: The room's
// shared screen): its panel in the chair's view (the latest map, and the choice to put it on the
// room's screen), its section on the room's screen (what networkMapRoom in shared/networkMap/tool.ts
// let through), and what the room and the record read. Typed here by the parts of the registry's
// props it uses, so it is `networkMap: networkMapToolView` in renderer/src/meetings/tools/toolViews.tsx.
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { meetingStart, type Meeting } from '../../../shared/meeting/meeting';
import type { NetworkMapRoomData, RoomNetworkMapSection } from '../../../shared/networkMap/tool';
import type { NetworkMapChanges } from '../../../shared/networkMap/record';
import { listNetworkMaps, networkMapChangesBetween } from '../db/repositories/networkMapRepository';
import type { Session } from '../db/session';
import { NetworkMapPanel } from './NetworkMapPanel';
import { RoomNetworkMap } from './RoomNetworkMap';

type PanelProps = { context: { family: Family | null }; onScreen: boolean; onShowOnScreen: (shown: boolean) => void };

export const networkMapToolView = {
  Panel: ({ context, onScreen, onShowOnScreen }: PanelProps) =>
    context.family ? <NetworkMapPanel family={context.family} roomToggle={<RoomToggle shown={onScreen} onChange={onShowOnScreen} />} /> : null,
  RoomSection: ({ section, view }: { section: RoomNetworkMapSection; view: { family: { code: string } | null } }) => (
    <RoomNetworkMap view={section.map} familyCode={view.family?.code ?? ''} />
  ),
  /** The family's maps and children, for the room's section (networkMapRoom.see picks the latest and what the room may see of it). */
  loadRoom: async (session: Session, { family }: { family: Family }): Promise<NetworkMapRoomData> => ({
    familyId: family.id,
    maps: await listNetworkMaps(session, family.id),
    children: family.children.map((child) => ({ id: child.id, pseudonym: child.pseudonym })),
  }),
  /** The family's maps made or changed from the meeting's start until its end (or now), from their clear instants. */
  loadRecord: (session: Session, { familyId, meeting, asOf }: { familyId: string; meeting: Meeting; asOf: number }): Promise<NetworkMapChanges> =>
    networkMapChangesBetween(session, familyId, meetingStart(meeting), asOf),
};

/** Puts the map on the room's screen or takes it off (pressed: on the screen); the room's view decides what may show. */
function RoomToggle({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`button room-toggle ${shown ? 'primary' : ''}`} aria-pressed={shown} onClick={() => onChange(!shown)}>
      {shown ? `✓ ${t('networkMap.room.shown')}` : t('networkMap.room.show')}
    </button>
  );
}
