// "Move up" and "Move down" for one item of an ordered agenda list, for keyboard users who do not
// drag. At either end the button stays focusable (aria-disabled) so focus is never lost mid-list.
import { useTranslation } from 'react-i18next';

type MoveButtonsProps = {
  index: number;
  count: number;
  /** What is moved, for the buttons' accessible names (a family code). */
  name: string;
  disabled: boolean;
  onMove: (to: number) => void;
  /** The buttons' accessible names when the list words them its own way; default "Move up {name}". */
  labels?: { up: string; down: string };
  /** The keys that move the item too (aria-keyshortcuts), when the list has them. */
  keyShortcuts?: { up: string; down: string };
};

export function MoveButtons({ index, count, name, disabled, onMove, labels, keyShortcuts }: MoveButtonsProps) {
  const { t } = useTranslation();
  const first = index === 0;
  const last = index === count - 1;
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="button"
        disabled={disabled}
        aria-disabled={first || undefined}
        aria-label={labels?.up ?? t('meetings.moveUpLabel', { code: name })}
        aria-keyshortcuts={keyShortcuts?.up}
        onClick={() => !first && onMove(index - 1)}
      >
        <span aria-hidden="true">↑ </span>
        {t('meetings.moveUp')}
      </button>
      <button
        type="button"
        className="button"
        disabled={disabled}
        aria-disabled={last || undefined}
        aria-label={labels?.down ?? t('meetings.moveDownLabel', { code: name })}
        aria-keyshortcuts={keyShortcuts?.down}
        onClick={() => !last && onMove(index + 1)}
      >
        <span aria-hidden="true">↓ </span>
        {t('meetings.moveDown')}
      </button>
    </span>
  );
}
