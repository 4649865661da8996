// The planned agenda with its times (docs/domain.md: Phases): the printed agenda from the planner and
// the times the room's screen shows beside the agenda in the opening. Every phase's minutes come
// from the meeting engine's steps (buildMeetingSteps over the plan's agenda outline), never counted
// here, so the agenda says what the run will plan; each line starts when the lines before it are
// planned to end. Families by pseudonym code only (never a name or label). Pure: no dates are
// formatted here; the screen writes the times in its language.
import { buildMeetingSteps, type MeetingStep } from './engine';
import { agendaOutline, type Meeting } from './meeting';
import type { LocalizedText } from './template';

/** One line of the planned agenda: a once-a-meeting phase, or a deep-dive family with its phases. */
export type PlannedAgendaRow =
  | {
      kind: 'phase';
      name: LocalizedText;
      /** Planned start, epoch ms. */
      start: number;
      /** Planned minutes (to the tenth, as the plan says). */
      minutes: number;
      /** The quick round's families by code, in its order (empty for any other phase). */
      families: string[];
    }
  | {
      kind: 'deepDive';
      /** 1-based position on the agenda. */
      number: number;
      code: string;
      /** The presenter's name; null while nobody is chosen. */
      presenter: string | null;
      /** The question for the team ('' when none is written). */
      question: string;
      start: number;
      minutes: number;
      phases: { name: LocalizedText; start: number; minutes: number }[];
    };

export type PlannedAgenda = {
  /** When the meeting starts (epoch ms), and when it is planned to end. */
  start: number;
  end: number;
  /** The whole meeting's planned minutes. */
  minutes: number;
  rows: PlannedAgendaRow[];
};

export type PlannedAgendaNames = {
  /** A family's pseudonym code ('?' for a family that no longer exists). */
  codeOf: (familyId: string) => string;
  /** A participant's name by id (member or guest); null when unknown. */
  presenterName: (participantId: string) => string | null;
};

/** The meeting's planned agenda from `start` (epoch ms; the planned time before the meeting, its actual start once it runs). */
export function plannedAgenda(
  // Whatever the engine's agenda outline reads of the plan (the plan's own minutes, too), and the template.
  meeting: Parameters<typeof agendaOutline>[0] & Pick<Meeting, 'template' | 'deepDives' | 'quickRound'>,
  start: number,
  names: PlannedAgendaNames,
): PlannedAgenda {
  return plannedAgendaOfSteps(meeting, buildMeetingSteps(meeting.template, agendaOutline(meeting)), start, names);
}

/** The same for steps already built (the chair's window has them). */
export function plannedAgendaOfSteps(
  meeting: Pick<Meeting, 'deepDives' | 'quickRound'>,
  steps: readonly MeetingStep[],
  start: number,
  names: PlannedAgendaNames,
): PlannedAgenda {
  const rows: PlannedAgendaRow[] = [];
  const quickRoundStep = steps.find((step) => step.agendaItemId === null && step.phase.tools.includes('quickRoundList'));
  let at = start;
  for (const step of steps) {
    const minutes = step.plannedMs / 60_000;
    const stepStart = at;
    at += step.plannedMs;
    if (step.agendaItemId === null || step.deepDiveNumber === null) {
      const families = step === quickRoundStep ? meeting.quickRound.map((item) => names.codeOf(item.familyId)) : [];
      rows.push({ kind: 'phase', name: step.phase.name, start: stepStart, minutes, families });
      continue;
    }
    const last = rows.at(-1);
    const phase = { name: step.phase.name, start: stepStart, minutes };
    if (last?.kind === 'deepDive' && last.number === step.deepDiveNumber) {
      last.phases.push(phase);
      last.minutes = (at - last.start) / 60_000;
      continue;
    }
    const deepDive = meeting.deepDives.find((item) => item.id === step.agendaItemId);
    rows.push({
      kind: 'deepDive',
      number: step.deepDiveNumber,
      code: deepDive ? names.codeOf(deepDive.familyId) : '?',
      presenter: deepDive?.presenterId ? names.presenterName(deepDive.presenterId) : null,
      question: deepDive?.question.trim() ?? '',
      start: stepStart,
      minutes,
      phases: [phase],
    });
  }
  return { start, end: at, minutes: (at - start) / 60_000, rows };
}

/** Planned start and minutes of each step, by step index (the room's agenda puts them beside its lines). */
export function stepStarts(steps: readonly MeetingStep[], start: number): { start: number; minutes: number }[] {
  let at = start;
  return steps.map((step) => {
    const entry = { start: at, minutes: step.plannedMs / 60_000 };
    at += step.plannedMs;
    return entry;
  });
}
