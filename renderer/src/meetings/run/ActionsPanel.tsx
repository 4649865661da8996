// The plan phase's agreed actions (what, owner, due date) or questions to take to the family
// (text only) for the current deep-dive family: add, edit in place, delete with undo. Actions
// still open from earlier meetings about the family are listed with "Mark done"; questions taken to
// the family earlier are listed with the family's answer, to record, edit or clear here.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useText } from '../../i18n/keys';
import type { Action, ActionKind } from '../../../../shared/meeting/meeting';
import { useNotify } from '../../components/Notifications';
import { useFamilyActions } from '../../db/meetingHooks';
import { formatDate, useIssueText, useLanguage } from '../../i18n/i18n';
import { ActionFields } from './ActionFields';
import { checkActionDraft, type ActionDraft } from '../../../../shared/meeting/runActionDraft';
import type { RunContext } from './runContext';
import { useMeetingCommands } from '../../db/commands/meetingCommands';
import { useThisComputer } from '../../db/thisComputer';
import { isFollower } from '../../../../shared/meeting/driver';
import { FamilyAnswer } from '../../components/FamilyAnswer';

export const actionFieldId = 'run-action-new-text';
const emptyDraft: ActionDraft = { text: '', ownerId: '', due: '' };

type ActionsPanelProps = { context: RunContext; familyId: string; kind: ActionKind };

export function ActionsPanel({ context, familyId, kind }: ActionsPanelProps) {
  const { t } = useTranslation();
  const all = useFamilyActions(familyId);
  const { computerId } = useThisComputer();
  if (!all) return null;
  const meetingId = context.meeting.id;
  const ours = all.filter((entry) => entry.meetingId === meetingId && entry.kind === kind);
  const earlier = all.filter((entry) => entry.meetingId !== meetingId && entry.kind === kind && entry.status === 'open');
  const texts = kind === 'action' ? 'actions' : 'questions';
  const headingId = `run-${kind}-heading`;
  return (
    <section className={`run-panel run-${kind}s`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`run.${texts}.heading`)}</h2>
      {kind === 'action' && <EarlierActions actions={earlier} />}
      {kind === 'familyQuestion' && (
        <EarlierQuestions
          questions={all.filter((entry) => entry.meetingId !== meetingId && entry.kind === 'familyQuestion' && (entry.status === 'open' || entry.answer))}
          askerId={context.familiesById.get(familyId)?.responsibleMemberId ?? null}
          following={isFollower(context.meeting.run, computerId)}
        />
      )}
      {ours.length === 0 ? (
        <p className="empty">{t(`run.${texts}.none`)}</p>
      ) : (
        <ul className="run-list">
          {ours.map((action) => (
            <ActionItem key={action.id} action={action} context={context} />
          ))}
        </ul>
      )}
      <NewActionForm context={context} familyId={familyId} kind={kind} />
    </section>
  );
}

function NewActionForm({ context, familyId, kind }: ActionsPanelProps) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const session = commands.context;
  const notify = useNotify();
  const issueText = useIssueText();
  const [draft, setDraft] = useState<ActionDraft>(emptyDraft);
  const [errors, setErrors] = useState<{ text: string | null; due: string | null }>({ text: null, due: null });
  const idPrefix = kind === 'action' ? 'run-action-new' : 'run-question-new';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkActionDraft(draft, session.now(), kind === 'action');
    if (!checked.ok) {
      setErrors({ text: issueText(checked.issues.text ?? null), due: issueText(checked.issues.due ?? null) || null });
      document.getElementById(checked.issues.text ? `${idPrefix}-text` : `${idPrefix}-due`)?.focus();
      return;
    }
    const { text, ownerId, due } = checked.value;
    try {
      await commands.addAction.orThrow({
        kind,
        text,
        ownerId,
        ownerName: ownerId ? (context.nameOf(ownerId) ?? '') : '',
        due,
        familyId,
        meetingId: context.meeting.id,
      });
      setDraft(emptyDraft);
      setErrors({ text: null, due: null });
      notify({ message: (t) => t(kind === 'action' ? 'run.actions.added' : 'run.questions.added') });
      document.getElementById(`${idPrefix}-text`)?.focus();
    } catch (error) {
      commands.report(error);
    }
  }

  return (
    <form className="run-form run-action-form" onSubmit={(event) => void submit(event)} aria-label={t(kind === 'action' ? 'run.actions.add' : 'run.questions.add')} noValidate>
      <ActionFields
        idPrefix={idPrefix}
        kind={kind}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setErrors({ text: next.text !== draft.text ? null : errors.text, due: next.due !== draft.due ? null : errors.due });
        }}
        errors={{ text: errors.text || null, due: errors.due }}
        participants={context.participants}
      />
      <button type="submit" className="button primary">
        {t(kind === 'action' ? 'run.actions.add' : 'run.questions.add')}
      </button>
    </form>
  );
}

