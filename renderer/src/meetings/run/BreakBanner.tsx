// While the meeting is on a break: a prominent notice with when the break began and how long it has
// lasted (from the stored pause), and the way back (not on a computer that follows the chair's run).
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meeting/meeting';
import { timeOfDay } from '../../../../shared/i18n/timeText';
import { ClockText } from '../../components/ClockText';
import { useLanguage } from '../../i18n/i18n';
import { useNow } from './useNow';

export function BreakBanner({ meeting, onResume }: { meeting: Meeting; onResume: (() => void) | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const open = meeting.run.pauses.find((pause) => pause.to === null);
  if (meeting.run.status !== 'paused' || !open) return null;
  return (
    <section className="run-break" aria-labelledby="run-break-title">
      <h2 id="run-break-title">{t('run.paused.title')}</h2>
      <p>{t('run.paused.body', { time: timeOfDay(open.from, language) })}</p>
      <p className="run-break-length"><ClockText text={(duration) => t('run.paused.length', { elapsed: duration(now - open.from) })} /></p>
      {onResume && (
        <button type="button" className="button primary" onClick={onResume}>
          {t('run.controls.resume')}
        </button>
      )}
    </section>
  );
}
