// Gives the component library (react-aria) Kehä's UI language once, at the app root, so its own
// words (a dialog's hidden "Dismiss" button, drag-and-drop announcements) are in the language the
// user chose in Kehä, not the browser's or the operating system's.
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import type { Language } from '../../../shared/i18n/messages';
import { useLanguage } from './i18n';

export function ComponentLocale({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return <I18nProvider locale={reactAriaLocale[language]}>{children}</I18nProvider>;
}

/** react-aria's locale for each UI language. */
const reactAriaLocale = { fi: 'fi-FI', en: 'en-GB' } as const satisfies Record<Language, string>;
