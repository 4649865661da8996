// Reordering a react-aria GridList by dragging, with the pointer or the keyboard (Tab to the row's
// drag button, Enter, arrows, Enter): the planner's deep dives and the template editor's phases.
// A visible line shows where the item will land. react-aria's own announcements follow the UI
// language through the app root's ComponentLocale.
import { DropIndicator, useDragAndDrop } from 'react-aria-components';
import { moveByDrop } from '../../../shared/meeting/plan';

type ReorderOptions<T extends { id: string }> = {
  items: readonly T[];
  /** The item as text, for what a drag carries. */
  textOf: (item: T) => string;
  /** Stores the new order: `reorder` turns the current list into the reordered one; `movedId` is the item moved. */
  onReorder: (reorder: (items: readonly T[]) => T[], movedId: string) => void;
  /** Class of the drop line. */
  dropClassName: string;
};

export function useReorderByDrag<T extends { id: string }>({ items, textOf, onReorder, dropClassName }: ReorderOptions<T>) {
  return useDragAndDrop<T>({
    getItems: (keys) =>
      [...keys].map((key) => {
        const item = items.find((candidate) => candidate.id === key);
        return { 'text/plain': item ? textOf(item) : String(key) };
      }),
    onReorder: (event) => {
      if (event.target.dropPosition === 'on') return;
      const keys = new Set([...event.keys].map(String));
      const position = event.target.dropPosition;
      const target = String(event.target.key);
      onReorder((current) => moveByDrop(current, keys, target, position), [...keys][0] ?? '');
    },
    renderDropIndicator: (target) => <DropIndicator target={target} className={dropClassName} />,
  }).dragAndDropHooks;
}
