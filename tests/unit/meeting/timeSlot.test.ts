// Covers shared/meeting/timeSlot.ts: the plan's projected length against its slot, each phase's
// minimum, fitToSlot's proposal (examples and properties: within the slot whenever the minimums
// fit, minimums and the chair's fixed minutes kept, half-minute steps, never above the template,
// deterministic), and that the running meeting's steps use the plan's own minutes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, plannedForMeeting } from '../../../shared/meeting/engine';
import { agendaOutline, meetingPayloadSchema, type MeetingPlan } from '../../../shared/meeting/meeting';
import type { MeetingTemplate, TemplatePhase } from '../../../shared/meeting/template';
import {
  fitToSlot,
  minimumMinutesOf,
  parsePlanMinutes,
  parseSlotMinutes,
  projectPlan,
  setPhaseMinutes,
  type PlanTiming,
} from '../../../shared/meeting/timeSlot';

const weekly = weeklyMeetingTemplate;
const projectedTotal = (template: Pick<MeetingTemplate, 'phases'>, timing: PlanTiming) => projectPlan(template, timing, 90).totalMinutes;

describe('projectPlan', () => {
  it('counts once phases once, per-deep-dive phases per deep dive and the quick round per family', () => {
    // 10 + 3 × 2 + 3 × (10 + 5 + 15 + 5 + 5 + 10) + 5 = 171 = 2 h 51 min, 81 min over 90.
    const projection = projectPlan(weekly, { deepDives: 3, families: 3 }, 90);
    expect(projection.totalMinutes).toBe(171);
    expect(projection.overMinutes).toBe(81);
    const quickRound = projection.phases.find((entry) => entry.phase.id === 'quickRound')!;
    expect(quickRound).toMatchObject({ unit: 'perFamily', count: 3, minutes: 2, totalMinutes: 6 });
    const hypothesising = projection.phases.find((entry) => entry.phase.id === 'hypothesising')!;
    expect(hypothesising).toMatchObject({ unit: 'perDeepDive', count: 3, minutes: 15, totalMinutes: 45 });
    expect(projection.phases[0]).toMatchObject({ unit: 'once', count: 1, totalMinutes: 10 });
  });

  it('grows as families and deep dives are added', () => {
    expect(projectedTotal(weekly, { deepDives: 0, families: 0 })).toBe(15);
    expect(projectedTotal(weekly, { deepDives: 1, families: 0 })).toBe(65);
    expect(projectedTotal(weekly, { deepDives: 1, families: 60 })).toBe(185);
  });

  it('uses the plan’s own minutes where it has valid ones, the template’s elsewhere', () => {
    const projection = projectPlan(weekly, { deepDives: 2, families: 10, phaseMinutes: { quickRound: 0.5, hypothesising: 8, opening: 1.25 } }, 90);
    const byId = new Map(projection.phases.map((entry) => [entry.phase.id, entry]));
    expect(byId.get('quickRound')!.totalMinutes).toBe(5);
    expect(byId.get('hypothesising')!.totalMinutes).toBe(16);
    // 1.25 is not in half minutes: the template's 10.
    expect(byId.get('opening')!.minutes).toBe(10);
  });
});

describe('minimumMinutesOf', () => {
  const phase = (minutes: Partial<Pick<TemplatePhase, 'plannedMinutes' | 'plannedMinutesPerFamily'>>): TemplatePhase =>
    ({ ...weekly.phases[0]!, plannedMinutes: undefined, ...minutes }) as TemplatePhase;

  it('is 30 % of the template’s time rounded up to half a minute, at least 1 minute, never above the template', () => {
    expect(minimumMinutesOf(phase({ plannedMinutes: 10 }))).toBe(3);
    expect(minimumMinutesOf(phase({ plannedMinutes: 15 }))).toBe(4.5);
    expect(minimumMinutesOf(phase({ plannedMinutes: 5 }))).toBe(1.5);
    expect(minimumMinutesOf(phase({ plannedMinutes: 2 }))).toBe(1);
    expect(minimumMinutesOf(phase({ plannedMinutes: 0.5 }))).toBe(0.5);
    expect(minimumMinutesOf(phase({ plannedMinutes: 0 }))).toBe(0);
  });

  it('is 30 seconds per family for the quick round', () => {
    expect(minimumMinutesOf(weekly.phases.find((entry) => entry.id === 'quickRound')!)).toBe(0.5);
  });
});

