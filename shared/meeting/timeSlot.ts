// A meeting and its time slot (docs/domain.md: The time slot): the plan's own minutes per phase, the
// projected length of a plan (per phase and in total) against the slot, each phase's minimum, and
// `fitToSlot`, which proposes minutes that fit. Pure: the planner, the engine (through
// `agendaOutline`) and the bench use the same rules. The template is never changed: a plan keeps its
// own minutes (`phaseMinutes` on the meeting's payload), and the phases the chair set by hand
// (`fixedPhases`) are kept by every proposal.
import { invalid, valid, type Validated } from '../validation';
import { templateLimits, type MeetingTemplate, type TemplatePhase } from './template';

/** The team's usual meeting length when it has not chosen one, and the lengths a slot may have (whole minutes). */
export const defaultSlotMinutes = 90;
export const slotLimits = { min: 15, max: 480 } as const;

/** Minutes are planned in half-minute steps (as templates plan them). */
export const minuteStep = 0.5;

/**
 * How short fitting may make a phase: 30 % of the template's time, rounded up to a half minute and
 * at least 1 minute (never more than the template's own time); the quick round at least 30 seconds
 * per family. One rule for every template, built-in or the team's own (docs/domain.md: The time slot).
 */
export const minimumRule = { share: 0.3, atLeast: 1, perFamily: 0.5 } as const;

/** What the rules need of a plan: its counts and its own minutes. */
export type PlanTiming = {
  /** Deep dives on the agenda (the per-family phases repeat for each). */
  deepDives: number;
  /** Families on the quick round (a phase planned per family counts each). */
  families: number;
  /** The plan's own minutes per phase id: per occurrence, or per family for a phase planned per family. */
  phaseMinutes?: Readonly<Record<string, number>> | undefined;
  /** Phases whose minutes the chair set by hand: fitting keeps them. */
  fixedPhases?: readonly string[] | undefined;
};

/** How a phase's minutes count: once, for every deep dive, or for every quick-round family. */
export type PhaseUnit = 'once' | 'perDeepDive' | 'perFamily';

export type PhaseProjection = {
  phase: TemplatePhase;
  unit: PhaseUnit;
  /** How many times the minutes count: 1, the deep dives, or the quick round's families. */
  count: number;
  /** The template's minutes (per occurrence, or per family). */
  templateMinutes: number;
  /** The plan's minutes (its own, else the template's). */
  minutes: number;
  /** minutes × count. */
  totalMinutes: number;
  /** Whether the chair set this phase's minutes by hand. */
  fixed: boolean;
  /** The least fitting may plan for it (per occurrence, or per family). */
  minimumMinutes: number;
};

export type Projection = {
  phases: PhaseProjection[];
  totalMinutes: number;
  slotMinutes: number;
  /** totalMinutes − slotMinutes: above 0 the plan runs over the slot by that much. */
  overMinutes: number;
};

export function phaseUnit(phase: TemplatePhase): PhaseUnit {
  if (phase.plannedMinutesPerFamily !== undefined) return 'perFamily';
  return phase.scope === 'perDeepDiveFamily' ? 'perDeepDive' : 'once';
}

/** The template's own minutes of a phase: per occurrence, or per family. */
export function templateMinutesOf(phase: TemplatePhase): number {
  return phase.plannedMinutesPerFamily ?? phase.plannedMinutes ?? 0;
}

/** The phase's minutes in this plan (per occurrence, or per family): the plan's own when it has valid ones, else the template's. */
export function planMinutesOf(phase: TemplatePhase, phaseMinutes: Readonly<Record<string, number>> | undefined): number {
  const own = phaseMinutes?.[phase.id];
  return own !== undefined && isPlanMinutes(own) ? own : templateMinutesOf(phase);
}

/** Whether a number is a plan's minutes: 0 to the template's maximum, in half minutes. */
export function isPlanMinutes(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= templateLimits.maxMinutes && Number.isInteger(value * 2);
}

/** The least fitting may plan for a phase (per occurrence, or per family); see `minimumRule`. */
export function minimumMinutesOf(phase: TemplatePhase): number {
  const own = templateMinutesOf(phase);
  if (phaseUnit(phase) === 'perFamily') return Math.min(own, minimumRule.perFamily);
  return Math.min(own, Math.max(minimumRule.atLeast, ceilToStep(own * minimumRule.share)));
}

function countOf(unit: PhaseUnit, timing: Pick<PlanTiming, 'deepDives' | 'families'>): number {
  if (unit === 'perFamily') return timing.families;
  return unit === 'perDeepDive' ? timing.deepDives : 1;
}

/** The plan's projected length, phase by phase and in total, against the slot. */
export function projectPlan(template: Pick<MeetingTemplate, 'phases'>, timing: PlanTiming, slotMinutes: number): Projection {
  const fixed = new Set(timing.fixedPhases ?? []);
  let totalMinutes = 0;
  const phases = template.phases.map((phase): PhaseProjection => {
    const unit = phaseUnit(phase);
    const count = countOf(unit, timing);
    const minutes = planMinutesOf(phase, timing.phaseMinutes);
    const total = minutes * count;
    totalMinutes += total;
    return {
      phase,
      unit,
      count,
      templateMinutes: templateMinutesOf(phase),
      minutes,
      totalMinutes: total,
      fixed: fixed.has(phase.id),
      minimumMinutes: minimumMinutesOf(phase),
    };
  });
  return { phases, totalMinutes, slotMinutes, overMinutes: totalMinutes - slotMinutes };
}

/**
 * A proposal of minutes for every phase of the template (per occurrence, or per family).
 * `fits`: the plan with them takes at most the slot. Otherwise even the minimums (with the phases
 * fixed by hand) take `overMinutes` more than the slot, and the proposal is those minimums.
 */
