// The app's few places, kept in the URL hash so reload and the back button keep the user's place.
import { useEffect, useState } from 'react';

/** A meeting's screens: its plan, the facilitator view while it runs, and its record and summaries. */
export const meetingViews = ['plan', 'run', 'record'] as const;
export type MeetingView = (typeof meetingViews)[number];

export const familyHypothesesViews = ['cards', 'evolution'] as const;
export type FamilyHypothesesView = (typeof familyHypothesesViews)[number];

export type Route =
  | { name: 'families' }
  | { name: 'family'; id: string }
  /** A family's hypotheses: the cards with their history, or the evolution view of the whole set. */
  | { name: 'familyHypotheses'; id: string; view: FamilyHypothesesView }
  /** The family therapist's review of hypotheses across all families. */
  | { name: 'hypothesisReview' }
  | { name: 'team' }
  | { name: 'meetings' }
  /** `view` null: the screen that fits the meeting's status. */
  | { name: 'meeting'; id: string; view: MeetingView | null }
  /** The shared-screen view of a running meeting, for the room's display (no app frame). */
  | { name: 'sharedScreen'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'team') return { name: 'team' };
  if (parts[0] === 'families' && parts[1] && parts[2] === 'hypotheses') {
    return { name: 'familyHypotheses', id: parts[1], view: parts[3] === 'evolution' ? 'evolution' : 'cards' };
  }
  if (parts[0] === 'families' && parts[1]) return { name: 'family', id: parts[1] };
  if (parts[0] === 'hypotheses') return { name: 'hypothesisReview' };
  if (parts[0] === 'meetings' && parts[1]) {
    const view = (meetingViews as readonly string[]).includes(parts[2] ?? '') ? (parts[2] as MeetingView) : null;
    return { name: 'meeting', id: parts[1], view };
  }
  if (parts[0] === 'meetings') return { name: 'meetings' };
  if (parts[0] === 'screen' && parts[1]) return { name: 'sharedScreen', id: parts[1] };
  return { name: 'families' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'team':
      return '#/team';
    case 'family':
      return `#/families/${encodeURIComponent(route.id)}`;
    case 'familyHypotheses':
      return `#/families/${encodeURIComponent(route.id)}/hypotheses${route.view === 'evolution' ? '/evolution' : ''}`;
    case 'hypothesisReview':
      return '#/hypotheses';
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
