// One meeting: shows the screen that fits its status (planned → planner, running → facilitator,
// finished → record and summaries, cancelled → planner read-only), or the one the address names.
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/meeting/meeting';
import type { MeetingView } from '../app/router';
import { useMeeting } from '../db/meetingHooks';
import { PlannerScreen } from './plan/PlannerScreen';
import { MeetingRecordScreen } from './record/MeetingRecordScreen';
import { FacilitatorScreen } from './run/FacilitatorScreen';

export function MeetingScreen({ id, view }: { id: string; view: MeetingView | null }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  if (meeting === undefined) return <p role="status">{t('app.loading')}</p>;
  if (meeting === null) {
    return (
      <section>
        <h1 tabIndex={-1}>{t('meetings.notFound')}</h1>
        <p>
          <a href="#/meetings">{t('meetings.backToList')}</a>
        </p>
      </section>
    );
  }
  const shown = view ?? defaultView(meeting);
  if (shown === 'run' && meeting.status !== 'planned' && meeting.status !== 'cancelled') return <FacilitatorScreen meeting={meeting} />;
  if (shown === 'record' && meeting.status !== 'planned' && meeting.status !== 'cancelled') return <MeetingRecordScreen meeting={meeting} />;
  return <PlannerScreen meeting={meeting} />;
}

function defaultView(meeting: Meeting): MeetingView {
  if (meeting.status === 'running') return 'run';
  if (meeting.status === 'finished') return 'record';
  return 'plan';
}
