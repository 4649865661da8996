// The network map's write path for screens: each edit is one of the domain's pure edits applied to
// the map as stored now (networkMapRepository.updateNetworkMap); a refusal or a storage failure
// becomes one message in the notification bar, and removing a contact offers Undo, which puts it
// back in its place (docs/architecture.md: Data).
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { removeContact, restoreContact, type NetworkContact, type NetworkMap } from '../../../shared/networkMap/networkMap';
import { valid, type Validated } from '../../../shared/validation';
import { useSession } from '../db/sessionContext';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { NetworkMapRefusedError, updateNetworkMap } from '../db/repositories/networkMapRepository';

/** An error as the user reads it: the domain's refusal in words, or the storage message. */
export function networkMapErrorText(error: unknown, t: TFunction): string {
  return error instanceof NetworkMapRefusedError ? t(error.issue.key, error.issue.values) : storageErrorText(error, t);
}

export function useNetworkMapEdits(mapId: string) {
  const session = useSession();
  const notify = useNotify();

  /** Applies an edit; `done` says what happened (a message), returns whether it was saved. */
  const apply = useCallback(
    async (change: (map: NetworkMap) => Validated<NetworkMap>, done?: (t: TFunction) => string): Promise<boolean> => {
      try {
        await updateNetworkMap(session, mapId, change);
        if (done) notify({ message: done });
        return true;
      } catch (error) {
        notify({ message: (t) => networkMapErrorText(error, t) });
        return false;
      }
    },
    [session, mapId, notify],
  );

  /** Removes a contact, with Undo putting it back where it was. */
  const remove = useCallback(
    async (contact: Pick<NetworkContact, 'id' | 'name'>): Promise<boolean> => {
      let removed: ReturnType<typeof removeContact>['removed'] = null;
      try {
        await updateNetworkMap(session, mapId, (map) => {
          const result = removeContact(map, contact.id);
          removed = result.removed;
          return valid(result.map);
        });
      } catch (error) {
        notify({ message: (t) => networkMapErrorText(error, t) });
        return false;
      }
      const taken = removed as ReturnType<typeof removeContact>['removed'];
      if (!taken) return false;
      notify({
        message: (t) => t('networkMap.screen.contactRemoved', { name: contact.name }),
        action: {
          label: (t) => t('networkMap.screen.undo'),
          run: async () => {
            try {
              await updateNetworkMap(session, mapId, (map) => restoreContact(map, taken));
              notify({ message: (t) => t('networkMap.screen.contactRestored', { name: contact.name }) });
            } catch (error) {
              notify({ message: (t) => networkMapErrorText(error, t) });
            }
          },
        },
      });
      return true;
    },
    [session, mapId, notify],
  );

  return { apply, remove };
}
