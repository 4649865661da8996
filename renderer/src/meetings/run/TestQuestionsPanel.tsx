// The plan phase's questions to test the family's hypotheses (those still held, and any this
// meeting touched): each becomes, in one step, a question to take to the family or an action
// (owner nobody, no due date: both can be set in the actions list). A question already made into
// one in this meeting says so, and its button stays where it was (the focus is never lost), so
// nothing is added twice by accident. Undo in the notice takes it off again.
import { useTranslation } from 'react-i18next';
import type { Hypothesis } from '../../../../shared/hypothesis/hypothesis';
import type { Action, ActionKind } from '../../../../shared/meeting/meeting';
import { useNotify } from '../../components/Notifications';
import { useFamilyHypotheses, useFamilyRevisions } from '../../db/hypothesisHooks';
import { useFamilyActions } from '../../db/meetingHooks';
import type { RunContext } from './runContext';
import './HypothesisReview.css';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

const kinds: readonly { kind: ActionKind; make: 'asQuestion' | 'asAction'; made: 'isQuestion' | 'isAction' }[] = [
  { kind: 'familyQuestion', make: 'asQuestion', made: 'isQuestion' },
  { kind: 'action', make: 'asAction', made: 'isAction' },
];

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function TestQuestionsPanel({ context, familyId }: { context: RunContext; familyId: string }) {
  const { t } = useTranslation();
  const hypotheses = useFamilyHypotheses(familyId);
  const revisions = useFamilyRevisions(familyId);
  const actions = useFamilyActions(familyId);
  if (!hypotheses || !revisions || !actions) return null;
  const meetingId = context.meeting.id;
  const touched = new Set(revisions.filter((revision) => revision.meetingId === meetingId).map((revision) => revision.hypothesisId));
  const withQuestions = hypotheses.filter((entry) => entry.testQuestions.length > 0 && (entry.status !== 'dropped' || touched.has(entry.id)));
  const ours = actions.filter((action) => action.meetingId === meetingId);
  return (
    <section className="run-panel hyp-test-questions" aria-labelledby="run-test-questions-heading">
      <h2 id="run-test-questions-heading">{t('run.testQuestions.heading')}</h2>
      {withQuestions.length === 0 ? (
        <p className="empty">{t('run.testQuestions.none')}</p>
      ) : (
        <>
          <p className="help">{t('run.testQuestions.help')}</p>
          {withQuestions.map((hypothesis) => (
            <HypothesisQuestions key={hypothesis.id} hypothesis={hypothesis} ours={ours} context={context} />
          ))}
        </>
      )}
    </section>
  );
}

function HypothesisQuestions({ hypothesis, ours, context }: { hypothesis: Hypothesis; ours: readonly Action[]; context: RunContext }) {
  const { t } = useTranslation();
  const headingId = `run-test-${hypothesis.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 className="hyp-test-hypothesis" id={headingId}>
        {hypothesis.wording}{' '}
        <span className={`hyp-status hyp-status-${hypothesis.status}`}>({t(`hypotheses.status.${hypothesis.status}`)})</span>
      </h3>
      <ul className="run-list">
        {hypothesis.testQuestions.map((question, index) => (
          <TestQuestion key={`${index}:${question}`} question={question} hypothesis={hypothesis} ours={ours} context={context} />
        ))}
      </ul>
    </section>
  );
}

function TestQuestion({ question, hypothesis, ours, context }: { question: string; hypothesis: Hypothesis; ours: readonly Action[]; context: RunContext }) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const notify = useNotify();
  const report = commands.report;

  async function make(kind: ActionKind) {
    if (ours.some((action) => action.kind === kind && sameText(action.text, question))) {
      notify({ message: (t) => t('run.testQuestions.already') });
      return;
    }
    try {
      const id = await commands.addAction.orThrow({
        kind,
        text: question,
        ownerId: null,
        ownerName: '',
        due: null,
        familyId: hypothesis.familyId,
        meetingId: context.meeting.id,
        // The family's answer then shows beside this hypothesis at its next review.
        hypothesisId: hypothesis.id,
      });
      commands.done((t) => t(kind === 'familyQuestion' ? 'run.testQuestions.madeQuestion' : 'run.testQuestions.madeAction'), {
        undo: async () => {
          if (await commands.addAction.undo(id)) notify({ message: (t) => t('run.testQuestions.removed') });
        },
      });
    } catch (error) {
      report(error);
    }
  }

  return (
    <li className="run-item hyp-test-item">
      <p className="run-item-text">{question}</p>
      <div className="run-item-buttons">
        {kinds.map(({ kind, make: makeKey, made }) => {
          const done = ours.some((action) => action.kind === kind && sameText(action.text, question));
          return (
            <button
              key={kind}
              type="button"
              className={`button hyp-test-button ${done ? '' : kind === 'familyQuestion' ? 'primary' : ''}`}
              aria-disabled={done || undefined}
              aria-label={t(`run.testQuestions.${done ? made : makeKey}Label`, { text: question })}
              onClick={() => void make(kind)}
            >
              {done ? <span className="hyp-test-made">{t(`run.testQuestions.${made}`)}</span> : t(`run.testQuestions.${makeKey}`)}
            </button>
          );
        })}
      </div>
    </li>
  );
}
