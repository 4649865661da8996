// Settings that hold nothing sensitive, kept in the clear: the UI language (needed before unlock),
// the therapist review's "not revisited for N weeks", the idle time before Kehä locks itself and
// the team's usual meeting length (docs/domain.md: The time slot).
import { defaultLanguage, isLanguage, type Language } from '../../../../shared/i18n/messages';
import { defaultStaleWeeks } from '../../../../shared/hypothesis/review';
import { limits } from '../../../../shared/limits';
import { defaultSlotMinutes, isSlotMinutes, slotLimits } from '../../../../shared/meeting/timeSlot';
import type { KehaDatabase } from '../database';

// The language is also mirrored in localStorage so that a screen shown when the database cannot
// be opened still speaks the user's language.
const mirrorKey = 'keha.language';

export async function readLanguage(db: KehaDatabase): Promise<Language> {
  const row = await db.settings.get('language');
  return isLanguage(row?.value) ? row.value : rememberedLanguage();
}

export async function saveLanguage(db: KehaDatabase, language: Language): Promise<void> {
  await db.settings.put({ key: 'language', value: language });
  try {
    localStorage.setItem(mirrorKey, language);
  } catch {
    // localStorage unavailable: the database copy is the one that counts.
  }
}

/** The last language chosen in this browser profile, without the database. */
export function rememberedLanguage(): Language {
  try {
    const value = localStorage.getItem(mirrorKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/** The review's "not revisited for N weeks" (whole weeks, 1..limits.staleWeeksMax; 4 when unset or unreadable). */
export async function readStaleWeeks(db: KehaDatabase): Promise<number> {
  const row = await db.settings.get('staleWeeks');
  const weeks = Number(row?.value);
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= limits.staleWeeksMax ? weeks : defaultStaleWeeks;
}

export async function saveStaleWeeks(db: KehaDatabase, weeks: number): Promise<void> {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > limits.staleWeeksMax) {
    throw new RangeError(`staleWeeks must be a whole number from 1 to ${limits.staleWeeksMax}, got ${weeks}`);
  }
  await db.settings.put({ key: 'staleWeeks', value: String(weeks) });
}

/** The idle times after which Kehä locks itself, in minutes, as the team may choose them. */
export const autoLockChoices = [5, 15, 30, 60] as const;
export const defaultAutoLockMinutes = 15;

/** Minutes without use before Kehä locks itself (15 when unset or not one of the choices). */
export async function readAutoLockMinutes(db: KehaDatabase): Promise<number> {
  const row = await db.settings.get('autoLockMinutes');
  const minutes = Number(row?.value);
  return (autoLockChoices as readonly number[]).includes(minutes) ? minutes : defaultAutoLockMinutes;
}

export async function saveAutoLockMinutes(db: KehaDatabase, minutes: number): Promise<void> {
  if (!(autoLockChoices as readonly number[]).includes(minutes)) throw new RangeError(`autoLockMinutes must be one of ${autoLockChoices.join(', ')}, got ${minutes}`);
  await db.settings.put({ key: 'autoLockMinutes', value: String(minutes) });
}

/** The team's usual meeting length in minutes (90 when unset or unreadable): a plan's slot unless the plan sets its own. */
export async function readUsualSlotMinutes(db: KehaDatabase): Promise<number> {
  const row = await db.settings.get('usualSlotMinutes');
  const minutes = Number(row?.value);
  return isSlotMinutes(minutes) ? minutes : defaultSlotMinutes;
}

export async function saveUsualSlotMinutes(db: KehaDatabase, minutes: number): Promise<void> {
  if (!isSlotMinutes(minutes)) throw new RangeError(`usualSlotMinutes must be a whole number from ${slotLimits.min} to ${slotLimits.max}, got ${minutes}`);
  await db.settings.put({ key: 'usualSlotMinutes', value: String(minutes) });
}
