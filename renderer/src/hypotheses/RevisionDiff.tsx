// The word-level difference between two revisions of a hypothesis: for the wording and every other
// field that differs, removed words struck through and added words underlined, each also named
// in text for screen readers ("removed:", "added:"), so the difference never rests on colour.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/messages';
import { useLanguage } from '../i18n/i18n';
import type { HypothesisCardField, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { proposerLabel } from './HypothesisEditor';
import { changedFields } from '../../../shared/hypothesis/revisions';
import { wordDiff } from '../../../shared/hypothesis/wordDiff';

export function RevisionDiff({ from, to }: { from: HypothesisRevision; to: HypothesisRevision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fields = changedFields(from.card, to.card);
  const statusChanged = from.status !== to.status;
  if (fields.length === 0 && !statusChanged) return <p className="empty">{t('hypotheses.history.noDifference')}</p>;
  return (
    <div className="revision-diff" data-testid="revision-diff">
      <p className="help">{t('hypotheses.history.diffLegend')}</p>
      {statusChanged && (
        <p className="revision-diff-status">
          {t('hypotheses.history.statusDiff', { from: t(`hypotheses.status.${from.status}`), to: t(`hypotheses.status.${to.status}`) })}
        </p>
      )}
      <dl className="revision-diff-fields">
        {fields.map((field) => (
          <div key={field} data-field={field}>
            <dt>{t(`hypotheses.field.${field}`)}</dt>
            <dd className="revision-diff-text">
              {wordDiff(fieldText(t, language, from, field), fieldText(t, language, to, field)).map((part, index) =>
                part.kind === 'same' ? (
                  <span key={index}>{part.text}</span>
                ) : part.kind === 'removed' ? (
                  <del key={index}>
                    <span className="visually-hidden">[{t('hypotheses.history.removed')} </span>
                    {part.text}
                    <span className="visually-hidden">]</span>
                  </del>
                ) : (
                  <ins key={index}>
                    <span className="visually-hidden">[{t('hypotheses.history.added')} </span>
                    {part.text}
                    <span className="visually-hidden">]</span>
                  </ins>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A card field as comparable text: lists one item per line. */
function fieldText(t: TFunction, language: Language, revision: HypothesisRevision, field: HypothesisCardField): string {
  const card = revision.card;
  switch (field) {
    case 'proposers':
      return card.proposers.map((proposer) => proposerLabel(t, language, proposer)).join('\n');
    case 'testQuestions':
      return card.testQuestions.join('\n');
    case 'lensTags':
      return card.lensTags.map((tag) => t(`hypotheses.lens.${tag}`)).join(', ');
    default:
      return card[field];
  }
}
