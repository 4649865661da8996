// A child's three houses (kolme taloa, docs/domain.md: Three houses): dispatches on the route's view to the list of the
// child's sessions, one session at the desk, the comparison of two sessions, or child mode (which
// the app shell then shows alone, see childModeLock.ts). The family is loaded here once; a child
// since removed from the family still has its sessions, shown as "child removed".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref, type ThreeHousesView } from '../app/router';
import { useFamily } from '../db/hooks';
import { setChildModeLock } from './childModeLock';
import { isChildModeAddress } from './ChildModeScreen';
import { CompareScreen } from './compare/CompareScreen';
import { SessionDesk } from './SessionDesk';
import { SessionsScreen } from './SessionsScreen';
import './threeHouses.css';

export function ThreeHousesScreen({ familyId, childId, view }: { familyId: string; childId: string; view: ThreeHousesView }) {
  const { t } = useTranslation();
  const family = useFamily(familyId);
  if (view.kind === 'child') return <EnterChildMode familyId={familyId} childId={childId} sessionId={view.sessionId} />;
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen three-houses">
        <h1 tabIndex={-1}>{t('threeHouses.title')}</h1>
        <p className="empty" role="alert">
          {t('threeHouses.screen.familyNotFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  const child = family.children.find((entry) => entry.id === childId) ?? null;
  switch (view.kind) {
    case 'sessions':
      return <SessionsScreen family={family} child={child} childId={childId} />;
    case 'session':
      return <SessionDesk family={family} child={child} childId={childId} sessionId={view.sessionId} />;
    case 'compare':
      return <CompareScreen familyId={familyId} childId={childId} baselineId={view.baselineId} nowId={view.nowId} />;
  }
}

/** The child-mode address opened directly: child mode starts (the shell then shows only the child view). */
function EnterChildMode({ familyId, childId, sessionId }: { familyId: string; childId: string; sessionId: string }) {
  useEffect(() => {
    // Not when the address has already moved on (leaving child mode sets it before clearing the lock).
    if (isChildModeAddress(window.location.hash)) setChildModeLock({ familyId, childId, sessionId });
  }, [familyId, childId, sessionId]);
  return null;
}
