// The app's few places, kept in the URL hash so reload and the back button keep the user's place.
import { useEffect, useState } from 'react';

/** A meeting's screens: its plan, the facilitator view while it runs, and its record and summaries. */
export const meetingViews = ['plan', 'run', 'record'] as const;
export type MeetingView = (typeof meetingViews)[number];

export const familyHypothesesViews = ['cards', 'evolution'] as const;
export type FamilyHypothesesView = (typeof familyHypothesesViews)[number];

export const timelineModes = ['team', 'family'] as const;
/** `team`: the whole timeline with internal notes; `family`: family-facing, only events marked for the family. */
export type TimelineMode = (typeof timelineModes)[number];

/** A child's three houses: the list of sessions, one session (at the desk, or in child mode), or two compared. */
export type ThreeHousesView =
  | { kind: 'sessions' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'child'; sessionId: string }
  | { kind: 'compare'; baselineId: string; nowId: string };

/** A family's network maps: the list, one map at the desk, or one map in the family's large view. */
export type NetworkMapView = { kind: 'list' } | { kind: 'map'; mapId: string } | { kind: 'family'; mapId: string };

export type Route =
  | { name: 'families' }
  | { name: 'family'; id: string }
  /** A family's hypotheses: the cards with their history, or the evolution view of the whole set. */
  | { name: 'familyHypotheses'; id: string; view: FamilyHypothesesView }
  /** A family's timeline (aikajana). */
  | { name: 'timeline'; familyId: string; mode: TimelineMode }
  /** A family's network maps (verkostokartta). */
  | { name: 'networkMaps'; familyId: string; view: NetworkMapView }
  /** A family's genogram (sukupuu). */
  | { name: 'genogram'; familyId: string }
  /** A child's three houses (kolme taloa). */
  | { name: 'threeHouses'; familyId: string; childId: string; view: ThreeHousesView }
  /** The family therapist's review of hypotheses across all families. */
  | { name: 'hypothesisReview' }
  /** The meeting templates: the built-in ones and the team's own, with import. */
  | { name: 'templates' }
  /** One template: a built-in one read-only, or the team's own in the editor, with its preview. */
  | { name: 'template'; id: string }
  | { name: 'team' }
  /** The vault's keeping: backups and restore, passphrase and keys, retention and erasure, activity log. */
  | { name: 'settings' }
  | { name: 'meetings' }
  /** `view` null: the screen that fits the meeting's status. */
  | { name: 'meeting'; id: string; view: MeetingView | null }
  /** The shared-screen view of a running meeting, for the room's display (no app frame). */
  | { name: 'sharedScreen'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'team') return { name: 'team' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'families' && parts[1] && parts[2] === 'hypotheses') {
    return { name: 'familyHypotheses', id: parts[1], view: parts[3] === 'evolution' ? 'evolution' : 'cards' };
  }
  if (parts[0] === 'families' && parts[1] && parts[2] === 'timeline') {
    return { name: 'timeline', familyId: parts[1], mode: parts[3] === 'family' ? 'family' : 'team' };
  }
  if (parts[0] === 'families' && parts[1] && parts[2] === 'network-maps') {
    const view: NetworkMapView = parts[3] ? { kind: parts[4] === 'family' ? 'family' : 'map', mapId: parts[3] } : { kind: 'list' };
    return { name: 'networkMaps', familyId: parts[1], view };
  }
  if (parts[0] === 'families' && parts[1] && parts[2] === 'genogram') return { name: 'genogram', familyId: parts[1] };
  if (parts[0] === 'families' && parts[1] && parts[2] === 'children' && parts[3] && parts[4] === 'three-houses') {
    return { name: 'threeHouses', familyId: parts[1], childId: parts[3], view: threeHousesViewOf(parts.slice(5)) };
  }
  if (parts[0] === 'families' && parts[1]) return { name: 'family', id: parts[1] };
  if (parts[0] === 'hypotheses') return { name: 'hypothesisReview' };
  if (parts[0] === 'templates' && parts[1]) return { name: 'template', id: parts[1] };
  if (parts[0] === 'templates') return { name: 'templates' };
  if (parts[0] === 'meetings' && parts[1]) {
    const view = (meetingViews as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as MeetingView) : null;
    return { name: 'meeting', id: parts[1], view };
  }
  if (parts[0] === 'meetings') return { name: 'meetings' };
  if (parts[0] === 'screen' && parts[1]) return { name: 'sharedScreen', id: parts[1] };
  return { name: 'families' };
}

function threeHousesViewOf(parts: string[]): ThreeHousesView {
  if (parts[0] === 'compare' && parts[1] && parts[2]) return { kind: 'compare', baselineId: parts[1], nowId: parts[2] };
  if (parts[0] && parts[0] !== 'compare') return parts[1] === 'child' ? { kind: 'child', sessionId: parts[0] } : { kind: 'session', sessionId: parts[0] };
  return { kind: 'sessions' };
}

function threeHousesPath(view: ThreeHousesView): string {
  switch (view.kind) {
    case 'sessions':
      return '';
    case 'session':
      return `/${encodeURIComponent(view.sessionId)}`;
    case 'child':
      return `/${encodeURIComponent(view.sessionId)}/child`;
    case 'compare':
      return `/compare/${encodeURIComponent(view.baselineId)}/${encodeURIComponent(view.nowId)}`;
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'team':
      return '#/team';
    case 'settings':
      return '#/settings';
    case 'family':
      return `#/families/${encodeURIComponent(route.id)}`;
    case 'familyHypotheses':
      return `#/families/${encodeURIComponent(route.id)}/hypotheses${route.view === 'evolution' ? '/evolution' : ''}`;
    case 'timeline':
      return `#/families/${encodeURIComponent(route.familyId)}/timeline${route.mode === 'family' ? '/family' : ''}`;
    case 'networkMaps':
      return `#/families/${encodeURIComponent(route.familyId)}/network-maps${route.view.kind === 'list' ? '' : `/${encodeURIComponent(route.view.mapId)}${route.view.kind === 'family' ? '/family' : ''}`}`;
    case 'genogram':
      return `#/families/${encodeURIComponent(route.familyId)}/genogram`;
    case 'threeHouses':
      return `#/families/${encodeURIComponent(route.familyId)}/children/${encodeURIComponent(route.childId)}/three-houses${threeHousesPath(route.view)}`;
    case 'hypothesisReview':
      return '#/hypotheses';
    case 'templates':
      return '#/templates';
    case 'template':
      return `#/templates/${encodeURIComponent(route.id)}`;
    case 'families':
      return '#/families';
    case 'meetings':
      return '#/meetings';
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.id)}${route.view ? `/${route.view}` : ''}`;
    case 'sharedScreen':
      return `#/screen/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
