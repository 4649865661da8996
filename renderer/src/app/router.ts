// The app's few places, kept in the URL hash so reload and the back button keep the user's place.
import { useEffect, useState } from 'react';

export type Route = { name: 'families' } | { name: 'family'; id: string } | { name: 'team' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'team') return { name: 'team' };
  if (parts[0] === 'families' && parts[1]) return { name: 'family', id: parts[1] };
  return { name: 'families' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'team':
      return '#/team';
    case 'family':
      return `#/families/${encodeURIComponent(route.id)}`;
    case 'families':
      return '#/families';
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
