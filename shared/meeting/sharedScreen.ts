// What the room's shared screen may show, built from the facilitator's data by one pure function so
// the privacy rules live in one tested place: only the current step's phase and family, never a
// risk score before the chair reveals the round (just how many have scored), never anything of
// another family, and a child's three houses only as the child allowed everyone in the room. The shared screen receives only this view; it never reads the database.
import {
  buildMeetingSteps,
  elapsedInMeeting,
  elapsedInPhase,
  plannedForMeeting,
  projectedEnd,
  type MeetingStep,
  type RunStatus,
} from './engine';
import { agreedInMeeting, meetingAgenda, type AgreedItem } from './agreedInMeeting';
import type { Hypothesis, HypothesisRevision, HypothesisStatus } from '../hypothesis/hypothesis';
import { hypothesesInMeeting } from '../hypothesis/revisions';
import { agendaOutline, deepDiveParticipants, guestRelation, meetingRoleName, meetingStart, participantsAt, type Action, type DeepDive, type Meeting, type RiskRound } from './meeting';
import { riskSpread, type RiskSpread } from './riskStats';
import type { LocalizedText, MeetingTool } from './template';
import { withoutInternalNotes, type FamilyFacingEvent } from '../timeline/filters';
import type { TimelineEvent } from '../timeline/timelineEvent';
import { sortTimelineEvents } from '../timeline/dateRange';
import { viewForAudience, type ThreeHousesView } from '../threeHouses/consent';
import type { Audience, ThreeHousesSession } from '../threeHouses/session';
import type { CarePeriodGoal } from '../carePeriod/carePeriod';
import { goalAtReview, type TrendDirection } from '../carePeriod/goalTrend';

export type SharedScreenView = {
  meetingId: string;
  status: RunStatus;
  /** Epoch ms at which the elapsed times below were computed; the screen adds its own clock's time since, unless paused. */
  measuredAt: number;
  step: {
    number: number;
    count: number;
    name: LocalizedText;
    purpose: LocalizedText | null;
    /** Who leads the phase, as the meeting's template names the role; null: the whole team. */
    leadRoleName: LocalizedText | null;
    tools: readonly MeetingTool[];
    elapsedMs: number;
    plannedMs: number;
  } | null;
  meeting: { elapsedMs: number; plannedMs: number; projectedEnd: number };
  /** The deep-dive family of the current step, or null in a once-a-meeting phase. */
  family: { code: string; number: number; count: number; question: string } | null;
  notes: string;
  hypotheses: { wording: string; status: HypothesisStatus }[];
  actions: { kind: Action['kind']; text: string; ownerName: string; due: string | null }[];
  risk: { revealed: false; scoredCount: number } | { revealed: true; scores: { name: string; score: number | null; reason: string; oneUp: string }[]; spread: RiskSpread | null } | null;
  /** Pseudonym codes of the quick round, in the quick-round phase only. */
  quickRound: string[] | null;
  /**
   * The family's timeline, when the phase offers it and the facilitator puts it on the screen: every
   * event, without the internal notes (action taken, source note), and the children's births.
   */
  timeline: { events: FamilyFacingEvent[]; children: RoomChild[] } | null;
  /**
   * Each child's latest three-houses session, when the phase offers it and the facilitator puts it on
   * the screen, as the child's consent allows for the strictest audience in the room (the team; the
   * network when an outside guest takes part; the parents when the family does): a refusal shows
   * only the refusal.
   */
  threeHouses: { child: string; view: ThreeHousesView }[] | null;
  /**
   * The family's care-period goals, in a phase that offers them (an interim review's goals phase):
   * each goal's text, its ratings at earlier reviews (rated ones, oldest first; no comments) and this
   * review's rating once given, with the change since the previous rating. Null when the phase has no
   * goals tool or nothing was loaded; no goals when the family has no care period.
   */
  carePeriodGoals: RoomGoal[] | null;
  /**
   * The agenda, in a phase that offers it once the chair puts it on the screen: phases and
   * deep-dive families in order, the current one marked. Family codes; a family's question only
   * when everyone in the meeting is from the team (no guest).
   */
  agenda: RoomAgendaEntry[] | null;
  /**
   * What this meeting agreed (tasks and questions for the family), in a phase that offers it once
   * the chair puts it on the screen, by family code. With a guest in the meeting, only when the
   * agenda has a single deep dive, and then only that family's.
   */
  agreed: RoomAgreedFamily[] | null;
};

