// A text with durations in it as every clock in Kehä shows them ("0:04:34 / 2:01:00", see
// shared/i18n/timeText.ts), with the same text in words ("4 min 34 s / 2 h 1 min 0 s") for screen
// readers, which would otherwise read the colons as a time of day or a ratio.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { durationClock, durationWords } from '../../../shared/i18n/timeText';

/**
 * `text` writes the sentence around the durations (a catalogue text); it is called once with the
 * clock format for the screen and once with words for screen readers.
 */
export function ClockText({ text, testId }: { text: (duration: (ms: number) => string) => string; testId?: string }) {
  const spoken = useDurationWords();
  return (
    <>
      <span aria-hidden="true" data-testid={testId}>
        {text(durationClock)}
      </span>
      <span className="visually-hidden">{text(spoken)}</span>
    </>
  );
}

/** A duration in words in the UI language: "5 min 15 s". */
export function useDurationWords(): (ms: number) => string {
  const { t } = useTranslation();
  return useCallback((ms: number) => durationWords(ms, (key, values) => t(key, values ?? {})), [t]);
}
