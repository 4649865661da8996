// The meeting engine: runs a meeting through the steps of its template snapshot and agenda, and
// derives every timer from stored timestamps (docs/architecture.md: Data; never a ticking counter). The run
// state is plain JSON data; every transition is a pure function of (state, steps, now) returning a
// new state, so a reload, a crash or another window resumes at the right second simply by reading
// the stored state again with a later `now`. Time informs and never stops anyone: nothing here
// ends a phase by itself; the chair moves on.
//
// Instants are epoch milliseconds (`Date.now()`), not ISO strings: the maths is plain subtraction
// with no parsing on every timer tick, a number round-trips through JSON and IndexedDB exactly, it
// has no time-zone or format variants, and a test clock is just a number that is advanced.
import { plannedMinutesOf, type MeetingTemplate, type TemplatePhase } from './template';

/**
 * What the engine needs of the agenda: the deep-dive agenda items in order, the quick round's size,
 * and the plan's own minutes per phase id where it has them (per family for a phase planned per
 * family; a phase without uses the template's).
 */
export type AgendaOutline = {
  deepDiveItemIds: readonly string[];
  quickRoundFamilyCount: number;
  phaseMinutes?: Readonly<Record<string, number>>;
};

/** One step of the run: a once-a-meeting phase, or a per-family phase for one deep-dive agenda item. */
export type MeetingStep = {
  index: number;
  /** Stable for the same phase and agenda item: `phaseId`, or `phaseId:agendaItemId`. */
  key: string;
  phase: TemplatePhase;
  /** The deep-dive agenda item this step is about; null for once-a-meeting phases. */
  agendaItemId: string | null;
  /** 1-based position of that deep dive on the agenda; null for once-a-meeting phases. */
  deepDiveNumber: number | null;
  plannedMs: number;
};

export const runStatuses = ['notStarted', 'running', 'paused', 'finished'] as const;
export type RunStatus = (typeof runStatuses)[number];

/** A break. `to` is null while the break goes on. */
export type Pause = { from: number; to: number | null };

/** One finished visit to a step. A step visited again (after "previous") has several. */
export type StepVisit = {
  stepIndex: number;
  stepKey: string;
  startedAt: number;
  endedAt: number;
  skipped: boolean;
};

/**
 * The stored state of a meeting run. All instants are epoch ms. The current visit is
 * (stepIndex, phaseStartedAt); `stepLog` holds only finished visits. Do not change the shape
 * without a migration.
 */
export type MeetingRunState = {
  status: RunStatus;
  stepIndex: number;
  startedAt: number | null;
  /** When the current visit to the current step began; null before start and after finish. */
  phaseStartedAt: number | null;
  finishedAt: number | null;
  pauses: readonly Pause[];
  stepLog: readonly StepVisit[];
  /**
   * The computer that drives the run (moves the phases): the one that started it, or took it over
   * (shared/meeting/driver.ts). Absent on runs started before there was one: any computer drives.
   */
  driver?: string | null;
  /** The member who was using the driving computer, so followers can name it; null when they did not say. */
  driverMemberId?: string | null;
};

export type RefusalReason =
  | 'alreadyStarted'
  | 'notStarted'
  | 'finished'
  | 'noSteps'
  | 'atFirstStep'
  | 'atLastStep'
  | 'alreadyPaused'
  | 'notPaused'
  /** The state points at a step the given steps do not have (the agenda changed under the run). */
  | 'stepsChanged'
  /** The run is no longer where the caller saw it when the chair pressed (see `transitionFrom`). */
  | 'notWhereSeen'
  /** An agenda change would remove, or change the order of, a step the run has already reached (see `rebaseRun`). */
  | 'reachedStepMoved'
  /** `goTo` a step that is already the current one. */
  | 'alreadyThere'
  | 'invalidTime';

/** A transition's result: the new state, or the same state and why nothing happened. */
export type Transition = { ok: true; state: MeetingRunState } | { ok: false; state: MeetingRunState; reason: RefusalReason };

export type TimeState = 'onTime' | 'lastMinute' | 'over';

/** "Last minute" starts this long before the planned time is used up. */
export const lastMinuteMs = 60_000;

