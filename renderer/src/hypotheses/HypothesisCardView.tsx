// One hypothesis on the family's page as it stands now: wording, status, proposers, the pattern,
// evidence, test questions (with the family's answers to them), lens tags, the meetings it was made
// and revisited in; and what can be
// done with it outside a meeting: edit (a new revision dated today), change status with a reason,
// see its history, delete (with undo).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hypothesis, HypothesisCard, HypothesisRevision, HypothesisStatus, Proposer } from '../../../shared/hypothesis/hypothesis';
import { revisionWhen } from '../../../shared/hypothesis/historyDocument';
import { proposerLabel } from './HypothesisEditor';
import { formatDate, useLanguage } from '../i18n/i18n';
import { useRecordFormat } from '../components/document/recordFormat';
import { HypothesisEditor } from './HypothesisEditor';
import { HypothesisHistory } from './HypothesisHistory';
import { StatusChangeForm } from './StatusChangeForm';
import { StatusMark } from './StatusMark';
import type { AnsweredQuestion } from '../../../shared/meeting/continuity';
import { AnswerList } from '../components/FamilyAnswerList';

type HypothesisCardViewProps = {
  hypothesis: Hypothesis;
  /** Its revisions in sequence order. */
  history: readonly HypothesisRevision[];
  meetingDates: ReadonlyMap<string, string>;
  proposerOptions: readonly Proposer[];
  onEdit: (card: HypothesisCard) => Promise<void>;
  onChangeStatus: (status: HypothesisStatus, reason: string) => Promise<void>;
  onDelete: () => void;
  /** The family's answers to its test questions (shared/meeting/continuity.ts: answersByHypothesis). */
  answers?: readonly AnsweredQuestion[];
};

type Mode = 'view' | 'edit' | 'status';

