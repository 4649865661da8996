// Type test (checked by `npx tsc -b`, not run): the typed text keys of renderer/src/i18n/keys.ts
// accept every key of the English text and refuse a mistyped one.
import type { TextKey, Translate } from '../../../renderer/src/i18n/keys';

declare const t: Translate;

t('app.loading');
t('families.title');
// A plural key by its base and by its forms.
t('recovery.unreadableOther', { count: 2 });
t('recovery.unreadableOther_one', { count: 1 });
// A key built at run time is a union of keys that exist.
const status = 'strengthened' as 'open' | 'strengthened' | 'weakened' | 'dropped';
t(`hypotheses.status.${status}`);

// @ts-expect-error a mistyped key
t('app.loadng');
// @ts-expect-error a section is not a text
t('app');
// @ts-expect-error a key removed from the texts
t('app.tagline');
// @ts-expect-error a key built from any string may be no key at all
t(`hypotheses.status.${String(status)}`);

export const known: TextKey[] = ['storage.retry', 'language.fi'];
