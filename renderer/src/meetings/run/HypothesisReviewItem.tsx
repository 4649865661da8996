// One earlier hypothesis in the meeting's review. The item takes the focus as a whole; its keys
// (shared/meeting/runShortcuts.ts, scope hypothesisReview) or its buttons strengthen, weaken or
// drop it (then a focused, optional reason field), keep it as it is, reword it (inline field with
// the wording; Enter saves, Escape cancels) or undo the latest change. Every change is a revision
// tied to this meeting; undo appends one going back. The focus returns to the item afterwards.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  validateHypothesisReason,
  validateHypothesisWording,
  type Hypothesis,
  type HypothesisChange,
  type HypothesisRevision,
  type HypothesisStatus,
} from '../../../../shared/hypothesis/hypothesis';
import { reviewCommandForKey, type ReviewCommand } from '../../../../shared/meeting/runShortcuts';
import { useNotify, type Notification } from '../../components/Notifications';
import { TextField } from '../../components/TextField';
import { formatDate, useIssueText, useLanguage } from '../../i18n/i18n';
import { reviewedHere, undoTarget, type ReviewedHere } from './HypothesisReviewState';
import { useHypothesisCommands } from '../../db/commands/hypothesisCommands';
import type { AnsweredQuestion } from '../../../../shared/meeting/continuity';
import { AnswerList } from '../../components/FamilyAnswerList';

type ReviewStatus = Exclude<HypothesisStatus, 'open'>;
const reviewStatuses: readonly { status: ReviewStatus; key: string; command: ReviewCommand }[] = [
  { status: 'strengthened', key: '1', command: 'reviewStrengthened' },
  { status: 'weakened', key: '2', command: 'reviewWeakened' },
  { status: 'dropped', key: '3', command: 'reviewDropped' },
];

type Editing = { kind: 'reason'; status: ReviewStatus } | { kind: 'reword' } | null;

type HypothesisReviewItemProps = {
  hypothesis: Hypothesis;
  /** Its revisions, oldest first. */
  history: readonly HypothesisRevision[];
  meetingId: string;
  /** The family's answers to this hypothesis's test questions. */
  answers: readonly AnsweredQuestion[];
};

