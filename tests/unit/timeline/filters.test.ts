// Covers which timeline events a screen shows (shared/timeline/filters.ts): the category and person
// filters, and the family-facing reduction (only events marked for the family, and nothing internal
// left on them, not even as an extra property); and which fields an edit changed.
import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  familyFacingTimeline,
  filterTimelineEvents,
  noTimelineFilter,
  peopleInTimeline,
} from '../../../shared/timeline/filters';
import { changedEventFields, type TimelineEvent } from '../../../shared/timeline/timelineEvent';

let counter = 0;
function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  counter++;
  return {
    id: `e${counter}`,
    familyId: 'f1',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    date: { precision: 'year', year: 2019 },
    endDate: null,
    title: `Tapahtuma ${counter}`,
    category: 'family',
    people: [],
    source: null,
    sourceNote: '',
    actionTaken: '',
    ownView: '',
    shownToFamily: false,
    ...overrides,
  };
}

describe('filters by category and person', () => {
  const move = event({ id: 'move', category: 'moves', people: ['Äiti', 'Aino'] });
  const illness = event({ id: 'illness', category: 'health', people: ['isä'] });
  const school = event({ id: 'school', category: 'school', people: ['Aino', 'opettaja'] });
  const party = event({ id: 'party', category: 'strengths', people: [] });
  const events = [move, illness, school, party];
  const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

  it('no filter shows everything, in the given order', () => {
    expect(ids(filterTimelineEvents(events, noTimelineFilter))).toEqual(['move', 'illness', 'school', 'party']);
  });

  it('categories: any of those chosen', () => {
    expect(ids(filterTimelineEvents(events, { categories: ['health', 'strengths'], people: [] }))).toEqual(['illness', 'party']);
    expect(filterTimelineEvents(events, { categories: ['childProtection'], people: [] })).toEqual([]);
  });

  it('people: events involving any of those chosen, ignoring case and spaces; events with nobody named are left out', () => {
    expect(ids(filterTimelineEvents(events, { categories: [], people: ['aino '] }))).toEqual(['move', 'school']);
    expect(ids(filterTimelineEvents(events, { categories: [], people: ['ISÄ', 'äiti'] }))).toEqual(['move', 'illness']);
  });

  it('both: an event must pass the category and the person filter', () => {
    expect(ids(filterTimelineEvents(events, { categories: ['school', 'health'], people: ['Aino'] }))).toEqual(['school']);
  });

  it('the person filter offers everyone named, once, in Finnish alphabetical order', () => {
    expect(peopleInTimeline([...events, event({ people: ['aino', 'Östen', 'Åke', 'Zeta'] })])).toEqual(['Aino', 'isä', 'opettaja', 'Zeta', 'Åke', 'Äiti', 'Östen']);
  });

  it('counts events per category, zero for the empty ones', () => {
    const counts = countByCategory([...events, event({ category: 'moves' })]);
    expect(counts).toEqual({ family: 0, moves: 2, health: 1, school: 1, services: 0, childProtection: 0, incidents: 0, strengths: 1 });
  });
});

describe('the family-facing timeline', () => {
  const shown = event({
    id: 'shown',
    date: { precision: 'season', year: 2019, season: 'autumn' },
    title: 'Aino aloitti koulun',
    category: 'school',
    people: ['Aino'],
    source: 'familyAccount',
    sourceNote: 'SISÄINEN: äidin puhelu 3.9.',
    actionTaken: 'SISÄINEN: koulukuraattorille ilmoitettu',
    ownView: 'Aino: uusi kaveri Eetu.',
    shownToFamily: true,
  });
  const earlierShown = event({ id: 'earlier', date: { precision: 'about', year: 2015 }, title: 'Muutto Ouluun', shownToFamily: true, actionTaken: 'SISÄINEN: ei toimia' });
  const hidden = event({ id: 'hidden', title: 'Lastensuojeluilmoitus', category: 'childProtection', shownToFamily: false, sourceNote: 'SISÄINEN: ilmoittaja naapuri' });
  const view = familyFacingTimeline([shown, hidden, earlierShown]);

  it('shows only events marked as shown to the family, in date order', () => {
    expect(view.map((entry) => entry.id)).toEqual(['earlier', 'shown']);
    expect(JSON.stringify(view)).not.toContain('Lastensuojeluilmoitus');
  });

  it('keeps exactly the family-facing fields, and nothing internal even as extra properties', () => {
    expect(view[1]).toEqual({
      id: 'shown',
      date: { precision: 'season', year: 2019, season: 'autumn' },
      endDate: null,
      title: 'Aino aloitti koulun',
      category: 'school',
      people: ['Aino'],
      source: 'familyAccount',
      ownView: 'Aino: uusi kaveri Eetu.',
    });
    for (const entry of view) {
      expect(Object.keys(entry).sort()).toEqual(['category', 'date', 'endDate', 'id', 'ownView', 'people', 'source', 'title']);
    }
    // Whatever a screen does with the view (render, serialise), the internal notes are not in it.
    expect(JSON.stringify(view)).not.toContain('SISÄINEN');
  });

  it('is a copy: changing it does not change the worker’s events', () => {
    view[1]!.people.push('Joku');
    expect(shown.people).toEqual(['Aino']);
  });

  it('an empty timeline, or one with nothing marked, gives an empty family view', () => {
    expect(familyFacingTimeline([])).toEqual([]);
    expect(familyFacingTimeline([hidden])).toEqual([]);
  });
});

describe('the fields an edit changed', () => {
  it('are those whose value differs, dates and people compared by value; none when nothing changed', () => {
    const { id: _id, familyId: _family, createdAt: _created, updatedAt: _updated, ...before } = event({ people: ['äiti'] });
    expect(changedEventFields(before, { ...before, people: ['äiti'], date: { ...before.date } })).toEqual({});
    expect(changedEventFields(before, { ...before, title: 'Uusi otsikko', people: ['äiti', 'isä'] })).toEqual({ title: 'Uusi otsikko', people: ['äiti', 'isä'] });
    expect(changedEventFields(before, { ...before, endDate: { precision: 'year', year: 2030 } })).toEqual({ endDate: { precision: 'year', year: 2030 } });
  });
});
