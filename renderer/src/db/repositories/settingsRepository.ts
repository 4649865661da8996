// Settings that are needed before unlock (the UI language) and hold nothing sensitive.
import { defaultLanguage, isLanguage, type Language } from '../../../../shared/i18n/messages';
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
