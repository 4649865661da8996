// Settings that are needed before unlock (the UI language) and hold nothing sensitive.
import { defaultLanguage, isLanguage, type Language } from '../../../../shared/i18n/messages';
import type { KehaDatabase } from '../database';

export async function readLanguage(db: KehaDatabase): Promise<Language> {
  const row = await db.settings.get('language');
  return isLanguage(row?.value) ? row.value : defaultLanguage;
}

export async function saveLanguage(db: KehaDatabase, language: Language): Promise<void> {
  await db.settings.put({ key: 'language', value: language });
}
