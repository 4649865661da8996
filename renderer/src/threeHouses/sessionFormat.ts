// How the three-houses screens write a session's day and a house's name in the UI language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { defaultHouseNameKey, type House, type HouseId } from '../../../shared/threeHouses/session';
import { useLanguage } from '../i18n/i18n';

const locales = { fi: fiLocale, en: enGB } as const;

/** A calendar day (yyyy-MM-dd) as the UI language writes it (fi 23.11.2026, en 23/11/2026). */
export function useDayFormat(): (day: string) => string {
  const language = useLanguage();
  return useCallback((day: string) => {
    const date = parseISO(day);
    return Number.isNaN(date.getTime()) ? day : format(date, 'P', { locale: locales[language] });
  }, [language]);
}

/** Today as yyyy-MM-dd in local time. */
export const localDay = (now: Date): string => format(now, 'yyyy-MM-dd');

/** The name shown for a house: the child's own name if given, otherwise the default one. */
export function useHouseName(): (id: HouseId, house: Pick<House, 'name'>) => string {
  const { t } = useTranslation();
  return useCallback((id: HouseId, house: Pick<House, 'name'>) => (house.name.trim() !== '' ? house.name : t(defaultHouseNameKey(id))), [t]);
}