export type RoomAgendaEntry =
  | { kind: 'phase'; name: LocalizedText; current: boolean }
  | { kind: 'deepDive'; number: number; code: string; question: string | null; current: boolean; phases: { name: LocalizedText; current: boolean }[] };

export type RoomAgreedFamily = { code: string; actions: RoomAgreedItem[]; familyQuestions: RoomAgreedItem[] };
export type RoomAgreedItem = { text: string; ownerName: string; due: string | null };

/** What the chair has put on the room's screen in a phase with the agenda or the list of what was agreed. */
export type RoomShowsMeeting = { agenda: boolean; agreed: boolean };

export type RoomGoal = {
  text: string;
  /** Earlier reviews' ratings (epoch ms of the meeting), oldest first; reviews after this one are not shown. */
  earlier: { date: number; rating: number }[];
  /** This review's rating, or null until it is given. */
  rating: number | null;
  change: number | null;
  direction: TrendDirection | null;
};

export type RoomChild = { id: string; pseudonym: string; birthYear: number | null };

/** The current deep-dive family's method material, and what the facilitator chose to put on the room's screen. */
export type SharedScreenMethods = {
  familyId: string;
  children: readonly RoomChild[];
  timelineEvents: readonly TimelineEvent[];
  /** The family's three-houses sessions, newest first (as the repository lists them). */
  threeHousesSessions: readonly (ThreeHousesSession & { familyId: string })[];
  showing: RoomShows;
};

/**
 * The current deep-dive family's care period as the publisher loads it, only in a step with the
 * goals tool: its goals (none when it has no care period) and the family's goal ratings.
 */
export type SharedScreenCarePeriod = {
  familyId: string;
  /** Null when the family has no care period. */
  carePeriod: { id: string; goals: readonly CarePeriodGoal[] } | null;
  ratings: readonly { carePeriodId: string; familyId: string; goalId: string; meetingId: string; meetingDate: number; rating: number | null }[];
};

/** Which method material the facilitator has put on the room's screen. */
export type RoomShows = { timeline: boolean; threeHouses: boolean };

