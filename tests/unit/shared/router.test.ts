// Covers renderer/src/app/router.ts: every place of the app survives the round trip address →
// route → address (so reload and the back button keep the user's place), ids with awkward
// characters included, and an unknown address falls back to the families list.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/src/app/router';

const awkward = 'a/b c?ä#';

const routes: Route[] = [
  { name: 'families' },
  { name: 'family', id: 'f-1' },
  { name: 'familyHypotheses', id: 'f-1', view: 'cards' },
  { name: 'familyHypotheses', id: 'f-1', view: 'evolution' },
  { name: 'timeline', familyId: 'f-1', mode: 'team' },
  { name: 'timeline', familyId: awkward, mode: 'family' },
  { name: 'threeHouses', familyId: 'f-1', childId: 'c-1', view: { kind: 'sessions' } },
  { name: 'threeHouses', familyId: 'f-1', childId: awkward, view: { kind: 'session', sessionId: 's-1' } },
  { name: 'threeHouses', familyId: 'f-1', childId: 'c-1', view: { kind: 'child', sessionId: awkward } },
  { name: 'threeHouses', familyId: 'f-1', childId: 'c-1', view: { kind: 'compare', baselineId: 's-1', nowId: 's-2' } },
  { name: 'hypothesisReview' },
  { name: 'templates' },
  { name: 'template', id: 'builtIn.weeklyMeeting' },
  { name: 'template', id: awkward },
  { name: 'team' },
  { name: 'meetings' },
  { name: 'meeting', id: 'm-1', view: null },
  { name: 'meeting', id: 'm-1', view: 'record' },
  { name: 'sharedScreen', id: 'm-1' },
];

describe('routes', () => {
  it.each(routes.map((route) => [routeHref(route), route] as const))('%s survives the round trip', (href, route) => {
    expect(parseRoute(href)).toEqual(route);
  });

  it('reads the timeline and three-houses addresses as typed', () => {
    expect(parseRoute('#/families/F/timeline/family')).toEqual({ name: 'timeline', familyId: 'F', mode: 'family' });
    expect(parseRoute('#/families/F/timeline/unknown')).toEqual({ name: 'timeline', familyId: 'F', mode: 'team' });
    expect(parseRoute('#/families/F/children/C/three-houses/compare/A/B')).toEqual({
      name: 'threeHouses',
      familyId: 'F',
      childId: 'C',
      view: { kind: 'compare', baselineId: 'A', nowId: 'B' },
    });
    // An unfinished comparison address shows the child's sessions rather than a session called "compare".
    expect(parseRoute('#/families/F/children/C/three-houses/compare/A')).toMatchObject({ view: { kind: 'sessions' } });
    expect(parseRoute('#/families/F/children/C/three-houses/S/child')).toMatchObject({ view: { kind: 'child', sessionId: 'S' } });
  });

  it('falls back to the families list for an address it does not know', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'families' });
    expect(parseRoute('')).toEqual({ name: 'families' });
  });
});
