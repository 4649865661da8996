// All translations, keyed by language, in the shape i18next expects.
import { en } from './en';
import { fi } from './fi';
import type { Language, Messages } from './messages';

export const resources = {
  fi: { translation: fi },
  en: { translation: en },
} satisfies Record<Language, { translation: Messages }>;
