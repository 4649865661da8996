// Covers shared/meeting/agendaRecord.ts in the whole meeting record: the deep dives as planned and as
// held and each agenda change with its question and presenter, in both languages; nothing when the
// agenda never changed; never in one family's summary; and a family's erasure taking its entries out
// (shared/meeting/withoutFamilies.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecordFormat } from '../../../shared/document/document';
import { renderPlainText } from '../../../shared/document/render';
import { agendaOutline, type Meeting } from '../../../shared/meeting/meeting';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { buildFamilySummaries, buildMeetingRecord } from '../../../shared/meeting/summary';
import { planWithFamiliesBack, planWithoutFamilies } from '../../../shared/meeting/withoutFamilies';
import { familyA, familyB, finishedMeeting, recordFormat, summarySource } from './summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

const stepsOf = (meeting: Meeting) => buildMeetingSteps(meeting.template, agendaOutline(meeting));

/** The fixture meeting whose agenda changed: B was added while it ran; a third family was moved to next week. */
function changedMeeting(): Meeting {
  const meeting = finishedMeeting();
  const [a, b] = meeting.deepDives;
  const moved = { id: 'dd-moved', familyId: familyB.id, question: 'Moved question', presenterId: a!.presenterId };
  return {
    ...meeting,
    plannedDeepDives: [a!, moved],
    agendaChanges: [
      { kind: 'added', at: Date.parse('2031-06-02T07:20:00Z'), deepDiveId: b!.id, familyId: b!.familyId, question: b!.question, presenterId: b!.presenterId },
      { kind: 'movedToNextWeek', at: Date.parse('2031-06-02T07:25:00Z'), deepDiveId: moved.id, familyId: moved.familyId, question: moved.question, presenterId: moved.presenterId, toMeetingId: 'next' },
    ],
  };
}

describe('the agenda changes in the meeting record', () => {
  it('lists the deep dives as planned and as held, and every change with its question', () => {
    const text = renderPlainText(buildMeetingRecord(summarySource(changedMeeting()), en));
    expect(text).toContain('Agenda changes');
    expect(text).toContain(`Deep dives as planned: ${familyA.code}, ${familyB.code}`);
    expect(text).toContain(`Deep dives as held: ${familyA.code}, ${familyB.code}`);
    expect(text).toMatch(new RegExp(`\\d\\d:\\d\\d: ${familyB.code} added to the deep dives`));
    expect(text).toContain(`${familyB.code} moved to next week`);
    expect(text).toContain('Moved question');
    const finnish = renderPlainText(buildMeetingRecord(summarySource(changedMeeting()), fi));
    expect(finnish).toContain('Asialistan muutokset');
    expect(finnish).toContain(`${familyB.code} siirrettiin ensi viikolle`);
  });

  it('lists a jump from the agenda list (a move that was neither next nor previous) among the changes', () => {
    const meeting = finishedMeeting();
    const at = Date.parse('2031-06-02T07:10:00Z');
    const visit = (stepIndex: number, startedAt: number) => ({ stepIndex, stepKey: stepsOf(meeting)[stepIndex]!.key, startedAt, endedAt: startedAt + 60_000, skipped: false });
    const run = { ...meeting.run, status: 'finished' as const, startedAt: at, finishedAt: at + 10 * 60_000, phaseStartedAt: null, stepLog: [visit(0, at), visit(1, at + 60_000), visit(4, at + 120_000)] };
    const text = renderPlainText(buildMeetingRecord(summarySource({ ...meeting, run }), en));
    expect(text).toContain('Agenda changes');
    expect(text).toMatch(new RegExp(`went from Quick round of all families to Hypothesising \\(${familyA.code}\\)`));
    expect(text).not.toMatch(/went from Opening/);
  });

  it('says nothing when the agenda was held as planned, and nothing in a family’s own summary', () => {
    expect(renderPlainText(buildMeetingRecord(summarySource(), en))).not.toContain('Agenda changes');
    for (const summary of buildFamilySummaries(summarySource(changedMeeting()), en)) {
      expect(renderPlainText(summary.document)).not.toContain('Moved question');
    }
  });

  it('a family taken out of the meeting takes its agenda changes and planned deep dive with it, and Undo brings them back', () => {
    const meeting = changedMeeting();
    const without = planWithoutFamilies(meeting, new Set([familyB.id]));
    expect(without.agendaChanges).toEqual([]);
    expect(without.plannedDeepDives?.map((item) => item.familyId)).toEqual([familyA.id]);
    const back = planWithFamiliesBack(without, meeting, new Set([familyB.id]));
    expect(back.agendaChanges).toEqual(meeting.agendaChanges);
    expect(back.plannedDeepDives).toEqual(meeting.plannedDeepDives);
  });
});
