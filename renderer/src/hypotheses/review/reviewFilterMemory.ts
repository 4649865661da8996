// Remembers the review's filters and order while the vault stays unlocked, so opening a family's
// evolution view and coming back finds the list as it was left. Kept per data key, in memory only:
// locking drops the key and with it the remembered filters.
import { emptyReviewFilter, type ReviewFilter, type ReviewOrder } from '../../../../shared/hypothesis/review';
import type { Session } from '../../db/session';

export type ReviewView = { filter: ReviewFilter; order: ReviewOrder };

const remembered = new WeakMap<CryptoKey, ReviewView>();

export function recallReviewView(session: Session): ReviewView {
  return remembered.get(session.dataKey) ?? { filter: emptyReviewFilter, order: 'oldestFirst' };
}

export function rememberReviewView(session: Session, view: ReviewView): void {
  remembered.set(session.dataKey, view);
}