export type SharedScreenSource = {
  meeting: Meeting;
  now: number;
  /** Notes of the current step. */
  notes: string;
  /** Everything captured in this meeting; filtered here to the current family. Hypotheses as revisions (see summary.ts). */
  hypothesisRevisions: readonly HypothesisRevision[];
  /** The current family's hypotheses as they stand now (those under review included); filtered here too. */
  familyHypotheses: readonly Hypothesis[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
  /** Pseudonym code by family id ('?' is shown for a family that no longer exists). */
  familyCodes: ReadonlyMap<string, string>;
  /** Absent: no method material is loaded, and none is shown. */
  familyMethods?: SharedScreenMethods;
  /** Absent: no care period is loaded, and no goals are shown. */
  familyCarePeriod?: SharedScreenCarePeriod;
  /** Absent: neither the agenda nor what was agreed is on the room's screen. */
  meetingShows?: RoomShowsMeeting;
};

export function buildSharedScreenView(source: SharedScreenSource): SharedScreenView {
  const { meeting, now } = source;
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  const run = meeting.run;
  const current = run.status === 'notStarted' || run.status === 'finished' ? undefined : steps[run.stepIndex];
  const deepDive = current?.agendaItemId ? meeting.deepDives.find((item) => item.id === current.agendaItemId) : undefined;
  const familyId = deepDive?.familyId ?? null;
  const codeOf = (id: string) => source.familyCodes.get(id) ?? '?';
  const tools = current?.phase.tools ?? [];

  const round = deepDive ? source.riskRounds.find((entry) => entry.agendaItemId === deepDive.id) : undefined;
  let risk: SharedScreenView['risk'] = null;
  if (deepDive && tools.includes('riskRound')) {
    risk =
      round && round.revealedAt !== null
        ? {
            revealed: true,
            scores: round.scores.map((entry) => ({ name: entry.participantName, score: entry.score, reason: entry.reason, oneUp: entry.oneUp })),
            spread: riskSpread(round.scores),
          }
        : { revealed: false, scoredCount: round?.scores.length ?? 0 };
  }

  return {
    meetingId: meeting.id,
    status: run.status,
    measuredAt: now,
    step: current
      ? {
          number: current.index + 1,
          count: steps.length,
          name: current.phase.name,
          purpose: current.phase.purpose ?? null,
          leadRoleName: meetingRoleName(meeting.template, current.phase.leadRole),
          tools,
          elapsedMs: elapsedInPhase(run, now),
          plannedMs: current.plannedMs,
        }
      : null,
    meeting: { elapsedMs: elapsedInMeeting(run, now), plannedMs: plannedForMeeting(steps), projectedEnd: projectedEnd(run, steps, now) },
    family:
      deepDive && current?.deepDiveNumber
        ? { code: codeOf(deepDive.familyId), number: current.deepDiveNumber, count: meeting.deepDives.length, question: deepDive.question }
        : null,
    notes: current ? source.notes : '',
    hypotheses: familyId && tools.includes('hypotheses') ? hypothesesForRoom(source, familyId, meeting.id) : [],
    actions:
      familyId && (tools.includes('actions') || tools.includes('familyQuestions'))
        ? source.actions
            .filter((entry) => entry.familyId === familyId && entry.meetingId === meeting.id)
            .map((entry) => ({ kind: entry.kind, text: entry.text, ownerName: entry.ownerName, due: entry.due }))
        : [],
    risk,
    quickRound: current && tools.includes('quickRoundList') ? meeting.quickRound.map((item) => codeOf(item.familyId)) : null,
    timeline: familyId && tools.includes('timeline') ? timelineForRoom(source.familyMethods, familyId) : null,
    threeHouses:
      deepDive && tools.includes('threeHouses') ? threeHousesForRoom(source.familyMethods, deepDive.familyId, roomAudiences(meeting, deepDive.id)) : null,
    carePeriodGoals:
      familyId && tools.includes('carePeriodGoals')
        ? goalsForRoom(source.familyCarePeriod, familyId, { meetingId: meeting.id, date: meetingStart(meeting) })
        : null,
    agenda: current && tools.includes('agenda') && source.meetingShows?.agenda ? agendaForRoom(meeting, steps, current.index, deepDive, codeOf) : null,
    agreed: current && tools.includes('agreedInMeeting') && source.meetingShows?.agreed ? agreedForRoom(meeting, source.actions, deepDive, codeOf) : null,
  };
}

/**
 * Whether only the team is in the room at this step (a guest of a deep dive is there only during
 * it): then the room may see every family's question and agreements.
 */
function teamOnly(meeting: Meeting, deepDiveId: string | null): boolean {
  return participantsAt(meeting, deepDiveId).every((participant) => participant.kind !== 'guest');
}

function agendaForRoom(
  meeting: Meeting,
  steps: readonly MeetingStep[],
  currentIndex: number,
  deepDive: DeepDive | undefined,
  codeOf: (id: string) => string,
): RoomAgendaEntry[] {
  const questions = teamOnly(meeting, deepDive?.id ?? null);
  return meetingAgenda(meeting, steps, currentIndex).map((entry) =>
    entry.kind === 'phase'
      ? { kind: 'phase', name: entry.name, current: entry.current }
      : {
          kind: 'deepDive',
          number: entry.number,
          code: codeOf(entry.familyId),
          question: questions ? entry.question : null,
          current: entry.current,
          phases: entry.phases.map((phase) => ({ ...phase })),
        },
  );
}

function agreedForRoom(meeting: Meeting, actions: readonly Action[], deepDive: DeepDive | undefined, codeOf: (id: string) => string): RoomAgreedFamily[] {
  // With a guest in the room: in a deep dive, only that family's agreements; in a once-a-meeting
  // phase (a guest of the whole meeting), only when the meeting has a single family.
  const onlyFamily = teamOnly(meeting, deepDive?.id ?? null)
    ? null
    : deepDive
      ? deepDive.familyId
      : meeting.deepDives.length === 1
        ? meeting.deepDives[0]!.familyId
        : undefined;
  if (onlyFamily === undefined) return [];
  const item = ({ text, ownerName, due }: AgreedItem): RoomAgreedItem => ({ text, ownerName, due });
  return agreedInMeeting(meeting, actions)
    .filter((group) => onlyFamily === null || group.familyId === onlyFamily)
    .map((group) => ({ code: codeOf(group.familyId), actions: group.byKind.action.map(item), familyQuestions: group.byKind.familyQuestion.map(item) }));
}

function timelineForRoom(methods: SharedScreenMethods | undefined, familyId: string): SharedScreenView['timeline'] {
  if (!methods?.showing.timeline || methods.familyId !== familyId) return null;
  const events = sortTimelineEvents(methods.timelineEvents.filter((event) => event.familyId === familyId)).map(withoutInternalNotes);
  return { events, children: methods.children.map((child) => ({ ...child })) };
}

/**
 * Who besides the team is in the room during a family's deep dive, as the child's consent names
 * audiences: 'network' when a guest from outside the team takes part, 'parents' when the family
 * does. In that order; none when only the team is there.
 */
export function roomAudiences(meeting: Pick<Meeting, 'participants'>, deepDiveId: string): Audience[] {
  const relations = new Set(
    deepDiveParticipants(meeting, deepDiveId).flatMap((participant) => (participant.kind === 'guest' ? [guestRelation(participant)] : [])),
  );
  return [...(relations.has('network') ? (['network'] as const) : []), ...(relations.has('family') ? (['parents'] as const) : [])];
}

/**
 * Each child's latest session as the strictest audience in the room may see it: the team's view
 * when only the team is there; otherwise shown only if the child consented for every audience
 * present (the first one refused or not asked says why not), and then as that audience sees it.
 */
function threeHousesForRoom(methods: SharedScreenMethods | undefined, familyId: string, audiences: readonly Audience[]): SharedScreenView['threeHouses'] {
  if (!methods?.showing.threeHouses || methods.familyId !== familyId) return null;
  return methods.children.flatMap((child) => {
    const latest = methods.threeHousesSessions.find((session) => session.familyId === familyId && session.childId === child.id);
    if (!latest) return [];
    const views = [viewForAudience(latest, 'sharedScreen'), ...audiences.map((audience) => viewForAudience(latest, audience))];
    const view = views.find((candidate) => !candidate.allowed) ?? views.at(-1)!;
    return [{ child: child.pseudonym, view }];
  });
}

/** Each goal as this review sees it (later reviews left out, as in the goals panel); only the family's own care period's ratings. */
function goalsForRoom(loaded: SharedScreenCarePeriod | undefined, familyId: string, review: { meetingId: string; date: number }): RoomGoal[] | null {
  if (!loaded || loaded.familyId !== familyId) return null;
  const carePeriod = loaded.carePeriod;
  if (!carePeriod) return [];
  const own = loaded.ratings.filter((rating) => rating.familyId === familyId && rating.carePeriodId === carePeriod.id);
  return carePeriod.goals.map((goal) => {
    const points = own
      .filter((rating) => rating.goalId === goal.id)
      .map((rating) => ({ meetingId: rating.meetingId, date: rating.meetingDate, rating: rating.rating }));
    const atReview = goalAtReview(points, review);
    const earlier = atReview.trend.points.flatMap((point) =>
      point.meetingId !== review.meetingId && point.rating !== null ? [{ date: point.date, rating: point.rating }] : [],
    );
    return { text: goal.text, earlier, rating: atReview.rating, change: atReview.change, direction: atReview.direction };
  });
}

/**
 * The family's hypotheses the room talks about, oldest first: those this meeting has made or
 * reviewed, as it left them, and the family's others still in play (not dropped) that are waiting
 * to be reviewed. Nothing of another family.
 */
function hypothesesForRoom(source: SharedScreenSource, familyId: string, meetingId: string): SharedScreenView['hypotheses'] {
  const touched = new Map(
    hypothesesInMeeting(
      source.hypothesisRevisions.filter((entry) => entry.familyId === familyId),
      meetingId,
    ).map((entry) => [entry.hypothesisId, entry.after]),
  );
  return [...source.familyHypotheses]
    .filter((hypothesis) => hypothesis.familyId === familyId && (touched.has(hypothesis.id) || hypothesis.status !== 'dropped'))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((hypothesis) => {
      const left = touched.get(hypothesis.id);
      return left ? { wording: left.card.wording, status: left.status } : { wording: hypothesis.wording, status: hypothesis.status };
    });
}