export function HypothesisCardView({ hypothesis, history, meetingDates, proposerOptions, onEdit, onChangeStatus, onDelete, answers = [] }: HypothesisCardViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useRecordFormat();
  const [mode, setMode] = useState<Mode>('view');
  const [historyOpen, setHistoryOpen] = useState(false);
  const id = `hypothesis-${hypothesis.id}`;

  const first = history[0];
  const madeWhere = first ? revisionWhen(first, meetingDates, format) : formatDate(hypothesis.createdAt, language, 'short');
  const revisitedMeetings = [...new Set(history.slice(1).map((revision) => revision.meetingId).filter((meetingId): meetingId is string => meetingId !== null))]
    .map((meetingId) => meetingDates.get(meetingId))
    .filter((date): date is string => date !== undefined)
    .sort()
    .map((date) => formatDate(date, language, 'short'));

  function open(next: Mode, focusTarget: string) {
    setMode(next);
    requestAnimationFrame(() => document.getElementById(focusTarget)?.focus());
  }

  function close(focusTarget: string) {
    setMode('view');
    // After the form goes away, return the keyboard to the button that opened it.
    requestAnimationFrame(() => document.getElementById(focusTarget)?.focus());
  }

  const texts = [
    ['concerns', hypothesis.concerns],
    ['evidenceFor', hypothesis.evidenceFor],
    ['evidenceAgainst', hypothesis.evidenceAgainst],
  ] as const;

  return (
    <article className={`card hypothesis-card status-${hypothesis.status}`} aria-labelledby={`${id}-wording`} data-testid="hypothesis-card">
      <p className="hypothesis-status">
        <StatusMark status={hypothesis.status} />
        {t('hypotheses.screen.status', { status: t(`hypotheses.status.${hypothesis.status}`) })}
      </p>
      <h2 id={`${id}-wording`} className="hypothesis-wording">
        {hypothesis.wording}
      </h2>
      <p className="hypothesis-meta">
        {t('hypotheses.screen.madeIn', { where: madeWhere })}
        {revisitedMeetings.length > 0 && <> · {t('hypotheses.screen.revisitedIn', { dates: revisitedMeetings.join(', ') })}</>} ·{' '}
        {t('hypotheses.screen.lastRevisited', { date: formatDate(hypothesis.revisitedAt, language, 'short') })}
      </p>
      <dl className="hypothesis-fields">
        {hypothesis.proposers.length > 0 && (
          <div>
            <dt>{t('hypotheses.field.proposers')}</dt>
            <dd>{hypothesis.proposers.map((proposer) => proposerLabel(t, language, proposer)).join(', ')}</dd>
          </div>
        )}
        {texts.map(([field, value]) =>
          value.trim() === '' ? null : (
            <div key={field}>
              <dt>{t(`hypotheses.field.${field}`)}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
        {hypothesis.testQuestions.length > 0 && (
          <div>
            <dt>{t('hypotheses.field.testQuestions')}</dt>
            <dd>
              <ul className="hypothesis-questions">
                {hypothesis.testQuestions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {answers.length > 0 && (
          <div>
            <dt>{t('continuity.review.answers')}</dt>
            <dd>
              <AnswerList answers={answers} />
            </dd>
          </div>
        )}
        {hypothesis.lensTags.length > 0 && (
          <div>
            <dt>{t('hypotheses.field.lensTags')}</dt>
            <dd>
              <ul className="hypothesis-lenses">
                {hypothesis.lensTags.map((tag) => (
                  <li key={tag}>{t(`hypotheses.lens.${tag}`)}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {mode === 'view' && (
        <div className="hypothesis-actions">
          <button type="button" id={`${id}-edit`} className="button" aria-label={t('hypotheses.screen.editLabel', { wording: hypothesis.wording })} onClick={() => open('edit', `${id}-editor-wording`)}>
            {t('hypotheses.screen.edit')}
          </button>
          <button
            type="button"
            id={`${id}-status`}
            className="button"
            aria-label={t('hypotheses.screen.changeStatusLabel', { wording: hypothesis.wording })}
            onClick={() => open('status', `status-${hypothesis.id}-${hypothesis.status === 'open' ? 'strengthened' : 'open'}`)}
          >
            {t('hypotheses.screen.changeStatus')}
          </button>
          <button
            type="button"
            id={`${id}-history`}
            className="button"
            aria-label={t('hypotheses.screen.historyLabel', { wording: hypothesis.wording })}
            onClick={() => setHistoryOpen(true)}
          >
            {t('hypotheses.screen.history')} ({history.length})
          </button>
          <button type="button" className="button quiet" aria-label={t('hypotheses.screen.deleteLabel', { wording: hypothesis.wording })} onClick={onDelete}>
            {t('hypotheses.screen.delete')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <section className="hypothesis-inline-form" aria-labelledby={`${id}-edit-heading`}>
          <h3 id={`${id}-edit-heading`}>{t('hypotheses.screen.editHeading')}</h3>
          <p className="hypothesis-outside-note">{t('hypotheses.screen.outsideMeetingNote')}</p>
          <HypothesisEditor
            idPrefix={`${id}-editor`}
            initial={hypothesis}
            proposerOptions={proposerOptions}
            submitLabel={t('hypotheses.screen.saveChanges')}
            onSave={async (card) => {
              await onEdit(card);
              close(`${id}-edit`);
            }}
            onCancel={() => close(`${id}-edit`)}
          />
        </section>
      )}
      {mode === 'status' && (
        <section className="hypothesis-inline-form" aria-labelledby={`${id}-status-heading`}>
          <h3 id={`${id}-status-heading`}>{t('hypotheses.screen.changeStatus')}</h3>
          <p className="hypothesis-outside-note">{t('hypotheses.screen.outsideMeetingNote')}</p>
          <StatusChangeForm
            hypothesis={hypothesis}
            onSave={async (status, reason) => {
              await onChangeStatus(status, reason);
              close(`${id}-status`);
            }}
            onCancel={() => close(`${id}-status`)}
          />
        </section>
      )}
      {historyOpen && <HypothesisHistory hypothesis={hypothesis} history={history} meetingDates={meetingDates} onClose={() => setHistoryOpen(false)} />}
    </article>
  );
}
