// What travels to the room's shared screen: the room's projection (buildSharedScreenView in
// sharedScreen.ts, which decides what the room may see) reduced to exactly what the screen draws.
// Every field is picked by name into a new object (nothing is copied by spreading), database ids are
// replaced by their position, and a section is null when the screen would not draw it, so the
// message holds nothing the screen does not show. See docs/architecture.md: The room's shared screen.
import type { HypothesisStatus } from '../hypothesis/hypothesis';
import type { HouseId } from '../threeHouses/session';
import type { ThreeHousesView, ViewAudience } from '../threeHouses/consent';
import type { TimelineDate } from '../timeline/timelineDate';
import type { TimelineCategory } from '../timeline/timelineEvent';
import type { RunStatus } from './engine';
import type { LocalizedText } from './template';
import type { RoomAgendaEntry, RoomAgreedFamily, RoomGoal, SharedScreenView } from './sharedScreen';

export type RoomView = {
  status: RunStatus;
  /** Epoch ms at which the elapsed times were computed; the screen adds its own clock's time since, unless paused. */
  measuredAt: number;
  step: {
    number: number;
    count: number;
    name: LocalizedText;
    purpose: LocalizedText | null;
    leadRoleName: LocalizedText | null;
    elapsedMs: number;
    plannedMs: number;
  } | null;
  meeting: { elapsedMs: number; plannedMs: number };
  family: { code: string; number: number; count: number; question: string } | null;
  notes: string;
  /** Null when the phase has no hypotheses tool or no family. */
  hypotheses: { wording: string; status: HypothesisStatus }[] | null;
  /** Null when the phase has no actions tool or no family. */
  actions: { text: string; ownerName: string; due: string | null }[] | null;
  /** Null when the phase has no tool for questions to the family, or no family. */
  familyQuestions: { text: string }[] | null;
  risk:
    | { revealed: false; scoredCount: number }
    | { revealed: true; scores: { name: string; score: number | null; reason: string; oneUp: string }[]; spread: { min: number; median: number; max: number } | null }
    | null;
  quickRound: string[] | null;
  timeline: { events: RoomTimelineEvent[]; children: RoomTimelineChild[] } | null;
  threeHouses: { child: string; view: RoomHousesView }[] | null;
  carePeriodGoals: RoomGoal[] | null;
  agenda: RoomAgendaEntry[] | null;
  agreed: RoomAgreedFamily[] | null;
};

/** An event as the room's timeline draws it; `id` is its position (`e1`, `e2`…), not the record's id. */
export type RoomTimelineEvent = { id: string; date: TimelineDate; endDate: TimelineDate | null; title: string; category: TimelineCategory };
/** A child's birth on the room's timeline; `id` is its position (`c1`…). */
export type RoomTimelineChild = { id: string; pseudonym: string; birthYear: number | null };

export type RoomHouse = { name: string; items: { id: string; text: string; verbatim: boolean }[]; drawing: string | null };
export type RoomHousesView =
  | { allowed: false; audience: ViewAudience; reason: 'notGiven' | 'notAsked' }
  | { allowed: true; date: string; houses: Record<HouseId, RoomHouse> };

/** The room view reduced to what the shared screen draws (see the file comment). */
export function roomViewOf(view: SharedScreenView): RoomView {
  const tools = view.step?.tools ?? [];
  const withFamily = view.family !== null;
  return {
    status: view.status,
    measuredAt: view.measuredAt,
    step: view.step
      ? {
          number: view.step.number,
          count: view.step.count,
          name: text(view.step.name),
          purpose: view.step.purpose ? text(view.step.purpose) : null,
          leadRoleName: view.step.leadRoleName ? text(view.step.leadRoleName) : null,
          elapsedMs: view.step.elapsedMs,
          plannedMs: view.step.plannedMs,
        }
      : null,
    meeting: { elapsedMs: view.meeting.elapsedMs, plannedMs: view.meeting.plannedMs },
    family: view.family ? { code: view.family.code, number: view.family.number, count: view.family.count, question: view.family.question } : null,
    notes: view.notes,
    hypotheses: withFamily && tools.includes('hypotheses') ? view.hypotheses.map((entry) => ({ wording: entry.wording, status: entry.status })) : null,
    actions:
      withFamily && tools.includes('actions')
        ? view.actions.filter((entry) => entry.kind === 'action').map((entry) => ({ text: entry.text, ownerName: entry.ownerName, due: entry.due }))
        : null,
    familyQuestions:
      withFamily && tools.includes('familyQuestions')
        ? view.actions.filter((entry) => entry.kind === 'familyQuestion').map((entry) => ({ text: entry.text }))
        : null,
    risk: riskOf(view.risk),
    quickRound: view.quickRound ? [...view.quickRound] : null,
    timeline: view.timeline
      ? {
          events: view.timeline.events.map((event, index) => ({
            id: `e${index + 1}`,
            date: event.date,
            endDate: event.endDate,
            title: event.title,
            category: event.category,
          })),
          children: view.timeline.children.map((child, index) => ({ id: `c${index + 1}`, pseudonym: child.pseudonym, birthYear: child.birthYear })),
        }
      : null,
    threeHouses: view.threeHouses ? view.threeHouses.map((entry) => ({ child: entry.child, view: housesOf(entry.view) })) : null,
    carePeriodGoals: view.carePeriodGoals
      ? view.carePeriodGoals.map((goal) => ({
          text: goal.text,
          earlier: goal.earlier.map((point) => ({ date: point.date, rating: point.rating })),
          rating: goal.rating,
          change: goal.change,
          direction: goal.direction,
        }))
      : null,
    agenda: view.agenda
      ? view.agenda.map((entry): RoomAgendaEntry =>
          entry.kind === 'phase'
            ? { kind: 'phase', name: text(entry.name), current: entry.current }
            : {
                kind: 'deepDive',
                number: entry.number,
                code: entry.code,
                question: entry.question,
                current: entry.current,
                phases: entry.phases.map((phase) => ({ name: text(phase.name), current: phase.current })),
              },
        )
      : null,
    agreed: view.agreed
      ? view.agreed.map((family) => ({
          code: family.code,
          actions: family.actions.map((item) => ({ text: item.text, ownerName: item.ownerName, due: item.due })),
          familyQuestions: family.familyQuestions.map((item) => ({ text: item.text, ownerName: item.ownerName, due: item.due })),
        }))
      : null,
  };
}

function text(value: LocalizedText): LocalizedText {
  return { fi: value.fi, en: value.en };
}

function riskOf(risk: SharedScreenView['risk']): RoomView['risk'] {
  if (!risk) return null;
  if (!risk.revealed) return { revealed: false, scoredCount: risk.scoredCount };
  return {
    revealed: true,
    scores: risk.scores.map((entry) => ({ name: entry.name, score: entry.score, reason: entry.reason, oneUp: entry.oneUp })),
    spread: risk.spread ? { min: risk.spread.min, median: risk.spread.median, max: risk.spread.max } : null,
  };
}

function housesOf(view: ThreeHousesView): RoomHousesView {
  if (!view.allowed) return { allowed: false, audience: view.audience, reason: view.reason };
  const houses = {} as Record<HouseId, RoomHouse>;
  for (const [id, house] of Object.entries(view.houses) as [HouseId, (typeof view.houses)[HouseId]][]) {
    houses[id] = {
      name: house.name,
      items: house.items.map((item, index) => ({ id: `i${index + 1}`, text: item.text, verbatim: item.verbatim })),
      drawing: house.drawing,
    };
  }
  return { allowed: true, date: view.date, houses };
}