export const notStartedRun: MeetingRunState = Object.freeze({
  status: 'notStarted',
  stepIndex: 0,
  startedAt: null,
  phaseStartedAt: null,
  finishedAt: null,
  pauses: Object.freeze([]),
  stepLog: Object.freeze([]),
});

// ---------------------------------------------------------------------------------------------
// Steps

/**
 * The run's steps in order. Once-a-meeting phases appear once; each contiguous block of
 * per-family phases repeats for every deep-dive agenda item, in agenda order (so the default
 * template gives 0, 1, then 2–7 for the first family, 2–7 for the second…, then 8). With no deep
 * dives, per-family phases drop out. Deep-dive agenda item ids must be unique.
 */
export function buildMeetingSteps(template: MeetingTemplate, agenda: AgendaOutline): MeetingStep[] {
  const steps: MeetingStep[] = [];
  const add = (phase: TemplatePhase, agendaItemId: string | null, deepDiveNumber: number | null) => {
    steps.push({
      index: steps.length,
      key: agendaItemId === null ? phase.id : `${phase.id}:${agendaItemId}`,
      phase,
      agendaItemId,
      deepDiveNumber,
      plannedMs: minutesToMs(plannedMinutesOf(phase, agenda.quickRoundFamilyCount, agenda.phaseMinutes?.[phase.id])),
    });
  };
  let block: TemplatePhase[] = [];
  const flushBlock = () => {
    agenda.deepDiveItemIds.forEach((itemId, position) => {
      for (const phase of block) add(phase, itemId, position + 1);
    });
    block = [];
  };
  for (const phase of template.phases) {
    if (phase.scope === 'perDeepDiveFamily') {
      block.push(phase);
    } else {
      flushBlock();
      add(phase, null, null);
    }
  }
  flushBlock();
  return steps;
}

/** The planned time of a step in ms; 0 for an index the steps do not have. */
export function plannedForStep(steps: readonly MeetingStep[], stepIndex: number): number {
  return steps[stepIndex]?.plannedMs ?? 0;
}

export function plannedForMeeting(steps: readonly MeetingStep[]): number {
  return steps.reduce((sum, step) => sum + step.plannedMs, 0);
}

/**
 * Whether a stored run still fits these steps: its current step and every logged visit name the
 * same step. False when the agenda or template changed under a running meeting; the caller should
 * say so rather than carry on over shifted steps.
 */
export function runFitsSteps(state: MeetingRunState, steps: readonly MeetingStep[]): boolean {
  if (state.status !== 'notStarted' && state.stepIndex >= steps.length) return false;
  return state.stepLog.every((visit) => steps[visit.stepIndex]?.key === visit.stepKey);
}

// ---------------------------------------------------------------------------------------------
// Transitions. Each takes (state, steps, now), never mutates its input, and either returns a new
// state or the same state with a reason. `now` earlier than the latest stored instant (the
// computer's clock was set back, or another window's clock differs) is treated as that instant,
// so the log never runs backwards.

export function start(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  if (!Number.isFinite(now)) return refuse(state, 'invalidTime');
  if (state.status === 'finished') return refuse(state, 'finished');
  if (state.status !== 'notStarted') return refuse(state, 'alreadyStarted');
  if (steps.length === 0) return refuse(state, 'noSteps');
  return accept({
    status: 'running',
    stepIndex: 0,
    startedAt: now,
    phaseStartedAt: now,
    finishedAt: null,
    pauses: [],
    stepLog: [],
  });
}

/** Moves on to the next step. Allowed during a break: the new step's time counts from the resume. */
export function next(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  return moveBy(state, steps, now, +1, false);
}

/** Moves on like `next`, recording the current step as skipped. */
export function skip(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  return moveBy(state, steps, now, +1, true);
}

/** Goes back one step. Time already spent on that step still counts for it. */
export function previous(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  return moveBy(state, steps, now, -1, false);
}

export function pause(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  const refusal = refusalWhenInactive(state, steps, now);
  if (refusal) return refuse(state, refusal);
  if (state.status === 'paused') return refuse(state, 'alreadyPaused');
  const at = notBefore(state, now);
  return accept({ ...state, status: 'paused', pauses: [...state.pauses, { from: at, to: null }] });
}

