// This review's rating of one goal: a radio group of 0–10 and "Not rated" (arrow keys move along
// it, as in any radio group), saved at once on every choice. Saves go one at a time and each writes
// the latest choice, so quick arrow presses can never leave an older rating stored last. The choice
// shows immediately; a failed save says why and shows the stored rating again.
import { autosaveStatusText } from '../components/useAutosave';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingScale } from '../../../shared/carePeriod/carePeriod';
import { storageErrorText } from '../db/storageErrors';

type GoalRatingScaleProps = {
  /** The stored rating of this review: 0–10, null for not rated (or not yet rated). */
  stored: number | null;
  save: (rating: number | null) => Promise<void>;
  /** The goal's heading, which names the group together with the legend. */
  describedBy: string;
};

const values = Array.from({ length: ratingScale.max - ratingScale.min + 1 }, (_, index) => ratingScale.min + index);

export function GoalRatingScale({ stored, save, describedBy }: GoalRatingScaleProps) {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState<number | null | undefined>(undefined);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  // The choice waiting to be saved, and the chain of saves (one at a time).
  const waiting = useRef<{ rating: number | null } | null>(null);
  const busy = useRef(false);
  const chain = useRef<Promise<void>>(Promise.resolve());
  // The stored rating moved on (saved here, or changed in another window) while nothing is being saved here: show it.
  useEffect(() => {
    if (!busy.current) setChosen(undefined);
  }, [stored]);
  const shown = chosen === undefined ? stored : chosen;

  function choose(rating: number | null) {
    setChosen(rating);
    setStatus('saving');
    waiting.current = { rating };
    busy.current = true;
    chain.current = chain.current.then(async () => {
      const next = waiting.current;
      if (!next) return;
      waiting.current = null;
      try {
        await save(next.rating);
        if (waiting.current) return;
        setStatus('saved');
        setFailure(null);
      } catch (error) {
        waiting.current = null;
        setChosen(undefined);
        setStatus('failed');
        setFailure(storageErrorText(error, t));
      } finally {
        if (!waiting.current) busy.current = false;
      }
    });
  }

  const statusText = autosaveStatusText(t, status);
  return (
    <fieldset className="goal-rating-scale" aria-describedby={`${describedBy} ${name}-scale`}>
      <legend>{t('carePeriod.panel.ratingLegend')}</legend>
      <span className={`save-status save-status-${status}`} data-testid="save-status">
        {statusText}
      </span>
      <div className="goal-rating-options">
        {values.map((value) => (
          <label key={value} className="goal-rating-option">
            <input type="radio" name={name} value={value} checked={shown === value} onChange={() => choose(value)} />
            <span>{value}</span>
          </label>
        ))}
        <label className="goal-rating-option goal-rating-none">
          <input type="radio" name={name} value="" checked={shown === null} onChange={() => choose(null)} />
          <span>{t('carePeriod.panel.notRated')}</span>
        </label>
      </div>
      <p className="help" id={`${name}-scale`}>
        {t('carePeriod.panel.scaleLow')} · {t('carePeriod.panel.scaleHigh')}
      </p>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
    </fieldset>
  );
}
