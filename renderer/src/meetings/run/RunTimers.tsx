// Planned versus elapsed time for the phase and the whole meeting, the projected end as a clock
// time, and a state in colour AND words (on time / last minute / over). Re-rendered every second
// from the stored run timestamps; time never stops anyone, it only informs.
import { useTranslation } from 'react-i18next';
import {
  elapsedInMeeting,
  elapsedInPhase,
  plannedEnd,
  plannedForMeeting,
  projectedEnd,
  timeState,
  type TimeState,
} from '../../../../shared/meeting/engine';
import { overrunMs } from '../../../../shared/meeting/runClock';
import { timeOfDay } from '../../../../shared/i18n/timeText';
import { ClockText } from '../../components/ClockText';
import { useLanguage } from '../../i18n/i18n';
import type { RunContext } from './runContext';
import { useNow } from './useNow';

export function RunTimers({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const { meeting, steps, step } = context;
  const run = meeting.run;
  const phaseElapsed = elapsedInPhase(run, now);
  const phasePlanned = step?.plannedMs ?? 0;
  const meetingElapsed = elapsedInMeeting(run, now);
  const meetingPlanned = plannedForMeeting(steps);
  const end = projectedEnd(run, steps, now);
  const planned = plannedEnd(run, steps);
  // The meeting's state: how long it will have run (breaks excluded) if the rest goes to plan.
  const projectedLength = meetingElapsed + Math.max(0, end - Math.max(now, run.phaseStartedAt ?? now));
  return (
    <section className="run-timers" aria-labelledby="run-timers-heading">
      <h2 id="run-timers-heading" className="visually-hidden">
        {t('run.timers.heading')}
      </h2>
      {step && (
        <Timer
          testId="phase-timer"
          label={t('run.timers.phase')}
          elapsed={phaseElapsed}
          planned={phasePlanned}
          state={timeState(phaseElapsed, phasePlanned)}
        />
      )}
      <Timer
        testId="meeting-timer"
        label={t('run.timers.meeting')}
        elapsed={meetingElapsed}
        planned={meetingPlanned}
        state={meetingState(meetingElapsed, projectedLength, meetingPlanned)}
        overrun={overrunMs(projectedLength, meetingPlanned)}
      />
      <div className="run-timer run-end" data-testid="projected-end">
        <span className="run-timer-label">{t('run.timers.projectedEnd')}</span>
        <span className="run-timer-value">{timeOfDay(end, language)}</span>
        {planned !== null && <span className="run-timer-planned">{t('run.timers.plannedEnd', { time: timeOfDay(planned, language) })}</span>}
      </div>
    </section>
  );
}

/**
 * The whole meeting is "over" as soon as it is projected to run past its plan (an overrun now
 * pushes the end later), and in its "last minute" when the plan is nearly used up.
 */
function meetingState(elapsed: number, projectedLength: number, planned: number): TimeState {
  if (projectedLength > planned) return 'over';
  return timeState(elapsed, planned);
}

function Timer(props: { testId: string; label: string; elapsed: number; planned: number; state: TimeState; overrun?: number }) {
  const { t } = useTranslation();
  const over = props.overrun ?? overrunMs(props.elapsed, props.planned);
  const stateText =
    props.state === 'over' ? (
      <ClockText text={(duration) => t('run.timers.over', { over: duration(over) })} />
    ) : props.state === 'lastMinute'
        ? t('run.timers.lastMinute')
        : t('run.timers.onTime');
  return (
    <div className={`run-timer time-${props.state}`} data-testid={props.testId}>
      <span className="run-timer-label">{props.label}</span>
      <span className="run-timer-value">
        <ClockText text={(duration) => t('run.timers.elapsed', { elapsed: duration(props.elapsed), planned: duration(props.planned) })} />
      </span>
      <span className="run-timer-state" data-testid={`${props.testId}-state`}>
        <span aria-hidden="true" className="run-state-icon">
          {props.state === 'over' ? '▲' : props.state === 'lastMinute' ? '◆' : '●'}
        </span>{' '}
        {stateText}
      </span>
    </div>
  );
}
