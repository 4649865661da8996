// How Kehä writes time, in one place for every screen, the room's screen and the record:
// - a duration (elapsed, actual, over time, a break) is always a clock "h:mm:ss" ("0:05:15",
//   "2:01:00"), so two clocks side by side never mean different things; screen readers get it in
//   words ("5 min 15 s");
// - a planned time is what the plan says, in minutes with the language's decimal ("7,5 min" in
//   Finnish, "7.5 min" in English), never rounded;
// - a time of day follows the language: Finnish with a dot ("21.40", read "klo 21.40"), English
//   with a colon ("21:40").
import { format } from 'date-fns';
import type { Language } from './messages';

export type TimeTranslate = (key: string, values?: Record<string, string | number>) => string;

/** "0:00:00", "0:04:07", "2:01:00": whole seconds rounded down, so a clock never runs ahead. Negative durations count as zero. */
export function durationClock(ms: number): string {
  const { hours, minutes, seconds } = durationParts(ms);
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The same duration in words for screen readers: "5 min 15 s", "2 h 1 min 0 s" ("2 t 1 min 0 s" in Finnish). */
export function durationWords(ms: number, t: TimeTranslate): string {
  const { hours, minutes, seconds } = durationParts(ms);
  const parts: string[] = [];
  if (hours > 0) parts.push(t('time.hours', { count: hours }));
  if (hours > 0 || minutes > 0) parts.push(t('time.minutes', { count: minutes }));
  parts.push(t('time.seconds', { count: seconds }));
  return parts.join(' ');
}

/** A planned time as planned: "7,5 min" / "7.5 min", "71,5 min", "10 min" (milliseconds in, to the tenth of a minute). */
export function plannedMinutesText(ms: number, language: Language, t: TimeTranslate): string {
  return t('time.plannedMinutes', { minutes: minutesNumber(ms / 60_000, language) });
}

/** A number of minutes in the language's way of writing decimals: "2,5" in Finnish, "2.5" in English. */
export function minutesNumber(minutes: number, language: Language): string {
  return new Intl.NumberFormat(numberLocales[language], { maximumFractionDigits: 1, useGrouping: false }).format(minutes);
}

/** A time of day: "21.40" in Finnish, "21:40" in English. */
export function timeOfDay(instant: number | Date, language: Language): string {
  return format(instant, timeOfDayPatterns[language]);
}

/** date-fns patterns of a time of day, per language; the long date-and-time patterns in the catalogue (dates.longWithTime) write it the same way. */
export const timeOfDayPatterns: Record<Language, string> = { fi: 'H.mm', en: 'HH:mm' };

const numberLocales: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB' };

function durationParts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}
