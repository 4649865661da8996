// Test helper: the timeline section's real texts through a real i18next instance in fi and en (the
// section is registered in shared/i18n/en.ts and fi.ts by the lead; until then it is mounted here
// under the same `timeline` prefix), and a check that a validation issue has text in both languages.
import i18next from 'i18next';
import { expect } from 'vitest';
import { timelineEn, timelineFi } from '../../../shared/i18n/sections/timeline';
import type { Translate } from '../../../shared/timeline/dateRange';
import type { Validated } from '../../../shared/validation';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';

const messages = {
  en: { ...en, timeline: timelineEn },
  fi: { ...fi, timeline: timelineFi },
} as const;

export async function timelineT(language: 'fi' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [language]: { translation: messages[language] } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return (key, values) => {
    // A missing key comes back as the key itself: fail loudly instead of passing with it.
    if (!instance.exists(key, values ?? {})) throw new Error(`no ${language} text for ${key}`);
    return instance.t(key, values ?? {});
  };
}

/** The message of a key in one language (undefined if there is none). */
function message(language: 'fi' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[language]);
}

/** Expects an issue whose key has a text in both languages, and every value the text names is given. */
export function expectTranslatedIssue(result: Validated<unknown>, key: string): Record<string, string | number> {
  if (result.ok) throw new Error(`expected the issue ${key}, got a valid value`);
  expect(result.issue.key).toBe(key);
  for (const language of ['en', 'fi'] as const) {
    const text = message(language, key);
    expect(typeof text, `${language} ${key}`).toBe('string');
    for (const [, name] of (text as string).matchAll(/\{\{(\w+)\}\}/g)) {
      expect(result.issue.values, `${language} ${key} needs {{${name}}}`).toHaveProperty(name!);
    }
  }
  return result.issue.values;
}
