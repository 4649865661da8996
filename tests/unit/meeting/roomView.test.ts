// The message the room's screen receives holds only what the screen draws: every key of the
// serialized message is one the screen's components read, database ids are replaced by positions,
// and what the room's projection carries but the screen never shows (the meeting's id, the
// projected end, a three-houses session's worker and follow-up questions, a timeline event's people
// and sources, the other kind of action) is not in it.
import { newPerson } from '../../../shared/genogram/genogram';
import { roomGenogramFields } from '../../../shared/genogram/room';
import { describe, expect, it } from 'vitest';
import { roomViewOf } from '../../../shared/meeting/roomView';
import type { SharedScreenView } from '../../../shared/meeting/sharedScreen';

const house = (name: string) => ({
  name,
  items: [{ id: `db-item-${name}`, text: `${name} item`, verbatim: true }],
  drawing: null,
});

/** A view with every section filled, and with data the screen never draws. */
function fullView(tools: NonNullable<SharedScreenView['step']>['tools']): SharedScreenView {
  return {
    meetingId: 'db-meeting-1',
    status: 'running',
    measuredAt: 1_000,
    step: {
      number: 3,
      count: 15,
      name: { fi: 'Esittely', en: 'Presentation' },
      purpose: { fi: 'Tarkoitus', en: 'Purpose' },
      leadRoleName: { fi: 'Esittäjä', en: 'Presenter' },
      tools,
      elapsedMs: 10,
      plannedMs: 600_000,
    },
    meeting: { elapsedMs: 20, plannedMs: 5_400_000, projectedEnd: 99_999 },
    family: { code: 'DEMO-101', number: 1, count: 2, question: 'The question' },
    notes: 'The notes',
    hypotheses: [{ wording: 'An idea', status: 'open' }],
    actions: [{ kind: 'action', text: 'A task', ownerName: 'Kaisa', due: '2031-06-16' }],
    familyQuestions: [{ kind: 'familyQuestion', text: 'A question for the family', ownerName: 'Tero', due: '2031-06-20' }],
    risk: {
      revealed: true,
      scores: [3],
      spread: { min: 3, median: 3, max: 3, count: 1, notScoring: 4 },
    },
    quickRound: ['DEMO-102'],
    timeline: {
      events: [
        {
          id: 'db-event-1',
          date: { precision: 'year', year: 2019 },
          endDate: null,
          title: 'Moved house',
          category: 'moves',
          people: ['Secret Person'],
          source: 'agencyRecord',
          ownView: 'Secret own view',
        },
      ],
      children: [{ id: 'db-child-1', pseudonym: 'Eevi', birthYear: 2020 }],
    },
    threeHouses: [
      {
        child: 'Eevi',
        view: {
          audience: 'sharedScreen',
          allowed: true,
          consentRecordedOn: '2031-05-01',
          date: '2031-05-02',
          workerName: 'Secret Worker',
          houses: { worries: house('W'), goodThings: house('G'), dreams: house('D') },
          followUpQuestions: ['Secret follow-up'],
        },
      },
      { child: 'Ilmari', view: { audience: 'network', allowed: false, reason: 'notGiven' } },
    ],
    networkMap: {
      map: {
        allowed: true,
        title: 'Map title',
        date: '2031-05-03',
        centre: 'Eevi',
        contacts: [{ id: 'n1', name: 'Mummo', role: 'äidin äiti', kind: 'person', sector: 'relatives', distance: 1, quality: 'supports', description: 'Rauhallista', ownWords: true }],
      },
    },
    genogram: {
      people: [newPerson({ id: 'db-person-1', name: 'Äiti', gender: 'female', birthYear: 1985, note: 'Secret genogram note', childId: 'db-child-1' })],
      relationships: [],
      parentLinks: [],
      emotionalLines: [],
      households: [],
    },
    carePeriodGoals: [{ text: 'A goal', earlier: [{ date: 5, rating: 4 }], rating: 6, change: 2, direction: 'up' }],
    agenda: [
      { kind: 'phase', name: { fi: 'Avaus', en: 'Opening' }, current: false },
      { kind: 'deepDive', number: 1, code: 'DEMO-101', question: 'The question', current: true, phases: [{ name: { fi: 'Esittely', en: 'Presentation' }, current: true }] },
    ],
    agreed: [{ code: 'DEMO-101', actions: [{ text: 'A task', ownerName: 'Kaisa', due: null }], familyQuestions: [] }],
  };
}

