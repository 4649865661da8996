// The agenda of the running meeting in the facilitator view, and the agenda that bends: every item
// is a button that goes to it (Enter or a click), each deep dive shows its family, presenter and
// planned and actual time, and the deep dives still to come move up and down (their buttons, or
// Alt+↑ and Alt+↓ anywhere in the deep dive) or to next week's meeting (with Undo). "Add a deep
// dive" adds a family after them. Every change is one write of the plan and the run
// (db/commands/agendaCommands.ts); the list follows the stored meeting, so another window sees it.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  addDeepDiveNow,
  reachedDeepDiveIds,
  reorderDeepDive,
  upcomingDeepDiveIds,
  type AgendaEdit,
  type AgendaRefusal,
  type DeepDiveRequest,
} from '../../../../shared/meeting/agendaEditing';
import { stepTimes, type MeetingRunState, type MeetingStep, type StepTime } from '../../../../shared/meeting/engine';
import type { DeepDive, MeetingPlan } from '../../../../shared/meeting/meeting';
import { localized } from '../../../../shared/meeting/template';
import { PseudonymCode } from '../../components/PseudonymCode';
import { useAgendaCommands } from '../../db/commands/agendaCommands';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { useTranslation } from 'react-i18next';
import { useText } from '../../i18n/keys';
import { AddDeepDiveDialog } from './AddDeepDiveDialog';
import { StepTimesText } from './StepOverview';
import { MoveButtons } from '../plan/MoveButtons';
import type { RunContext } from './runContext';
import { useNow } from './useNow';
import './agendaList.css';

/** An agenda change shown before it is stored: the plan and the run as the pure edit made them. */
export type AgendaProposal = { plan: MeetingPlan; run: MeetingRunState };

type AgendaListProps = {
  context: RunContext;
  /** Goes to the step with this key (through the run's controls: the same checks as "next"). */
  onJump: (stepKey: string) => void;
  /** Shows an agenda change at once, while it is written; null drops it (the write was refused or failed). */
  onPropose: (proposal: AgendaProposal | null) => void;
  /** On a computer that follows the chair's run: the agenda as it goes, with nothing to press. */
  readOnly?: boolean;
};

