// Every family's hypotheses for the review, shown fast: the rows are read (their status and dates
// are in the clear, enough to sort, count and flag them), the cards most likely to be on the first
// page (the least and the most recently revisited) are decrypted first, and the rest right after.
// Until a card is decrypted its hypothesis stands in with an empty wording (a real wording is never
// empty) and no proposers or lenses; `complete` says when every card is there. Decrypting all
// ~3,700 cards of a big team on the first visit after unlocking would otherwise hold the whole
// screen back (docs/benchmark.md). Revisions are never read here.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { emptyCard, type Hypothesis } from '../../../../shared/hypothesis/hypothesis';
import { useSession } from '../../db/sessionContext';
import type { HypothesisRow } from '../../db/database';
import { listHypothesisRows, openHypothesis } from '../../db/repositories/hypothesisRepository';

export type ReviewHypotheses = { hypotheses: Hypothesis[]; complete: boolean };

/** How many cards of each end of the list are decrypted before the first showing. */
const firstCards = 30;
/** How many of the other cards are decrypted between two frames. */
const restBatch = 250;

/** Resolves after the next frame has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function useReviewHypotheses(): ReviewHypotheses | undefined {
  const session = useSession();
  const rows = useLiveQuery(() => listHypothesisRows(session), [session]);
  const [opened, setOpened] = useState<{ rows: HypothesisRow[]; cards: Map<string, Hypothesis>; complete: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure; // to the error boundary, as a failed live query would

  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    const cards = new Map<string, Hypothesis>();
    const open = async (batch: HypothesisRow[]) => {
      const done = await Promise.all(batch.filter((row) => !cards.has(row.id)).map((row) => openHypothesis(session, row)));
      for (const hypothesis of done) cards.set(hypothesis.id, hypothesis);
    };
    (async () => {
      const byRevisit = [...rows].sort((a, b) => (a.revisitedAt < b.revisitedAt ? -1 : a.revisitedAt > b.revisitedAt ? 1 : 0));
      await open([...byRevisit.slice(0, firstCards), ...byRevisit.slice(-firstCards)]);
      if (cancelled) return;
      if (cards.size < rows.length) {
        setOpened({ rows, cards: new Map(cards), complete: false });
        // Let the first page paint before the rest is decrypted, and keep the screen responsive
        // while it is: starting thousands of decryptions at once would hold the main thread.
        for (let start = 0; start < rows.length && !cancelled; start += restBatch) {
          await afterNextPaint();
          await open(rows.slice(start, start + restBatch));
        }
      }
      if (!cancelled) setOpened({ rows, cards, complete: true });
    })().catch((error: unknown) => {
      if (!cancelled) setFailure(error);
    });
    return () => {
      cancelled = true;
    };
  }, [rows, session]);

  return useMemo(() => {
    if (!rows || !opened) return undefined;
    // While changed rows' cards are being opened again, a card is used only if it is still current.
    const hypotheses = rows.map((row) => {
      const card = opened.cards.get(row.id);
      return card && card.revisionCount === row.revisionCount && card.revisitedAt === row.revisitedAt ? card : standIn(row);
    });
    return { hypotheses, complete: opened.complete && opened.rows === rows };
  }, [rows, opened]);
}

/** A hypothesis whose card is not decrypted yet: its clear fields and an empty card. */
function standIn(row: HypothesisRow): Hypothesis {
  const { payload: _sealed, ...clear } = row;
  return { ...emptyCard(''), ...clear };
}

/** True for a stand-in (a real wording is never empty). */
export function isCardPending(hypothesis: Hypothesis): boolean {
  return hypothesis.wording === '';
}
