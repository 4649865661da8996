// Child mode (lapsen näkymä): the whole window is the child's three houses, drawn large and calm, to
// write in and draw in; nothing else about the family or any other family (no header, no family
// code, no case notes, no follow-up questions, no consent). The app shell renders only this while
// the child-mode lock is set (childModeLock.ts), whatever the address becomes, also after a reload;
// the address is put back to child mode if changed. Leaving takes the worker and the team's
// passphrase (WorkerExit). In the desktop app the window is a kiosk meanwhile (AppShell asks the shell).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { houseIds, type HouseId } from '../../../shared/threeHouses/session';
import { parseRoute, routeHref } from '../app/router';
import { NotificationsProvider } from '../components/Notifications';
import { getPlatform } from '../platform/platform';
import { useThreeHousesSession } from '../db/methodHooks';
import { ChildModeHouse } from './ChildModeHouse';
import { clearChildModeLock, type ThreeHousesChildModeLock } from './childModeLock';
import { WorkerExit } from './WorkerExit';
import './childMode.css';

export function ChildModeScreen({ lock }: { lock: ThreeHousesChildModeLock }) {
  return (
    <NotificationsProvider fillsWindow>
      <ChildModeView lock={lock} />
    </NotificationsProvider>
  );
}

function ChildModeView({ lock }: { lock: ThreeHousesChildModeLock }) {
  const { t } = useTranslation();
  const record = useThreeHousesSession(lock.sessionId);
  const [open, setOpen] = useState<HouseId | null>(null);
  const leaving = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const childHref = routeHref({ name: 'threeHouses', familyId: lock.familyId, childId: lock.childId, view: { kind: 'child', sessionId: lock.sessionId } });

  // The back button, a typed address or Alt+Left change the address: put child mode's back.
  useEffect(() => {
    const keep = () => {
      if (!leaving.current && window.location.hash !== childHref) window.history.replaceState(null, '', childHref);
    };
    keep();
    window.addEventListener('hashchange', keep);
    window.addEventListener('popstate', keep);
    return () => {
      window.removeEventListener('hashchange', keep);
      window.removeEventListener('popstate', keep);
    };
  }, [childHref]);

  useEffect(() => {
    heading.current?.focus();
  }, [open]);

  function leave() {
    leaving.current = true;
    // The address first, then the lock: the shell then opens the session at the desk.
    window.location.hash = routeHref({ name: 'threeHouses', familyId: lock.familyId, childId: lock.childId, view: { kind: 'session', sessionId: lock.sessionId } });
    clearChildModeLock();
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  // The desktop app's kiosk window is full screen already.
  const fullScreenAvailable = getPlatform().kind === 'browser' && typeof document.documentElement.requestFullscreen === 'function';
  return (
    <main className={open === null ? 'child-mode' : 'child-mode child-mode-open'} id="main">
      <div className="child-mode-top">
        <div>
          {open !== null && (
            <button type="button" className="child-button child-back" onClick={() => setOpen(null)}>
              {t('threeHouses.childMode.allHouses')}
            </button>
          )}
        </div>
        <h1 className="child-mode-heading" tabIndex={-1} ref={heading}>
          {t('threeHouses.childMode.heading')}
        </h1>
        <div className="child-mode-worker-tools">
          {fullScreenAvailable && (
            <button
              type="button"
              className="worker-exit-passphrase"
              onClick={() => document.documentElement.requestFullscreen().catch(() => undefined)}
            >
              {t('threeHouses.childMode.fullScreen')}
            </button>
          )}
          <WorkerExit onLeave={leave} />
        </div>
      </div>
      <div className="child-mode-main">
        {record === null && <p className="child-house-empty">{t('threeHouses.childMode.sessionMissing')}</p>}
        {record && (
          <div className={open === null ? 'child-houses' : 'child-houses child-houses-one'}>
            {houseIds
              .filter((houseId) => open === null || open === houseId)
              .map((houseId) => (
                <ChildModeHouse key={houseId} record={record} houseId={houseId} open={open === houseId} onOpen={() => setOpen(houseId)} />
              ))}
          </div>
        )}
      </div>
    </main>
  );
}

/** Whether the address is child mode for some session (used where child mode is entered by address). */
export const isChildModeAddress = (hash: string) => {
  const route = parseRoute(hash);
  return route.name === 'threeHouses' && route.view.kind === 'child';
};