describe('fitToSlot', () => {
  it('fits the built-in weekly meeting with 3 deep dives and 60 families into 90 minutes', () => {
    const timing = { deepDives: 3, families: 60 };
    expect(projectedTotal(weekly, timing)).toBe(285);
    const fit = fitToSlot(weekly, timing, 90);
    expect(fit.fits).toBe(true);
    expect(fit.totalMinutes).toBeLessThanOrEqual(90);
    expect(projectedTotal(weekly, { ...timing, phaseMinutes: fit.phaseMinutes })).toBe(fit.totalMinutes);
    // The quick round stays a time per family.
    expect(fit.phaseMinutes.quickRound).toBe(0.5);
    for (const phase of weekly.phases) expect(fit.phaseMinutes[phase.id]).toBeGreaterThanOrEqual(minimumMinutesOf(phase));
  });

  it('gives the template’s minutes back when the plan already fits', () => {
    const fit = fitToSlot(weekly, { deepDives: 1, families: 5 }, 90);
    expect(fit).toEqual({ fits: true, totalMinutes: 75, phaseMinutes: Object.fromEntries(weekly.phases.map((phase) => [phase.id, phase.plannedMinutes ?? phase.plannedMinutesPerFamily])) });
  });

  it('keeps what the chair fixed by hand and scales the rest', () => {
    const timing = { deepDives: 3, families: 3, phaseMinutes: { hypothesising: 15, opening: 7 }, fixedPhases: ['hypothesising'] };
    const fit = fitToSlot(weekly, timing, 90);
    expect(fit.fits).toBe(true);
    expect(fit.phaseMinutes.hypothesising).toBe(15);
    // opening had own minutes but was not fixed: scaled from the template's 10.
    expect(fit.phaseMinutes.opening).toBeLessThan(10);
    expect(fit.totalMinutes).toBeLessThanOrEqual(90);
  });

  it('says by how much when even the minimums do not fit', () => {
    // Minimums: 3 + 100 × 0.5 + 6 × 15 + 1.5 = 144.5.
    const fit = fitToSlot(weekly, { deepDives: 6, families: 100 }, 90);
    expect(fit).toMatchObject({ fits: false, totalMinutes: 144.5, overMinutes: 54.5 });
    expect(fit.phaseMinutes.quickRound).toBe(0.5);
  });

  it('counts fixed minutes against the slot', () => {
    const fit = fitToSlot(weekly, { deepDives: 1, families: 0, phaseMinutes: { opening: 100 }, fixedPhases: ['opening'] }, 90);
    expect(fit.fits).toBe(false);
    expect(fit.phaseMinutes.opening).toBe(100);
  });

  it('fits the interim review too', () => {
    const fit = fitToSlot(interimReviewTemplate, { deepDives: 1, families: 0 }, 45);
    expect(fit.fits).toBe(true);
    expect(fit.totalMinutes).toBeLessThanOrEqual(45);
  });

  const phaseArbitrary = fc.record({
    scope: fc.constantFrom('once' as const, 'perDeepDiveFamily' as const),
    minutes: fc.integer({ min: 0, max: 120 }).map((half) => half / 2),
  });
  const templateArbitrary = fc
    .tuple(fc.array(phaseArbitrary, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.integer({ min: 0, max: 8 }).map((half) => half / 2))
    .map(([phases, withQuickRound, perFamily]): Pick<MeetingTemplate, 'phases'> => ({
      phases: [
        ...(withQuickRound ? [{ ...weekly.phases[1]!, plannedMinutesPerFamily: perFamily }] : []),
        ...phases.map((phase, index) => ({ ...weekly.phases[0]!, id: `p${index}`, scope: phase.scope, plannedMinutes: phase.minutes })),
      ],
    }));
  const caseArbitrary = templateArbitrary.chain((template) =>
    fc.record({
      template: fc.constant(template),
      deepDives: fc.integer({ min: 0, max: 6 }),
      families: fc.integer({ min: 0, max: 120 }),
      slot: fc.integer({ min: 15, max: 480 }),
      fixed: fc.subarray(template.phases.map((phase) => phase.id)),
      own: fc.dictionary(fc.constantFrom(...template.phases.map((phase) => phase.id)), fc.integer({ min: 0, max: 60 }).map((half) => half / 2)),
    }),
  );

  it('property: fits → within the slot; minimums, fixed minutes, half minutes and the template’s maximum kept; deterministic', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ template, deepDives, families, slot, fixed, own }) => {
        const timing: PlanTiming = { deepDives, families, phaseMinutes: own, fixedPhases: fixed };
        const fit = fitToSlot(template, timing, slot);
        expect(fitToSlot(template, timing, slot)).toEqual(fit);
        const projected = projectPlan(template, { ...timing, phaseMinutes: fit.phaseMinutes }, slot);
        expect(projected.totalMinutes).toBe(fit.totalMinutes);
        if (fit.fits) expect(fit.totalMinutes).toBeLessThanOrEqual(slot);
        else expect(fit.overMinutes).toBe(fit.totalMinutes - slot);
        for (const phase of template.phases) {
          const proposed = fit.phaseMinutes[phase.id]!;
          expect(Number.isInteger(proposed * 2)).toBe(true);
          if (fixed.includes(phase.id)) {
            expect(proposed).toBe(own[phase.id] ?? phase.plannedMinutes ?? phase.plannedMinutesPerFamily);
          } else {
            expect(proposed).toBeGreaterThanOrEqual(minimumMinutesOf(phase));
            expect(proposed).toBeLessThanOrEqual(phase.plannedMinutes ?? phase.plannedMinutesPerFamily ?? 0);
          }
        }
        // Not fitting means even the minimums did not: the proposal is exactly them.
        if (!fit.fits) {
          for (const phase of template.phases) if (!fixed.includes(phase.id)) expect(fit.phaseMinutes[phase.id]).toBe(minimumMinutesOf(phase));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: a fitting proposal leaves less than the cheapest half-minute step unused, or every flexible phase at the template’s minutes', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ template, deepDives, families, slot }) => {
        const timing: PlanTiming = { deepDives, families };
        const fit = fitToSlot(template, timing, slot);
        if (!fit.fits) return;
        const projection = projectPlan(template, { ...timing, phaseMinutes: fit.phaseMinutes }, slot);
        const growable = projection.phases.filter((entry) => entry.count > 0 && entry.minutes < entry.templateMinutes);
        for (const entry of growable) expect(fit.totalMinutes + entry.count * 0.5).toBeGreaterThan(slot);
      }),
      { numRuns: 300 },
    );
  });
});

