// A restore refusal in words, in the UI language: what was wrong with the file, and that nothing
// was changed.
import type { TFunction } from 'i18next';
import type { RestoreRefusal } from '../../../shared/backup/restoreCheck';

/** A refusal in words, in the UI language. */
export function refusalText(refusal: RestoreRefusal, t: TFunction): string {
  switch (refusal.kind) {
    case 'tooLarge':
      return t('restore.refused.tooLarge', { max: refusal.maxMegabytes });
    case 'newer':
      return t('restore.refused.newer', { version: refusal.version, supported: refusal.supported });
    case 'unreadable':
      return t('restore.refused.unreadable', {
        what: refusal.records.map((entry) => t('restore.unreadablePart', { what: t(`restore.tables.${entry.table}`), count: entry.count })).join(', '),
      });
    case 'failed':
      return refusal.name === 'QuotaExceededError' ? t('storage.full') : t('restore.refused.failed', { reason: refusal.message });
    default:
      return t(`restore.refused.${refusal.kind}`);
  }
}
