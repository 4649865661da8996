// The sync status in words, in the UI language: the header's short text (SyncStatus.tsx), its
// tooltip, and for a problem the longer explanation; the Team server section of Data and security
// says the same (docs/architecture.md: Sync between the team's computers).
import { format, isSameDay, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { SyncProblem, SyncStatus } from '../db/syncTypes';
import { useLanguage } from '../i18n/i18n';
import { useText, type Translate } from '../i18n/keys';
import type { Language } from '../../../shared/i18n/messages';

export type SyncStatusWords = {
  /** The header's short text ("Synced", "Syncing 3 changes", "Offline since 10:42 · 3 changes waiting", "Sync problem"). */
  text: string;
  /** A tooltip: when it last synced, or what offline means. */
  title: string | null;
  /** A problem's explanation, and since when (with the changes waiting), as sentences. */
  explanation: string[];
};

const dateLocales = { fi: fiLocale, en: enGB } as const;

/** A moment as the time of day when it is today ("10:42", "10.42"), else with its date. */
export function syncTime(iso: string, language: Language, now: Date = new Date()): string {
  const date = parseISO(iso);
  return format(date, isSameDay(date, now) ? 'p' : 'P p', { locale: dateLocales[language] });
}

/** The words of a status; null when sync is off (nothing shown). */
export function syncStatusWords(status: SyncStatus, t: Translate, language: Language, now: Date = new Date()): SyncStatusWords | null {
  switch (status.state) {
    case 'off':
      return null;
    case 'synced':
      return { text: t('sync.status.synced'), title: t('sync.status.syncedTitle', { time: syncTime(status.at, language, now) }), explanation: [] };
    case 'syncing':
      // Nothing of this computer's waiting yet: the engine is starting or reaching the server.
      if (status.pending === 0) return { text: t('sync.status.starting'), title: null, explanation: [] };
      return { text: t('sync.status.syncing', { count: status.pending }), title: null, explanation: [] };
    case 'offline': {
      const time = syncTime(status.since, language, now);
      return {
        text: status.pending > 0 ? t('sync.status.offlineWaiting', { time, count: status.pending }) : t('sync.status.offline', { time }),
        title: t('sync.status.offlineHelp'),
        explanation: [],
      };
    }
    case 'problem':
      return {
        text: t('sync.status.problem'),
        title: null,
        explanation: [
          problemText(status.problem, t),
          t('sync.status.problemSince', { time: syncTime(status.since, language, now) }),
          ...(status.pending > 0 ? [t('sync.status.problemWaiting', { count: status.pending })] : []),
        ],
      };
  }
}

export function problemText(problem: SyncProblem, t: Translate): string {
  return t(`sync.problems.${problem}`);
}

/** The words of `status` in the current language. */
export function useSyncStatusWords(status: SyncStatus): SyncStatusWords | null {
  const t = useText();
  const language = useLanguage();
  return syncStatusWords(status, t, language);
}
