// The translate function and date formats the pure document builders need (RecordFormat in
// shared/document/document.ts: the meeting record, the hypothesis history, a three-houses document),
// taken from the UI language, so documents are written in the language on screen.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { RecordFormat } from '../../../../shared/document/document';
import { useLanguage } from '../../i18n/i18n';

const locales = { fi: fiLocale, en: enGB } as const;

export function useRecordFormat(): RecordFormat {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo<RecordFormat>(() => {
    const locale = locales[language];
    return {
      language,
      t: (key, values) => t(key, values ?? {}),
      formatInstant: (epochMs) => format(new Date(epochMs), t('dates.longWithTime'), { locale }),
      formatDay: (day) => format(parseISO(day), 'P', { locale }),
    };
  }, [t, language]);
}
