// The chair's controls: previous / next / skip, a break and back, finish (after a confirmation),
// the shared screen and the shortcut help. A refusal (another window moved the meeting first, the
// first or last phase) is said in words next to the controls and nothing else happens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunAction } from '../../db/commands/meetingCommands';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ScreenLinkControl } from './ScreenLinkControl';
import type { RunContext } from './runContext';
import type { RunProblem } from './useRunControl';

type RunControlsProps = {
  context: RunContext;
  act: (action: RunAction) => Promise<void>;
  problem: RunProblem | null;
  onDismiss: () => void;
  onHelp: () => void;
};

export function RunControls({ context, act, problem, onDismiss, onHelp }: RunControlsProps) {
  const { t } = useTranslation();
  const [confirmingFinish, setConfirmingFinish] = useState(false);
  const { meeting, steps } = context;
  const run = meeting.run;
  const paused = run.status === 'paused';
  const atFirst = run.stepIndex <= 0;
  const atLast = run.stepIndex >= steps.length - 1;
  return (
    <div className="run-controls-area">
      <div className="run-controls" role="group" aria-label={t('run.controls.label')}>
        <button type="button" className="button" onClick={() => void act('previous')} disabled={atFirst} aria-keyshortcuts="Alt+ArrowLeft">
          ← {t('run.controls.previous')}
        </button>
        <button
          type="button"
          className={`button ${atLast ? '' : 'primary'}`}
          onClick={() => void act('next')}
          disabled={atLast}
          aria-keyshortcuts="Alt+ArrowRight"
        >
          {t('run.controls.next')} →
        </button>
        <button type="button" className="button" onClick={() => void act('skip')} disabled={atLast}>
          {t('run.controls.skip')}
        </button>
        <button
          type="button"
          className={`button ${paused ? 'primary' : ''}`}
          onClick={() => void act(paused ? 'resume' : 'pause')}
          aria-keyshortcuts="Alt+P"
        >
          {paused ? t('run.controls.resume') : t('run.controls.pause')}
        </button>
        <button type="button" className={`button ${atLast ? 'primary' : ''}`} onClick={() => setConfirmingFinish(true)}>
          {t('run.controls.finish')}
        </button>
        <span className="run-controls-spacer" />
        <ScreenLinkControl meetingId={meeting.id} />
        <button type="button" className="button" onClick={onHelp} aria-keyshortcuts="F1">
          {t('run.controls.shortcuts')}
        </button>
      </div>
      {problem && (
        <div className={`run-problem ${problem === 'changedElsewhere' ? 'run-problem-elsewhere' : ''}`}>
          <p role="alert">{problemText(t, problem)}</p>
          <button type="button" className="button quiet" onClick={onDismiss}>
            {t('run.dismiss')}
          </button>
        </div>
      )}
      <ConfirmDialog
        isOpen={confirmingFinish}
        title={t('run.controls.finishTitle')}
        body={t('run.controls.finishBody')}
        confirmLabel={t('run.controls.finishConfirm')}
        cancelLabel={t('run.controls.finishNotYet')}
        onCancel={() => setConfirmingFinish(false)}
        onConfirm={() => {
          setConfirmingFinish(false);
          void act('finish');
        }}
      />
    </div>
  );
}

function problemText(t: ReturnType<typeof useTranslation>['t'], problem: RunProblem): string {
  switch (problem) {
    case 'changedElsewhere':
      return t('run.changedElsewhere');
    case 'atFirstStep':
    case 'atLastStep':
    case 'stepsChanged':
    case 'finished':
      return t(`run.refused.${problem}`);
    // A jump from the agenda list (AgendaList.tsx) to the step the meeting is on.
    case 'alreadyThere':
      return t('agenda.refused.alreadyThere');
    // Another computer took the meeting over (docs/domain.md: The team on several computers).
    case 'notDriver':
      return t('together.follow.notDriver');
    default:
      return t('run.refused.other', { reason: problem });
  }
}
