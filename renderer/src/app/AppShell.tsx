// The frame around every screen once unlocked: skip link, header with the team's name, main
// navigation, the sync status (with a team server), who is using this computer, language and lock;
// the question of who is using it (after unlock, while nobody is remembered here); the
// demonstration-data banner; and the routed screen.
import { useEffect, useRef, useState } from 'react';
import { listenForErasure } from '../db/commands/events';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { AutomaticBackups } from '../backup/AutomaticBackups';
import { useDemoState, useTeam } from '../db/hooks';
import { LanguageSelect } from '../components/LanguageSelect';
import { NotificationsProvider } from '../components/Notifications';
import { DemoBanner } from '../components/DemoData';
import { ScreenBoundary, UnreadableNotice } from './RecordRecovery';
import { ConflictNotice } from '../sync';
import { FamiliesScreen } from '../families/FamiliesScreen';
import { FamilyScreen } from '../families/FamilyScreen';
import { FamilyHypothesesScreen } from '../hypotheses/FamilyHypothesesScreen';
import { HypothesisReviewScreen } from '../hypotheses/review/HypothesisReviewScreen';
import { MeetingScreen } from '../meetings/MeetingScreen';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { TeamScreen } from '../team/TeamScreen';
import { ThisComputerAskBand, ThisComputerButton, type ThisComputerAsk } from '../team/ThisComputerMember';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TemplateScreen } from '../templates/TemplateScreen';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { ThreeHousesScreen } from '../threeHouses/ThreeHousesScreen';
import { ChildModeScreen } from '../threeHouses/ChildModeScreen';
import { useChildModeLock } from '../threeHouses/childModeLock';
import { TimelineScreen } from '../timeline/TimelineScreen';
import { NetworkMapFamilyScreen, NetworkMapsScreen } from '../networkMap';
import { GenogramScreen } from '../genogram/GenogramScreen';
import { SyncProvider, SyncStatus } from '../sync';
import { getPlatform } from '../platform/platform';
import { routeHref, useRoute } from './router';
import { useSession } from '../db/sessionContext';

export function AppShell({ onLock }: { onLock: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const route = useRoute();
  const demo = useDemoState();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // Three houses' child mode (or the network map's family view): while it is on, it is all this window shows, whatever the address.
  const childMode = useChildModeLock();
  // Who is using this computer: asked under the header after unlock while nobody is remembered here.
  const [askWho, setAskWho] = useState<ThisComputerAsk>('auto');
  // In the desktop app child mode is a kiosk window (no menu, shortcuts refused); the unlocked app
  // tells the shell each time, so a window left a kiosk by a lock is put right after unlocking.
  const inChildMode = childMode !== null;
  useEffect(() => {
    void getPlatform().setChildMode(inChildMode).catch(() => undefined);
  }, [inChildMode]);
  // A family erased in another window: any Undo here that could bring it back goes.
  useEffect(() => listenForErasure(), []);

  // After navigation, move focus to the new screen's heading so keyboard and screen-reader
  // users start at the top of what changed.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  // Sync runs under child mode too, so a laptop handed to a child still receives and sends changes.
  if (childMode) return <SyncProvider>{childMode.tool === 'networkMap' ? <NetworkMapFamilyScreen lock={childMode} /> : <ChildModeScreen lock={childMode} />}</SyncProvider>;

  const section =
    route.name === 'team'
      ? 'team'
      : route.name === 'settings'
        ? 'settings'
        : route.name === 'meetings' || route.name === 'meeting'
        ? 'meetings'
        : route.name === 'hypothesisReview'
          ? 'hypotheses'
          : route.name === 'templates' || route.name === 'template'
            ? 'templates'
            : 'families';
  return (
    <SyncProvider>
    <NotificationsProvider fillsWindow>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); main.current?.querySelector<HTMLElement>('h1')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <span className="brand">{t('app.name')}</span>
          <ErrorBoundary fallback={null}>
            <TeamName />
          </ErrorBoundary>
        </div>
        <nav aria-label={t('app.mainNavigation')}>
          <ul>
            <li>
              <a href={routeHref({ name: 'meetings' })} aria-current={section === 'meetings' ? 'page' : undefined}>
                {t('nav.meetings')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'families' })} aria-current={section === 'families' ? 'page' : undefined}>
                {t('nav.families')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'hypothesisReview' })} aria-current={section === 'hypotheses' ? 'page' : undefined}>
                {t('nav.hypotheses')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'team' })} aria-current={section === 'team' ? 'page' : undefined}>
                {t('nav.team')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'templates' })} aria-current={section === 'templates' ? 'page' : undefined}>
                {t('nav.templates')}
              </a>
            </li>
            <li>
              <a href={routeHref({ name: 'settings' })} aria-current={section === 'settings' ? 'page' : undefined}>
                {t('nav.settings')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="header-tools">
          <SyncStatus />
          <ErrorBoundary fallback={null}>
            <ThisComputerButton ask={askWho} setAsk={setAskWho} />
          </ErrorBoundary>
          <LanguageSelect db={session.db} />
          <button type="button" className="button" onClick={onLock}>
            {t('app.lock')}
          </button>
        </div>
      </header>
      <ErrorBoundary fallback={null}>
        <ThisComputerAskBand ask={askWho} setAsk={setAskWho} />
      </ErrorBoundary>
      {demo?.hasDemo && <DemoBanner />}
      <AutomaticBackups />
      <main id="main" ref={main} className="app-main">
        <UnreadableNotice />
        <ConflictNotice />
        <ScreenBoundary resetKey={routeHref(route)}>
          {route.name === 'families' && <FamiliesScreen showDemoOffer={demo?.empty === true} />}
          {route.name === 'family' && <FamilyScreen id={route.id} />}
          {route.name === 'familyHypotheses' && <FamilyHypothesesScreen familyId={route.id} view={route.view} />}
          {route.name === 'timeline' && <TimelineScreen familyId={route.familyId} mode={route.mode} />}
          {route.name === 'networkMaps' && <NetworkMapsScreen familyId={route.familyId} view={route.view} />}
          {route.name === 'genogram' && <GenogramScreen familyId={route.familyId} />}
          {route.name === 'threeHouses' && <ThreeHousesScreen familyId={route.familyId} childId={route.childId} view={route.view} />}
          {route.name === 'hypothesisReview' && <HypothesisReviewScreen />}
          {route.name === 'team' && <TeamScreen showDemoOffer={demo?.empty === true} />}
          {route.name === 'settings' && <SettingsScreen />}
          {route.name === 'meetings' && <MeetingsScreen />}
          {route.name === 'meeting' && <MeetingScreen id={route.id} view={route.view} />}
          {route.name === 'templates' && <TemplatesScreen />}
          {route.name === 'template' && <TemplateScreen id={route.id} />}
        </ScreenBoundary>
      </main>
    </NotificationsProvider>
    </SyncProvider>
  );
}

/** The team's name in the header; an unreadable team record leaves it out rather than the whole frame. */
function TeamName() {
  const team = useTeam();
  return team?.name ? <span className="team-name">{team.name}</span> : null;
}
