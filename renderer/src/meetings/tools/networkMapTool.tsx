// The network map's entry in the renderer's map of capture tools: its panel in the chair's view (the
// family's latest map, and the toggle that puts it on the room's screen), its section on the room's
// screen (what shared/networkMap/tool.ts let through: the map as the people in the room may see it,
// or only why not), and what the room and the record read. See docs/architecture.md: Capture tools
// (the registry).
import { meetingStart } from '../../../../shared/meeting/meeting';
import { useTranslation } from 'react-i18next';
import { listNetworkMaps, networkMapChangesBetween } from '../../db/commands/networkMapCommands';
import { NetworkMapPanel, RoomNetworkMap } from '../../networkMap';
import { RoomShowToggle } from '../run/RoomShowToggle';
import type { RoomSectionProps, ToolView } from './toolView';

export const networkMapToolView: ToolView<'networkMap'> = {
  Panel: ({ context, onScreen, onShowOnScreen }) =>
    context.family ? <NetworkMapPanel family={context.family} roomToggle={<Toggle shown={onScreen} onChange={onShowOnScreen} />} /> : null,
  RoomSection: RoomNetworkMapSection,
  // The family's maps and children: the room's section picks the latest and what the room may see of it.
  loadRoom: async (session, { family }) => ({
    familyId: family.id,
    maps: await listNetworkMaps(session, family.id),
    children: family.children.map((child) => ({ id: child.id, pseudonym: child.pseudonym })),
  }),
  // The family's maps made or changed from the meeting's start until its end (or now), from their clear instants.
  loadRecord: (session, { familyId, meeting, asOf }) => networkMapChangesBetween(session, familyId, meetingStart(meeting), asOf),
};

function Toggle({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  const { t } = useTranslation();
  return <RoomShowToggle shown={shown} onChange={onChange} subject={t('networkMap.panel.heading')} />;
}

function RoomNetworkMapSection({ section, view }: RoomSectionProps<'networkMap'>) {
  return <RoomNetworkMap view={section.map} familyCode={view.family?.code ?? ''} />;
}
