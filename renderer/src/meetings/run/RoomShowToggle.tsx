// A toggle that puts a method's material on the room's shared screen or takes it off (pressed:
// on the screen). The choice is the facilitator's, per step; the room view decides what may show.
// A computer following the chair's run feeds no room's screen, so it shows no toggle (RoomScreenHere).
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether this window feeds the room's screen: false on a computer following the chair's run. */
export const RoomScreenHere = createContext(true);

export function RoomShowToggle({ shown, onChange, subject }: { shown: boolean; onChange: (shown: boolean) => void; subject: string }) {
  const { t } = useTranslation();
  if (!useContext(RoomScreenHere)) return null;
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
