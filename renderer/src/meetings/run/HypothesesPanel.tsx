// Hypotheses in the hypothesising (and reflection) phase: first the review of the family's
// hypotheses from earlier meetings ("What have we learnt since last time?", HypothesisReview), then
// this meeting's new hypotheses as cards (delete with undo) and the card editor to add one, with
// the meeting's participants and their roles as proposers. Alt+H focuses the new wording field.
import { useTranslation } from 'react-i18next';
import type { Hypothesis, HypothesisCard } from '../../../../shared/hypothesis/hypothesis';
import { useNotify } from '../../components/Notifications';
import { useFamilyHypotheses, useFamilyRevisions } from '../../db/hypothesisHooks';
import { useFamilyActions } from '../../db/meetingHooks';
import { HypothesisEditor, proposerLabel } from '../../hypotheses';
import { useLanguage } from '../../i18n/i18n';
import { HypothesisReview } from './HypothesisReview';
import { meetingProposers } from './HypothesisProposers';
import type { RunContext } from './runContext';
import './HypothesisReview.css';
import { useHypothesisCommands } from '../../db/commands/hypothesisCommands';
import { useThisComputer } from '../../db/thisComputer';
import { isFollower } from '../../../../shared/meeting/driver';

const editorPrefix = 'run-hypothesis';
/** The new hypothesis's wording field (the editor names it `${idPrefix}-wording`). */
export const hypothesisFieldId = `${editorPrefix}-wording`;

export function HypothesesPanel({ context, familyId }: { context: RunContext; familyId: string }) {
  const { t } = useTranslation();
  const commands = useHypothesisCommands();
  const notify = useNotify();
  const all = useFamilyHypotheses(familyId);
  const revisions = useFamilyRevisions(familyId);
  const actions = useFamilyActions(familyId);
  const meetingId = context.meeting.id;
  // On a computer following the chair's run, whoever types here proposes: the member using it, by
  // default. On the chair's computer the chair types for everyone, so nobody is chosen in advance.
  const { computerId, memberId } = useThisComputer();
  const proposerHere = memberId && isFollower(context.meeting.run, computerId) ? context.nameOf(memberId) : null;
  if (!all || !revisions || !actions) return null;
  const ours = all.filter((entry) => entry.meetingId === meetingId);

  async function add(card: HypothesisCard) {
    await commands.createHypothesis.orThrow({ familyId, meetingId, card });
    notify({ message: (t) => t('run.hypotheses.added') });
  }

  return (
    <section className="run-panel run-hypotheses" aria-labelledby="run-hypotheses-heading">
      <h2 id="run-hypotheses-heading">{t('run.hypotheses.heading')}</h2>
      <HypothesisReview meetingId={meetingId} hypotheses={all} revisions={revisions} familyId={familyId} actions={actions} />
      <h3>{t('run.hypotheses.thisMeeting')}</h3>
      {ours.length === 0 ? (
        <p className="empty">{t('run.hypotheses.none')}</p>
      ) : (
        <ul className="run-list run-our-hypotheses">
          {ours.map((hypothesis) => (
            <OurHypothesis key={hypothesis.id} hypothesis={hypothesis} />
          ))}
        </ul>
      )}
      <section className="hyp-new" aria-labelledby="run-hypothesis-new-heading">
        <h3 id="run-hypothesis-new-heading">{t('run.hypotheses.add')}</h3>
        <HypothesisEditor
          idPrefix={editorPrefix}
          initial={null}
          proposerOptions={meetingProposers(context)}
          submitLabel={t('run.hypotheses.add')}
          onSave={add}
          defaultProposerName={proposerHere}
        />
      </section>
    </section>
  );
}

/** A hypothesis made in this meeting, as a short card, with delete (and undo). */
function OurHypothesis({ hypothesis }: { hypothesis: Hypothesis }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useHypothesisCommands();
  const notify = useNotify();
  async function remove() {
    try {
      const row = await commands.deleteHypothesis.orThrow(hypothesis.id);
      document.getElementById(hypothesisFieldId)?.focus();
      if (!row) return;
      commands.done((t) => t('run.hypotheses.deleted'), {
        undo: async () => {
          if (await commands.deleteHypothesis.undo(row)) notify({ message: (t) => t('run.hypotheses.restored') });
        },
      });
    } catch (error) {
      commands.report(error);
    }
  }
  return (
    <li className="run-item">
      <p className="run-item-text">{hypothesis.wording}</p>
      <p className="run-item-meta">
        <span className={`hyp-status hyp-status-${hypothesis.status}`}>
          {t('run.hypotheses.status', { status: t(`hypotheses.status.${hypothesis.status}`) })}
        </span>
        {hypothesis.proposers.length > 0 && (
          <> · {t('run.hypotheses.proposedBy', { role: hypothesis.proposers.map((proposer) => proposerLabel(t, language, proposer)).join(', ') })}</>
        )}
      </p>
      {(hypothesis.testQuestions.length > 0 || hypothesis.lensTags.length > 0) && (
        <dl className="hyp-card-fields">
          {hypothesis.testQuestions.length > 0 && (
            <>
              <dt>{t('hypotheses.field.testQuestions')}</dt>
              <dd>
                <ul>
                  {hypothesis.testQuestions.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {hypothesis.lensTags.length > 0 && (
            <>
              <dt>{t('hypotheses.field.lensTags')}</dt>
              <dd>{hypothesis.lensTags.map((tag) => t(`hypotheses.lens.${tag}`)).join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      <div className="run-item-buttons">
        <button
          type="button"
          className="button quiet"
          aria-label={t('run.hypotheses.delete', { wording: hypothesis.wording })}
          onClick={() => void remove()}
        >
          {t('run.deleteButton')}
        </button>
      </div>
    </li>
  );
}
