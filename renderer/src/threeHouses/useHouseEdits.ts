// The edits of a house used both at the desk and in child mode, each saved at once through the
// domain's pure edits: add an item, change one, remove one (undone from the notification),
// rename the house, and save its drawing. Each resolves to null when saved or to the message to show.
import { valid } from '../../../shared/validation';
import {
  addItem,
  removeItem,
  renameHouse,
  restoreItem,
  setHouseDrawing,
  updateItem,
  type HouseId,
  type RemovedItem,
} from '../../../shared/threeHouses/session';
import { useNotify } from '../components/Notifications';
import { useSessionEdit } from './useSessionEdit';

export function useHouseEdits(sessionId: string, mode: 'desk' | 'child') {
  const apply = useSessionEdit(sessionId);
  const notify = useNotify();
  const texts = mode === 'child' ? { removed: 'threeHouses.childMode.itemRemoved', undo: 'threeHouses.childMode.undo' } : { removed: 'threeHouses.desk.itemRemoved', undo: 'threeHouses.desk.undo' };

  return {
    add: (house: HouseId, text: string, verbatim: boolean) => apply((current) => addItem(current, house, { id: crypto.randomUUID(), text, verbatim })),
    update: (house: HouseId, itemId: string, change: { text: string; verbatim: boolean }) => apply((current) => updateItem(current, house, itemId, change)),
    rename: (house: HouseId, name: string) => apply((current) => renameHouse(current, house, name)),
    saveDrawing: (house: HouseId, encoded: string | null) => apply((current) => valid(setHouseDrawing(current, house, encoded))),
    async remove(house: HouseId, itemId: string, houseName: string) {
      let removed: RemovedItem | null = null;
      const problem = await apply((current) => {
        const result = removeItem(current, house, itemId);
        removed = result.removed;
        return valid(result.session);
      });
      if (problem) {
        notify({ message: () => problem });
        return;
      }
      const taken = removed as RemovedItem | null;
      if (!taken) return;
      notify({
        message: (t) => t(texts.removed, { text: taken.item.text, house: houseName }),
        action: {
          label: (t) => t(texts.undo),
          run: async () => {
            const again = await apply((current) => valid(restoreItem(current, taken)));
            notify({ message: (t) => again ?? t('threeHouses.desk.itemRestored') });
          },
        },
      });
    },
  };
}
