// Moving the meeting on: every control and shortcut goes through `act`, which asks the repository
// to apply one transition only if the meeting is still where this window saw it. When another
// window got there first nothing happens and `problem` says so; the view then follows the stored
// run. A transition this window just made counts as "seen" until the live query catches up, so a
// quick double press moves on twice instead of reporting a clash with itself.
//
// The view does not wait for the write: the same pure engine transition is shown at once through
// `propose` (so the chair sees the next phase within a frame), and dropped again if the repository
// refuses it; once the stored run arrives from the database it replaces the proposal.
//
// A press while the previous one is still being saved is queued, not dropped (a quick Alt+→ Alt+→
// moves two steps), but at most two wait, so a held key cannot run the meeting away; if a press is
// refused, the presses queued behind it are dropped (they were meant for a state that did not happen).
import { useCallback, useEffect, useRef, useState } from 'react';
import * as engine from '../../../../shared/meeting/engine';
import type { Meeting } from '../../../../shared/meeting/meeting';
import { navigate } from '../../app/router';
import { useSession } from '../../app/sessionContext';
import { storageErrorText } from '../../app/storageErrors';
import { useNotify } from '../../components/Notifications';
import { runMeeting, type RunAction, type RunResult, type SeenRun } from '../../db/repositories/meetingRepository';

export type RunProblem = Extract<RunResult, { ok: false }>['reason'];

/** Shows a run this window has asked for but the database has not confirmed yet; null drops it. */
export type ProposeRun = (run: engine.MeetingRunState | null) => void;

export function useRunControl(meeting: Meeting, steps: readonly engine.MeetingStep[], propose: ProposeRun) {
  const session = useSession();
  const notify = useNotify();
  const [problem, setProblem] = useState<RunProblem | null>(null);
  /** The run this window's last confirmed transition produced, until the live query brings it ("seen" for the next one). */
  const confirmed = useRef<engine.MeetingRunState | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const dropQueued = useRef(false);
  const latest = useRef({ meeting, steps, propose });
  latest.current = { meeting, steps, propose };

  useEffect(() => {
    confirmed.current = null;
  }, [meeting.run]);

  const step = useCallback(
    async (action: RunAction) => {
      if (dropQueued.current) return;
      const { meeting: current, steps: currentSteps, propose: show } = latest.current;
      const from = confirmed.current ?? current.run;
      const seen: SeenRun = { status: from.status, stepIndex: from.stepIndex };
      const local = engine[action](from, currentSteps, session.now().getTime());
      // Finishing leaves this view for the record, so there is nothing to show early.
      if (local.ok && action !== 'finish') show(local.state);
      try {
        const result = await runMeeting(session, current.id, action, seen);
        if (result.ok) {
          confirmed.current = result.run;
          setProblem(null);
          if (action === 'finish') navigate({ name: 'meeting', id: current.id, view: 'record' });
        } else {
          confirmed.current = null;
          dropQueued.current = true;
          show(null);
          setProblem(result.reason);
        }
      } catch (error) {
        dropQueued.current = true;
        show(null);
        notify({ message: (t) => storageErrorText(error, t) });
      }
    },
    [session, notify],
  );

  const act = useCallback(
    (action: RunAction): Promise<void> => {
      if (waiting.current >= 2) return Promise.resolve();
      if (waiting.current === 0) dropQueued.current = false;
      waiting.current++;
      const run = queue.current.then(() => step(action)).finally(() => void waiting.current--);
      queue.current = run;
      return run;
    },
    [step],
  );

  return { act, problem, dismiss: () => setProblem(null) };
}
