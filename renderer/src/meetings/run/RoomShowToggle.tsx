// A toggle that puts a method's material on the room's shared screen or takes it off (pressed:
// on the screen). The choice is the facilitator's, per step; the room view decides what may show.
import { useTranslation } from 'react-i18next';

export function RoomShowToggle({ shown, onChange, subject }: { shown: boolean; onChange: (shown: boolean) => void; subject: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`button room-toggle ${shown ? 'primary' : ''}`}
      aria-pressed={shown}
      aria-label={`${t('run.methods.showOnScreen')}: ${subject}`}
      onClick={() => onChange(!shown)}
    >
      {shown ? `✓ ${t('run.methods.onScreen')}` : t('run.methods.showOnScreen')}
    </button>
  );
}
