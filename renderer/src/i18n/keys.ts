// Typed text keys. `TextKey` is every key of the English text (shared/i18n/en.ts, which fi.ts must
// match); `useText()` is react-i18next's `t` taking only those keys, so a mistyped key fails the type
// check where it is used. This is a wrapper rather than i18next's own CustomTypeOptions typing of
// `t`, which made the renderer's type check about twice as slow (thirty times the type
// instantiations) when measured; see docs/architecture.md: Layers. Keys built at run time are typed
// as unions of the keys they can be (`TextKey` narrowed with template literal types).
import { useTranslation } from 'react-i18next';
import type { en } from '../../../shared/i18n/en';

/** Every key of the texts, dotted ('families.title'); a plural key also by its base ('timeline.events'). */
export type TextKey = LeafKeys<typeof en>;

type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${PluralBase<K>}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralBase<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base | K : K;

/** What a text's {{placeholders}} are filled with (and `count` for plurals). */
export type TextValues = Record<string, string | number>;

/** Translates a known key in the current language. */
export type Translate = (key: TextKey, values?: TextValues) => string;

/** react-i18next's `t`, taking only keys that exist. */
export function useText(): Translate {
  const { t } = useTranslation();
  return (key, values) => t(key, values ?? {});
}
