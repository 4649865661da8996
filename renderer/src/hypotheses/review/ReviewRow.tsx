// One hypothesis in the review: family (links to the family's cards and evolution view), wording
// with proposers and lenses, status, made, last revisited with the "not revisited for N weeks"
// flag in words. Memoised: a filter change re-renders only the rows that were not shown before.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseRoleText, proposerText } from '../../../../shared/hypothesis/proposerText';
import type { ReviewEntry } from '../../../../shared/hypothesis/review';
import { routeHref } from '../../app/router';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { isCardPending } from './useReviewHypotheses';
import { PseudonymCode } from '../../components/PseudonymCode';

export const ReviewRow = memo(function ReviewRow({ entry, staleWeeks }: { entry: ReviewEntry; staleWeeks: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { hypothesis, familyCode, stale } = entry;
  return (
    <tr className={stale ? 'stale' : undefined}>
      <th scope="row">
        {familyCode ? (
          <>
            <a href={routeHref({ name: 'familyHypotheses', id: hypothesis.familyId, view: 'cards' })}>
              <PseudonymCode code={familyCode} />
              <span className="visually-hidden">: {t('review.familyCards')}</span>
            </a>
            <a className="evolution-link" href={routeHref({ name: 'familyHypotheses', id: hypothesis.familyId, view: 'evolution' })}>
              {t('review.familyEvolution')}
              <span className="visually-hidden"> {t('review.ofFamily', { code: familyCode })}</span>
            </a>
          </>
        ) : (
          <span className="muted">{t('review.familyGone')}</span>
        )}
      </th>
      <td>
        <p className="review-wording">{isCardPending(hypothesis) ? <span className="muted">{t('review.loadingCard')}</span> : hypothesis.wording}</p>
        {hypothesis.proposers.length > 0 && (
          <p className="review-meta">
            {t('review.proposedBy', {
              names: hypothesis.proposers.map((proposer) => proposerText(proposer, language, (role) => phaseRoleText(role, t))).join(', '),
            })}
          </p>
        )}
        {hypothesis.lensTags.length > 0 && (
          <p className="review-meta">{t('review.lenses', { tags: hypothesis.lensTags.map((tag) => t(`hypotheses.lens.${tag}`)).join(', ') })}</p>
        )}
      </td>
      <td>{t(`hypotheses.status.${hypothesis.status}`)}</td>
      <td>{formatDate(hypothesis.createdAt, language, 'short')}</td>
      <td>
        {formatDate(hypothesis.revisitedAt, language, 'short')}
        {stale && <span className="stale-flag">{t('review.notRevisited', { count: staleWeeks })}</span>}
      </td>
    </tr>
  );
});
