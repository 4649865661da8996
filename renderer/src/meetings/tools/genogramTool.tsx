// The genogram's entry in the renderer's map of capture tools: its panel in the chair's view (the
// drawing, the list and the way to the genogram screen, with the room toggle), its section on the
// room's screen (the drawing large, with its legend), and what the room and the record read. See
// docs/architecture.md: Capture tools (the registry).
import type { Family } from '../../../../shared/family/family';
import { withFamilyChildren } from '../../../../shared/genogram/genogram';
import { meetingStart } from '../../../../shared/meeting/meeting';
import { useTranslation } from 'react-i18next';
import { genogramChangeBetween, readGenogram } from '../../db/commands/genogramCommands';
import { UnreadableRecordError } from '../../db/sealedRecords';
import { GenogramPanel, GenogramRoomView } from '../../genogram';
import { RoomShowToggle } from '../run/RoomShowToggle';
import type { RoomSectionProps, ToolView } from './toolView';

export const genogramToolView: ToolView<'genogram'> = {
  Panel: ({ context, onScreen, onShowOnScreen }) => (context.family ? <ToolPanel family={context.family} onScreen={onScreen} onShowOnScreen={onShowOnScreen} /> : null),
  RoomSection: RoomGenogram,
  // A genogram that cannot be read shows nothing on the room's screen rather than stopping the other tools' sections.
  loadRoom: async (session, { family }) => {
    const record = await readGenogram(session, family.id).catch((error: unknown) => {
      if (error instanceof UnreadableRecordError) return undefined;
      throw error;
    });
    return { genogram: record ? withFamilyChildren(record, family.children) : null };
  },
  // Changed between the meeting's start and its end (or now): the record's "genogram updated".
  loadRecord: (session, { familyId, meeting, asOf }) => genogramChangeBetween(session, familyId, meetingStart(meeting), asOf),
};

function ToolPanel({ family, onScreen, onShowOnScreen }: { family: Family; onScreen: boolean; onShowOnScreen: (shown: boolean) => void }) {
  const { t } = useTranslation();
  return <GenogramPanel family={family} roomToggle={<RoomShowToggle shown={onScreen} onChange={onShowOnScreen} subject={t('genogram.screen.title')} />} />;
}

function RoomGenogram({ section, view }: RoomSectionProps<'genogram'>) {
  return <GenogramRoomView genogram={section} code={view.family?.code ?? ''} />;
}
