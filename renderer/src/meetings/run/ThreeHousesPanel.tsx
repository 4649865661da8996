// The children's three houses in a deep dive's presentation phase: each child's latest session (its
// date, and whether the child has let the team see it), a choice to put the latest houses on the
// room's screen (the room then shows what the child's consent allows, or only the refusal), and a
// way to each child's sessions.
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../../shared/family/family';
import { routeHref } from '../../app/router';
import { useFamilyThreeHousesSessions } from '../../db/methodHooks';
import { useRecordFormat } from '../../components/document/recordFormat';
import { RoomShowToggle } from './RoomShowToggle';

type ThreeHousesPanelProps = {
  family: Family;
  onScreen: boolean;
  onShowOnScreen: (shown: boolean) => void;
};

export function ThreeHousesPanel({ family, onScreen, onShowOnScreen }: ThreeHousesPanelProps) {
  const { t } = useTranslation();
  const { formatDay } = useRecordFormat();
  const sessions = useFamilyThreeHousesSessions(family.id);
  if (!sessions) return null;
  return (
    <section className="run-panel run-three-houses" aria-labelledby="run-three-houses-heading">
      <div className="run-panel-head">
        <h2 id="run-three-houses-heading">{t('run.methods.threeHousesHeading')}</h2>
        {family.children.length > 0 && (
          <RoomShowToggle shown={onScreen} onChange={onShowOnScreen} subject={t('run.methods.threeHousesHeading')} />
        )}
      </div>
      {family.children.length === 0 ? (
        <p className="empty">{t('run.methods.noChildren')}</p>
      ) : (
        <ul className="run-list">
          {family.children.map((child) => {
            // Sessions come newest first: the first of this child's is the latest.
            const latest = sessions.find((session) => session.childId === child.id);
            const name = child.pseudonym || t('family.unnamedChild');
            return (
              <li key={child.id}>
                <p>
                  {latest ? t('run.methods.latestSession', { child: name, date: formatDay(latest.date) }) : t('run.methods.noSessions', { child: name })}
                </p>
                {latest && <p className="help">{t(`run.methods.teamConsent.${latest.consent.team.state}`)}</p>}
                <a href={routeHref({ name: 'threeHouses', familyId: family.id, childId: child.id, view: { kind: 'sessions' } })}>
                  {t('run.methods.openSessions', { child: name })}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