function ActionItem({ action, context }: { action: Action; context: RunContext }) {
  // Who asked the family: on a computer following the chair's run, the member using it by default.
  const { computerId } = useThisComputer();
  const following = isFollower(context.meeting.run, computerId);
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const session = commands.context;
  const notify = useNotify();
  const issueText = useIssueText();
  const [editing, setEditing] = useState<ActionDraft | null>(null);
  const [errors, setErrors] = useState<{ text: string | null; due: string | null }>({ text: null, due: null });
  const texts = action.kind === 'action' ? 'actions' : 'questions';
  const idPrefix = `run-edit-${action.id}`;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Into the editor's first field when it opens; back to "Edit" when it closes.
  useEffect(() => {
    if (editing && !wasEditing.current) document.getElementById(`${idPrefix}-text`)?.focus();
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing, idPrefix]);
  const report = commands.report;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const checked = checkActionDraft(editing, session.now(), action.kind === 'action');
    if (!checked.ok) {
      setErrors({ text: issueText(checked.issues.text ?? null) || null, due: issueText(checked.issues.due ?? null) || null });
      return;
    }
    const { text, ownerId, due } = checked.value;
    try {
      await commands.updateAction.orThrow(action.id,
        action.kind === 'action' ? { text, ownerId, ownerName: ownerId ? (context.nameOf(ownerId) ?? '') : '', due } : { text },
      );
      setEditing(null);
      notify({ message: (t) => t('run.actions.saved') });
    } catch (error) {
      report(error);
    }
  }

  async function remove() {
    try {
      const row = await commands.deleteAction.orThrow(action.id);
      document.getElementById(action.kind === 'action' ? actionFieldId : 'run-question-new-text')?.focus();
      if (!row) return;
      commands.done((t) => t(action.kind === 'action' ? 'run.actions.deleted' : 'run.questions.deleted'), {
        undo: async () => {
          if (await commands.deleteAction.undo(row)) notify({ message: (t) => t('run.actions.restored') });
        },
      });
    } catch (error) {
      report(error);
    }
  }

  if (editing) {
    return (
      <li className="run-item run-item-editing">
        <form onSubmit={(event) => void save(event)} aria-label={t('run.actions.editing')} noValidate>
          <ActionFields
            idPrefix={idPrefix}
            kind={action.kind}
            draft={editing}
            onChange={setEditing}
            errors={errors}
            participants={context.participants}
          />
          <div className="run-item-buttons">
            <button type="submit" className="button primary">
              {t('run.actions.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('run.actions.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="run-item">
      <p className="run-item-text">{action.text}</p>
      {action.kind === 'familyQuestion' && (
        <FamilyAnswer question={action} defaultAskerId={context.familiesById.get(action.familyId)?.responsibleMemberId ?? null} thisComputerAsks={following} />
      )}
      {action.kind === 'action' && (
        <p className="run-item-meta">
          {t('run.actions.ownerDue', {
            owner: action.ownerName || t('run.actions.noOwner'),
            due: action.due ? formatDate(action.due, language, 'short') : t('run.actions.noDue'),
          })}
        </p>
      )}
      <div className="run-item-buttons">
        <button
          ref={editButton}
          type="button"
          className="button"
          aria-label={t(`run.${texts}.edit`, { text: action.text })}
          onClick={() => {
            setErrors({ text: null, due: null });
            setEditing({ text: action.text, ownerId: action.ownerId ?? '', due: action.due ?? '' });
          }}
        >
          {t('run.editButton')}
        </button>
        <button type="button" className="button quiet" aria-label={t(`run.${texts}.delete`, { text: action.text })} onClick={() => void remove()}>
          {t('run.deleteButton')}
        </button>
      </div>
    </li>
  );
}

function EarlierActions({ actions }: { actions: readonly Action[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const notify = useNotify();
  const report = commands.report;

  async function markDone(action: Action) {
    const changed = await commands.changeActionStatus(action.id, 'done', 'open');
    if (!changed) return;
    document.getElementById(actionFieldId)?.focus();
    commands.done((t) => t('run.actions.markedDone'), { undo: () => commands.changeActionStatus.undo(changed) });
  }

  return (
    <section className="run-earlier" aria-labelledby="run-earlier-heading">
      <h3 id="run-earlier-heading">{t('run.actions.earlier')}</h3>
      {actions.length === 0 ? (
        <p className="empty">{t('run.actions.earlierNone')}</p>
      ) : (
        <ul className="run-list">
          {actions.map((action) => (
            <li key={action.id} className="run-item">
              <p className="run-item-text">{action.text}</p>
              <p className="run-item-meta">
                {t('run.actions.ownerDue', {
                  owner: action.ownerName || t('run.actions.noOwner'),
                  due: action.due ? formatDate(action.due, language, 'short') : t('run.actions.noDue'),
                })}
              </p>
              <div className="run-item-buttons">
                <button type="button" className="button" onClick={() => void markDone(action)}>
                  {t('run.actions.markDone', { text: action.text })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Questions taken to the family in earlier meetings (still open, or answered), each with the family's answer. */
function EarlierQuestions({ questions, askerId, following }: { questions: readonly Action[]; askerId: string | null; following: boolean }) {
  const t = useText();
  return (
    <section className="run-earlier" aria-labelledby="run-earlier-questions-heading">
      <h3 id="run-earlier-questions-heading">{t('continuity.answer.earlier')}</h3>
      {questions.length === 0 ? (
        <p className="empty">{t('continuity.answer.earlierNone')}</p>
      ) : (
        <ul className="run-list">
          {questions.map((question) => (
            <li key={question.id} className="run-item">
              <p className="run-item-text">{question.text}</p>
              <FamilyAnswer question={question} defaultAskerId={askerId} thisComputerAsks={following} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
