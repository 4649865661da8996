// The facilitator view: runs a meeting on the chair's laptop. Where we are (phase, family, lead
// role and who holds it, prompts per role), planned versus elapsed time, the controls (next,
// previous, skip, break, finish), the capture tools the phase asks for, keyboard shortcuts, and
// the room's shared screen fed from here. The agenda list goes to any item and bends the agenda
// (AgendaList.tsx). Everything that matters lives in the database (the run
// timestamps, notes, hypotheses, scores, actions), so a reload resumes exactly where it was.
// On a computer other than the one driving the run it follows (docs/domain.md: The team on several
// computers): the same phase, family and timers, every capture tool, but no phase controls (the
// FollowerBar instead, with taking the meeting over), no agenda edits and no room's screen.
import { useCallback, useMemo, useState } from 'react';
import { runProgress, type MeetingRunState } from '../../../../shared/meeting/engine';
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../../shared/family/family';
import type { HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import type { RunCommand } from '../../../../shared/meeting/runShortcuts';
import { localized } from '../../../../shared/meeting/template';
import { routeHref } from '../../app/router';
import { useNotify } from '../../components/Notifications';
import { useFamilies, useMembers } from '../../db/hooks';
import { useMeetingHypothesisRevisions } from '../../db/hypothesisHooks';
import { useMeetingActions, useMeetingNotes, useMeetingRiskRounds } from '../../db/meetingHooks';
import type { MeetingNote } from '../../db/commands/meetingCommands';
import { useLanguage } from '../../i18n/i18n';
import { AgendaList, type AgendaProposal } from './AgendaList';
import { BreakBanner } from './BreakBanner';
import { ContinuityPanel } from './ContinuityPanels';
import { KeepOpenToggle } from './KeepOpenToggle';
import { RolePrompts } from './RolePrompts';
import { RunControls } from './RunControls';
import { RunHeader } from './RunHeader';
import { RunTimers } from './RunTimers';
import { SharedScreenPublisher } from './SharedScreenPublisher';
import { ShortcutHelp } from './ShortcutHelp';
import { StepOverview } from './StepOverview';
import { buildRunContext, type RunContext } from './runContext';
import { useRunControl, type ProposeRun } from './useRunControl';
import { useRoomShows } from './useRoomShows';
import { toolViews } from '../tools/toolViews';
import type { FocusShortcut } from '../tools/toolView';
import { useRunShortcuts } from './useRunShortcuts';
import { FollowerBar } from './FollowerBar';
import { RoomScreenHere } from './RoomShowToggle';
import { isFollower } from '../../../../shared/meeting/driver';
import { useThisComputer } from '../../db/thisComputer';
import './run.css';

export function FacilitatorScreen({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const members = useMembers();
  const families = useFamilies();
  const notes = useMeetingNotes(meeting.id);
  const hypothesisRevisions = useMeetingHypothesisRevisions(meeting.id);
  const actions = useMeetingActions(meeting.id);
  const riskRounds = useMeetingRiskRounds(meeting.id);
  // A run this window asked for, shown until the stored run has caught up with it (or passed it,
  // when another window moved the meeting). A stored run older than the proposal (an earlier press
  // still arriving from the live query) never replaces it: the screen never steps back.
  const [proposed, setProposed] = useState<MeetingRunState | null>(null);
  // An agenda change this window is writing (AgendaList), shown on the meeting it was made on until
  // the stored meeting changes (the change written, or something else first: then the stored one).
  const [agendaProposal, setAgendaProposal] = useState<{ from: Meeting; proposal: AgendaProposal } | null>(null);
  const shown = useMemo(() => {
    const base = agendaProposal?.from === meeting ? { ...meeting, ...agendaProposal.proposal.plan, run: agendaProposal.proposal.run } : meeting;
    return proposed && runProgress(proposed) > runProgress(base.run) ? { ...base, run: proposed } : base;
  }, [meeting, proposed, agendaProposal]);
  const proposeAgenda = useCallback((proposal: AgendaProposal | null) => setAgendaProposal(proposal && { from: meeting, proposal }), [meeting]);
  const propose = useCallback((run: MeetingRunState | null) => setProposed(run), []);
  const context = useMemo(
    () => (members && families ? buildRunContext(shown, members, families) : null),
    [shown, members, families],
  );
  if (!context || !notes || !hypothesisRevisions || !actions || !riskRounds || !families) return <p role="status">{t('app.loading')}</p>;
  if (meeting.run.status === 'finished' || meeting.status === 'finished') return <FinishedRun context={context} />;
  return (
    <RunningMeeting
      context={context}
      storedRun={meeting.run}
      propose={propose}
      proposeAgenda={proposeAgenda}
      families={families}
      notes={notes}
      hypothesisRevisions={hypothesisRevisions}
      actions={actions}
      riskRounds={riskRounds}
    />
  );
}

type RunningMeetingProps = {
  context: RunContext;
  /** The run as stored; `context.meeting.run` is what the view shows (perhaps a proposal not yet saved). */
  storedRun: MeetingRunState;
  propose: ProposeRun;
  proposeAgenda: (proposal: AgendaProposal | null) => void;
  families: readonly Family[];
  notes: ReadonlyMap<string, MeetingNote>;
  hypothesisRevisions: readonly HypothesisRevision[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
};

function RunningMeeting({ context, storedRun, propose, proposeAgenda, families, notes, hypothesisRevisions, actions, riskRounds }: RunningMeetingProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const { meeting, step } = context;
  const { act, jump, problem, dismiss } = useRunControl(meeting, storedRun, context.steps, propose);
  const [helpOpen, setHelpOpen] = useState(false);
  // What the facilitator has put on the room's screen in this step (by tool: the timeline, the agenda…).
  const [shows, setShow] = useRoomShows(meeting.id, step?.key ?? '');
  const tools = step?.phase.tools ?? [];
  const { computerId } = useThisComputer();
  const following = isFollower(storedRun, computerId);

  useRunShortcuts((command: RunCommand) => {
    // Focuses the field the phase's tools name for this shortcut (tools/toolViews.tsx: `focus`).
    const focusOr = (shortcut: FocusShortcut) => {
      const notHere = () => notify({ message: (t) => t('run.shortcuts.notHere', { tool: t(`run.shortcuts.${shortcut}`) }) });
      const selector = tools.flatMap((tool) => toolViews[tool].focus?.[shortcut] ?? []).join(', ');
      if (!selector) return notHere();
      // Right after a phase change its panel may still be loading its data: wait for it a moment.
      void whenPresent(selector, 2000).then((element) => (element ? focusAndKeep(element, selector, 1500) : notHere()));
    };
    // A follower's phase shortcuts do nothing: the chair's computer moves the phases.
    if (following && (command === 'next' || command === 'previous' || command === 'pauseOrResume')) return;
    switch (command) {
      case 'next':
        if (meeting.run.stepIndex < context.steps.length - 1) void act('next');
        break;
      case 'previous':
        if (meeting.run.stepIndex > 0) void act('previous');
        break;
      case 'pauseOrResume':
        void act(meeting.run.status === 'paused' ? 'resume' : 'pause');
        break;
      case 'addNote':
        focusOr('toolNotes');
        break;
      case 'addHypothesis':
        focusOr('toolHypotheses');
        break;
      case 'addAction':
        focusOr('toolActions');
        break;
      case 'reviewHypotheses':
        focusOr('toolReview');
        break;
      case 'help':
        setHelpOpen(true);
        break;
    }
  });

  if (!step) {
    // The stored run points past the steps (the agenda changed under it): say so, keep the controls.
    return (
      <div className="run-screen">
        <h1 tabIndex={-1}>{t('run.title')}</h1>
        <p role="alert">{t('run.refused.stepsChanged')}</p>
        {following ? (
          <FollowerBar context={context} />
        ) : (
          <RunControls context={context} act={act} problem={problem} onDismiss={dismiss} onHelp={() => setHelpOpen(true)} />
        )}
      </div>
    );
  }

  const familyId = context.deepDive?.familyId ?? null;
  return (
    <div className={`run-screen ${meeting.run.status === 'paused' ? 'run-paused' : ''}`}>
      <div className="run-top">
        <RunHeader context={context} />
        <RunTimers context={context} />
      </div>
      {following ? (
        <FollowerBar context={context} />
      ) : (
        <RunControls context={context} act={act} problem={problem} onDismiss={dismiss} onHelp={() => setHelpOpen(true)} />
      )}
      <BreakBanner meeting={meeting} onResume={following ? undefined : () => void act('resume')} />
      {/* The quick round is a wide table (a line per family of the caseload): its column gets more of the width. */}
      <RoomScreenHere.Provider value={!following}>
        <div className={tools.includes('quickRoundList') ? 'run-grid run-grid-wide' : 'run-grid'}>
          <div className="run-main">
            <ContinuityPanel key={step.key} context={context} />
            {tools.map((tool) => {
              const { Panel } = toolViews[tool];
              return (
                <Panel
                  key={`${step.key}:${tool}`}
                  context={context}
                  familyId={familyId}
                  notes={notes}
                  riskRounds={riskRounds}
                  actions={actions}
                  onScreen={shows[tool] === true}
                  onShowOnScreen={(shown) => setShow(tool, shown)}
                />
              );
            })}
          </div>
          <aside className="run-side" aria-label={t('run.where')}>
            <RolePrompts context={context} />
            <AgendaList context={context} onJump={(stepKey) => void jump(stepKey)} onPropose={proposeAgenda} readOnly={following} />
            <KeepOpenToggle />
          </aside>
        </div>
      </RoomScreenHere.Provider>
      <p className="visually-hidden" aria-live="polite">
        {t('run.nowShowing', { phase: localized(step.phase.name, language), number: step.index + 1, count: context.steps.length })}
      </p>
      <ShortcutHelp isOpen={helpOpen} onClose={() => setHelpOpen(false)} />
      {!following && (
        <SharedScreenPublisher
          meeting={meeting}
          familyId={familyId}
          notes={notes.get(step.key)?.text ?? ''}
          hypothesisRevisions={hypothesisRevisions}
          actions={actions}
          riskRounds={riskRounds}
          families={families}
          shows={shows}
        />
      )}
    </div>
  );
}


function FinishedRun({ context }: { context: RunContext }) {
  const { t } = useTranslation();
  return (
    <div className="run-screen run-finished">
      <h1 tabIndex={-1}>{t('run.finished.title')}</h1>
      <p>{t('run.finished.body')}</p>
      <p>
        <a className="button primary" href={routeHref({ name: 'meeting', id: context.meeting.id, view: 'record' })}>
          {t('run.finished.openRecord')}
        </a>
      </p>
      <StepOverview context={context} />
    </div>
  );
}

/**
 * Focuses `element`, and for `keepMs` keeps the focus on what `selector` matches should the panel
 * re-render it as a new element while its data settles (focus would otherwise fall to the page).
 */
function focusAndKeep(element: HTMLElement, selector: string, keepMs: number) {
  element.focus();
  const deadline = performance.now() + keepMs;
  let focused = element;
  const watch = () => {
    if (!focused.isConnected && (document.activeElement === null || document.activeElement === document.body)) {
      const fresh = document.querySelector<HTMLElement>(selector);
      if (fresh) {
        fresh.focus();
        focused = fresh;
      }
    }
    if (performance.now() < deadline) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/** The element matching `selector` as soon as it is in the document, or null after `timeoutMs`. */
function whenPresent(selector: string, timeoutMs: number): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    const look = () => {
      const element = document.querySelector<HTMLElement>(selector);
      if (element || performance.now() > deadline) resolve(element);
      else requestAnimationFrame(look);
    };
    look();
  });
}