export type SlotFit =
  | { fits: true; phaseMinutes: Record<string, number>; totalMinutes: number }
  | { fits: false; phaseMinutes: Record<string, number>; totalMinutes: number; overMinutes: number };

/**
 * Proposes per-phase minutes with which the plan fits `slotMinutes`. Phases fixed by hand keep the
 * plan's minutes. Every other phase is scaled down from the template's minutes by one shared factor
 * (the largest that fits), rounded down to half minutes and never below its minimum (the quick
 * round stays a time per family, so a family added later adds its share); then the minutes left
 * over go, half a minute at a time, to the phases rounding shortened most, while they still fit. A
 * plan that fits with the template's minutes gets them back unchanged: fitting never lengthens a
 * phase beyond the template. Deterministic: the same input gives the same proposal.
 */
export function fitToSlot(template: Pick<MeetingTemplate, 'phases'>, timing: PlanTiming, slotMinutes: number): SlotFit {
  const projection = projectPlan(template, timing, slotMinutes);
  const flexible = projection.phases.filter((entry) => !entry.fixed);
  const fixedTotal = projection.phases.reduce((sum, entry) => (entry.fixed ? sum + entry.totalMinutes : sum), 0);
  const budget = slotMinutes - fixedTotal;
  const proposal: Record<string, number> = {};
  for (const entry of projection.phases) if (entry.fixed) proposal[entry.phase.id] = entry.minutes;

  const minimumTotal = flexible.reduce((sum, entry) => sum + entry.minimumMinutes * entry.count, 0);
  if (minimumTotal > budget) {
    for (const entry of flexible) proposal[entry.phase.id] = entry.minimumMinutes;
    const totalMinutes = fixedTotal + minimumTotal;
    return { fits: false, phaseMinutes: proposal, totalMinutes, overMinutes: totalMinutes - slotMinutes };
  }

  const scaled = (entry: PhaseProjection, factor: number) => Math.max(entry.minimumMinutes, floorToStep(entry.templateMinutes * factor));
  const totalAt = (factor: number) => flexible.reduce((sum, entry) => sum + scaled(entry, factor) * entry.count, 0);
  let factor = 1;
  if (totalAt(1) > budget) {
    // The total grows with the factor, so the largest factor that fits is found by halving.
    let low = 0;
    let high = 1;
    for (let round = 0; round < 40; round++) {
      const middle = (low + high) / 2;
      if (totalAt(middle) <= budget) low = middle;
      else high = middle;
    }
    factor = low;
  }
  const minutes = flexible.map((entry) => scaled(entry, factor));
  let left = budget - minutes.reduce((sum, value, index) => sum + value * flexible[index]!.count, 0);
  // The rest, half a minute at a time: first to the phases rounding shortened most, in template order on a tie.
  const order = flexible
    .map((entry, index) => ({ index, shortened: entry.templateMinutes * factor - minutes[index]! }))
    .sort((a, b) => b.shortened - a.shortened || a.index - b.index);
  for (let added = true; added; ) {
    added = false;
    for (const { index } of order) {
      const entry = flexible[index]!;
      const cost = minuteStep * entry.count;
      if (entry.count > 0 && minutes[index]! + minuteStep <= entry.templateMinutes && cost <= left) {
        minutes[index] = minutes[index]! + minuteStep;
        left -= cost;
        added = true;
      }
    }
  }
  flexible.forEach((entry, index) => (proposal[entry.phase.id] = minutes[index]!));
  return { fits: true, phaseMinutes: proposal, totalMinutes: slotMinutes - left };
}

/** The plan's minutes after the chair set one phase's by hand: that phase is fixed from then on. */
export function setPhaseMinutes(
  timing: Pick<PlanTiming, 'phaseMinutes' | 'fixedPhases'>,
  phaseId: string,
  minutes: number,
): { phaseMinutes: Record<string, number>; fixedPhases: string[] } {
  const fixedPhases = [...(timing.fixedPhases ?? [])];
  if (!fixedPhases.includes(phaseId)) fixedPhases.push(phaseId);
  return { phaseMinutes: { ...timing.phaseMinutes, [phaseId]: minutes }, fixedPhases };
}

/** The plan back on the template's minutes (no minutes of its own, nothing set by hand): after a change of template, or when the chair asks. */
export function withTemplateMinutes<P extends { phaseMinutes?: unknown; fixedPhases?: unknown }>(plan: P): Omit<P, 'phaseMinutes' | 'fixedPhases'> {
  const { phaseMinutes: _minutes, fixedPhases: _fixed, ...rest } = plan;
  return rest;
}

/** The minutes typed for a phase: a number in half minutes (comma or point) from 0 to the maximum, else null. */
export function parsePlanMinutes(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return isPlanMinutes(value) ? value : null;
}

/** A slot typed in whole minutes within `slotLimits`, else null. */
export function parseSlotMinutes(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return isSlotMinutes(value) ? value : null;
}

/** A slot typed in whole minutes, or the message saying which are allowed. */
export function validateSlotMinutes(raw: string): Validated<number> {
  const minutes = parseSlotMinutes(raw);
  return minutes === null ? invalid('slot.slotRange', { min: slotLimits.min, max: slotLimits.max }) : valid(minutes);
}

export function isSlotMinutes(value: number): boolean {
  return Number.isInteger(value) && value >= slotLimits.min && value <= slotLimits.max;
}

function floorToStep(minutes: number): number {
  return Math.floor(minutes / minuteStep + 1e-9) * minuteStep;
}

function ceilToStep(minutes: number): number {
  return Math.ceil(minutes / minuteStep - 1e-9) * minuteStep;
}
