// A map's day (yyyy-MM-dd) as the UI language writes it (fi 23.11.2026, en 23/11/2026).
import { useCallback } from 'react';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { useLanguage } from '../i18n/i18n';

const locales = { fi: fiLocale, en: enGB } as const;

export function useDayFormat(): (day: string) => string {
  const language = useLanguage();
  return useCallback(
    (day: string) => {
      const date = parseISO(day);
      return Number.isNaN(date.getTime()) ? day : format(date, 'P', { locale: locales[language] });
    },
    [language],
  );
}

/** Today as yyyy-MM-dd in local time. */
export const localDay = (now: Date): string => format(now, 'yyyy-MM-dd');
