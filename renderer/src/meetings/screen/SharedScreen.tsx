// The room's shared screen (#/screen/ID): follows the chair's window that opened it and shows, large
// enough to read across a room, the phase, a ticking timer with its state in colour and words,
// the current family's code and question, and what has been captured in this phase. It receives
// only the view the chair's window sends over its private port (already filtered: no risk score
// before the reveal, nothing of another family; reduced to what is drawn here) and never reads the
// database, so it runs without unlocking.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeState } from '../../../../shared/meeting/engine';
import type { RoomView } from '../../../../shared/meeting/roomView';
import { useLanguage } from '../../i18n/i18n';
import { ClockText } from '../../components/ClockText';
import { useFollowedSharedScreen } from './followScreen';
import { SharedScreenCapture } from './SharedScreenCapture';
import './sharedScreen.css';
import { TextWithCode } from '../../components/TextWithCode';
import { localized } from '../../../../shared/meeting/template';

export function SharedScreen({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const followed = useFollowedSharedScreen(meetingId);
  const view = followed.state === 'showing' ? followed.view : null;
  const language = useLanguage();
  const phaseName = (view?.step ? localized(view.step.name, language) : null);

  useEffect(() => {
    document.title = phaseName ? `${phaseName} – ${t('app.name')}` : `${t('record.screen.title')} – ${t('app.name')}`;
  }, [phaseName, t]);

  return (
    <main className="shared-screen" id="main">
      {followed.state === 'connecting' && <Message title={t('record.screen.title')} text={t('record.screen.waiting')} />}
      {followed.state === 'unlinked' && <Message title={t('record.screen.title')} text={t('roomScreen.unlinked')} />}
      {followed.state === 'closed' && <Message title={t('record.screen.title')} text={t('record.screen.closed')} />}
      {view && !view.step && (
        <Message title={t('record.screen.title')} text={view.status === 'finished' ? t('record.screen.finished') : t('record.screen.notStarted')} />
      )}
      {view?.step && <CurrentStep view={view} step={view.step} />}
    </main>
  );
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <div className="shared-screen-message">
      <h1 tabIndex={-1}>{title}</h1>
      <p role="status">{text}</p>
    </div>
  );
}

function CurrentStep({ view, step }: { view: RoomView; step: NonNullable<RoomView['step']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useSecondClock();
  const paused = view.status === 'paused';
  const sinceMeasured = paused ? 0 : Math.max(0, now - view.measuredAt);
  const elapsed = step.elapsedMs + sinceMeasured;
  const state = timeState(elapsed, step.plannedMs);
  const stateText =
    state === 'over' ? (
      <ClockText text={(duration) => t('record.screen.over', { time: duration(elapsed - step.plannedMs) })} />
    ) : state === 'lastMinute'
        ? t('record.screen.lastMinute')
        : t('record.screen.onTime');

  return (
    <div className="shared-screen-step">
      <header className="shared-screen-head">
        <p className="shared-screen-position">
          {t('record.screen.stepOf', { number: step.number, count: step.count })} · {t('record.screen.leads', { role: step.leadRoleName ? localized(step.leadRoleName, language) : t('record.roleTeam') })}
        </p>
        <h1 tabIndex={-1}>{localized(step.name, language)}</h1>
        {step.purpose && <p className="shared-screen-purpose">{localized(step.purpose, language)}</p>}
      </header>

      <section className={`shared-screen-timer time-${paused ? 'paused' : state}`} aria-label={t('record.screen.timer')}>
        <p className="shared-screen-clock">
          <span className="visually-hidden">{t('record.screen.elapsed')} </span>
          <ClockText testId="screen-timer" text={(duration) => duration(elapsed)} />
        </p>
        <p className="shared-screen-planned">
          {t('record.planned')} <ClockText text={(duration) => duration(step.plannedMs)} />
        </p>
        <p className="shared-screen-state" data-testid="screen-time-state">
          {paused ? <strong className="shared-screen-break">{t('record.screen.break')}</strong> : stateText}
        </p>
        <p className="shared-screen-meeting">
          <ClockText text={(duration) => t('record.screen.meetingTime', { elapsed: duration(view.meeting.elapsedMs + sinceMeasured), planned: duration(view.meeting.plannedMs) })} />
        </p>
      </section>

      {view.family && (
        <section className="shared-screen-family" aria-labelledby="screen-family">
          <h2 id="screen-family">
            <TextWithCode text={t('record.screen.family', { code: view.family.code })} code={view.family.code} />{' '}
            <span className="shared-screen-count">{t('record.screen.familyOf', { number: view.family.number, count: view.family.count })}</span>
          </h2>
          <p className="shared-screen-question">
            <span className="shared-screen-label">{t('record.question')}: </span>
            {view.family.question.trim() || t('record.noQuestion')}
          </p>
        </section>
      )}

      <SharedScreenCapture view={view} />
    </div>
  );
}

/** The current time, updated every second while shown. */
function useSecondClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
