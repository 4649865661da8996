// Covers shared/meeting/sharedScreen.ts: what the room's screen may show. Never a risk score (or a
// reason) before the chair reveals the round; nothing of another family; the quick-round codes only
// in the quick-round phase; the care-period goals only in an interim review's goals phase; a
// child's three houses only as the child allowed the strictest audience in the room; timers from
// the stored run.
import { describe, expect, it } from 'vitest';
import { buildMeetingSteps, next, notStartedRun, pause, start, type MeetingRunState } from '../../../shared/meeting/engine';
import type { Hypothesis, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { byHypothesis } from '../../../shared/hypothesis/revisions';
import { interimReviewTemplate } from '../../../shared/meeting/builtInTemplates';
import { agendaOutline, meetingStart, type Meeting } from '../../../shared/meeting/meeting';
import { plannedAgenda } from '../../../shared/meeting/agendaPrint';
import { buildSharedScreenView, roomAudiences, type RoomChild, type SharedScreenSource } from '../../../shared/meeting/sharedScreen';
import { newSession, setConsent } from '../../../shared/threeHouses/session';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { accepted, minute } from './support';
import { alphaStrings, bravoStrings, familyA, familyB, finishedMeeting, meetingId, summarySource } from './summaryFixture';

const startsAt = Date.UTC(2031, 5, 2, 9, 0, 0);

/** The hypotheses as they stand after all these revisions (as the facilitator's live query reads them). */
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

/** The fixture meeting running at the step with this key, each earlier step having taken 2 minutes. */
function runningAt(stepKey: string, base: Meeting = finishedMeeting()): { meeting: Meeting; now: number } {
  const steps = buildMeetingSteps(base.template, agendaOutline(base));
  const target = steps.findIndex((step) => step.key === stepKey);
  if (target < 0) throw new Error(`no step ${stepKey}`);
  let now = startsAt;
  let run: MeetingRunState = accepted(start(notStartedRun, steps, now));
  for (let index = 0; index < target; index++) run = accepted(next(run, steps, (now += 2 * minute)));
  return { meeting: { ...base, status: 'running', run }, now: now + 30_000 };
}

function viewAt(stepKey: string, change: (source: SharedScreenSource) => void = () => undefined, base?: Meeting) {
  const { meeting, now } = runningAt(stepKey, base);
  const captured = summarySource(meeting);
  const source: SharedScreenSource = {
    meeting,
    now,
    notes: captured.notes.get(stepKey)?.text ?? '',
    hypothesisRevisions: captured.hypothesisRevisions,
    familyHypotheses: currentHypotheses(captured.hypothesisRevisions),
    actions: captured.actions,
    riskRounds: captured.riskRounds,
    familyCodes: new Map([...captured.families].map(([id, family]) => [id, family.code])),
  };
  change(source);
  return buildSharedScreenView(source);
}

/** The timeline and three houses as the chair's window loads them for family `familyId`, and whether each is on the screen. */
type FamilyMethods = {
  familyId: string;
  children: RoomChild[];
  timelineEvents: TimelineEvent[];
  threeHousesSessions: RoomLoadedForTest<'threeHouses'>['sessions'];
  showing: { timeline: boolean; threeHouses: boolean };
};
type RoomLoadedForTest<T extends 'threeHouses' | 'carePeriodGoals'> = NonNullable<NonNullable<SharedScreenSource['loaded']>[T]>['data'];
type LoadedGoals = { familyId: string } & RoomLoadedForTest<'carePeriodGoals'>;

/** Puts the methods' loaded material and the chair's choices into the source, as the chair's window does. */
const withMethods = (methods: FamilyMethods) => (source: SharedScreenSource) => {
  source.shows = { ...source.shows, timeline: methods.showing.timeline, threeHouses: methods.showing.threeHouses };
  source.loaded = {
    ...source.loaded,
    timeline: { familyId: methods.familyId, data: { children: methods.children, events: methods.timelineEvents } },
    threeHouses: { familyId: methods.familyId, data: { children: methods.children, sessions: methods.threeHousesSessions } },
  };
};

const unrevealed = (source: SharedScreenSource) => {
  source.riskRounds = source.riskRounds.map((round) => ({ ...round, revealedAt: null }));
};

describe('the shared-screen view', () => {
  it('shows only how many have scored before the reveal: no score, reason or name', () => {
    const view = viewAt('riskScaling:dd-a', unrevealed);
    expect(view.risk).toEqual({ revealed: false, scoredCount: 4 });
    const shown = JSON.stringify(view);
    for (const secret of ['ALPHA reason', 'ALPHA one up', 'Cecilia Chair', '"score"', 'median']) expect(shown).not.toContain(secret);
  });

  it('shows the scores alone, lowest first, and the spread once revealed: no name, reason or what would move it', () => {
    const view = viewAt('riskScaling:dd-a');
    if (!view.risk?.revealed) throw new Error('expected a revealed round');
    // Given in the order Cecilia 4, Theo 7, Wilma 5, Kaisa not scoring: sorted, so the order tells nobody who gave which.
    expect(view.risk.scores).toEqual([4, 5, 7]);
    expect(view.risk.spread).toEqual({ min: 4, median: 5, max: 7, count: 3, notScoring: 1 });
    const shown = JSON.stringify(view.risk);
    for (const secret of ['ALPHA reason', 'ALPHA one up', 'Cecilia Chair', 'Theo Therapist', 'Kaisa Koulu']) expect(shown).not.toContain(secret);
  });

  it('says nobody has scored yet when the round has no scores', () => {
    expect(viewAt('riskScaling:dd-b', (source) => (source.riskRounds = [])).risk).toEqual({ revealed: false, scoredCount: 0 });
  });

  it('has no risk round outside the risk phase, even when the round is revealed', () => {
    expect(viewAt('plan:dd-a').risk).toBeNull();
    expect(viewAt('hypothesising:dd-a').risk).toBeNull();
  });

  it.each(['presentation', 'hypothesising', 'riskScaling', 'plan'])('holds nothing of family B during the %s phase of family A (and vice versa)', (phase) => {
    const alphaView = JSON.stringify(viewAt(`${phase}:dd-a`));
    const bravoView = JSON.stringify(viewAt(`${phase}:dd-b`));
    for (const foreign of bravoStrings) expect(alphaView, foreign).not.toContain(foreign);
    for (const foreign of alphaStrings) expect(bravoView, foreign).not.toContain(foreign);
  });

  it("shows the current family's code, question and what was captured in its phase", () => {
    const hypothesising = viewAt('hypothesising:dd-b');
    expect(hypothesising.family).toEqual({ code: familyB.code, number: 2, count: 2, question: 'BRAVO question: school refusal?' });
    expect(hypothesising.hypotheses).toEqual([{ wording: 'BRAVO hypothesis: the school is a safe place', status: 'open' }]);
    expect(hypothesising.actions).toBeNull();
    const plan = viewAt('plan:dd-a');
    expect(plan.actions!.map((action) => [action.kind, action.text])).toEqual([['action', 'ALPHA action: call the father']]);
    expect(plan.familyQuestions!.map((action) => [action.kind, action.text])).toEqual([['familyQuestion', 'ALPHA family question: who helps at home?']]);
    expect(plan.hypotheses).toBeNull();
    expect(viewAt('presentation:dd-a').notes).toBe('ALPHA presentation note\nsecond line');
  });

  it("shows the family's hypotheses under review as they stand, those this meeting touched as it left them, and no dropped ones", () => {
    const earlier = (id: string, wording: string, status: Hypothesis['status'], familyId = familyA.id): Hypothesis => ({
      wording,
      proposers: [],
      concerns: '',
      evidenceFor: '',
      evidenceAgainst: '',
      testQuestions: [],
      lensTags: [],
      id,
      familyId,
      meetingId: 'm-old',
      status,
      createdAt: '2031-05-01T09:00:00.000Z',
      updatedAt: '2031-05-01T09:00:00.000Z',
      revisitedAt: '2031-05-01T09:00:00.000Z',
      revisionCount: 1,
    });
    const view = viewAt('hypothesising:dd-a', (source) => {
      source.familyHypotheses = [
        ...source.familyHypotheses,
        earlier('h-open', 'ALPHA earlier, still open', 'weakened'),
        earlier('h-dropped', 'ALPHA earlier, dropped long ago', 'dropped'),
        earlier('h-other', 'BRAVO earlier hypothesis', 'open', familyB.id),
      ];
    });
    expect(view.hypotheses).toEqual([
      { wording: 'ALPHA earlier, still open', status: 'weakened' },
      // Dropped a week later, but this meeting left it reworded and strengthened.
      { wording: 'ALPHA hypothesis: the move cut the family off', status: 'strengthened' },
    ]);
  });

  describe('the method templates in the presentation phase', () => {
    const event = (id: string, familyId: string, title: string, year: number): TimelineEvent => ({
      id,
      familyId,
      date: { precision: 'year', year },
      endDate: null,
      title,
      category: 'moves',
      people: ['äiti'],
      source: 'familyAccount',
      sourceNote: `${title} SOURCE NOTE`,
      actionTaken: `${title} ACTION TAKEN`,
      ownView: `${title} own view`,
      shownToFamily: false,
      createdAt: '2031-05-01T09:00:00.000Z',
      updatedAt: '2031-05-01T09:00:00.000Z',
    });
    const session = (childId: string, date: string, item: string, teamConsent: 'given' | 'notGiven', familyId = familyA.id) => {
      const base = newSession({ childId, date, worker: { memberId: null, name: 'Wilma Worker' } });
      const withItem = { ...base, houses: { ...base.houses, worries: { name: '', items: [{ id: `i-${item}`, text: item, verbatim: true }], drawing: null } } };
      return { ...setConsent(withItem, 'team', teamConsent, date), familyId };
    };
    const methods = (showing: { timeline: boolean; threeHouses: boolean }): FamilyMethods => ({
      familyId: familyA.id,
      children: [
        { id: 'c-1', pseudonym: 'Tuuli', birthYear: 2017 },
        { id: 'c-2', pseudonym: 'Aava', birthYear: 2020 },
      ],
      timelineEvents: [event('e-2', familyA.id, 'ALPHA moved', 2022), event('e-1', familyA.id, 'ALPHA born', 2017), event('e-x', familyB.id, 'BRAVO event', 2019)],
      // Newest first.
      threeHousesSessions: [
        session('c-1', '2031-05-20', 'ALPHA Tuuli now', 'given'),
        session('c-2', '2031-05-10', 'ALPHA Aava refused', 'notGiven'),
        session('c-1', '2031-01-15', 'ALPHA Tuuli baseline', 'given'),
        session('c-1', '2031-05-25', 'BRAVO child of another family', 'given', familyB.id),
      ],
      showing,
    });

    it('shows the timeline only when the facilitator puts it on the screen: every event in date order, without internal notes', () => {
      expect(viewAt('presentation:dd-a', withMethods(methods({ timeline: false, threeHouses: false }))).timeline).toBeNull();
      const view = viewAt('presentation:dd-a', withMethods(methods({ timeline: true, threeHouses: false })));
      expect(view.timeline!.events.map((entry) => entry.title)).toEqual(['ALPHA born', 'ALPHA moved']);
      expect(view.timeline!.children.map((child) => child.pseudonym)).toEqual(['Tuuli', 'Aava']);
      const shown = JSON.stringify(view);
      for (const hidden of ['SOURCE NOTE', 'ACTION TAKEN', 'BRAVO']) expect(shown, hidden).not.toContain(hidden);
      expect(view.threeHouses).toBeNull();
    });

    it("shows each child's latest three houses as the child's consent for the team allows, and nothing of another family", () => {
      const teamOnly = { ...finishedMeeting(), participants: finishedMeeting().participants.filter((participant) => participant.kind === 'member') };
      const view = viewAt('presentation:dd-a', withMethods(methods({ timeline: false, threeHouses: true })), teamOnly);
      expect(view.threeHouses!.map((entry) => [entry.child, entry.view.allowed])).toEqual([
        ['Tuuli', true],
        ['Aava', false],
      ]);
      const shown = JSON.stringify(view);
      expect(shown).toContain('ALPHA Tuuli now');
      for (const hidden of ['ALPHA Tuuli baseline', 'ALPHA Aava refused', 'BRAVO']) expect(shown, hidden).not.toContain(hidden);
    });

    describe('with guests in the room', () => {
      const guestOf = (deepDiveId: string, relation: 'network' | 'family'): Meeting => {
        const base = finishedMeeting();
        const guest = { kind: 'guest' as const, id: 'g-new', name: 'Vieras', organisation: '', relation, joins: [{ deepDiveId, scores: false }] };
        // The fixture's whole-meeting guest is left out: only the invited guest is in the room.
        return { ...base, participants: [...base.participants.filter((participant) => participant.kind === 'member'), guest] };
      };
      /** Tuuli's session, with the team's consent and `others` for the network and the parents. */
      const consented = (others: { network: 'given' | 'notGiven' | 'notAsked'; parents: 'given' | 'notGiven' | 'notAsked' }) => {
        const base = session('c-1', '2031-05-20', 'ALPHA Tuuli now', 'given');
        const withFollowUp = { ...base, followUpQuestions: ['ALPHA TEAM-ONLY follow-up'] };
        let result = setConsent(withFollowUp, 'network', others.network, '2031-05-20');
        result = setConsent(result, 'parents', others.parents, '2031-05-20');
        return { ...result, familyId: familyA.id };
      };
      const roomView = (meeting: Meeting, others: Parameters<typeof consented>[0]) =>
        viewAt(
          'presentation:dd-a',
          withMethods({ ...methods({ timeline: false, threeHouses: true })!, threeHousesSessions: [consented(others)] }),
          meeting,
        ).threeHouses!.map((entry) => entry.view);

      it("with a guest from the family's network, shows the houses only as the child allowed the network", () => {
        const [refused] = roomView(guestOf('dd-a', 'network'), { network: 'notGiven', parents: 'given' });
        expect(refused).toEqual({ audience: 'network', allowed: false, reason: 'notGiven' });
        const [allowed] = roomView(guestOf('dd-a', 'network'), { network: 'given', parents: 'notGiven' });
        expect(allowed!.allowed).toBe(true);
        expect(JSON.stringify(allowed)).toContain('ALPHA Tuuli now');
        // The worker's follow-up questions are the team's: not on the screen while a guest is there.
        expect(JSON.stringify(allowed)).not.toContain('TEAM-ONLY');
      });

      it('with the family in the room, shows the houses only as the child allowed the parents', () => {
        const [notAsked] = roomView(guestOf('dd-a', 'family'), { network: 'given', parents: 'notAsked' });
        expect(notAsked).toEqual({ audience: 'parents', allowed: false, reason: 'notAsked' });
        const [allowed] = roomView(guestOf('dd-a', 'family'), { network: 'notGiven', parents: 'given' });
        expect(allowed).toMatchObject({ audience: 'parents', allowed: true });
      });

      it("a guest of another family's deep dive changes nothing: the team's consent holds", () => {
        const [teamView] = roomView(guestOf('dd-b', 'network'), { network: 'notGiven', parents: 'notGiven' });
        expect(teamView).toMatchObject({ audience: 'sharedScreen', allowed: true });
        expect(JSON.stringify(teamView)).toContain('TEAM-ONLY');
      });

      it('names the audiences in the room per deep dive', () => {
        const base = guestOf('dd-a', 'network');
        const both: Meeting = {
          ...base,
          participants: [...base.participants, { kind: 'guest', id: 'g-mum', name: 'Äiti', organisation: '', relation: 'family', joins: [{ deepDiveId: 'dd-a', scores: false }] }],
        };
        expect(roomAudiences(both, 'dd-a')).toEqual(['network', 'parents']);
        expect(roomAudiences(both, 'dd-b')).toEqual([]);
        const [view] = roomView(both, { network: 'given', parents: 'notGiven' });
        expect(view).toEqual({ audience: 'parents', allowed: false, reason: 'notGiven' });
      });
    });

    it('shows neither outside a phase that offers them, nor for material of another family', () => {
      const both = { timeline: true, threeHouses: true };
      const clarifying = viewAt('clarifyingQuestions:dd-a', withMethods(methods(both)));
      expect([clarifying.timeline, clarifying.threeHouses]).toEqual([null, null]);
      // The material loaded for family A while family B's presentation is on.
      const bravo = viewAt('presentation:dd-b', withMethods(methods(both)));
      expect([bravo.timeline, bravo.threeHouses]).toEqual([null, null]);
    });
  });

  describe("the care-period goals in an interim review's goals phase", () => {
    const review = (): Meeting => ({ ...finishedMeeting(), template: interimReviewTemplate, quickRound: [] });
    // The meeting starts at startsAt; an earlier review a week before, a later one (planned ahead) a week after.
    const week = 7 * 24 * 60 * minute;
    const rating = (familyId: string, carePeriodId: string, goalId: string, meetingId: string, meetingDate: number, value: number | null) => ({
      familyId,
      carePeriodId,
      goalId,
      meetingId,
      meetingDate,
      rating: value,
    });
    const carePeriodOfA = (familyId = familyA.id): LoadedGoals => ({
      familyId,
      carePeriod: {
        id: 'cp-a',
        goals: [
          { id: 'g1', text: 'ALPHA goal one: sleeps in own bed' },
          { id: 'g2', text: 'ALPHA goal two: calmer mornings' },
        ],
      },
      ratings: [
        rating(familyA.id, 'cp-a', 'g1', 'review-1', startsAt - week, 3),
        rating(familyA.id, 'cp-a', 'g1', meetingId, startsAt, 6),
        rating(familyA.id, 'cp-a', 'g2', 'review-1', startsAt - week, 5),
        rating(familyA.id, 'cp-a', 'g1', 'review-3', startsAt + week, 9),
        rating(familyB.id, 'cp-b', 'g1', 'review-1', startsAt - week, 1),
      ],
    });
    const withGoals =
      ({ familyId, ...data }: LoadedGoals) =>
      (source: SharedScreenSource) =>
        (source.loaded = { ...source.loaded, carePeriodGoals: { familyId, data } });

    it("shows each goal's text, its earlier ratings with their dates and this review's rating once given", () => {
      const view = viewAt('goalsAndProgress:dd-a', withGoals(carePeriodOfA()), review());
      expect(view.carePeriodGoals).toEqual([
        { text: 'ALPHA goal one: sleeps in own bed', earlier: [{ date: startsAt - week, rating: 3 }], rating: 6, change: 3, direction: 'up' },
        { text: 'ALPHA goal two: calmer mornings', earlier: [{ date: startsAt - week, rating: 5 }], rating: null, change: null, direction: null },
      ]);
    });

    it('shows no goals outside a phase that offers them, nor goals loaded for another family', () => {
      expect(viewAt('reflectionWithFamily:dd-a', withGoals(carePeriodOfA()), review()).carePeriodGoals).toBeNull();
      expect(viewAt('presentation:dd-a', withGoals(carePeriodOfA())).carePeriodGoals).toBeNull();
      // Family A's goals still loaded while family B's goals phase is on.
      const bravo = viewAt('goalsAndProgress:dd-b', withGoals(carePeriodOfA()), review());
      expect(bravo.carePeriodGoals).toBeNull();
      expect(JSON.stringify(bravo)).not.toContain('ALPHA goal');
      // Another family's ratings in the loaded list never count for this family's goals.
      const alpha = viewAt('goalsAndProgress:dd-a', withGoals(carePeriodOfA()), review());
      expect(alpha.carePeriodGoals!.flatMap((goal) => goal.earlier.map((point) => point.rating))).toEqual([3, 5]);
    });

    it('shows nothing without loaded data, and no goals for a family without a care period', () => {
      expect(viewAt('goalsAndProgress:dd-a', () => undefined, review()).carePeriodGoals).toBeNull();
      const none = viewAt('goalsAndProgress:dd-a', withGoals({ familyId: familyA.id, carePeriod: null, ratings: [] }), review());
      expect(none.carePeriodGoals).toEqual([]);
    });
  });

  it('lists the quick-round codes in the quick-round phase only', () => {
    expect(viewAt('quickRound').quickRound).toEqual([familyA.code, familyB.code]);
    expect(viewAt('opening').quickRound).toBeNull();
    expect(viewAt('presentation:dd-a').quickRound).toBeNull();
    expect(viewAt('recordingAndClose').quickRound).toBeNull();
  });

  it('shows no family in a once-a-meeting phase', () => {
    const view = viewAt('recordingAndClose');
    expect(view.family).toBeNull();
    expect(view.hypotheses).toBeNull();
    expect(view.actions).toBeNull();
    expect(view.risk).toBeNull();
  });

  it('gives the step, its planned time and the time spent from the stored run', () => {
    const view = viewAt('clarifyingQuestions:dd-a');
    expect(view.step).toMatchObject({ number: 4, count: 15, leadRoleName: null, elapsedMs: 30_000, plannedMs: 5 * minute });
    expect(view.step?.name.en).toBe('Clarifying questions');
    expect(view.meeting.elapsedMs).toBe(3 * 2 * minute + 30_000);
    expect(view.status).toBe('running');
  });

  it("names the phase's lead role as the meeting's template names it", () => {
    const renamed = (source: SharedScreenSource) => {
      const template = source.meeting.template;
      const roles = template.roles.map((role) =>
        role.id === 'familyTherapist' ? { ...role, name: { fi: 'Psykiatrinen sairaanhoitaja', en: 'Psychiatric nurse' } } : role,
      );
      source.meeting = { ...source.meeting, template: { ...template, roles } };
    };
    expect(viewAt('hypothesising:dd-a').step?.leadRoleName).toEqual({ fi: 'Perheterapeutti', en: 'Family therapist' });
    expect(viewAt('hypothesising:dd-a', renamed).step?.leadRoleName).toEqual({ fi: 'Psykiatrinen sairaanhoitaja', en: 'Psychiatric nurse' });
  });

  it('freezes the phase time during a break', () => {
    const { meeting, now } = runningAt('presentation:dd-a');
    const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
    const paused = { ...meeting, run: accepted(pause(meeting.run, steps, now)) };
    const source = { ...summarySource(paused), notes: '', familyCodes: new Map(), familyHypotheses: [] };
    const atPause = buildSharedScreenView({ ...source, meeting: paused, now });
    const later = buildSharedScreenView({ ...source, meeting: paused, now: now + 5 * minute });
    expect(later.status).toBe('paused');
    expect(later.step?.elapsedMs).toBe(atPause.step?.elapsedMs);
  });

  it('shows no step before the start or after the finish', () => {
    const finished = finishedMeeting();
    const source = { ...summarySource(finished), notes: 'anything', familyCodes: new Map(), familyHypotheses: [] };
    expect(buildSharedScreenView({ ...source, now: startsAt }).step).toBeNull();
    expect(buildSharedScreenView({ ...source, now: startsAt }).notes).toBe('');
    const planned = { ...finished, status: 'planned' as const, run: notStartedRun };
    expect(buildSharedScreenView({ ...source, meeting: planned, now: startsAt }).family).toBeNull();
  });
});

describe('the agenda and what the meeting agreed on the room’s screen', () => {
  const teamOnly = (source: SharedScreenSource) => {
    source.meeting = { ...source.meeting, participants: source.meeting.participants.filter((participant) => participant.kind !== 'guest') };
  };
  const showing = (agenda: boolean, agreed: boolean) => (source: SharedScreenSource) => {
    source.shows = { ...source.shows, agenda, agreedInMeeting: agreed };
  };
  const both = (...changes: ((source: SharedScreenSource) => void)[]) => (source: SharedScreenSource) => changes.forEach((change) => change(source));

  it('shows the agenda in the opening only once the chair puts it on the screen', () => {
    expect(viewAt('opening').agenda).toBeNull();
    expect(viewAt('opening', showing(false, true)).agenda).toBeNull();
    expect(viewAt('opening', showing(true, false)).agenda).not.toBeNull();
  });

  it('lists the phases and the deep-dive families in order by code, the current one marked, and each family’s phases', () => {
    const agenda = viewAt('opening', both(teamOnly, showing(true, false))).agenda!;
    expect(agenda.map((entry) => (entry.kind === 'phase' ? entry.name.en : `${entry.number}. ${entry.code}`))).toEqual([
      'Opening and check-in',
      'Quick round of all families',
      `1. ${familyA.code}`,
      `2. ${familyB.code}`,
      'Recording check and close',
    ]);
    expect(agenda.filter((entry) => entry.current)).toEqual([{ kind: 'phase', name: weeklyName('opening'), current: true, time: agenda[0]!.time }]);
    const alpha = agenda[2]!;
    if (alpha.kind !== 'deepDive') throw new Error('expected a deep dive');
    expect(alpha.question).toBe('ALPHA question: how to reach the father?');
    expect(alpha.phases.map((phase) => phase.name.en)).toEqual(['Presentation', 'Clarifying questions', 'Hypothesising', 'Reflection', 'Risk and safety scaling', 'Plan']);
  });

  it('gives each line its planned start and minutes from the meeting’s start, as the printed agenda has them', () => {
    const meeting = finishedMeeting();
    const agenda = viewAt('opening', both(teamOnly, showing(true, false))).agenda!;
    const planned = plannedAgenda(meeting, meetingStart(meeting), { codeOf: () => '', presenterName: () => null });
    expect(agenda.map((entry) => entry.time)).toEqual(planned.rows.map((row) => ({ start: row.start, minutes: row.minutes })));
    expect(agenda[0]!.time).toEqual({ start: meetingStart(meeting), minutes: 10 });
  });

  it('marks the deep dive and its phase when the agenda is shown during a family’s phase that offers it', () => {
    const base = finishedMeeting();
    const template = { ...base.template, phases: base.template.phases.map((phase) => (phase.id === 'hypothesising' ? { ...phase, tools: [...phase.tools, 'agenda' as const] } : phase)) };
    const agenda = viewAt('hypothesising:dd-b', showing(true, false), { ...base, template }).agenda!;
    const current = agenda.filter((entry) => entry.current);
    expect(current).toHaveLength(1);
    if (current[0]!.kind !== 'deepDive') throw new Error('expected a deep dive');
    expect(current[0]!.code).toBe(familyB.code);
    expect(current[0]!.phases.filter((phase) => phase.current).map((phase) => phase.name.en)).toEqual(['Hypothesising']);
  });

  it('leaves out the families’ questions from the agenda while a guest takes part', () => {
    const agenda = viewAt('opening', showing(true, false)).agenda!;
    const shown = JSON.stringify(agenda);
    expect(shown).toContain(familyA.code);
    expect(shown).not.toContain('ALPHA question');
    expect(shown).not.toContain('BRAVO question');
  });

  it('shows no agenda in a phase without it, whatever the chair chose', () => {
    expect(viewAt('presentation:dd-a', showing(true, true)).agenda).toBeNull();
    expect(viewAt('quickRound', showing(true, true)).agenda).toBeNull();
  });

  it('shows what the meeting agreed in the close, once put on the screen, by family code with tasks and questions apart', () => {
    expect(viewAt('recordingAndClose', teamOnly).agreed).toBeNull();
    const agreed = viewAt('recordingAndClose', both(teamOnly, showing(false, true))).agreed;
    expect(agreed).toEqual([
      {
        code: familyA.code,
        actions: [{ text: 'ALPHA action: call the father', ownerName: 'Wilma Worker', due: '2031-06-09' }],
        familyQuestions: [{ text: 'ALPHA family question: who helps at home?', ownerName: '', due: null }],
      },
      {
        code: familyB.code,
        actions: [{ text: 'BRAVO action: meet the teacher', ownerName: 'Wilma Worker', due: null }],
        familyQuestions: [{ text: 'BRAVO family question: what is a good day?', ownerName: '', due: null }],
      },
    ]);
  });

  it('leaves out what earlier meetings agreed, and every field the screen does not draw', () => {
    const earlier = (source: SharedScreenSource) => {
      source.actions = [...source.actions, { ...source.actions[0]!, id: 'old', meetingId: 'm-earlier', text: 'EARLIER task' }];
    };
    const agreed = viewAt('recordingAndClose', both(teamOnly, earlier, showing(false, true))).agreed!;
    const shown = JSON.stringify(agreed);
    expect(shown).not.toContain('EARLIER task');
    for (const hidden of ['"id"', 'ownerId', 'status', 'createdAt', familyA.id, familyA.label]) expect(shown).not.toContain(hidden);
  });

  it('with a guest in the meeting shows only the one deep-dive family’s agreements, and none when there are several families', () => {
    expect(viewAt('recordingAndClose', showing(false, true)).agreed).toEqual([]);
    const base = finishedMeeting();
    const oneFamily = { ...base, deepDives: base.deepDives.filter((item) => item.familyId === familyA.id) };
    const agreed = viewAt('recordingAndClose', showing(false, true), oneFamily).agreed!;
    expect(agreed.map((group) => group.code)).toEqual([familyA.code]);
    expect(JSON.stringify(agreed)).not.toContain('BRAVO');
  });

  describe('with a guest invited to one family’s deep dive only', () => {
    const invitedTo = (deepDiveId: string) => (source: SharedScreenSource) => {
      const members = source.meeting.participants.filter((participant) => participant.kind === 'member');
      const guest = { kind: 'guest' as const, id: 'g-school', name: 'Koulun kuraattori', organisation: 'Koulu', joins: [{ deepDiveId, scores: false }] };
      source.meeting = { ...source.meeting, participants: [...members, guest] };
    };

    it('shows every family’s question on the opening’s agenda, as the guest is not in the room then', () => {
      const shown = JSON.stringify(viewAt('opening', both(invitedTo('dd-a'), showing(true, false))).agenda);
      expect(shown).toContain('ALPHA question');
      expect(shown).toContain('BRAVO question');
    });

    it('shows everything agreed at the close, as the guest has left by then', () => {
      const agreed = viewAt('recordingAndClose', both(invitedTo('dd-a'), showing(false, true))).agreed!;
      expect(agreed.map((group) => group.code)).toEqual([familyA.code, familyB.code]);
    });

    it('during that deep dive, shows no other family’s question or agreements', () => {
      const base = finishedMeeting();
      const template = {
        ...base.template,
        phases: base.template.phases.map((phase) => (phase.id === 'plan' ? { ...phase, tools: [...phase.tools, 'agenda' as const, 'agreedInMeeting' as const] } : phase)),
      };
      const view = viewAt('plan:dd-a', both(invitedTo('dd-a'), showing(true, true)), { ...base, template });
      const shown = JSON.stringify([view.agenda, view.agreed]);
      // Family codes stay on the agenda (pseudonyms); nothing the team said about the families does.
      for (const hidden of ['BRAVO question', 'BRAVO action', 'BRAVO family question', 'ALPHA question']) expect(shown).not.toContain(hidden);
      expect(view.agreed!.map((group) => group.code)).toEqual([familyA.code]);
      // In the other family's deep dive the guest is not there: that family's agreements show.
      const other = viewAt('plan:dd-b', both(invitedTo('dd-a'), showing(true, true)), { ...base, template });
      expect(other.agreed!.map((group) => group.code)).toEqual([familyA.code, familyB.code]);
    });
  });

  it('shows nothing agreed outside a phase that offers it', () => {
    expect(viewAt('opening', both(teamOnly, showing(true, true))).agreed).toBeNull();
    expect(viewAt('plan:dd-a', both(teamOnly, showing(true, true))).agreed).toBeNull();
  });
});

function weeklyName(phaseId: string) {
  return finishedMeeting().template.phases.find((phase) => phase.id === phaseId)!.name;
}
