// The UI text in each language, straight from the app's translations, so page objects find
// controls by the names users see and the same journey runs in Finnish and in English.
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import type { Language, Messages } from '../../../shared/i18n/messages';

export const texts: Record<Language, Messages> = { fi, en };

/** Fills {{placeholders}} like i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
