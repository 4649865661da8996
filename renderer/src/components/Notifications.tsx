// Short messages after an action ("Family KXR-482 was deleted.") with an optional action such as
// Undo, shown in a status bar at the bottom of the window that takes its own room in the layout
// (the screen above it scrolls), so a message never covers a control or content. Announced politely
// to screen readers. A plain message goes by itself after a few seconds (not while the pointer or
// focus is in it) and when the user moves to another screen; one that offers an action stays until
// it is dismissed or a newer message takes its place, so nobody loses an Undo by being slow, and
// Alt+U takes the focus to its action from anywhere (the last thing on the page can be dozens of
// Tab presses away).
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { onFamilyErased } from '../db/commands/events';

/** Texts are functions of `t`, so a notification follows a language switch while it is shown. */
export type Notification = {
  message: (t: TFunction) => string;
  action?: { label: (t: TFunction) => string; run: () => Promise<void> | void };
  /**
   * The family whose data the action (Undo) would put back: the message goes when that family is
   * erased. An action without it goes when any family is erased.
   */
  familyId?: string;
};
type Notify = (notification: Notification) => void;

const NotifyContext = createContext<Notify>(() => undefined);
export const useNotify = () => useContext(NotifyContext);

/** How long a plain message stays (longer while the pointer or focus is in it). */
const visibleMs = 6_000;

/** Alt+U: focus the current message's action (Undo). */
function isActionShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyU';
}

/**
 * Holds the current message and shows it after `children`. `fillsWindow`: lays out the window, with
 * `children` scrolling in the room above and the message bar keeping its own room below (the app
 * shell and child mode); otherwise the bar simply follows `children` (a part of a page, in tests).
 */
export function NotificationsProvider({ children, fillsWindow }: { children: ReactNode; fillsWindow: boolean }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<(Notification & { serial: number }) | null>(null);
  const serial = useRef(0);
  // The address the message is shown on: a plain message belongs to that screen.
  const shownOn = useRef('');
  const region = useRef<HTMLDivElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  const notify = useCallback<Notify>((notification) => {
    const shown = ++serial.current;
    setCurrent({ ...notification, serial: shown });
    // Taken once the code that notified has run on (a microtask: before any hashchange event), so
    // that "notify, then navigate" and "navigate, then notify" both show the message on the screen
    // the user lands on.
    queueMicrotask(() => {
      if (serial.current === shown) shownOn.current = window.location.hash;
    });
  }, []);

  useEffect(() => {
    if (!current || current.action) return;
    const timer = setInterval(() => {
      const held = region.current?.contains(document.activeElement) || region.current?.matches(':hover');
      if (!held) setCurrent(null);
    }, visibleMs);
    return () => clearInterval(timer);
  }, [current]);

  // Moving to another screen takes a plain message along with the screen it was about.
  useEffect(() => {
    const onNavigate = () => setCurrent((shown) => (shown && !shown.action && shownOn.current !== window.location.hash ? null : shown));
    window.addEventListener('hashchange', onNavigate);
    return () => window.removeEventListener('hashchange', onNavigate);
  }, []);

  // A family erased (here or in another window): an Undo that could bring any of it back goes. One
  // not tagged with a family might be about it (a deleted timeline event, a hypothesis…), so it goes too.
  useEffect(
    () =>
      onFamilyErased((familyId) =>
        setCurrent((shown) => (shown?.action && (shown.familyId === undefined || shown.familyId === familyId) ? null : shown)),
      ),
    [],
  );

  const hasAction = !!current?.action;
  useEffect(() => {
    if (!hasAction) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isActionShortcut(event) || !actionButton.current) return;
      event.preventDefault();
      actionButton.current.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [hasAction]);

  return (
    <NotifyContext.Provider value={notify}>
      <div className={fillsWindow ? 'app-frame' : undefined}>
        <div className={fillsWindow ? 'app-scroll' : undefined}>{children}</div>
        <div className="notifications" role="status" aria-live="polite" ref={region}>
          {current && (
            <div className="notification" key={current.serial}>
              <span>{current.message(t)}</span>
              {current.action && (
                <button
                  ref={actionButton}
                  type="button"
                  className="button"
                  aria-keyshortcuts="Alt+U"
                  title={t('app.notificationActionKey')}
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
      </div>
    </NotifyContext.Provider>
  );
}