export function HypothesisReviewItem({ hypothesis, history, meetingId, answers }: HypothesisReviewItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useHypothesisCommands();
  const notify = useNotify();
  const issueText = useIssueText();
  const item = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewed = reviewedHere(history, meetingId);
  const idBase = `hyp-review-${hypothesis.id}`;
  const fieldId = `${idBase}-field`;
  const statusName = (status: HypothesisStatus) => t(`hypotheses.status.${status}`);
  const report = commands.report;

  // Back to the item when its field closes, so the keyboard carries on from here.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) {
      const field = document.getElementById(fieldId);
      field?.focus();
      // The wording to reword: the caret at its end, ready for a small change.
      if (field instanceof HTMLTextAreaElement) field.setSelectionRange(field.value.length, field.value.length);
    } else if (wasEditing.current) item.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing, fieldId]);

  function open(next: Editing) {
    setError(null);
    setText(next?.kind === 'reword' ? hypothesis.wording : '');
    setEditing(next);
  }

  /** `undoable` false: a review that changed nothing ("still holds") has nothing to undo. */
  async function change(body: HypothesisChange, done: Notification['message'], undoable = true) {
    setBusy(true);
    try {
      await commands.reviseHypothesis.orThrow(hypothesis.id, body, { meetingId });
      setEditing(null);
      item.current?.focus();
      commands.done(done, undoable ? { undo } : {});
    } catch (caught) {
      report(caught);
    } finally {
      setBusy(false);
    }
  }

  /** Appends a revision back to the state before the latest change still standing (read fresh, so a late "Undo" in a notice is right too). */
  async function undo() {
    try {
      const target = undoTarget(reviewedHere(await commands.listRevisions.orThrow(hypothesis.id), meetingId));
      if (!target) {
        notify({ message: (t) => t('run.hypotheses.nothingToUndo') });
        return;
      }
      await commands.reviseHypothesis.orThrow(hypothesis.id, { card: { wording: target.card.wording }, status: target.status }, { meetingId });
      item.current?.focus();
      notify({ message: (t) => t('run.hypotheses.undone') });
    } catch (caught) {
      report(caught);
    }
  }

  function chooseStatus(status: ReviewStatus) {
    if (hypothesis.status === status) {
      notify({ message: (t) => t('run.hypotheses.alreadyStatus', { status: t(`hypotheses.status.${status}`).toLowerCase() }) });
      return;
    }
    open({ kind: 'reason', status });
  }

  function keepAsItIs() {
    void change({}, (t) => t('run.hypotheses.kept'), false);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!editing || busy) return;
    if (editing.kind === 'reason') {
      const reason = validateHypothesisReason(text);
      if (!reason.ok) return setError(issueText(reason.issue));
      const status = editing.status;
      void change({ status, reason: reason.value }, (t) => t('run.hypotheses.statusChanged', { status: t(`hypotheses.status.${status}`).toLowerCase() }));
      return;
    }
    const wording = validateHypothesisWording(text);
    if (!wording.ok) return setError(issueText(wording.issue));
    if (wording.value === hypothesis.wording) {
      notify({ message: (t) => t('run.hypotheses.sameWording') });
      setEditing(null);
      return;
    }
    void change({ card: { wording: wording.value } }, (t) => t('run.hypotheses.reworded'));
  }

  function onFieldKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setEditing(null);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      submit();
    }
  }

  function onItemKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Not while typing in the item's reason or wording field (whatever this render thinks is open).
    if (event.defaultPrevented || (event.target as HTMLElement).closest('form, input, textarea, select')) return;
    const command = reviewCommandForKey(event);
    if (!command) return;
    event.preventDefault();
    switch (command) {
      case 'reviewMove':
        moveFocus(item.current, event.key === 'ArrowUp' ? -1 : 1);
        break;
      case 'reviewStrengthened':
      case 'reviewWeakened':
      case 'reviewDropped':
        chooseStatus(reviewStatuses.find((entry) => entry.command === command)!.status);
        break;
      case 'reviewStillHolds':
        keepAsItIs();
        break;
      case 'reviewReword':
        open({ kind: 'reword' });
        break;
      case 'reviewUndo':
        void undo();
        break;
    }
  }

  const canUndo = undoTarget(reviewed) !== null;
  return (
    <li className={`hyp-review-entry ${reviewed ? 'hyp-reviewed' : ''}`}>
      <div
        ref={item}
        className="hyp-review-item"
        tabIndex={0}
        role="group"
        aria-labelledby={`${idBase}-wording`}
        aria-describedby={`${idBase}-meta${answers.length > 0 ? ` ${idBase}-answers` : ''} ${idBase}-done hyp-review-keys`}
        onKeyDown={onItemKeyDown}
      >
        <p className="run-item-text" id={`${idBase}-wording`}>
          {hypothesis.wording}
        </p>
        <p className="run-item-meta" id={`${idBase}-meta`}>
          <span className={`hyp-status hyp-status-${hypothesis.status}`}>{t('run.hypotheses.status', { status: statusName(hypothesis.status) })}</span>
          {' · '}
          {t('run.hypotheses.fromMeeting', { date: formatDate(hypothesis.createdAt, language, 'short') })}
          {' · '}
          {reviewed ? t('run.hypotheses.revisitedHere') : t('run.hypotheses.lastRevisited', { date: formatDate(hypothesis.revisitedAt, language, 'short') })}
        </p>
        {answers.length > 0 && (
          <div className="hyp-review-answers" id={`${idBase}-answers`}>
            <p className="hyp-review-answers-heading">{t('continuity.review.answers')}</p>
            <AnswerList answers={answers} />
          </div>
        )}
        <p className="hyp-review-done" id={`${idBase}-done`}>
          {reviewed && (
            <>
              <strong>{t('run.hypotheses.inThisMeeting')}</strong> <DoneHere reviewed={reviewed} />
            </>
          )}
        </p>
        {editing ? (
          <form className="hyp-review-form" onSubmit={submit} onKeyDown={onFieldKeyDown} noValidate>
            <TextField
              id={fieldId}
              label={editing.kind === 'reason' ? t(`run.hypotheses.reasonPrompt.${editing.status}`) : t('run.hypotheses.newWording')}
              value={text}
              onChange={(value) => {
                setText(value);
                setError(null);
              }}
              help={editing.kind === 'reason' ? t('run.hypotheses.reasonHelp') : t('run.hypotheses.newWordingHelp')}
              error={error}
              multiline={editing.kind === 'reword'}
              className={editing.kind === 'reword' ? 'hyp-review-reword' : 'hyp-review-reason'}
            />
            <div className="run-item-buttons">
              <button type="submit" className="button primary" disabled={busy}>
                {t('run.hypotheses.saveChange')}
              </button>
              <button type="button" className="button" onClick={() => setEditing(null)}>
                {t('run.hypotheses.cancelChange')}
              </button>
            </div>
          </form>
        ) : (
          <div className="run-item-buttons hyp-review-buttons">
            {reviewStatuses.map(({ status, key }) => (
              <button
                key={status}
                type="button"
                className={`button hyp-review-button hyp-review-${status}`}
                aria-label={t('run.hypotheses.markAs', { status: statusName(status).toLowerCase(), wording: hypothesis.wording })}
                aria-keyshortcuts={key}
                data-key={key}
                onClick={() => chooseStatus(status)}
              >
                {statusName(status)}
              </button>
            ))}
            <button
              type="button"
              className="button hyp-review-button"
              aria-label={t('run.hypotheses.stillHoldsLabel', { wording: hypothesis.wording })}
              aria-keyshortcuts="4"
              data-key="4"
              onClick={keepAsItIs}
            >
              {t('run.hypotheses.stillHolds')}
            </button>
            <button
              type="button"
              className="button hyp-review-button"
              aria-label={t('run.hypotheses.rewordLabel', { wording: hypothesis.wording })}
              aria-keyshortcuts="5 F2"
              data-key="5"
              onClick={() => open({ kind: 'reword' })}
            >
              {t('run.hypotheses.reword')}
            </button>
            <button
              type="button"
              className="button quiet hyp-review-button"
              aria-label={t('run.hypotheses.undoLabel', { wording: hypothesis.wording })}
              aria-keyshortcuts="Control+Z"
              aria-disabled={canUndo ? undefined : true}
              data-key="Ctrl + Z"
              onClick={() => void undo()}
            >
              {t('run.hypotheses.undo')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** What this meeting has done to the hypothesis, in words. */
function DoneHere({ reviewed }: { reviewed: ReviewedHere }) {
  const { t } = useTranslation();
  const statusName = (status: HypothesisStatus) => t(`hypotheses.status.${status}`);
  const { before, changes } = reviewed;
  const last = changes.at(-1);
  if (!last) return <>{reviewed.keptAsItWas ? t('run.hypotheses.doneKept') : t('run.hypotheses.doneUndone')}</>;
  const parts: string[] = [];
  if (last.state.status !== before.status) {
    parts.push(t('run.hypotheses.doneStatus', { from: statusName(before.status), to: statusName(last.state.status) }));
    // The reason given for the status as it now stands.
    const statusChange = [...changes].reverse().find((entry, index, reversed) => entry.state.status !== (reversed[index + 1]?.state.status ?? before.status));
    const reason = statusChange?.reason ?? '';
    parts.push(reason ? t('run.hypotheses.doneReason', { reason }) : t('run.hypotheses.doneNoReason'));
  }
  if (last.state.card.wording !== before.card.wording) parts.push(t('run.hypotheses.doneReworded', { wording: before.card.wording }));
  return <>{parts.join('; ')}</>;
}

/** Moves the focus to the next (1) or previous (-1) hypothesis of the review, if there is one. */
function moveFocus(from: HTMLElement | null, step: 1 | -1) {
  const items = [...(from?.closest('ul')?.querySelectorAll<HTMLElement>('.hyp-review-item') ?? [])];
  const index = from ? items.indexOf(from) : -1;
  items[index + step]?.focus();
}