export function resume(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  const refusal = refusalWhenInactive(state, steps, now);
  if (refusal) return refuse(state, refusal);
  if (state.status !== 'paused') return refuse(state, 'notPaused');
  const at = notBefore(state, now);
  return accept({ ...state, status: 'running', pauses: closePauses(state.pauses, at) });
}

/** Ends the meeting, from any step (the chair decides) and also during a break. */
export function finish(state: MeetingRunState, steps: readonly MeetingStep[], now: number): Transition {
  const refusal = refusalWhenInactive(state, steps, now);
  if (refusal) return refuse(state, refusal);
  const at = notBefore(state, now);
  return accept({
    ...state,
    status: 'finished',
    phaseStartedAt: null,
    finishedAt: at,
    pauses: closePauses(state.pauses, at),
    stepLog: [...state.stepLog, currentVisit(state, steps, at, false)],
  });
}

/**
 * Jumps to any step (from the agenda list): the current visit is logged like `next` or `previous`
 * do, and the time already spent on the target still counts for it. Allowed during a break.
 */
export function goTo(state: MeetingRunState, steps: readonly MeetingStep[], now: number, stepIndex: number): Transition {
  const refusal = refusalWhenInactive(state, steps, now);
  if (refusal) return refuse(state, refusal);
  if (!Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex >= steps.length) return refuse(state, 'stepsChanged');
  if (stepIndex === state.stepIndex) return refuse(state, 'alreadyThere');
  const at = notBefore(state, now);
  return accept({
    ...state,
    stepIndex,
    phaseStartedAt: at,
    stepLog: [...state.stepLog, currentVisit(state, steps, at, false)],
  });
}

/**
 * The run moved onto the steps of a changed agenda (a deep dive added, reordered or moved away
 * while the meeting runs): the current step and every logged visit are found again by their step
 * key, which is stable, so the time spent per step is kept as it was. Refuses with `stepsChanged`
 * when the run does not fit `oldSteps`, and with `reachedStepMoved` when a step already visited, or
 * the current one, would be gone, or when any step kept would change sides with a reached step
 * (reached steps keep their order, and nothing moves from after one of them to before it or back);
 * new steps may go anywhere. Timestamps, breaks and status are never touched, so `runProgress` is
 * unchanged.
 */
export function rebaseRun(state: MeetingRunState, oldSteps: readonly MeetingStep[], newSteps: readonly MeetingStep[]): Transition {
  if (state.status === 'notStarted') return accept(state);
  if (!runFitsSteps(state, oldSteps)) return refuse(state, 'stepsChanged');
  const indexByKey = new Map(newSteps.map((step) => [step.key, step.index]));
  const reachedIndices = new Set(state.stepLog.map((visit) => visit.stepIndex));
  if (state.status !== 'finished') reachedIndices.add(state.stepIndex);
  const reachedKeys = new Set([...reachedIndices].map((index) => oldSteps[index]!.key));
  if ([...reachedKeys].some((key) => !indexByKey.has(key))) return refuse(state, 'reachedStepMoved');
  // How many reached steps come before each step, in the old order and in the new one: equal for every step kept.
  const reachedBefore = (steps: readonly MeetingStep[]) => {
    const before = new Map<string, number>();
    let count = 0;
    for (const step of steps) {
      before.set(step.key, count);
      if (reachedKeys.has(step.key)) count++;
    }
    return before;
  };
  const oldBefore = reachedBefore(oldSteps);
  const newBefore = reachedBefore(newSteps);
  for (const [key, count] of oldBefore) {
    const now = newBefore.get(key);
    if (now !== undefined && now !== count) return refuse(state, 'reachedStepMoved');
  }
  const currentKey = oldSteps[state.stepIndex]?.key;
  const stepIndex = currentKey !== undefined ? (indexByKey.get(currentKey) ?? state.stepIndex) : state.stepIndex;
  const stepLog = state.stepLog.map((visit) => ({ ...visit, stepIndex: indexByKey.get(visit.stepKey)! }));
  return accept({ ...state, stepIndex, stepLog });
}

