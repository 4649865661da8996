// One child's three-houses sessions, newest first: date, worker and how many items each holds,
// a link to open each, two chosen to compare (the older as the first time), delete with undo,
// an empty state, and the form that starts a new session.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Family } from '../../../shared/family/family';
import { houseIds } from '../../../shared/threeHouses/session';
import { navigate, routeHref } from '../app/router';
import { useNotify } from '../components/Notifications';
import { useChildThreeHousesSessions } from '../db/methodHooks';
import { NewSessionForm } from './NewSessionForm';
import { useDayFormat } from './sessionFormat';
import { ThreeHousesHeading, threeHousesHeadingId, useChildName } from './ThreeHousesHeading';
import { useThreeHousesCommands, type ThreeHousesSessionRecord } from '../db/commands/threeHousesCommands';

const itemCount = (record: ThreeHousesSessionRecord) => houseIds.reduce((sum, id) => sum + record.houses[id].items.length, 0);

export function SessionsScreen({ family, child, childId }: { family: Family; child: Child | null; childId: string }) {
  const { t } = useTranslation();
  const commands = useThreeHousesCommands();
  const session = commands.context;
  const notify = useNotify();
  const day = useDayFormat();
  const childName = useChildName()(child);
  const sessions = useChildThreeHousesSessions(family.id, childId);
  const [chosen, setChosen] = useState<string[]>([]);
  const report = commands.report;

  function toggle(id: string, on: boolean) {
    setChosen((current) => (on ? [...current.filter((entry) => entry !== id), id].slice(-2) : current.filter((entry) => entry !== id)));
  }

  function compare() {
    const picked = (sessions ?? []).filter((entry) => chosen.includes(entry.id));
    if (picked.length !== 2) return;
    // Newest first in the list: the second is the older one, the first time.
    const [now, baseline] = picked as [ThreeHousesSessionRecord, ThreeHousesSessionRecord];
    navigate({ name: 'threeHouses', familyId: family.id, childId, view: { kind: 'compare', baselineId: baseline.id, nowId: now.id } });
  }

  async function remove(record: ThreeHousesSessionRecord) {
    try {
      const row = await commands.deleteThreeHousesSession.orThrow(record.id);
      setChosen((current) => current.filter((entry) => entry !== record.id));
      document.getElementById(threeHousesHeadingId)?.focus();
      if (!row) return;
      const date = day(record.date);
      commands.done((t) => t('threeHouses.sessions.deleted', { date }), {
        undo: async () => {
          if (await commands.deleteThreeHousesSession.undo(row)) notify({ message: (t) => t('threeHouses.sessions.restored') });
        },
      });
    } catch (error) {
      report(error);
    }
  }

  return (
    <div className="screen three-houses">
      <ThreeHousesHeading family={family} child={child} back={null} title={t('threeHouses.title')} />
      <section aria-labelledby="three-houses-sessions-heading">
        <h2 id="three-houses-sessions-heading">
          {t('threeHouses.sessions.heading')}
          {sessions && <span className="muted"> · {t('threeHouses.sessions.count', { count: sessions.length })}</span>}
        </h2>
        {sessions?.length === 0 && <p className="empty">{t('threeHouses.sessions.empty')}</p>}
        {sessions && sessions.length > 0 && (
          <>
            <table className="three-houses-sessions">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('threeHouses.sessions.compare')}</span>
                  </th>
                  <th scope="col">{t('threeHouses.sessions.date')}</th>
                  <th scope="col">{t('threeHouses.sessions.worker')}</th>
                  <th scope="col">{t('threeHouses.sessions.items')}</th>
                  <th scope="col">{t('threeHouses.sessions.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((record) => {
                  const date = day(record.date);
                  return (
                    <tr key={record.id}>
                      <td>
                        <input
                          type="checkbox"
                          className="three-houses-pick"
                          checked={chosen.includes(record.id)}
                          onChange={(event) => toggle(record.id, event.target.checked)}
                          aria-label={t('threeHouses.sessions.pick', { date })}
                        />
                      </td>
                      <th scope="row">
                        <a href={routeHref({ name: 'threeHouses', familyId: family.id, childId, view: { kind: 'session', sessionId: record.id } })}>
                          {t('threeHouses.sessions.open', { date })}
                        </a>
                      </th>
                      <td>{record.worker.name}</td>
                      <td>{t('threeHouses.sessions.itemCount', { count: itemCount(record) })}</td>
                      <td>
                        <button type="button" className="button" aria-label={t('threeHouses.sessions.deleteLabel', { date })} onClick={() => void remove(record)}>
                          {t('threeHouses.sessions.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {sessions.length > 1 && (
              <div className="three-houses-compare-bar">
                <p className="help" id="three-houses-compare-help">
                  {t('threeHouses.sessions.compareHelp')} {t('threeHouses.sessions.compareChosen', { count: chosen.length })}
                </p>
                <button type="button" className="button" disabled={chosen.length !== 2} aria-describedby="three-houses-compare-help" onClick={compare}>
                  {t('threeHouses.sessions.compare')}
                </button>
              </div>
            )}
          </>
        )}
      </section>
      <NewSessionForm family={family} child={child} childId={childId} childName={childName} />
    </div>
  );
}
