// Covers shared/meeting/tools/: every capture tool has one registry entry, a name in Finnish and
// English and its per-family flag; and, tool by tool, what reaches the room's screen (`draw` of
// `see`) has exactly the fields the entry declares and nothing the room must not see (internal
// notes, the worker, database ids; for a family's tool, anything of another family). The renderer's map of tool UIs is
// checked at the type level: it has an entry for every tool id. See docs/architecture.md: Capture
// tools (the registry).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import type { Hypothesis, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { byHypothesis } from '../../../shared/hypothesis/revisions';
import { interimReviewTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { agendaOutline, type Meeting } from '../../../shared/meeting/meeting';
import { meetingTools as templateTools } from '../../../shared/meeting/template';
import {
  captureTools,
  idleFamilyTools,
  meetingTools,
  toolEntry,
  toolNameKey,
  type MeetingTool,
  type RecordDataOf,
  type RecordTool,
  type RoomLoadedOf,
  type RoomTool,
} from '../../../shared/meeting/tools/registry';
import type { RoomContext } from '../../../shared/meeting/tools/types';
import { newSession, setConsent } from '../../../shared/threeHouses/session';
import { addContact, blankContact, newNetworkMap } from '../../../shared/networkMap/networkMap';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { newPerson, type Genogram } from '../../../shared/genogram/genogram';
import { roomGenogramFields } from '../../../shared/genogram/room';
import type { ToolViews } from '../../../renderer/src/meetings/tools/toolView';
import type { toolViews } from '../../../renderer/src/meetings/tools/toolViews';
import { bravoStrings, familyA, familyB, finishedMeeting, summarySource } from './summaryFixture';

/** Every key path of a JSON value relative to it, array positions written as []. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => keyPaths(entry, `${prefix}[]`));
  if (typeof value !== 'object' || value === null) return prefix === '' ? [] : [prefix];
  return Object.entries(value).flatMap(([key, entry]) => [`${prefix}.${key}`, ...keyPaths(entry, `${prefix}.${key}`)]);
}

/** The hypotheses as they stand after all these revisions (as the chair's live query reads them). */
function currentHypotheses(revisions: readonly HypothesisRevision[]): Hypothesis[] {
  return [...byHypothesis(revisions).values()].map((history) => {
    const [first, last] = [history[0]!, history[history.length - 1]!];
    return {
      ...last.card,
      id: last.hypothesisId,
      familyId: last.familyId,
      meetingId: first.meetingId,
      status: last.status,
      createdAt: first.at,
      updatedAt: last.at,
      revisitedAt: last.at,
      revisionCount: history.length,
    };
  });
}

/** The fixture meeting (only the team in the room) at the step with this key, with what the chair's window loaded for the tool. */
function contextAt<Loaded>(stepKey: string, loaded?: Loaded, template = finishedMeeting().template): RoomContext<Loaded> {
  const fixture = finishedMeeting();
  const meeting: Meeting = { ...fixture, template, participants: fixture.participants.filter((participant) => participant.kind === 'member') };
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  const step = steps.find((candidate) => candidate.key === stepKey);
  if (!step) throw new Error(`no step ${stepKey}`);
  const captured = summarySource(meeting);
  const familyCodes = new Map([...captured.families].map(([id, family]) => [id, family.code]));
  return {
    source: {
      meeting,
      now: Date.parse(meeting.scheduledAt),
      notes: '',
      hypothesisRevisions: captured.hypothesisRevisions,
      familyHypotheses: currentHypotheses(captured.hypothesisRevisions),
      actions: captured.actions,
      riskRounds: captured.riskRounds,
      familyCodes,
    },
    meeting,
    steps,
    step,
    deepDive: meeting.deepDives.find((deepDive) => deepDive.id === step.agendaItemId) ?? null,
    codeOf: (id) => familyCodes.get(id) ?? '?',
    audiences: [],
    loaded,
  };
}

const children = [{ id: 'db-child-1', pseudonym: 'Tuuli', birthYear: 2017 }];
const event = (id: string, familyId: string, title: string): TimelineEvent => ({
  id,
  familyId,
  date: { precision: 'year', year: 2019 },
  endDate: null,
  title,
  category: 'moves',
  people: ['SECRET person'],
  source: 'agencyRecord',
  sourceNote: 'SECRET source note',
  actionTaken: 'SECRET action taken',
  ownView: 'SECRET own view',
  shownToFamily: false,
  createdAt: '2031-05-01T09:00:00.000Z',
  updatedAt: '2031-05-01T09:00:00.000Z',
});
const houses = (familyId: string, item: string) => {
  const base = newSession({ childId: 'db-child-1', date: '2031-05-20', worker: { memberId: 'db-member-1', name: 'SECRET worker' } });
  const withItem = { ...base, followUpQuestions: ['SECRET follow-up'], houses: { ...base.houses, worries: { name: '', items: [{ id: 'db-item-1', text: item, verbatim: true }], drawing: null } } };
  return { ...setConsent(withItem, 'team', 'given', '2031-05-20'), familyId };
};

/** A genogram with the team's notes, a link to the child's record and database ids, none of which may reach the room. */
const genogramWithSecrets = (): Genogram => ({
  people: [
    newPerson({ id: 'db-person-1', name: 'Äiti', gender: 'female', birthYear: 1985, note: 'SECRET person note' }),
    newPerson({ id: 'db-person-2', name: 'Tuuli', gender: 'female', birthYear: 2017, index: true, childId: 'db-child-1', offset: { x: 10, y: 0 } }),
  ],
  relationships: [],
  parentLinks: [{ id: 'db-link-1', child: 'db-person-2', parents: ['db-person-1'], kind: 'birth' }],
  emotionalLines: [{ id: 'db-line-1', from: 'db-person-1', to: 'db-person-2', kind: 'close', note: 'SECRET line note' }],
  households: [{ id: 'db-home-1', name: 'Koti', members: ['db-person-1', 'db-person-2'] }],
});

/**
 * Per tool with a room section: where to call it, and exactly the fields that may reach the room.
 * Typed over every such tool, so a new tool's case is required here.
 */
/** A family's network map with what the room must never see: team notes, record ids, another family's map. */
const networkMapOf = (familyId: string, name: string) => {
  const base = newNetworkMap({ date: '2031-05-20', centre: { kind: 'child', childId: 'db-child-1' }, drawnWithFamily: true });
  const added = addContact({ ...base, teamNotes: 'SECRET team notes' }, 'db-contact-1', { ...blankContact('relatives'), name, teamNote: 'SECRET team note', ownWords: true });
  if (!added.ok) throw new Error('refused');
  return { ...added.value, familyId, updatedAt: '2031-05-20T10:00:00.000Z' };
};

const roomCases: { [T in RoomTool]: { context: () => RoomContext<RoomLoadedOf<T>>; reaches: string[] } } = {
  genogram: {
    context: () => contextAt('presentation:dd-a', { genogram: genogramWithSecrets() }),
    reaches: [...roomGenogramFields],
  },
  agenda: {
    context: () => contextAt('opening'),
    reaches: ['[]', '[].kind', '[].name', '[].name.fi', '[].name.en', '[].current', '[].number', '[].code', '[].question', '[].phases', '[].phases[].name', '[].phases[].name.fi', '[].phases[].name.en', '[].phases[].current', '[].time', '[].time.start', '[].time.minutes'],
  },
  agreedInMeeting: {
    context: () => contextAt('recordingAndClose'),
    reaches: ['[]', '[].code', '[].actions', '[].actions[].text', '[].actions[].ownerName', '[].actions[].due', '[].familyQuestions', '[].familyQuestions[].text', '[].familyQuestions[].ownerName', '[].familyQuestions[].due'],
  },
  hypotheses: { context: () => contextAt('hypothesising:dd-a'), reaches: ['[]', '[].wording', '[].status'] },
  riskRound: {
    context: () => contextAt('riskScaling:dd-a'),
    // Scores only: no name, reason or "what would move it one point up" reaches the room.
    reaches: ['.revealed', '.scoredCount', '.scores', '.scores[]', '.spread', '.spread.min', '.spread.median', '.spread.max'],
  },
  actions: { context: () => contextAt('plan:dd-a'), reaches: ['[]', '[].text', '[].ownerName', '[].due'] },
  familyQuestions: { context: () => contextAt('plan:dd-a'), reaches: ['[]', '[].text'] },
  quickRoundList: { context: () => contextAt('quickRound'), reaches: ['[]'] },
  timeline: {
    context: () => contextAt('presentation:dd-a', { children, events: [event('db-event-1', familyA.id, 'ALPHA moved'), event('db-event-2', familyB.id, 'BRAVO moved')] }),
    reaches: [
      '.events',
      '.events[].id',
      ...['.date', '.endDate'].flatMap((date) => [`.events[]${date}`, ...['precision', 'year', 'month', 'day', 'season'].map((part) => `.events[]${date}.${part}`)]),
      '.events[].title',
      '.events[].category',
      '.children',
      '.children[].id',
      '.children[].pseudonym',
      '.children[].birthYear',
    ],
  },
  threeHouses: {
    context: () => contextAt('presentation:dd-a', { children, sessions: [houses(familyB.id, 'BRAVO worry'), houses(familyA.id, 'ALPHA worry')] }),
    reaches: [
      '[]',
      '[].child',
      '[].view',
      '[].view.allowed',
      '[].view.audience',
      '[].view.reason',
      '[].view.date',
      '[].view.houses',
      ...['worries', 'goodThings', 'dreams'].flatMap((id) =>
        ['', '.name', '.items', '.items[].id', '.items[].text', '.items[].verbatim', '.drawing'].map((field) => `[].view.houses.${id}${field}`),
      ),
    ],
  },
  networkMap: {
    context: () =>
      contextAt('presentation:dd-a', { familyId: familyA.id, maps: [networkMapOf(familyB.id, 'BRAVO grandma'), networkMapOf(familyA.id, 'ALPHA grandma')], children }),
    reaches: [
      '.map',
      '.map.allowed',
      '.map.title',
      '.map.date',
      '.map.centre',
      '.map.contacts',
      ...['id', 'name', 'role', 'kind', 'sector', 'distance', 'quality', 'description', 'ownWords'].map((field) => `.map.contacts[].${field}`),
      '.map.reason',
    ],
  },
  carePeriodGoals: {
    context: () =>
      contextAt(
        'goalsAndProgress:dd-a',
        {
          carePeriod: { id: 'db-care-period', goals: [{ id: 'db-goal-1', text: 'ALPHA goal' }] },
          ratings: [
            { carePeriodId: 'db-care-period', familyId: familyA.id, goalId: 'db-goal-1', meetingId: 'db-meeting-0', meetingDate: 5, rating: 4 },
            { carePeriodId: 'db-other', familyId: familyB.id, goalId: 'db-goal-1', meetingId: 'db-meeting-0', meetingDate: 5, rating: 9 },
          ],
        },
        interimReviewTemplate,
      ),
    reaches: ['[]', '[].text', '[].earlier', '[].earlier[].date', '[].earlier[].rating', '[].rating', '[].change', '[].direction'],
  },
};

/** What no tool's section may carry to the room: internal notes, workers, database ids. */
const neverShown = ['SECRET', 'db-', 'family-a', 'family-b', 'dd-a', 'h-a', 'm-worker'];
/** What a family's tool may not carry either: anything of another family (a once-a-meeting tool lists every family). */
const hiddenFrom = (tool: RoomTool) => (toolEntry(tool).perFamily ? [...neverShown, ...bravoStrings, 'BRAVO'] : neverShown);

describe('the capture tools registry', () => {
  it('has one entry per tool id, in the template editor’s order, and the template schema uses the same ids', () => {
    expect(Object.keys(captureTools)).toEqual([...meetingTools]);
    expect(templateTools).toBe(meetingTools);
  });

  it('names every tool in Finnish and in English', () => {
    for (const tool of meetingTools) {
      const [group, , id] = toolNameKey(tool).split('.') as ['templates', 'tools', MeetingTool];
      expect(group).toBe('templates');
      expect(en.templates.tools[id], `${tool} in English`).toMatch(/\S/);
      expect(fi.templates.tools[id], `${tool} in Finnish`).toMatch(/\S/);
    }
  });

  it('marks the tools that work on the deep-dive family', () => {
    expect(meetingTools.filter((tool) => captureTools[tool].perFamily)).toEqual(['hypotheses', 'riskRound', 'actions', 'familyQuestions', 'genogram', 'timeline', 'threeHouses', 'networkMap', 'carePeriodGoals']);
    expect(idleFamilyTools({ scope: 'once', tools: ['notes', 'timeline', 'agenda'] })).toEqual(['timeline']);
    expect(idleFamilyTools({ scope: 'perDeepDiveFamily', tools: ['notes', 'timeline'] })).toEqual([]);
  });

  it('gives each room section its own key', () => {
    const keys = meetingTools.flatMap((tool) => (toolEntry(tool).room ? [toolEntry(tool).room!.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(roomCases).map((tool) => toolEntry(tool as MeetingTool).room!.key).sort());
  });

  describe.each(Object.keys(roomCases) as RoomTool[])('what the room sees of %s', (tool) => {
    const room = toolEntry(tool).room!;
    const { context, reaches } = roomCases[tool] as { context: () => RoomContext<unknown>; reaches: string[] };

    it('declares exactly the fields that reach the room', () => {
      expect([...room.fields].sort()).toEqual([...reaches].sort());
    });

    it('carries no field outside them, and nothing of another family, no internal note, worker or database id', () => {
      const seen = room.see(context());
      expect(seen, 'the case shows something').not.toBeNull();
      const drawn: unknown = JSON.parse(JSON.stringify(room.draw(seen)));
      expect(keyPaths(drawn).length, 'the case draws something').toBeGreaterThan(0);
      expect(keyPaths(drawn).filter((path) => !reaches.includes(path))).toEqual([]);
      const serialized = JSON.stringify(drawn);
      for (const secret of hiddenFrom(tool)) expect(serialized, secret).not.toContain(secret);
    });

    if (toolEntry(tool).perFamily) {
      it('shows nothing without a deep-dive family', () => {
        expect(room.see({ ...context(), deepDive: null })).toBeNull();
      });
    }
  });

  it('gives the room only the risk round’s scores after the reveal, lowest first: no name, reason or what would move it', () => {
    const room = toolEntry('riskRound').room!;
    const drawn = JSON.parse(JSON.stringify(room.draw(room.see(contextAt('riskScaling:dd-a'))))) as { revealed: boolean; scores: unknown[] };
    expect(drawn.revealed).toBe(true);
    expect(drawn.scores).toEqual([4, 5, 7]);
    const serialized = JSON.stringify(drawn);
    for (const secret of ['Cecilia Chair', 'Theo Therapist', 'Wilma Worker', 'Kaisa Koulu', 'reason', 'one up', 'm-chair']) expect(serialized, secret).not.toContain(secret);
    // Before the reveal, only how many have scored.
    const before = contextAt('riskScaling:dd-a');
    before.source = { ...before.source, riskRounds: before.source.riskRounds.map((round) => ({ ...round, revealedAt: null })) };
    expect(JSON.parse(JSON.stringify(room.draw(room.see(before))))).toEqual({ revealed: false, scoredCount: 4 });
  });

  /** Per tool the record mentions: what the record's screen loaded, and what the record then says. Typed over every such tool. */
  const recordCases: { [T in RecordTool]: { data: RecordDataOf<T>; says: string[] } } = {
    genogram: { data: 'updated', says: ['genogram.record.updated'] },
    timeline: { data: { added: 2, changed: 1 }, says: ['record.timelineUpdated {"count":3} (record.timelineUpdatedDetail {"added":2,"changed":1})'] },
    threeHouses: { data: [{ child: 'Tuuli', date: '2031-05-20' }], says: ['record.threeHousesLatest {"child":"Tuuli","date":"day 2031-05-20"}'] },
    networkMap: { data: { created: 0, updated: 1 }, says: ['networkMap.record.updated'] },
  };
  const t = (key: string, values?: Record<string, string | number>) => (values ? `${key} ${JSON.stringify(values)}` : key);

  it.each(Object.keys(recordCases) as RecordTool[])('has the record mention %s when the family’s phases offered it, and nothing without data', (tool) => {
    const { data, says } = recordCases[tool] as { data: unknown; says: string[] };
    const record = toolEntry(tool).record!;
    const mention = (offered: boolean, given: unknown) => record.mentions({ t, formatDay: (day) => `day ${day}`, offered, data: given }).map((item) => item.text);
    expect(mention(true, data)).toEqual(says);
    expect(mention(true, undefined)).toEqual([]);
  });

  it('has the renderer’s UI for every tool (type level)', () => {
    expectTypeOf<keyof ToolViews>().toEqualTypeOf<MeetingTool>();
    expectTypeOf<typeof toolViews>().toMatchTypeOf<ToolViews>();
  });
});
