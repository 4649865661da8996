// The team's meetings: plan a new one, continue one that is running, open a planned one's plan,
// a past one's record (read-only), and restore a cancelled one.
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import type { Meeting } from '../../../shared/meeting/meeting';
import { routeHref } from '../app/router';
import { useSession } from '../app/sessionContext';
import { storageErrorText } from '../app/storageErrors';
import { useNotify } from '../components/Notifications';
import { useFamilies } from '../db/hooks';
import { useMeetings } from '../db/meetingHooks';
import { restoreMeeting } from '../db/repositories/meetingRepository';
import { formatDate, useLanguage } from '../i18n/i18n';
import { PlanMeetingDialog } from './plan/PlanMeetingDialog';
import './plan/planner.css';

export function MeetingsScreen() {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const families = useFamilies();
  const familiesById = useMemo(() => new Map((families ?? []).map((family) => [family.id, family])), [families]);
  const byStatus = (status: Meeting['status']) => (meetings ?? []).filter((meeting) => meeting.status === status);
  // listMeetings gives the latest first; planned meetings read best soonest first.
  const planned = byStatus('planned').reverse();

  return (
    <div className="screen meetings">
      <div className="screen-title">
        <h1 tabIndex={-1}>{t('meetings.title')}</h1>
        <PlanMeetingDialog />
      </div>
      {meetings === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : meetings.length === 0 ? (
        <p className="empty">{t('meetings.noMeetings')}</p>
      ) : (
        <>
          {byStatus('running').length > 0 && (
            <MeetingList title={t('meetings.running')} meetings={byStatus('running')} familiesById={familiesById} kind="running" empty="" />
          )}
          <MeetingList title={t('meetings.planned')} meetings={planned} familiesById={familiesById} kind="planned" empty={t('meetings.noPlanned')} />
          <MeetingList title={t('meetings.past')} meetings={byStatus('finished')} familiesById={familiesById} kind="finished" empty={t('meetings.noPast')} />
          {byStatus('cancelled').length > 0 && (
            <MeetingList title={t('meetings.cancelled')} meetings={byStatus('cancelled')} familiesById={familiesById} kind="cancelled" empty="" />
          )}
        </>
      )}
    </div>
  );
}

type MeetingListProps = {
  title: string;
  meetings: readonly Meeting[];
  familiesById: ReadonlyMap<string, Family>;
  kind: Meeting['status'];
  empty: string;
};

function MeetingList({ title, meetings, familiesById, kind, empty }: MeetingListProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`meeting-group meeting-group-${kind}`}>
      <h2 id={id}>{title}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="meeting-list" aria-labelledby={id}>
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} familiesById={familiesById} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingItem({ meeting, familiesById }: { meeting: Meeting; familiesById: ReadonlyMap<string, Family> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const notify = useNotify();
  const date = formatDate(meeting.scheduledAt, language, 'longWithTime');
  const codes = meeting.deepDives.map((item) => familiesById.get(item.familyId)?.code ?? t('meetings.deletedFamily'));
  const view = meeting.status === 'running' ? 'run' : meeting.status === 'finished' ? 'record' : 'plan';

  async function restore() {
    try {
      await restoreMeeting(session, meeting.id);
      notify({ message: (t) => t('meetings.restored', { date }) });
    } catch (error) {
      notify({ message: (t) => storageErrorText(error, t) });
    }
  }

  return (
    <li className="card meeting-item">
      <div className="meeting-item-main">
        <a href={routeHref({ name: 'meeting', id: meeting.id, view })} className="meeting-date">
          {date}
        </a>
        {meeting.demo && <span className="badge">{t('meetings.demoBadge')}</span>}
        <span className="muted">{meeting.template.name[language]}</span>
        <span className="muted">{codes.length > 0 ? t('meetings.deepDiveCodes', { codes: codes.join(', ') }) : t('meetings.noDeepDives')}</span>
      </div>
      {meeting.status === 'running' && (
        <a className="button primary" href={routeHref({ name: 'meeting', id: meeting.id, view: 'run' })} aria-label={t('meetings.continueMeeting', { date })}>
          {t('meetings.continue')}
        </a>
      )}
      {meeting.status === 'cancelled' && (
        <button type="button" className="button" aria-label={t('meetings.restoreMeeting', { date })} onClick={() => void restore()}>
          {t('meetings.restore')}
        </button>
      )}
    </li>
  );
}
