// While the meeting is on a break: a prominent notice with when the break began and how long it has
// lasted (from the stored pause), and the way back.
import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meeting/meeting';
import { formatStopwatch } from '../../../../shared/meeting/runClock';
import { useNow } from './useNow';

export function BreakBanner({ meeting, onResume }: { meeting: Meeting; onResume: () => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const open = meeting.run.pauses.find((pause) => pause.to === null);
  if (meeting.run.status !== 'paused' || !open) return null;
  return (
    <section className="run-break" aria-labelledby="run-break-title">
      <h2 id="run-break-title">{t('run.paused.title')}</h2>
      <p>{t('run.paused.body', { time: format(new Date(open.from), 'HH:mm') })}</p>
      <p className="run-break-length">{t('run.paused.length', { elapsed: formatStopwatch(now - open.from) })}</p>
      <button type="button" className="button primary" onClick={onResume}>
        {t('run.controls.resume')}
      </button>
    </section>
  );
}
