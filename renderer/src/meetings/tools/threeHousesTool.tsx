// The three houses' entry in the renderer's map of capture tools: its panel in the chair's view, its
// section on the room's screen (each child's latest houses as the child's consent allows, or only
// the refusal, in words), and what the room and the record read. See docs/architecture.md: Capture
// tools (the registry).
import { useTranslation } from 'react-i18next';
import type { ViewAudience } from '../../../../shared/threeHouses/consent';
import { latestThreeHousesSessionsAsOf, listThreeHousesSessionsForFamily } from '../../db/commands/threeHousesCommands';
import { HousesView } from '../../threeHouses';
import { useRecordFormat } from '../../components/document/recordFormat';
import { ThreeHousesPanel } from '../run/ThreeHousesPanel';
import type { RoomSectionProps, ToolView } from './toolView';

export const threeHousesToolView: ToolView<'threeHouses'> = {
  Panel: ({ context, onScreen, onShowOnScreen }) =>
    context.family ? <ThreeHousesPanel family={context.family} onScreen={onScreen} onShowOnScreen={onShowOnScreen} /> : null,
  RoomSection: RoomThreeHouses,
  loadRoom: async (session, { family }) => ({ children: family.children, sessions: await listThreeHousesSessionsForFamily(session, family.id) }),
  // Each child's latest session as of the meeting, by date only; a child removed from the family since is left out.
  loadRecord: async (session, { familyId, children, asOf }) =>
    (await latestThreeHousesSessionsAsOf(session, familyId, asOf))
      .map((entry) => ({ child: children.find((child) => child.id === entry.childId)?.pseudonym ?? '', date: entry.date }))
      .filter((entry) => entry.child !== '')
      .sort((a, b) => a.child.localeCompare(b.child, 'fi')),
};

function RoomThreeHouses({ section }: RoomSectionProps<'threeHouses'>) {
  const { t } = useTranslation();
  const { formatDay } = useRecordFormat();
  if (section.length === 0) return null;
  return (
    <section aria-labelledby="screen-three-houses" className="shared-screen-three-houses">
      <h2 id="screen-three-houses">{t('record.screen.threeHouses')}</h2>
      {section.map((entry, index) => (
        <section key={index} aria-labelledby={`screen-three-houses-${index}`}>
          <h3 id={`screen-three-houses-${index}`}>
            {entry.view.allowed
              ? t('record.screen.threeHousesOf', { child: entry.child, date: formatDay(entry.view.date) })
              : t('record.screen.threeHousesWithheld', { child: entry.child })}
          </h3>
          {entry.view.allowed ? (
            <HousesView houses={entry.view.houses} size="large" headingLevel={4} idPrefix={`screen-houses-${index}`} />
          ) : (
            // The child's answer about the strictest audience in the room (the team, or the network or
            // the parents when they take part), said in words, and nothing else.
            <p className="consent-withheld consent-withheld-large" data-testid="consent-withheld">
              {t(withheldKey(entry.view.audience, entry.view.reason), { child: entry.child })}
            </p>
          )}
        </section>
      ))}
    </section>
  );
}

/** Why a child's houses are not on the screen, for the audience whose consent is missing. */
function withheldKey(audience: ViewAudience, reason: 'notGiven' | 'notAsked'): string {
  if (audience === 'network' || audience === 'parents') {
    const suffix = audience === 'network' ? 'Network' : 'Parents';
    return reason === 'notGiven' ? `record.screen.threeHousesRefused${suffix}` : `record.screen.threeHousesNotAsked${suffix}`;
  }
  return reason === 'notGiven' ? 'record.screen.threeHousesRefused' : 'record.screen.threeHousesNotAsked';
}
