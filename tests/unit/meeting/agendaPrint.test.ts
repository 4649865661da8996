// Covers shared/meeting/agendaPrint.ts: the planned agenda (the printed agenda and the room's times)
// takes every step's minutes from the meeting engine, starts each line when the lines before it end,
// groups a deep dive's phases under its family's code with its presenter and question, lists the
// quick round's families by code, and never carries a family's name or label.
import { describe, expect, it } from 'vitest';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { plannedAgenda, stepStarts } from '../../../shared/meeting/agendaPrint';
import { agendaOutline, type Meeting } from '../../../shared/meeting/meeting';
import { familyA, familyB, finishedMeeting } from './summaryFixture';
import { minute } from './support';

const start = Date.UTC(2031, 5, 2, 9, 0, 0);
const names = {
  codeOf: (familyId: string) => (familyId === familyA.id ? familyA.code : familyId === familyB.id ? familyB.code : '?'),
  presenterName: (id: string) => ({ 'm-worker': 'Wilma Worker', 'g-school': 'Kaisa Koulu' })[id] ?? null,
};

function planned(): Meeting {
  return { ...finishedMeeting(), status: 'planned' };
}

describe('the planned agenda', () => {
  it('has the once-a-meeting phases and one line per deep-dive family with its phases, times from the engine', () => {
    const agenda = plannedAgenda(planned(), start, names);
    expect(agenda.rows.map((row) => (row.kind === 'phase' ? row.name.en : `${row.number} ${row.code}`))).toEqual([
      'Opening and check-in',
      'Quick round of all families',
      `1 ${familyA.code}`,
      `2 ${familyB.code}`,
      'Recording check and close',
    ]);
    // Opening 10 min; the quick round 2 min for each of its 2 families; then each family's phases.
    const [opening, quickRound, alpha, bravo, close] = agenda.rows;
    expect([opening!.start, opening!.minutes]).toEqual([start, 10]);
    expect([quickRound!.start, quickRound!.minutes]).toEqual([start + 10 * minute, 4]);
    expect(alpha!.start).toBe(start + 14 * minute);
    expect(bravo!.start).toBe(alpha!.start + alpha!.minutes * minute);
    expect(close!.start).toBe(bravo!.start + bravo!.minutes * minute);
    expect(agenda.end).toBe(close!.start + close!.minutes * minute);
    expect(agenda.minutes).toBe((agenda.end - start) / minute);
  });

  it('prints the plan’s own minutes where it has them (docs/domain.md: The time slot)', () => {
    const agenda = plannedAgenda({ ...planned(), phaseMinutes: { opening: 4, quickRound: 0.5 } }, start, names);
    const [opening, quickRound] = agenda.rows;
    expect([opening!.minutes, quickRound!.minutes]).toEqual([4, 1]);
    expect(quickRound!.start).toBe(start + 4 * minute);
  });

  it('agrees with the engine step by step, whatever minutes the steps are planned with', () => {
    const meeting = planned();
    const template = { ...meeting.template, phases: meeting.template.phases.map((phase) => (phase.id === 'hypothesising' ? { ...phase, plannedMinutes: 7.5 } : phase)) };
    const changed = { ...meeting, template };
    const steps = buildMeetingSteps(template, agendaOutline(changed));
    const agenda = plannedAgenda(changed, start, names);
    const deepDive = agenda.rows.find((row) => row.kind === 'deepDive' && row.number === 1);
    if (deepDive?.kind !== 'deepDive') throw new Error('no deep dive');
    const ownSteps = steps.filter((step) => step.deepDiveNumber === 1);
    const times = stepStarts(steps, start);
    expect(deepDive.phases.map((phase) => [phase.name.en, phase.start, phase.minutes])).toEqual(
      ownSteps.map((step) => [step.phase.name.en, times[step.index]!.start, step.plannedMs / minute]),
    );
    expect(deepDive.phases.find((phase) => phase.name.en === 'Hypothesising')?.minutes).toBe(7.5);
    expect(deepDive.minutes).toBe(ownSteps.reduce((sum, step) => sum + step.plannedMs, 0) / minute);
    expect(agenda.minutes).toBe(steps.reduce((sum, step) => sum + step.plannedMs, 0) / minute);
  });

  it('names each deep dive by code with its presenter and question, and the quick round by codes', () => {
    const meeting = planned();
    meeting.deepDives = [{ ...meeting.deepDives[0]!, question: '  ALPHA question  ' }, { ...meeting.deepDives[1]!, presenterId: null, question: '' }];
    const agenda = plannedAgenda(meeting, start, names);
    const [, quickRound, alpha, bravo] = agenda.rows;
    expect(quickRound).toMatchObject({ kind: 'phase', families: [familyA.code, familyB.code] });
    expect(agenda.rows.filter((row) => row.kind === 'phase' && row !== quickRound).every((row) => row.kind === 'phase' && row.families.length === 0)).toBe(true);
    expect(alpha).toMatchObject({ kind: 'deepDive', code: familyA.code, presenter: 'Wilma Worker', question: 'ALPHA question' });
    expect(bravo).toMatchObject({ kind: 'deepDive', code: familyB.code, presenter: null, question: '' });
    // Codes only: no family's label (which may hold a name or place) anywhere.
    const json = JSON.stringify(agenda);
    for (const label of [familyA.label, familyB.label]) expect(json).not.toContain(label);
  });

  it('with no deep dives and an empty quick round, has only the once-a-meeting phases', () => {
    const meeting = { ...planned(), deepDives: [], quickRound: [] };
    const agenda = plannedAgenda(meeting, start, names);
    expect(agenda.rows.map((row) => row.kind)).toEqual(['phase', 'phase', 'phase']);
    expect(agenda.rows[1]).toMatchObject({ minutes: 0, families: [] });
  });
});