/** Every key path of a JSON value, array positions written as []. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => keyPaths(entry, `${prefix}[]`));
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, entry]) => [`${prefix}.${key}`, ...keyPaths(entry, `${prefix}.${key}`)]);
}

/** What SharedScreen.tsx and its parts read from the message, and nothing else. */
const drawn = [
  '.status',
  '.measuredAt',
  '.step',
  '.step.number',
  '.step.count',
  '.step.name',
  '.step.name.fi',
  '.step.name.en',
  '.step.purpose',
  '.step.purpose.fi',
  '.step.purpose.en',
  '.step.leadRoleName',
  '.step.leadRoleName.fi',
  '.step.leadRoleName.en',
  '.step.elapsedMs',
  '.step.plannedMs',
  '.meeting',
  '.meeting.elapsedMs',
  '.meeting.plannedMs',
  '.family',
  '.family.code',
  '.family.number',
  '.family.count',
  '.family.question',
  '.notes',
  '.hypotheses',
  '.hypotheses[].wording',
  '.hypotheses[].status',
  '.actions',
  '.actions[].text',
  '.actions[].ownerName',
  '.actions[].due',
  '.familyQuestions',
  '.familyQuestions[].text',
  '.risk',
  '.risk.revealed',
  '.risk.scores',
  '.risk.scores[]',
  '.risk.spread',
  '.risk.spread.min',
  '.risk.spread.median',
  '.risk.spread.max',
  '.quickRound',
  '.quickRound[]',
  '.timeline',
  '.timeline.events',
  '.timeline.events[].id',
  '.timeline.events[].date',
  '.timeline.events[].date.precision',
  '.timeline.events[].date.year',
  '.timeline.events[].endDate',
  '.timeline.events[].title',
  '.timeline.events[].category',
  '.timeline.children',
  '.timeline.children[].id',
  '.timeline.children[].pseudonym',
  '.timeline.children[].birthYear',
  ...roomGenogramFields.map((path) => `.genogram${path}`),
  '.genogram',
  '.threeHouses',
  '.threeHouses[].child',
  '.threeHouses[].view',
  '.threeHouses[].view.allowed',
  '.threeHouses[].view.date',
  '.threeHouses[].view.houses',
  ...['worries', 'goodThings', 'dreams'].flatMap((id) => [
    `.threeHouses[].view.houses.${id}`,
    `.threeHouses[].view.houses.${id}.name`,
    `.threeHouses[].view.houses.${id}.items`,
    `.threeHouses[].view.houses.${id}.items[].id`,
    `.threeHouses[].view.houses.${id}.items[].text`,
    `.threeHouses[].view.houses.${id}.items[].verbatim`,
    `.threeHouses[].view.houses.${id}.drawing`,
  ]),
  '.threeHouses[].view.audience',
  '.threeHouses[].view.reason',
  '.networkMap',
  '.networkMap.map',
  '.networkMap.map.allowed',
  '.networkMap.map.title',
  '.networkMap.map.date',
  '.networkMap.map.centre',
  '.networkMap.map.contacts',
  ...['id', 'name', 'role', 'kind', 'sector', 'distance', 'quality', 'description', 'ownWords'].map((field) => `.networkMap.map.contacts[].${field}`),
  '.carePeriodGoals',
  '.carePeriodGoals[].text',
  '.carePeriodGoals[].earlier',
  '.carePeriodGoals[].earlier[].date',
  '.carePeriodGoals[].earlier[].rating',
  '.carePeriodGoals[].rating',
  '.carePeriodGoals[].change',
  '.carePeriodGoals[].direction',
  '.agenda',
  '.agenda[].kind',
  '.agenda[].name',
  '.agenda[].name.fi',
  '.agenda[].name.en',
  '.agenda[].current',
  '.agenda[].number',
  '.agenda[].code',
  '.agenda[].question',
  '.agenda[].phases',
  '.agenda[].phases[].name',
  '.agenda[].phases[].name.fi',
  '.agenda[].phases[].name.en',
  '.agenda[].phases[].current',
  '.agreed',
  '.agreed[].code',
  '.agreed[].actions',
  '.agreed[].actions[].text',
  '.agreed[].actions[].ownerName',
  '.agreed[].actions[].due',
  '.agreed[].familyQuestions',
];

describe('the message to the room’s screen', () => {
  it('has no key the screen does not draw', () => {
    const message = JSON.parse(JSON.stringify(roomViewOf(fullView(['hypotheses', 'actions', 'familyQuestions', 'riskRound', 'genogram', 'timeline', 'threeHouses', 'networkMap']))));
    const paths = [...new Set(keyPaths(message).filter((path) => path !== ''))];
    expect(paths.filter((path) => !drawn.includes(path))).toEqual([]);
  });

  it('leaves out what the room’s projection carries but the screen never shows', () => {
    const serialized = JSON.stringify(roomViewOf(fullView(['hypotheses', 'actions', 'familyQuestions'])));
    for (const hidden of ['db-meeting-1', '99999', 'Secret Worker', 'Secret follow-up', '2031-05-01', 'Secret Person', 'agencyRecord', 'Secret own view', 'db-event-1', 'db-child-1', 'db-item-', 'notScoring', 'tools', 'Tero', '2031-06-20']) {
      expect(serialized, hidden).not.toContain(hidden);
    }
    expect(serialized).toContain('A question for the family');
  });

  it('carries each list only in a phase whose screen shows it', () => {
    const questionsOnly = roomViewOf(fullView(['familyQuestions']));
    expect(questionsOnly.familyQuestions).toEqual([{ text: 'A question for the family' }]);
    expect(questionsOnly.actions).toBeNull();
    expect(questionsOnly.hypotheses).toBeNull();
    const actionsOnly = roomViewOf(fullView(['actions']));
    expect(actionsOnly.actions).toEqual([{ text: 'A task', ownerName: 'Kaisa', due: '2031-06-16' }]);
    expect(actionsOnly.familyQuestions).toBeNull();
    const noFamily = roomViewOf({ ...fullView(['hypotheses', 'actions', 'familyQuestions']), family: null });
    expect([noFamily.hypotheses, noFamily.actions, noFamily.familyQuestions]).toEqual([null, null, null]);
  });

  it('is a new object: nothing of the projection is shared with it', () => {
    const view = fullView(['hypotheses', 'timeline']);
    const message = roomViewOf(view);
    expect(message.step!.name).not.toBe(view.step!.name);
    expect(message.family).not.toBe(view.family);
    expect(message.timeline!.events[0]).not.toBe(view.timeline!.events[0]);
  });
});
