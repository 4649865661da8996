// The review's table of hypotheses (one ReviewRow each), sortable by last revisited. Only a page
// of rows is rendered at a time ("show more"), so thousands of hypotheses stay quick; focus moves
// to the first newly shown row so keyboard users continue where they were.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEntry, ReviewOrder } from '../../../../shared/hypothesis/review';
import { ReviewRow } from './ReviewRow';

export const reviewPageSize = 25;

type ReviewTableProps = {
  entries: ReviewEntry[];
  order: ReviewOrder;
  onOrderChange: (order: ReviewOrder) => void;
  staleWeeks: number;
};

export function ReviewTable({ entries, order, onOrderChange, staleWeeks }: ReviewTableProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(reviewPageSize);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  // A new list (other filters, other order) starts from its first page.
  const [listed, setListed] = useState(entries);
  if (listed !== entries) {
    setListed(entries);
    setShown(reviewPageSize);
  }

  useEffect(() => {
    if (focusRow === null) return;
    body.current?.rows[focusRow]?.querySelector<HTMLElement>('a')?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const visible = entries.slice(0, shown);
  const more = Math.min(reviewPageSize, entries.length - shown);
  return (
    <>
      <table className="review-table" aria-label={t('review.table')}>
        <colgroup>
          <col className="family" />
          <col />
          <col className="status" />
          <col className="date" />
          <col className="revisited" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('review.columns.family')}</th>
            <th scope="col">{t('review.columns.hypothesis')}</th>
            <th scope="col">{t('review.columns.status')}</th>
            <th scope="col">{t('review.columns.made')}</th>
            <th scope="col" aria-sort={order === 'oldestFirst' ? 'ascending' : 'descending'}>
              <button
                type="button"
                className="sort-button"
                onClick={() => onOrderChange(order === 'oldestFirst' ? 'newestFirst' : 'oldestFirst')}
                aria-label={`${t('review.columns.revisited')}: ${order === 'oldestFirst' ? t('review.sortToNewest') : t('review.sortToOldest')}`}
              >
                {t('review.columns.revisited')} <span aria-hidden="true">{order === 'oldestFirst' ? '▲' : '▼'}</span>
              </button>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {visible.map((entry, slot) => (
            // Keyed by position: a filter change then updates the rows' text in place instead of
            // replacing every row's elements (measured: docs/benchmark.md, filter change).
            <ReviewRow key={slot} entry={entry} staleWeeks={staleWeeks} />
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className="review-more">
          <span>{t('review.showing', { shown: visible.length })}</span>{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              setFocusRow(shown);
              setShown(shown + reviewPageSize);
            }}
          >
            {t('review.showMore', { count: more })}
          </button>
        </p>
      )}
    </>
  );
}
