// One three-houses session at the worker's desk: the three houses (names, items in the child's own
// words or as the worker's note, drawings), the date and the worker, follow-up questions and the
// child's consent per audience, every edit saved at once. From here child mode starts, and the
// export bar (helper tc's SessionExportBar) exports or prints what consent allows.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Family } from '../../../shared/family/family';
import { limits } from '../../../shared/limits';
import { houseIds, validateFollowUpQuestions, validateSessionDate } from '../../../shared/threeHouses/session';
import { valid, validateText } from '../../../shared/validation';
import { navigate, routeHref } from '../app/router';
import { useSession } from '../db/sessionContext';
import { AutosaveField } from '../components/AutosaveField';
import { useMembers } from '../db/hooks';
import { useThreeHousesSession } from '../db/methodHooks';
import type { ThreeHousesSessionRecord } from '../db/commands/threeHousesCommands';
import { setChildModeLock } from './childModeLock';
import { ConsentPanel } from './ConsentPanel';
import { HouseDesk } from './HouseDesk';
import { useDayFormat } from './sessionFormat';
import { SessionExportBar } from './export/SessionExportBar';
import { ThreeHousesHeading, useChildName } from './ThreeHousesHeading';
import { explainRefusal, useSessionUpdate } from './useSessionEdit';

type SessionDeskProps = { family: Family; child: Child | null; childId: string; sessionId: string };

export function SessionDesk({ family, child, childId, sessionId }: SessionDeskProps) {
  const { t } = useTranslation();
  const record = useThreeHousesSession(sessionId);
  const childName = useChildName()(child);
  const back = (
    <a href={routeHref({ name: 'threeHouses', familyId: family.id, childId, view: { kind: 'sessions' } })}>
      {t('threeHouses.screen.backToSessions', { child: childName })}
    </a>
  );
  if (record === undefined) return null;
  if (record === null) {
    return (
      <div className="screen three-houses">
        <ThreeHousesHeading family={family} child={child} back={back} title={t('threeHouses.title')} />
        <p className="empty" role="alert">
          {t('threeHouses.screen.sessionNotFound')}
        </p>
      </div>
    );
  }
  return <SessionDeskPage family={family} child={child} childId={childId} record={record} back={back} />;
}

function SessionDeskPage({ family, child, childId, record, back }: Omit<SessionDeskProps, 'sessionId'> & { record: ThreeHousesSessionRecord; back: ReactNode }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const update = useSessionUpdate(record.id);

  function startChildMode() {
    setChildModeLock({ familyId: family.id, childId, sessionId: record.id });
    // Full screen if the browser allows it (it needs this click); child mode works without it too.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate({ name: 'threeHouses', familyId: family.id, childId, view: { kind: 'child', sessionId: record.id } });
  }

  return (
    <div className="screen three-houses session-desk">
      <ThreeHousesHeading family={family} child={child} back={back} title={t('threeHouses.desk.heading', { date: day(record.date) })} />
      <p className="session-desk-worker">{t('threeHouses.desk.byWorker', { name: record.worker.name })}</p>
      <div className="session-desk-bar">
        <div className="card child-mode-start">
          <button type="button" className="button primary child-mode-button" onClick={startChildMode} aria-describedby="child-mode-help">
            {t('threeHouses.desk.startChildMode')}
          </button>
          <p className="help" id="child-mode-help">
            {t('threeHouses.desk.childModeHelp')}
          </p>
        </div>
        <SessionExportBar session={record} child={child} familyCode={family.code} />
      </div>

      <section aria-labelledby="session-houses-heading">
        <h2 id="session-houses-heading">{t('threeHouses.desk.houses')}</h2>
        <div className="house-desk-grid">
          {houseIds.map((houseId) => (
            <HouseDesk key={houseId} record={record} houseId={houseId} />
          ))}
        </div>
      </section>

      <div className="session-desk-columns">
        <section className="card" aria-labelledby="session-details-heading">
          <h2 id="session-details-heading">{t('threeHouses.desk.details')}</h2>
          <SessionDateField record={record} birthYear={child?.birthYear ?? null} />
          <WorkerField record={record} />
          <AutosaveField
            label={t('threeHouses.session.followUpQuestions')}
            help={t('threeHouses.session.followUpQuestionsHelp')}
            multiline
            className="follow-up-field"
            stored={record.followUpQuestions.join('\n')}
            validate={validateFollowUpQuestions}
            save={(questions) => update((current) => valid({ ...current, followUpQuestions: questions }))}
            explainError={explainRefusal}
          />
        </section>
        <ConsentPanel record={record} />
      </div>
    </div>
  );
}

/** The session's day as a date input, autosaved; not in the future, not before the child's birth year. */
function SessionDateField({ record, birthYear }: { record: ThreeHousesSessionRecord; birthYear: number | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const update = useSessionUpdate(record.id);
  return (
    <AutosaveField
      type="date"
      multiline={false}
      label={t('threeHouses.session.date')}
      help={null}
      className=""
      stored={record.date}
      validate={(raw) => validateSessionDate(raw, birthYear, session.now())}
      save={(date) => update((current) => valid({ ...current, date }))}
      explainError={explainRefusal}
    />
  );
}

/** The worker's name, autosaved; a team member's name links the session to that member. */
function WorkerField({ record }: { record: ThreeHousesSessionRecord }) {
  const { t } = useTranslation();
  const members = useMembers();
  const update = useSessionUpdate(record.id);
  return (
    <AutosaveField
      label={t('threeHouses.session.worker')}
      help={null}
      multiline={false}
      className="worker-field"
      stored={record.worker.name}
      validate={(raw) => validateText(raw, { max: limits.memberName, required: true })}
      save={(name) => {
        const member = (members ?? []).find((entry) => entry.name.trim().toLocaleLowerCase('fi') === name.trim().toLocaleLowerCase('fi'));
        return update((current) => valid({ ...current, worker: { memberId: member?.id ?? null, name } }));
      }}
      explainError={explainRefusal}
    />
  );
}
