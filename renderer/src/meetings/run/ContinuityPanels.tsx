// Continuity in the chair's view (docs/domain.md: Continuity). The opening (the run's first,
// once-a-meeting step) shows what the last meeting agreed: its tasks by owner, each done, open or
// overdue against this meeting's day, with "Mark done" (and Undo). A deep dive's first step shows
// the family's last summary at a glance: the last deep dive's date and question, the hypotheses and
// their status, the last safety median and range, the open tasks and the family's answers. Which
// step shows which, and what they hold, are the pure rules of shared/meeting/continuity.ts; neither
// view is on the room's screen (they are not capture tools with a room section).
import { useRef } from 'react';
import { continuityPlace, type OwnerTasks, type TaskLine, type TaskState } from '../../../../shared/meeting/continuity';
import { localized } from '../../../../shared/meeting/template';
import { PseudonymCode } from '../../components/PseudonymCode';
import { TextWithCode } from '../../components/TextWithCode';
import { useMeetingCommands } from '../../db/commands/meetingCommands';
import { useFamilyGlance, useLastMeetingTasks } from '../../db/continuityHooks';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';
import { AnswerList } from '../../components/FamilyAnswerList';
import type { RunContext } from './runContext';
import './continuity.css';

/** The continuity view of the current step, if it has one. */
export function ContinuityPanel({ context }: { context: RunContext }) {
  const place = continuityPlace(context.steps, context.step);
  if (!place) return null;
  if (place.kind === 'opening') return <LastMeetingPanel context={context} />;
  const deepDive = context.meeting.deepDives.find((item) => item.id === place.agendaItemId);
  return deepDive ? <FamilyGlancePanel key={deepDive.id} context={context} familyId={deepDive.familyId} /> : null;
}

const stateMark: Record<TaskState, string> = { done: '✓', open: '○', overdue: '⚠' };

function TaskStateText({ state }: { state: TaskState }) {
  const t = useText();
  return (
    <span className={`continuity-state continuity-state-${state}`}>
      <span aria-hidden="true">{stateMark[state]} </span>
      {t(`continuity.opening.state.${state}`)}
    </span>
  );
}

