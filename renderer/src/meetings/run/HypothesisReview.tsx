// "What have we learnt since last time?": the family's hypotheses from earlier meetings that are
// still held, each to be strengthened, weakened, dropped, kept as it is or reworded in a keystroke
// or two (HypothesisReviewItem). Hypotheses reviewed in this meeting stay listed with what was done
// to them, so the list never shifts under the keyboard and the team sees its work. The family's
// answers to the questions taken to them show beside the hypotheses whose test questions they came
// from, and answers to other questions in a list of their own (shared/meeting/continuity.ts).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hypothesis, HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import { byHypothesis } from '../../../../shared/hypothesis/revisions';
import { answersByHypothesis } from '../../../../shared/meeting/continuity';
import type { Action } from '../../../../shared/meeting/meeting';
import { useText } from '../../i18n/keys';
import { HypothesisReviewItem } from './HypothesisReviewItem';
import { AnswerList } from '../../components/FamilyAnswerList';
import { hypothesesToReview } from './HypothesisReviewState';
import './HypothesisReview.css';

/** The element Alt+R focuses: the first hypothesis of the review. */
export const reviewItemSelector = '.hyp-review-item';

type HypothesisReviewProps = {
  meetingId: string;
  hypotheses: readonly Hypothesis[];
  /** Every revision of the family's hypotheses. */
  revisions: readonly HypothesisRevision[];
  familyId: string;
  /** The family's actions and questions: the answered questions show beside their hypotheses. */
  actions: readonly Action[];
};

export function HypothesisReview({ meetingId, hypotheses, revisions, familyId, actions }: HypothesisReviewProps) {
  const { t } = useTranslation();
  const text = useText();
  const answers = answersByHypothesis(familyId, hypotheses, revisions, actions);
  // What this view has listed stays listed (see hypothesesToReview).
  const listedBefore = useRef(new Set<string>());
  const listed = hypothesesToReview(hypotheses, revisions, meetingId, listedBefore.current);
  for (const entry of listed) listedBefore.current.add(entry.id);
  const histories = byHypothesis(revisions);
  return (
    <section className="run-review hyp-review" aria-labelledby="run-review-heading">
      <h3 id="run-review-heading">{t('run.hypotheses.review')}</h3>
      {listed.length === 0 ? (
        <p className="empty">{t('run.hypotheses.reviewNone')}</p>
      ) : (
        <>
          <p className="help">{t('run.hypotheses.reviewHelp')}</p>
          <p className="help hyp-review-keys" id="hyp-review-keys">
            {t('run.hypotheses.reviewKeys')}
          </p>
          <ul className="run-list hyp-review-list">
            {listed.map((hypothesis) => (
              <HypothesisReviewItem
                key={hypothesis.id}
                hypothesis={hypothesis}
                history={histories.get(hypothesis.id) ?? []}
                meetingId={meetingId}
                answers={answers.byHypothesis.get(hypothesis.id) ?? []}
              />
            ))}
          </ul>
        </>
      )}
      {answers.unlinked.length > 0 && (
        <section className="hyp-review-unlinked" aria-labelledby="run-review-unlinked-heading">
          <h4 id="run-review-unlinked-heading">{text('continuity.review.unlinked')}</h4>
          <p className="help">{text('continuity.review.unlinkedHelp')}</p>
          <AnswerList answers={answers.unlinked} />
        </section>
      )}
    </section>
  );
}