describe('editing and typing minutes', () => {
  it('setPhaseMinutes marks the phase fixed once', () => {
    const once = setPhaseMinutes({}, 'opening', 5);
    expect(once).toEqual({ phaseMinutes: { opening: 5 }, fixedPhases: ['opening'] });
    expect(setPhaseMinutes(once, 'opening', 6)).toEqual({ phaseMinutes: { opening: 6 }, fixedPhases: ['opening'] });
  });

  it('parses minutes in half minutes with a comma or a point, and slots in whole minutes', () => {
    expect(parsePlanMinutes('7,5')).toBe(7.5);
    expect(parsePlanMinutes(' 3 ')).toBe(3);
    expect(parsePlanMinutes('7.25')).toBeNull();
    expect(parsePlanMinutes('-1')).toBeNull();
    expect(parsePlanMinutes('241')).toBeNull();
    expect(parsePlanMinutes('')).toBeNull();
    expect(parseSlotMinutes('90')).toBe(90);
    expect(parseSlotMinutes('14')).toBeNull();
    expect(parseSlotMinutes('90.5')).toBeNull();
  });
});

describe('the plan’s minutes in the meeting', () => {
  const plan: MeetingPlan = {
    roles: {},
    participants: [],
    quickRound: [{ id: 'q1', familyId: 'f1' }, { id: 'q2', familyId: 'f2' }],
    deepDives: [{ id: 'd1', familyId: 'f1', presenterId: null, question: '' }],
    closingNote: '',
  };

  it('old payloads without slot or minutes still read, and the new fields are checked', () => {
    expect(meetingPayloadSchema.parse(plan)).toEqual(plan);
    const own = { ...plan, slotMinutes: 90, phaseMinutes: { quickRound: 0.5, hypothesising: 8 }, fixedPhases: ['hypothesising'] };
    expect(meetingPayloadSchema.parse(own)).toEqual(own);
    expect(meetingPayloadSchema.safeParse({ ...plan, phaseMinutes: { opening: 7.25 } }).success).toBe(false);
    expect(meetingPayloadSchema.safeParse({ ...plan, slotMinutes: 5 }).success).toBe(false);
  });

  it('agendaOutline carries the plan’s minutes only when it has some', () => {
    expect(agendaOutline(plan)).toEqual({ deepDiveItemIds: ['d1'], quickRoundFamilyCount: 2 });
    expect(agendaOutline({ ...plan, phaseMinutes: { opening: 4 } }).phaseMinutes).toEqual({ opening: 4 });
  });

  it('buildMeetingSteps plans the plan’s minutes (per family for the quick round), the template’s elsewhere', () => {
    const before = buildMeetingSteps(weekly, agendaOutline(plan));
    const steps = buildMeetingSteps(weekly, agendaOutline({ ...plan, phaseMinutes: { quickRound: 0.5, hypothesising: 8 } }));
    const planned = (key: string) => steps.find((step) => step.key === key)!.plannedMs / 60_000;
    expect(planned('quickRound')).toBe(1);
    expect(planned('hypothesising:d1')).toBe(8);
    expect(planned('opening')).toBe(10);
    expect(steps.map((step) => step.key)).toEqual(before.map((step) => step.key));
    const fit = fitToSlot(weekly, { deepDives: 1, families: 2 }, 40);
    expect(plannedForMeeting(buildMeetingSteps(weekly, agendaOutline({ ...plan, phaseMinutes: fit.phaseMinutes }))) / 60_000).toBe(fit.totalMinutes);
  });
});