function LastMeetingPanel({ context }: { context: RunContext }) {
  const t = useText();
  const language = useLanguage();
  const tasks = useLastMeetingTasks(context.meeting);
  return (
    <section className="run-panel run-continuity" aria-labelledby="run-last-heading">
      <h2 id="run-last-heading">{t('continuity.opening.heading')}</h2>
      {tasks === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : tasks.last === null ? (
        <p className="empty">{t('continuity.opening.first')}</p>
      ) : tasks.owners.length === 0 ? (
        <p className="empty">{t('continuity.opening.noTasks', { date: formatDate(tasks.last.day, language, 'short') })}</p>
      ) : (
        <>
          <p>{t('continuity.opening.from', { date: formatDate(tasks.last.day, language, 'short'), name: localized(tasks.last.templateName, language) })}</p>
          <p className="help">{t('continuity.opening.help')}</p>
          <div className="continuity-owners">
            {tasks.owners.map((owner) => (
              <OwnerSection key={owner.ownerId ?? ''} owner={owner} context={context} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function OwnerSection({ owner, context }: { owner: OwnerTasks; context: RunContext }) {
  const t = useText();
  const headingId = `run-last-owner-${owner.ownerId ?? 'nobody'}`;
  return (
    <section className="continuity-owner" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {owner.ownerId === null ? t('continuity.opening.nobody') : owner.ownerName || '?'}{' '}
        <span className="continuity-counts">({t('continuity.opening.counts', owner.counts)})</span>
      </h3>
      <ul className="continuity-tasks">
        {owner.tasks.map((task) => (
          <OpeningTask key={task.id} task={task} code={context.familiesById.get(task.familyId)?.code ?? '?'} />
        ))}
      </ul>
    </section>
  );
}

function OpeningTask({ task, code }: { task: TaskLine; code: string }) {
  const t = useText();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const item = useRef<HTMLLIElement>(null);

  async function markDone() {
    const changed = await commands.changeActionStatus(task.id, 'done', 'open');
    if (!changed) return;
    // The button goes with the open state: the focus stays on the task.
    item.current?.focus();
    commands.done((t) => t('continuity.opening.markedDone', { text: task.text }), { undo: () => commands.changeActionStatus.undo(changed), familyId: task.familyId });
  }

  return (
    <li ref={item} tabIndex={-1} className={`continuity-task continuity-task-${task.state}`} data-testid="continuity-task">
      <TaskStateText state={task.state} />
      <span className="continuity-task-text">{task.text}</span>
      <span className="continuity-task-meta">
        <TextWithCode text={t('continuity.opening.family', { code })} code={code} />
        {' · '}
        {task.due ? t('continuity.opening.due', { date: formatDate(task.due, language, 'short') }) : t('continuity.opening.noDue')}
      </span>
      {task.state !== 'done' && (
        <button type="button" className="button" aria-label={t('continuity.opening.markDoneLabel', { text: task.text })} onClick={() => void markDone()}>
          {t('continuity.opening.markDone')}
        </button>
      )}
    </li>
  );
}

function FamilyGlancePanel({ context, familyId }: { context: RunContext; familyId: string }) {
  const t = useText();
  const language = useLanguage();
  const glance = useFamilyGlance(familyId, context.meeting);
  const code = context.familiesById.get(familyId)?.code ?? '?';
  const day = (epochMs: number) => formatDate(new Date(epochMs).toISOString(), language, 'short');
  const decimal = (value: number) => {
    const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
    return language === 'fi' ? text.replace('.', ',') : text;
  };
  return (
    <section className="run-panel run-glance" aria-labelledby="run-glance-heading">
      <h2 id="run-glance-heading">
        {t('continuity.glance.heading')} · <PseudonymCode code={code} />
      </h2>
      <p className="help">{t('continuity.glance.help')}</p>
      {glance === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          {glance.lastMeeting === null && <p className="empty">{t('continuity.glance.never')}</p>}
          <dl className="glance-grid">
            {glance.lastMeeting && (
              <>
                <div>
                  <dt>{t('continuity.glance.lastMeeting')}</dt>
                  <dd>{day(glance.lastMeeting.at)}</dd>
                </div>
                <div>
                  <dt>{t('continuity.glance.question')}</dt>
                  <dd className="record-text">{glance.lastMeeting.question.trim() || <span className="empty">{t('continuity.glance.noQuestion')}</span>}</dd>
                </div>
              </>
            )}
            <div>
              <dt>{t('continuity.glance.safety')}</dt>
              <dd>
                {glance.lastSafety ? (
                  t('continuity.glance.safetyValue', {
                    median: decimal(glance.lastSafety.median),
                    min: glance.lastSafety.min,
                    max: glance.lastSafety.max,
                    count: glance.lastSafety.count,
                    date: day(glance.lastSafety.at),
                  })
                ) : (
                  <span className="empty">{t('continuity.glance.noSafety')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('continuity.glance.hypotheses')}</dt>
              <dd>
                {glance.hypotheses.length === 0 ? (
                  <span className="empty">{t('continuity.glance.noHypotheses')}</span>
                ) : (
                  <ul className="glance-list">
                    {glance.hypotheses.map((hypothesis) => (
                      <li key={hypothesis.id}>
                        <span className={`hyp-status hyp-status-${hypothesis.status}`}>{t(`hypotheses.status.${hypothesis.status}`)}</span>: {hypothesis.wording}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('continuity.glance.openTasks')}</dt>
              <dd>
                {glance.openTasks.length === 0 ? (
                  <span className="empty">{t('continuity.glance.noOpenTasks')}</span>
                ) : (
                  <ul className="glance-list">
                    {glance.openTasks.map((task) => (
                      <li key={task.id}>
                        <TaskStateText state={task.state} />: {task.text}{' '}
                        <span className="continuity-task-meta">
                          ({[task.ownerName || t('continuity.opening.nobody'), task.due ? t('continuity.opening.due', { date: formatDate(task.due, language, 'short') }) : t('continuity.opening.noDue')].join(', ')})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="glance-wide">
              <dt>{t('continuity.glance.answers')}</dt>
              <dd>
                {glance.answers.length === 0 ? <span className="empty">{t('continuity.glance.noAnswers')}</span> : <AnswerList answers={glance.answers} />}
                {glance.unanswered.length > 0 && <p className="help">{t('continuity.glance.unanswered', { count: glance.unanswered.length })}</p>}
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
