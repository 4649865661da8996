// Texts of durations and planned times (shared/i18n/timeText.ts): the units a duration is read out
// in for screen readers, and a planned time in minutes.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const timeEn = {
  hours: '{{count}} h',
  minutes: '{{count}} min',
  seconds: '{{count}} s',
  plannedMinutes: '{{minutes}} min',
};

export const timeFi: Shape<typeof timeEn> = {
  hours: '{{count}} t',
  minutes: '{{count}} min',
  seconds: '{{count}} s',
  plannedMinutes: '{{minutes}} min',
};