/** Every transition, by name: what a control or shortcut asks for. */
export const runTransitions = { start, next, previous, skip, pause, resume, finish } as const;
export type RunAction = keyof typeof runTransitions;

/** What the chair saw of the run when pressing a control: the step shown and whether it ran. */
export type SeenRun = Pick<MeetingRunState, 'status' | 'stepIndex'>;

/**
 * Applies `action` only if the run is still where the chair saw it; otherwise refuses with
 * `notWhereSeen` and changes nothing. A press means "from the step on the screen": when the run has
 * moved on since (an earlier press still being saved, another window), applying it to the newer
 * state would move the meeting past a phase nobody saw. So one press moves at most one step from
 * what was shown, however slow the save.
 */
export function transitionFrom(
  seen: SeenRun,
  action: RunAction,
  state: MeetingRunState,
  steps: readonly MeetingStep[],
  now: number,
): Transition {
  if (state.status !== seen.status || state.stepIndex !== seen.stepIndex) return refuse(state, 'notWhereSeen');
  return runTransitions[action](state, steps, now);
}

/**
 * How far a run has come: grows by at least one with every accepted transition and never shrinks
 * (start, every move, every break and every resume add one; finishing adds at least one). Tells
 * which of two states of the same run is the newer, e.g. a state this window has just saved against
 * an older one a live query is still delivering.
 */
