// The family therapist's review of hypotheses across all families (#/hypotheses): filter by
// status, family, proposer role, lens tag and age; flag those not revisited for N weeks (N set
// here, saved at once); sort by last revisited; open a family's cards or evolution view. Works on
// the hypotheses' current cards only (useReviewHypotheses: first page first); no revision is read.
// The rules are in shared/hypothesis/review.ts.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareFamilyCodes,
  filterReview,
  isFilterEmpty,
  prepareReview,
  emptyReviewFilter,
  type ReviewFilter,
  type ReviewOrder,
} from '../../../../shared/hypothesis/review';
import { addedProposerRoles } from '../../../../shared/hypothesis/proposerText';
import { useSession } from '../../db/sessionContext';
import { useFamilies } from '../../db/hooks';
import { recallReviewView, rememberReviewView } from './reviewFilterMemory';
import { ReviewFilters } from './ReviewFilters';
import { ReviewTable } from './ReviewTable';
import { StaleWeeksField } from './StaleWeeksField';
import { useReviewHypotheses } from './useReviewHypotheses';
import { useStaleWeeks } from './useStaleWeeks';
import './review.css';

export function HypothesisReviewScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const loaded = useReviewHypotheses();
  const hypotheses = loaded?.hypotheses;
  const families = useFamilies();
  const staleWeeks = useStaleWeeks();
  const [view, setView] = useState(() => recallReviewView(session));
  const update = (next: { filter?: ReviewFilter; order?: ReviewOrder }) => {
    const changed = { ...view, ...next };
    setView(changed);
    rememberReviewView(session, changed);
  };

  const codes = useMemo(() => new Map((families ?? []).map((family) => [family.id, family.code])), [families]);
  // Age and staleness depend on the clock: worked out again whenever the data or N change.
  const prepared = useMemo(
    () => (hypotheses && staleWeeks !== undefined ? prepareReview(hypotheses, codes, { now: session.now(), staleWeeks }) : null),
    [hypotheses, codes, staleWeeks, session],
  );
  const entries = useMemo(() => (prepared ? filterReview(prepared, view.filter, view.order) : []), [prepared, view.filter, view.order]);
  const familyOptions = useMemo(() => {
    const withHypotheses = new Set((hypotheses ?? []).map((hypothesis) => hypothesis.familyId));
    return (families ?? []).filter((family) => withHypotheses.has(family.id)).sort((a, b) => compareFamilyCodes(a.code, b.code));
  }, [families, hypotheses]);

  const addedRoles = useMemo(() => addedProposerRoles((hypotheses ?? []).flatMap((hypothesis) => hypothesis.proposers)), [hypotheses]);

  const loading = !prepared || staleWeeks === undefined || !families;
  const total = hypotheses?.length ?? 0;
  const filtered = !isFilterEmpty(view.filter);
  // Proposer and lens filters need every card decrypted; the others work on the clear fields.
  const waitingForCards = !loaded?.complete && (view.filter.proposerRoles.length > 0 || view.filter.lensTags.length > 0);
  const staleShown = entries.reduce((count, entry) => count + (entry.stale ? 1 : 0), 0);

  return (
    <div className="screen review-screen">
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      <p className="help">{t('review.intro')}</p>
      {loading ? (
        <p className="empty" role="status">
          {t('review.loading')}
        </p>
      ) : total === 0 ? (
        <>
          <StaleWeeksField weeks={staleWeeks} />
          <p className="empty">{t('review.empty')}</p>
        </>
      ) : (
        <>
          <div className="review-settings">
            <StaleWeeksField weeks={staleWeeks} />
          </div>
          <ReviewFilters
            filter={view.filter}
            onChange={(filter) => update({ filter })}
            families={familyOptions}
            staleWeeks={staleWeeks}
            addedRoles={addedRoles}
          />
          <div className="review-summary" hidden={waitingForCards}>
            <p className="result-count" aria-live="polite" data-testid="review-count">
              {t('review.count', { count: entries.length })}
              {filtered && ` ${t('review.ofAll', { count: total })}`}
              {', '}
              {t('review.staleCount', { count: staleShown, weeks: staleWeeks })}
            </p>
            {filtered && (
              <button type="button" className="button" onClick={() => update({ filter: emptyReviewFilter })}>
                {t('review.clearFilters')}
              </button>
            )}
          </div>
          {waitingForCards ? (
            <p className="empty" role="status">
              {t('review.loading')}
            </p>
          ) : entries.length === 0 ? (
            <p className="empty">{t('review.noMatches')}</p>
          ) : (
            <ReviewTable entries={entries} order={view.order} onOrderChange={(order) => update({ order })} staleWeeks={staleWeeks} />
          )}
        </>
      )}
    </div>
  );
}
