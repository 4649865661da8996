// The team's meetings: plan a new one, continue one that is running, open a planned one's plan,
// a past one's record (read-only), and restore a cancelled one. Reads light meeting summaries (no
// run state, no template snapshot), and does the per-render work (date format, translations,
// family codes) once for the whole list, so years of past meetings open quickly.
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { memo, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../shared/meeting/meeting';
import { routeHref } from '../app/router';
import { useNotify } from '../components/Notifications';
import { useFamilies } from '../db/hooks';
import { useMeetingSummaries } from '../db/meetingHooks';
import { useLanguage } from '../i18n/i18n';
import { PlanMeetingDialog } from './plan/PlanMeetingDialog';
import './plan/planner.css';
import './meetingsList.css';
import { useMeetingCommands } from '../db/commands/meetingCommands';

const dateLocales = { fi: fiLocale, en: enGB } as const;

/** Stands for a value in a translation made once for the whole list, then filled in per item. */
const slot = '\u0000';

/** One list item, as shown: everything worked out once per render of the screen. */
type MeetingItemView = {
  id: string;
  status: MeetingStatus;
  /** The meeting's time, 'dates.longWithTime' in the UI language. */
  date: string;
  demo: boolean;
  templateName: string;
  /** "Deep dives: KXR-482, …" or "No deep-dive families". */
  deepDives: string;
  /** The accessible name of the item's button: continue a running meeting, restore a cancelled one. */
  actionLabel: string;
};

/** Texts every item shows the same. */
type ItemLabels = { demoBadge: string; continue: string; restore: string };

export function MeetingsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const session = commands.context;
  const notify = useNotify();
  const meetings = useMeetingSummaries();
  const families = useFamilies();

  // One formatter and one of each translation for the whole list, not one per item.
  const groups = useMemo(() => {
    const byStatus: Record<MeetingStatus, MeetingItemView[]> = { planned: [], running: [], finished: [], cancelled: [] };
    if (!meetings || !families) return byStatus;
    const codeOf = new Map(families.map((family) => [family.id, family.code]));
    const pattern = t('dates.longWithTime');
    const locale = dateLocales[language];
    const deletedFamily = t('meetings.deletedFamily');
    const noDeepDives = t('meetings.noDeepDives');
    const [codesBefore = '', codesAfter = ''] = t('meetings.deepDiveCodes', { codes: slot }).split(slot);
    for (const meeting of meetings) {
      const date = format(parseISO(meeting.scheduledAt), pattern, { locale });
      const codes = meeting.deepDives.map(({ familyId }) => codeOf.get(familyId) ?? deletedFamily).join(', ');
      byStatus[meeting.status].push({
        id: meeting.id,
        status: meeting.status,
        date,
        demo: meeting.demo,
        templateName: meeting.templateName[language],
        deepDives: codes === '' ? noDeepDives : codesBefore + codes + codesAfter,
        // Only the few running and cancelled meetings have a button.
        actionLabel:
          meeting.status === 'running'
            ? t('meetings.continueMeeting', { date })
            : meeting.status === 'cancelled'
              ? t('meetings.restoreMeeting', { date })
              : '',
      });
    }
    // Summaries come latest first; planned meetings read best soonest first.
    byStatus.planned.reverse();
    return byStatus;
  }, [meetings, families, t, language]);
  const labels = useMemo<ItemLabels>(
    () => ({ demoBadge: t('meetings.demoBadge'), continue: t('meetings.continue'), restore: t('meetings.restore') }),
    [t],
  );

  const restore = useCallback(
    async (id: string, date: string) => {
      try {
        await commands.restoreMeeting.orThrow(id);
        notify({ message: (t) => t('meetings.restored', { date }) });
      } catch (error) {
        commands.report(error);
      }
    },
    [session, notify],
  );

  const list = (title: string, kind: MeetingStatus, empty: string) => (
    <MeetingList title={title} meetings={groups[kind]} kind={kind} empty={empty} labels={labels} onRestore={restore} />
  );
  return (
    <div className="screen meetings">
      <div className="screen-title">
        <h1 tabIndex={-1}>{t('meetings.title')}</h1>
        <PlanMeetingDialog />
      </div>
      {/* Waits for the families too, so no code shows as a deleted family for a moment. */}
      {meetings === undefined || families === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : meetings.length === 0 ? (
        <p className="empty">{t('meetings.noMeetings')}</p>
      ) : (
        <>
          {groups.running.length > 0 && list(t('meetings.running'), 'running', '')}
          {list(t('meetings.planned'), 'planned', t('meetings.noPlanned'))}
          {list(t('meetings.past'), 'finished', t('meetings.noPast'))}
          {groups.cancelled.length > 0 && list(t('meetings.cancelled'), 'cancelled', '')}
        </>
      )}
    </div>
  );
}

type MeetingListProps = {
  title: string;
  meetings: readonly MeetingItemView[];
  kind: MeetingStatus;
  empty: string;
  labels: ItemLabels;
  onRestore: (id: string, date: string) => Promise<void>;
};

function MeetingList({ title, meetings, kind, empty, labels, onRestore }: MeetingListProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`meeting-group meeting-group-${kind}`}>
      <h2 id={id}>{title}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="meeting-list" aria-labelledby={id}>
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} {...meeting} labels={labels} onRestore={onRestore} />
          ))}
        </ul>
      )}
    </section>
  );
}

type MeetingItemProps = MeetingItemView & { labels: ItemLabels; onRestore: (id: string, date: string) => Promise<void> };

/**
 * No hooks of its own: the screen has worked out everything it shows. Its props are plain values,
 * so when the list is read again (any meeting changed) only items that changed render again.
 */
const MeetingItem = memo(function MeetingItem(props: MeetingItemProps) {
  const { id, status, date, demo, templateName, deepDives, actionLabel, labels, onRestore } = props;
  const view = status === 'running' ? 'run' : status === 'finished' ? 'record' : 'plan';
  return (
    <li className="card meeting-item">
      <div className="meeting-item-main">
        <a href={routeHref({ name: 'meeting', id, view })} className="meeting-date">
          {date}
        </a>
        {demo && <span className="badge">{labels.demoBadge}</span>}
        <span className="muted">{templateName}</span>
        <span className="muted">{deepDives}</span>
      </div>
      {status === 'running' && (
        <a className="button primary" href={routeHref({ name: 'meeting', id, view: 'run' })} aria-label={actionLabel}>
          {labels.continue}
        </a>
      )}
      {status === 'cancelled' && (
        <button type="button" className="button" aria-label={actionLabel} onClick={() => void onRestore(id, date)}>
          {labels.restore}
        </button>
      )}
    </li>
  );
});
