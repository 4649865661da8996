// Short messages after an action ("Family KXR-482 was deleted.") with an optional action such as
// Undo. Announced politely to screen readers; stays while focus is inside it.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Texts are functions of `t`, so a notification follows a language switch while it is shown. */
export type Notification = {
  message: (t: TFunction) => string;
  action?: { label: (t: TFunction) => string; run: () => Promise<void> | void };
};
type Notify = (notification: Notification) => void;

const NotifyContext = createContext<Notify>(() => undefined);
export const useNotify = () => useContext(NotifyContext);

const visibleMs = 12_000;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<(Notification & { serial: number }) | null>(null);
  const serial = useRef(0);
  const region = useRef<HTMLDivElement>(null);
  const notify = useCallback<Notify>((notification) => setCurrent({ ...notification, serial: ++serial.current }), []);

  useEffect(() => {
    if (!current) return;
    const timer = setInterval(() => {
      if (!region.current?.contains(document.activeElement)) setCurrent(null);
    }, visibleMs);
    return () => clearInterval(timer);
  }, [current]);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className="notifications" role="status" aria-live="polite" ref={region}>
        {current && (
          <div className="notification" key={current.serial}>
            <span>{current.message(t)}</span>
            {current.action && (
              <button
                type="button"
                className="button"
                onClick={async () => {
                  const action = current.action;
                  setCurrent(null);
                  await action?.run();
                }}
              >
                {current.action.label(t)}
              </button>
            )}
            <button type="button" className="button quiet" onClick={() => setCurrent(null)} aria-label={t('family.close')}>
              ×
            </button>
          </div>
        )}
      </div>
    </NotifyContext.Provider>
  );
}