export function runProgress(state: MeetingRunState): number {
  if (state.status === 'notStarted') return 0;
  const resumed = state.pauses.filter((entry) => entry.to !== null).length;
  return 1 + state.stepLog.length + state.pauses.length + resumed + (state.status === 'finished' ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Timer maths, all derived from the stored instants. Paused time never counts.

/** Time spent on the current step, over all its visits, excluding breaks. */
export function elapsedInPhase(state: MeetingRunState, now: number): number {
  return spentOnStep(state, state.stepIndex, now);
}

/** Time since the meeting started, excluding breaks; frozen once it has finished. */
export function elapsedInMeeting(state: MeetingRunState, now: number): number {
  if (state.startedAt === null) return 0;
  return activeMs(state.startedAt, runEnd(state, now), state.pauses);
}

/** Time spent on one step: its finished visits plus the current visit if it is that step. */
export function spentOnStep(state: MeetingRunState, stepIndex: number, now: number): number {
  let spent = 0;
  for (const visit of state.stepLog) {
    if (visit.stepIndex === stepIndex) spent += activeMs(visit.startedAt, visit.endedAt, state.pauses);
  }
  if (state.phaseStartedAt !== null && state.stepIndex === stepIndex) {
    spent += activeMs(state.phaseStartedAt, runEnd(state, now), state.pauses);
  }
  return spent;
}

/** On time; in the last minute (within 60 s of the planned time, inclusive); or over it. */
export function timeState(elapsedMs: number, plannedMs: number): TimeState {
  if (elapsedMs > plannedMs) return 'over';
  if (elapsedMs >= plannedMs - lastMinuteMs) return 'lastMinute';
  return 'onTime';
}

/**
 * When the meeting will end if every remaining step takes its planned time: now, plus what is left
 * of the current step (never below 0, so an overrun pushes the end later), plus what is left of
 * every later step (its planned time, less anything already spent on it after going back).
 * Before the start: now plus the whole plan. After the finish: when it finished.
 */
export function projectedEnd(state: MeetingRunState, steps: readonly MeetingStep[], now: number): number {
  if (state.status === 'finished' && state.finishedAt !== null) return state.finishedAt;
  if (state.status === 'notStarted') return now + plannedForMeeting(steps);
  const from = notBefore(state, now);
  let remaining = 0;
  for (let index = state.stepIndex; index < steps.length; index++) {
    remaining += Math.max(0, plannedForStep(steps, index) - spentOnStep(state, index, from));
  }
  return from + remaining;
}

/** The planned end: the start plus the whole plan, breaks not included; null before the start. */
export function plannedEnd(state: MeetingRunState, steps: readonly MeetingStep[]): number | null {
  return state.startedAt === null ? null : state.startedAt + plannedForMeeting(steps);
}

export type StepOutcome = 'done' | 'skipped' | 'current' | 'notReached';
export type StepTime = {
  stepIndex: number;
  stepKey: string;
  plannedMs: number;
  actualMs: number;
  visits: number;
  outcome: StepOutcome;
};

/** Planned versus actual time for every step, for the facilitator's overview and the meeting record. */
export function stepTimes(state: MeetingRunState, steps: readonly MeetingStep[], now: number): StepTime[] {
  return steps.map((step) => {
    const visits = state.stepLog.filter((visit) => visit.stepIndex === step.index);
    const isCurrent = state.phaseStartedAt !== null && state.stepIndex === step.index;
    const last = visits.at(-1);
    const outcome: StepOutcome = isCurrent ? 'current' : !last ? 'notReached' : last.skipped ? 'skipped' : 'done';
    return {
      stepIndex: step.index,
      stepKey: step.key,
      plannedMs: step.plannedMs,
      actualMs: spentOnStep(state, step.index, now),
      visits: visits.length + (isCurrent ? 1 : 0),
      outcome,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

function moveBy(
  state: MeetingRunState,
  steps: readonly MeetingStep[],
  now: number,
  delta: 1 | -1,
  skipped: boolean,
): Transition {
  const refusal = refusalWhenInactive(state, steps, now);
  if (refusal) return refuse(state, refusal);
  const target = state.stepIndex + delta;
  if (target < 0) return refuse(state, 'atFirstStep');
  if (target >= steps.length) return refuse(state, 'atLastStep');
  const at = notBefore(state, now);
  return accept({
    ...state,
    stepIndex: target,
    phaseStartedAt: at,
    stepLog: [...state.stepLog, currentVisit(state, steps, at, skipped)],
  });
}

/** Why a running-meeting transition cannot happen now, if it cannot. */
function refusalWhenInactive(state: MeetingRunState, steps: readonly MeetingStep[], now: number): RefusalReason | null {
  if (!Number.isFinite(now)) return 'invalidTime';
  if (state.status === 'notStarted') return 'notStarted';
  if (state.status === 'finished') return 'finished';
  if (state.stepIndex >= steps.length) return 'stepsChanged';
  return null;
}

function currentVisit(state: MeetingRunState, steps: readonly MeetingStep[], endedAt: number, skipped: boolean): StepVisit {
  return {
    stepIndex: state.stepIndex,
    stepKey: steps[state.stepIndex]?.key ?? '',
    startedAt: state.phaseStartedAt ?? endedAt,
    endedAt,
    skipped,
  };
}

function closePauses(pauses: readonly Pause[], at: number): Pause[] {
  return pauses.map((pause) => (pause.to === null ? { from: pause.from, to: at } : pause));
}

/** The run's end for timer maths: when it finished, or now. */
function runEnd(state: MeetingRunState, now: number): number {
  return state.status === 'finished' && state.finishedAt !== null ? state.finishedAt : now;
}

/** Time between two instants, less the parts of it spent in breaks (an open break lasts until `to`). */
function activeMs(from: number, to: number, pauses: readonly Pause[]): number {
  if (to <= from) return 0;
  let paused = 0;
  for (const pause of pauses) {
    const pausedFrom = Math.max(pause.from, from);
    const pausedTo = Math.min(pause.to ?? to, to);
    if (pausedTo > pausedFrom) paused += pausedTo - pausedFrom;
  }
  return to - from - paused;
}

/** `now`, but never earlier than an instant already stored in the state. */
function notBefore(state: MeetingRunState, now: number): number {
  let latest = Math.max(state.startedAt ?? now, state.phaseStartedAt ?? now);
  for (const pause of state.pauses) latest = Math.max(latest, pause.from, pause.to ?? pause.from);
  const last = state.stepLog.at(-1);
  if (last) latest = Math.max(latest, last.endedAt);
  return Math.max(now, latest);
}

function minutesToMs(minutes: number): number {
  return Math.round(minutes * 60_000);
}

function accept(state: MeetingRunState): Transition {
  return { ok: true, state };
}

function refuse(state: MeetingRunState, reason: RefusalReason): Transition {
  return { ok: false, state, reason };
}
