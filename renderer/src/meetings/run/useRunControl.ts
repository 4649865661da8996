// Moving the meeting on: every control and shortcut goes through `act`, which notes what the
// screen showed at the press (the step, running or on a break) and asks the repository to apply
// the transition only from there (engine.transitionFrom). A press is never applied to a state the
// chair has not seen: if this window has moved on since (an earlier press saved in the meantime),
// the press is dropped, and if another window got there first nothing happens and `problem` says
// so; the view then follows the stored run. However slow the save, one press moves at most one step.
//
// The view does not wait for the write: the same pure engine transition is shown at once through
// `propose` (so the chair sees the next phase within a frame), and dropped again if the repository
// refuses it; the stored run replaces it once the database has caught up with it (runProgress), so
// the screen never steps back to a state the meeting has already left.
//
// A press while the previous one is still being saved is queued, not dropped (Alt+→, and Alt+→
// again once the next phase shows, moves two steps), but at most two wait, so a held key cannot run
// the meeting away; if a press is refused, the presses queued behind it are dropped. A jump from the
// agenda list (`jump`, to a step by its key) goes through the same queue, checks and proposal.
import { useCallback, useRef, useState } from 'react';
import * as engine from '../../../../shared/meeting/engine';
import type { Meeting } from '../../../../shared/meeting/meeting';
import { navigate } from '../../app/router';
import { useAgendaCommands } from '../../db/commands/agendaCommands';
import { useMeetingCommands, type RunAction, type RunResult, type SeenRun } from '../../db/commands/meetingCommands';
import { useThisComputer } from '../../db/thisComputer';

/** What a control asks for: an engine transition, or a jump to the step with this key. */
type RunMove = RunAction | { goTo: string };

export type RunProblem = Extract<RunResult, { ok: false }>['reason'];

/** Shows a run this window has asked for but the database has not confirmed yet; null drops it. */
export type ProposeRun = (run: engine.MeetingRunState | null) => void;

export function useRunControl(meeting: Meeting, storedRun: engine.MeetingRunState, steps: readonly engine.MeetingStep[], propose: ProposeRun) {
  const commands = useMeetingCommands();
  const agenda = useAgendaCommands();
  const session = commands.context;
  // Moves are the driving computer's alone (docs/domain.md: The team on several computers): the
  // repository refuses a move from another computer, so a follower's stray press does nothing.
  const { computerId, memberId } = useThisComputer();
  const by = useRef({ computerId, memberId });
  by.current = { computerId, memberId };
  const [problem, setProblem] = useState<RunProblem | null>(null);
  /** The run this window's last accepted transition produced (newer than the stored run until the live query brings it). */
  const confirmed = useRef<engine.MeetingRunState | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  const dropQueued = useRef(false);
  const latest = useRef({ meeting, storedRun, steps, propose });
  latest.current = { meeting, storedRun, steps, propose };

  const step = useCallback(
    async (action: RunMove, seen: SeenRun) => {
      if (dropQueued.current) return;
      const { meeting: current, storedRun: stored, steps: currentSteps, propose: show } = latest.current;
      const mine = confirmed.current;
      const from = mine && engine.runProgress(mine) > engine.runProgress(stored) ? mine : stored;
      const now = session.now().getTime();
      const local = typeof action === 'string' ? engine.transitionFrom(seen, action, from, currentSteps, now) : jumpFrom(seen, action.goTo, from, currentSteps, now);
      // This window has moved on since the press (an earlier press was saved in the meantime): the
      // press was meant for a step that is no longer current, so it does nothing.
      if (!local.ok && local.reason === 'notWhereSeen') return;
      // Finishing leaves this view for the record, so there is nothing to show early.
      if (local.ok && action !== 'finish') show(local.state);
      try {
        const result =
          typeof action === 'string'
            ? await commands.runMeeting.orThrow(current.id, action, seen, by.current)
            : await agenda.jumpInMeeting.orThrow(current.id, action.goTo, seen, by.current);
        if (result.ok) {
          confirmed.current = result.run;
          setProblem(null);
          if (action === 'finish') navigate({ name: 'meeting', id: current.id, view: 'record' });
        } else {
          dropQueued.current = true;
          show(null);
          setProblem(result.reason);
        }
      } catch (error) {
        dropQueued.current = true;
        show(null);
        commands.report(error);
      }
    },
    [session, commands, agenda],
  );

  const act = useCallback(
    (action: RunMove): Promise<void> => {
      if (waiting.current >= 2) return Promise.resolve();
      if (waiting.current === 0) dropQueued.current = false;
      // What the screen shows now (the stored run, or the one this window has just proposed).
      const shown = latest.current.meeting.run;
      const seen: SeenRun = { status: shown.status, stepIndex: shown.stepIndex };
      waiting.current++;
      const run = queue.current.then(() => step(action, seen)).finally(() => void waiting.current--);
      queue.current = run;
      return run;
    },
    [step],
  );

  const jump = useCallback((stepKey: string) => act({ goTo: stepKey }), [act]);

  return { act, jump, problem, dismiss: () => setProblem(null) };
}

/** `engine.goTo` the step with `stepKey`, only from where the chair saw the run (as `transitionFrom`). */
function jumpFrom(seen: SeenRun, stepKey: string, state: engine.MeetingRunState, steps: readonly engine.MeetingStep[], now: number): engine.Transition {
  if (state.status !== seen.status || state.stepIndex !== seen.stepIndex) return { ok: false, state, reason: 'notWhereSeen' };
  const target = steps.find((step) => step.key === stepKey);
  if (!target) return { ok: false, state, reason: 'stepsChanged' };
  return engine.goTo(state, steps, now, target.index);
}
