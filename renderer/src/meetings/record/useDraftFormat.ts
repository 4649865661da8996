// The translate function and date formats of an entry draft in the language chosen for it (by
// default the language on screen): the same as useRecordFormat, but for either language, so a
// worker using Kehä in English can still copy a Finnish draft into the client record.
import { useMemo } from 'react';
import i18next from 'i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { RecordFormat } from '../../../../shared/document/document';
import type { Language } from '../../../../shared/i18n/messages';

const locales = { fi: fiLocale, en: enGB } as const;

export function useDraftFormat(language: Language): RecordFormat {
  return useMemo<RecordFormat>(() => {
    const t = i18next.getFixedT(language);
    const translate = (key: string, values?: Record<string, string | number>) => t(key, values ?? {});
    return {
      language,
      t: translate,
      formatInstant: (epochMs) => format(new Date(epochMs), translate('dates.longWithTime'), { locale: locales[language] }),
      formatDay: (day) => format(parseISO(day), 'P', { locale: locales[language] }),
    };
  }, [language]);
}
