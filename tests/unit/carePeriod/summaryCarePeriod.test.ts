// Covers shared/carePeriod/summaryCarePeriod.ts through shared/meeting/summary.ts: an interim
// review's family summary is an entry for the patient record (title, care period with unit and
// dates, each goal with this review's rating, the previous rating, the trend and the comment, the
// team's reflection and the family's comments as separate parts in that order), in Finnish and
// English; a family's summary holds nothing of another family's care period or reflection; a
// weekly meeting's summary stays as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CarePeriodForRecord } from '../../../shared/carePeriod/summaryCarePeriod';
import { reflectingTeamNoteKey } from '../../../shared/carePeriod/reflectingTeam';
import { interimReviewTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, finish, next, notStartedRun, start } from '../../../shared/meeting/engine';
import { agendaOutline, type Meeting } from '../../../shared/meeting/meeting';
import { buildFamilySummaries, buildMeetingRecord, type SummarySource } from '../../../shared/meeting/summary';
import { renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { accepted, minute } from '../meeting/support';
import { familyA, familyB, finishedMeeting, recordFormat, summarySource } from '../meeting/summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

const startedAt = Date.UTC(2031, 2, 10, 9, 0, 0);
const week = 7 * 24 * 60 * minute;

/** The second interim review, with family A and family B as deep dives, run through and finished. */
function interimReview(): Meeting {
  const base: Meeting = {
    ...finishedMeeting(),
    id: 'review-2',
    template: interimReviewTemplate,
    scheduledAt: new Date(startedAt).toISOString(),
    quickRound: [],
    run: notStartedRun,
  };
  const steps = buildMeetingSteps(base.template, agendaOutline(base));
  let now = startedAt;
  let state = accepted(start(notStartedRun, steps, now));
  for (let index = 0; index < steps.length - 1; index++) state = accepted(next(state, steps, (now += 5 * minute)));
  return { ...base, run: accepted(finish(state, steps, now + 5 * minute)) };
}

function carePeriod(tag: string): CarePeriodForRecord {
  const earlier = startedAt - week;
  return {
    unit: `${tag} unit LIPSY`,
    start: '2031-03-02',
    plannedEnd: '2031-04-27',
    goals: [
      { id: `${tag}-g1`, text: `${tag} goal one: sleeps in own bed` },
      { id: `${tag}-g2`, text: `${tag} goal two: calmer mornings` },
      { id: `${tag}-g3`, text: `${tag} goal three: goes to school` },
    ],
    ratings: [
      { goalId: `${tag}-g1`, meetingId: 'review-1', date: earlier, rating: 3, comment: `${tag} earlier comment` },
      { goalId: `${tag}-g1`, meetingId: 'review-2', date: startedAt, rating: 6, comment: `${tag} comment: three nights in a row` },
      { goalId: `${tag}-g2`, meetingId: 'review-1', date: earlier, rating: 5, comment: '' },
      { goalId: `${tag}-g2`, meetingId: 'review-2', date: startedAt, rating: 4, comment: '' },
      { goalId: `${tag}-g3`, meetingId: 'review-2', date: startedAt, rating: null, comment: '' },
      // A later review never changes this one's record.
      { goalId: `${tag}-g1`, meetingId: 'review-3', date: startedAt + week, rating: 9, comment: `${tag} LATER comment` },
    ],
  };
}

function interimSource(): SummarySource {
  const meeting = interimReview();
  const reflection = (item: string, part: 'teamReflection' | 'familyComments', text: string) =>
    [reflectingTeamNoteKey(`reflectionWithFamily:${item}`, part), { text }] as const;
  return {
    ...summarySource(meeting),
    notes: new Map([
      ['goalsAndProgress:dd-a', { text: 'ALPHA goals note' }],
      reflection('dd-a', 'teamReflection', 'ALPHA team reflection: the mother seemed relieved'),
      reflection('dd-a', 'familyComments', 'ALPHA family comments: we felt heard'),
      reflection('dd-b', 'teamReflection', 'BRAVO team reflection'),
      reflection('dd-b', 'familyComments', 'BRAVO family comments'),
    ]),
    carePeriods: new Map([
      [familyA.id, carePeriod('ALPHA')],
      [familyB.id, carePeriod('BRAVO')],
    ]),
  };
}

describe('an interim review summary for the patient record', () => {
  it('is titled and worded for the patient record, with the care period, each goal and the two reflection parts in order', () => {
    const [alpha] = buildFamilySummaries(interimSource(), en);
    const text = renderPlainText(alpha!.document);
    expect(alpha!.document.title).toBe('Interim review of the care period — entry for the patient record: ALPHA-111');
    expect(text).toContain('Care period\n-----------\n\nUnit: ALPHA unit LIPSY\nStarted: 02/03/2031\nPlanned end: 27/04/2031');
    expect(text).toContain('Goals agreed at the start of the care period and progress (0–10)');
    expect(text).toContain(
      '- 1. ALPHA goal one: sleeps in own bed\n    Rating at this review: 6/10\n    Previous rating: 3/10 (03/03/2031)' +
        '\n    Trend: Up by 3 since the previous review\n    Ratings so far: 3 (03/03/2031), 6 (10/03/2031)\n    Comment: ALPHA comment: three nights in a row',
    );
    expect(text).toContain('- 2. ALPHA goal two: calmer mornings\n    Rating at this review: 4/10\n    Previous rating: 5/10 (03/03/2031)\n    Trend: Down by 1 since the previous review');
    expect(text).toContain('- 3. ALPHA goal three: goes to school\n    Rating at this review: Not rated at this review\n    Previous rating: None (first rating)');
    // The reflecting team: two parts, the team's first, each under its own heading.
    const team = text.indexOf('The team’s reflection (the family listens)\n');
    const family = text.indexOf('The family’s comments\n');
    expect(team).toBeGreaterThan(text.indexOf('Goals agreed at the start of the care period'));
    expect(family).toBeGreaterThan(team);
    expect(text.slice(team, family)).toContain('ALPHA team reflection: the mother seemed relieved');
    expect(text.slice(team, family)).not.toContain('we felt heard');
    expect(text.slice(family)).toContain('ALPHA family comments: we felt heard');
    // Later reviews and the earlier review's comment stay out; the goals phase's notes stay where they were.
    expect(text).not.toContain('LATER');
    expect(text).not.toContain('earlier comment');
    expect(text).toContain('ALPHA goals note');
  });

  it('is in Finnish too', () => {
    const [alpha] = buildFamilySummaries(interimSource(), fi);
    const text = renderPlainText(alpha!.document);
    expect(alpha!.document.title).toBe('Väliarviointipalaveri — kirjaus potilaskertomukseen: ALPHA-111');
    expect(text).toContain('Hoitojakso\n----------\n\nYksikkö: ALPHA unit LIPSY\nAlkanut: 2.3.2031\nSuunniteltu päättyminen: 27.4.2031');
    expect(text).toContain('Arvio tässä palaverissa: 6/10\n    Edellinen arvio: 3/10 (3.3.2031)\n    Suunta: Noussut 3 edellisestä palaverista');
    expect(text).toContain('Suunta: Laskenut 1 edellisestä palaverista');
    expect(text).toContain('Arvio tässä palaverissa: Ei arvioitu tässä palaverissa');
    expect(text).toContain(`Tiimin reflektio (perhe kuuntelee)\n${'-'.repeat(34)}\n\nALPHA team reflection`);
    expect(text).toContain('Perheen kommentit\n-----------------\n\nALPHA family comments');
  });

  it('holds nothing of another family’s care period or reflection', () => {
    const [alpha, bravo] = buildFamilySummaries(interimSource(), en).map((summary) => renderPlainText(summary.document));
    expect(alpha).not.toContain('BRAVO');
    expect(bravo).not.toContain('ALPHA');
    expect(bravo).toContain('BRAVO goal one');
    expect(bravo).toContain('BRAVO team reflection');
  });

  it('leaves out the care period and the reflection when the family has no care period and nothing was written in the reflection', () => {
    const source = interimSource();
    const notes = new Map([...source.notes].filter(([key]) => !key.includes('dd-a')));
    const sources = { ...source, notes, carePeriods: new Map([[familyB.id, carePeriod('BRAVO')]]) };
    const [alpha] = buildFamilySummaries(sources, en);
    const text = renderPlainText(alpha!.document);
    for (const absent of ['Care period', 'No care period', 'The team’s reflection', 'not written down', 'BRAVO']) expect(text, absent).not.toContain(absent);
    const [alphaFi] = buildFamilySummaries(sources, fi);
    for (const absent of ['Hoitojakso', 'ei ole kirjattu', 'ei kirjattu']) expect(renderPlainText(alphaFi!.document), absent).not.toContain(absent);
  });

  it('puts the same into the whole meeting record, under each family', () => {
    const text = renderPlainText(buildMeetingRecord(interimSource(), en));
    const bravoAt = text.indexOf('Family BRAVO-222');
    expect(text.slice(0, bravoAt)).toContain('ALPHA goal one');
    expect(text.slice(0, bravoAt)).not.toContain('BRAVO goal one');
    expect(text.slice(bravoAt)).toContain('BRAVO goal one');
    expect(text.slice(bravoAt)).toContain('BRAVO family comments');
  });
});

describe('a weekly meeting summary', () => {
  it('keeps its own title and has no care-period parts, even when the family has a care period', () => {
    const source = { ...summarySource(), carePeriods: new Map([[familyA.id, carePeriod('ALPHA')]]) };
    const [alpha] = buildFamilySummaries(source, en);
    const text = renderPlainText(alpha!.document);
    expect(alpha!.document.title).toBe('Meeting summary for the official record: ALPHA-111');
    expect(text).not.toContain('Care period');
    expect(text).not.toContain('The team’s reflection');
  });
});
