// Turns storage failures into messages in the UI language, so no user ever sees "QuotaExceededError".
import type { TFunction } from 'i18next';

export function storageErrorText(error: unknown, t: TFunction): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return t('storage.full');
  const reason = error instanceof Error ? error.message : String(error);
  return t('storage.saveFailed', { reason });
}
