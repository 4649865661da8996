// Saving one edit of a three-houses session at once: the domain's pure edit applied through the
// repository, and any refusal (ThreeHousesRefusedError) or storage failure turned into a message
// in the UI language, so the control that asked can show it and keep what was typed.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreeHousesSession } from '../../../shared/threeHouses/session';
import type { Validated } from '../../../shared/validation';
import { useSession } from '../db/sessionContext';
import { storageErrorText } from '../db/storageErrors';
import { ThreeHousesRefusedError, updateThreeHousesSession } from '../db/repositories/threeHousesRepository';

/** Applies `change` to the stored session; resolves to null when saved, or the message to show. */
export type ApplySessionEdit = (change: (current: ThreeHousesSession) => Validated<ThreeHousesSession>) => Promise<string | null>;

export function useSessionEdit(sessionId: string): ApplySessionEdit {
  const { t } = useTranslation();
  const session = useSession();
  return useCallback(
    async (change) => {
      try {
        await updateThreeHousesSession(session, sessionId, change);
        return null;
      } catch (error) {
        if (error instanceof ThreeHousesRefusedError) {
          return t('threeHouses.desk.refused', { reason: t(error.issue.key, error.issue.values ?? {}) });
        }
        return storageErrorText(error, t);
      }
    },
    [session, sessionId, t],
  );
}

/** For autosaving fields: the update itself (it throws), and how a refusal becomes the field's message. */
export function useSessionUpdate(sessionId: string) {
  const session = useSession();
  return useCallback(
    async (change: (current: ThreeHousesSession) => Validated<ThreeHousesSession>) => {
      await updateThreeHousesSession(session, sessionId, change);
    },
    [session, sessionId],
  );
}

export const explainRefusal = (error: unknown) => (error instanceof ThreeHousesRefusedError ? error.issue : null);
