// The offer to go back to a meeting that is still running, shown on the screen the app opens on.
// After a crash or a closed window the vault is unlocked again and the app starts on the families
// list; the meeting's run lives in the database (timers from stored instants), so one link takes
// the chair back to the phase where it was.
import { useTranslation } from 'react-i18next';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { agendaOutline, meetingStart } from '../../../shared/meeting/meeting';
import { routeHref } from '../app/router';
import { useRunningMeetings } from '../db/meetingHooks';
import { formatDate, useLanguage } from '../i18n/i18n';
import { localized } from '../../../shared/meeting/template';

export function RunningMeetingOffer() {
  const { t } = useTranslation();
  const language = useLanguage();
  const running = useRunningMeetings();
  if (!running || running.length === 0) return null;
  return (
    <>
      {running.map((meeting) => {
        const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
        const step = steps[meeting.run.stepIndex];
        const headingId = `running-meeting-${meeting.id}`;
        return (
          <section key={meeting.id} className="running-meeting-offer" aria-labelledby={headingId}>
            <h2 id={headingId}>{t('run.resumeOffer.heading')}</h2>
            <p>
              {t('run.resumeOffer.body', {
                date: formatDate(new Date(meetingStart(meeting)).toISOString(), language, 'long'),
                number: meeting.run.stepIndex + 1,
                count: steps.length,
                phase: step ? localized(step.phase.name, language) : '',
              })}
            </p>
            <a className="button primary" href={routeHref({ name: 'meeting', id: meeting.id, view: 'run' })}>
              {t('run.resumeOffer.go')}
            </a>
          </section>
        );
      })}
    </>
  );
}
