// i18next set up with Kehä's fi/en resources from shared/, and date formatting that follows the
// UI language through date-fns locales.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { resources } from '../../../shared/i18n/resources';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/i18n/messages';
import type { ValidationIssue } from '../../../shared/validation';

export function initI18n(language: Language) {
  document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export async function changeLanguage(language: Language) {
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

const dateLocales = { fi: fiLocale, en: enGB } as const;

/** Formats an ISO timestamp in the UI language: 'long' includes the weekday. */
export function formatDate(iso: string, language: Language, style: 'long' | 'longWithTime' | 'short'): string {
  const date = parseISO(iso);
  if (style === 'short') return format(date, 'P', { locale: dateLocales[language] });
  return format(date, i18next.t(`dates.${style}`, { lng: language }), { locale: dateLocales[language] });
}

/** Translates a validation issue from shared/ into the UI language. */
export function useIssueText() {
  const { t } = useTranslation();
  return (issue: ValidationIssue | null) => (issue ? t(issue.key, issue.values) : '');
}
