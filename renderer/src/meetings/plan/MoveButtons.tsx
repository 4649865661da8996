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
};

export function MoveButtons({ index, count, name, disabled, onMove }: MoveButtonsProps) {
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
        aria-label={t('meetings.moveUpLabel', { code: name })}
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
        aria-label={t('meetings.moveDownLabel', { code: name })}
        onClick={() => !last && onMove(index + 1)}
      >
        <span aria-hidden="true">↓ </span>
        {t('meetings.moveDown')}
      </button>
    </span>
  );
}