export function AgendaList({ context, onJump, onPropose, readOnly = false }: AgendaListProps) {
  const t = useText();
  const language = useLanguage();
  const now = useNow();
  const commands = useAgendaCommands();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<AgendaRefusal | 'missing' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const writes = useRef<Promise<void>>(Promise.resolve());
  const { meeting, steps } = context;
  const times = stepTimes(meeting.run, steps, now);
  const agendaMeeting = { plan: meeting, run: meeting.run, template: meeting.template };
  const reached = reachedDeepDiveIds(meeting.run, steps);
  const upcoming = upcomingDeepDiveIds(agendaMeeting);
  const addedNow = new Set((meeting.agendaChanges ?? []).filter((change) => change.kind === 'added').map((change) => change.deepDiveId));
  const codeOf = (familyId: string) => context.familiesById.get(familyId)?.code ?? t('agenda.list.deletedFamily');

  /**
   * Shows the pure edit at once (the chair sees the change within a frame), then writes it; a
   * refusal or a failure drops it again and says why. The stored meeting replaces it once written.
   */
  function proposeAndWrite<R extends { ok: true } | { ok: false; reason: AgendaRefusal | 'missing' }>(local: AgendaEdit, write: () => Promise<R | undefined>, then: (result: R & { ok: true }) => void) {
    if (!local.ok) return setProblem(local.reason);
    setProblem(null);
    onPropose({ plan: local.plan, run: local.run });
    // One write at a time, in order: a second change made on the first one's proposal is written
    // after it, so it finds the agenda it was made on (a reorder carries the order it saw).
    writes.current = writes.current.then(() =>
      write().then((result) => {
        if (!result) return onPropose(null);
        if (!result.ok) {
          onPropose(null);
          return setProblem(result.reason);
        }
        then(result as R & { ok: true });
      }),
    );
  }

  function reorder(item: DeepDive, toPosition: number) {
    const seenOrder = meeting.deepDives.map((deepDive) => deepDive.id);
    const now = commands.context.now().getTime();
    proposeAndWrite(
      reorderDeepDive(agendaMeeting, item.id, toPosition, seenOrder, now),
      () => commands.reorderDeepDive(meeting.id, item.id, toPosition, seenOrder),
      () => undefined,
    );
    const firstUpcoming = meeting.deepDives.length - upcoming.length;
    setAnnouncement(t('agenda.list.reordered', { code: codeOf(item.familyId), position: firstUpcoming + toPosition + 1 }));
  }

  /** Adds a deep dive (from the dialog): a refusal known at once is given back for the dialog to show. */
  function add(request: DeepDiveRequest): AgendaRefusal | null {
    const deepDiveId = crypto.randomUUID();
    const local = addDeepDiveNow(agendaMeeting, request, deepDiveId, commands.context.now().getTime());
    if (!local.ok) return local.reason;
    const code = codeOf(request.familyId);
    proposeAndWrite(local, () => commands.addDeepDiveNow(meeting.id, { ...request, deepDiveId }), () => commands.done((tr) => tr('agenda.add.done', { code })));
    setAdding(false);
    return null;
  }

  /** Moves a deep dive to next week's meeting (after any change still being written), offering Undo. */
  function moveToNextWeek(item: DeepDive) {
    const code = codeOf(item.familyId);
    const request = { familyId: item.familyId, question: item.question, presenterId: item.presenterId, deepDiveId: item.id };
    writes.current = writes.current.then(async () => {
      const result = await commands.moveToNextWeek(meeting.id, request);
      if (!result) return;
      if (!result.ok) return setProblem(result.reason);
      setProblem(null);
      const date = formatDate(result.moved.toScheduledAt, language, 'longWithTime');
      commands.done((tr) => tr(result.moved.created ? 'agenda.nextWeek.doneCreated' : 'agenda.nextWeek.done', { code, date }), {
        undo: () => commands.moveToNextWeek.undo(result),
        familyId: item.familyId,
      });
    });
  }

  const movedAway = (meeting.agendaChanges ?? []).filter((change) => change.kind === 'movedToNextWeek');

  return (
    <section className="run-overview run-agenda-list" aria-labelledby="agenda-list-heading">
      <h2 id="agenda-list-heading">{t('run.overview.heading')}</h2>
      {!readOnly && (
        <p className="help" id="agenda-list-help">
          {t('agenda.list.help')}
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          {t(`agenda.refused.${problem}`)}{' '}
          <button type="button" className="button quiet" onClick={() => setProblem(null)}>
            {t('run.dismiss')}
          </button>
        </p>
      )}
      <ol className="run-steps agenda-items">
        {steps.map((step, index) => {
          const itemId = step.agendaItemId;
          const item = itemId ? meeting.deepDives.find((deepDive) => deepDive.id === itemId) : undefined;
          const firstOfDeepDive = itemId !== null && steps[index - 1]?.agendaItemId !== itemId;
          const position = item ? upcoming.indexOf(item.id) : -1;
          const onKeyDown = (event: KeyboardEvent) => {
            if (!item || position < 0 || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
            event.preventDefault();
            const to = position + (event.key === 'ArrowUp' ? -1 : 1);
            if (to >= 0 && to < upcoming.length) reorder(item, to);
          };
          const head =
            firstOfDeepDive && item ? (
              <DeepDiveHead
                readOnly={readOnly}
                item={item}
                number={step.deepDiveNumber ?? 0}
                code={codeOf(item.familyId)}
                presenter={item.presenterId ? context.nameOf(item.presenterId) : null}
                addedNow={addedNow.has(item.id)}
                reached={reached.has(item.id)}
                position={position}
                count={upcoming.length}
                onReorder={(to) => reorder(item, to)}
                onMoveToNextWeek={() => moveToNextWeek(item)}
              />
            ) : null;
          return (
            <StepItem key={step.key} step={step} time={times[step.index]!} onJump={readOnly ? null : onJump} head={head} onKeyDown={item && !readOnly ? onKeyDown : undefined} />
          );
        })}
      </ol>
      {!readOnly && (
        <p className="agenda-add">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+ </span>
            {t('agenda.list.addDeepDive')}
          </button>
        </p>
      )}
      {movedAway.length > 0 && (
        <>
          <h3 className="agenda-moved-heading">{t('agenda.list.movedAway')}</h3>
          <ul className="agenda-moved">
            {movedAway.map((change) => (
              <li key={`${change.deepDiveId}:${change.at}`}>
                <PseudonymCode code={codeOf(change.familyId)} />
                {change.question && <span className="muted"> · {change.question}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {adding && <AddDeepDiveDialog context={context} onAdd={add} onClose={() => setAdding(false)} />}
    </section>
  );
}

/** One agenda item: a button that goes to it, or (the current one) its name marked as now. */
type StepItemProps = {
  step: MeetingStep;
  time: StepTime;
  /** null: the step is not a button (a computer that follows the chair's run). */
  onJump: ((stepKey: string) => void) | null;
  /** The deep dive's heading and buttons, on its first step. */
  head: ReactNode;
  /** Alt+↑ and Alt+↓ on a deep dive's steps. */
  onKeyDown: ((event: KeyboardEvent) => void) | undefined;
};

function StepItem({ step, time, onJump, head, onKeyDown }: StepItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localized(step.phase.name, language);
  const current = time.outcome === 'current';
  const body = (
    <>
      <span className="run-step-name">{name}</span>
      <StepTimesText time={time} />
    </>
  );
  return (
    <li
      className={`run-step run-step-${time.outcome}${step.agendaItemId ? ' agenda-deep-dive-step' : ''}${head ? ' agenda-deep-dive-first' : ''}`}
      aria-current={current ? 'step' : undefined}
      onKeyDown={onKeyDown}
    >
      {head}
      {current || !onJump ? (
        <span className="agenda-step-body">{body}</span>
      ) : (
        <button type="button" className="agenda-step-button" aria-describedby="agenda-list-help" title={t('agenda.list.goTo', { name })} onClick={() => onJump(step.key)}>
          {body}
        </button>
      )}
    </li>
  );
}

type DeepDiveHeadProps = {
  item: DeepDive;
  number: number;
  code: string;
  presenter: string | null;
  addedNow: boolean;
  reached: boolean;
  /** Its place among the deep dives still to come; -1 when it is not to come. */
  position: number;
  count: number;
  onReorder: (to: number) => void;
  onMoveToNextWeek: () => void;
  /** No move buttons (a computer that follows the chair's run). */
  readOnly: boolean;
};

/** A deep dive's family, presenter and, until it is reached, its move buttons. */
function DeepDiveHead({ item, number, code, presenter, addedNow, reached, position, count, onReorder, onMoveToNextWeek, readOnly }: DeepDiveHeadProps) {
  const t = useText();
  return (
    <div className="agenda-deep-dive-head">
      <span className="agenda-deep-dive-title">
        {t('agenda.list.deepDive', { number, code })}
        {addedNow && <span className="agenda-tag"> · {t('agenda.list.addedNow')}</span>}
        {!reached && position < 0 && <span className="agenda-tag"> · {t('agenda.list.passed')}</span>}
      </span>
      <span className="agenda-deep-dive-presenter">{presenter ? t('agenda.list.presenter', { name: presenter }) : t('agenda.list.noPresenter')}</span>
      {item.question && <span className="agenda-deep-dive-question">{item.question}</span>}
      {!reached && !readOnly && (
        <span className="agenda-deep-dive-actions">
          {position >= 0 && (
            <MoveButtons
              index={position}
              count={count}
              name={code}
              disabled={false}
              onMove={onReorder}
              labels={{ up: t('agenda.list.moveUpLabel', { code }), down: t('agenda.list.moveDownLabel', { code }) }}
              keyShortcuts={{ up: 'Alt+ArrowUp', down: 'Alt+ArrowDown' }}
            />
          )}
          <button type="button" className="button" aria-label={t('agenda.list.moveToNextWeekLabel', { code })} onClick={onMoveToNextWeek}>
            {t('agenda.list.moveToNextWeek')}
          </button>
        </span>
      )}
    </div>
  );
}
