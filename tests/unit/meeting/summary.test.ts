// Covers shared/meeting/summary.ts: each family's summary for the official record holds that
// family's content and nothing of any other family; unrevealed risk scores stay out; the whole
// meeting record has every family, once-a-meeting notes, what was agreed and timings; the plain
// text and Markdown (shared/document/render.ts) byte for byte, Markdown escaping user text; both
// languages; all summaries well under 100 ms.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFamilySummaries, buildFamilySummary, buildMeetingRecord } from '../../../shared/meeting/summary';
import { escapeMarkdown, renderMarkdown, renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { alphaStrings, bravoStrings, familyA, familyB, finishedMeeting, onceStrings, recordFormat, summarySource } from './summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

function renderedSummaries(format: RecordFormat, source = summarySource()) {
  return buildFamilySummaries(source, format).map((summary) => ({
    ...summary,
    text: renderPlainText(summary.document),
    markdown: renderMarkdown(summary.document),
  }));
}

describe('a family summary for the official record', () => {
  it('has one summary per deep-dive family, in agenda order', () => {
    const summaries = buildFamilySummaries(summarySource(), en);
    expect(summaries.map((summary) => [summary.deepDiveId, summary.code])).toEqual([
      ['dd-a', familyA.code],
      ['dd-b', familyB.code],
    ]);
  });

  it('holds the date, participants with roles, the question, hypotheses, risk view, actions, family questions and notes', () => {
    const [alpha] = renderedSummaries(en);
    const text = alpha!.text;
    expect(text).toContain('Meeting summary for the official record: ALPHA-111');
    expect(text).toContain('Date and time: Monday 2 June 2031 at');
    expect(text).toContain('Family: ALPHA-111 (ALPHA label Hämeenlinna)');
    expect(text).toContain('Presenter: Wilma Worker');
    expect(text).toContain('Question for the team: ALPHA question: how to reach the father?');
    // Participants and their roles this time; a guest with their organisation; an unheld role.
    expect(text).toContain('- Cecilia Chair – Consulting social worker, Team coordinator');
    expect(text).toContain('- Theo Therapist – Family therapist');
    expect(text).toContain('- Kaisa Koulu – guest, Keskuskoulu');
    expect(text).toContain('Roles nobody held: Social counsellor');
    // Hypotheses as this meeting left them: what changed here and why, never what came later.
    expect(text).toContain(
      '- ALPHA hypothesis: the move cut the family off\n    Status: strengthened\n    In this meeting: Status open → strengthened; Changed: wording' +
        '\n    Earlier wording: ALPHA hypothesis: the move isolated them\n    Reason: ALPHA why: the mother said so\n    Proposed by: Theo Therapist – Family therapist',
    );
    expect(renderedSummaries(en)[1]!.text).toContain('- BRAVO hypothesis: the school is a safe place\n    Status: open\n    In this meeting: new hypothesis');
    expect(text).not.toContain('LATER');
    // The spread leaves out the participant not scoring; every reason and "one up" is kept.
    expect(text).toContain('Range: 4–7, median 5');
    expect(text).toContain('Scores: 3 scored, 1 not scoring');
    expect(text).toContain('- Cecilia Chair: 4\n    Reason: ALPHA reason one\n    What would move it one point up: ALPHA one up one');
    expect(text).toContain('- Kaisa Koulu: not scoring');
    expect(text).toContain('- ALPHA action: call the father\n    Owner: Wilma Worker\n    Due: 09/06/2031');
    expect(text).toContain('- ALPHA family question: who helps at home?');
    expect(text).toContain('PRESENTATION\n\nALPHA presentation note');
    expect(text).toContain('ALPHA presentation note\nsecond line');
  });

  it.each([
    ['family A', 0, bravoStrings],
    ['family B', 1, alphaStrings],
  ] as const)("%s's summary holds nothing of the other family, nor the closing or once-a-meeting notes", (_name, index, otherFamily) => {
    for (const format of [en, fi]) {
      const summary = renderedSummaries(format)[index]!;
      for (const rendering of [summary.text, summary.markdown, JSON.stringify(summary.document)]) {
        for (const foreign of [...otherFamily, ...onceStrings]) expect(rendering, foreign).not.toContain(foreign);
        // Its own family's content is there (as a control that the check looks at real text).
        expect(rendering).toContain(index === 0 ? 'ALPHA hypothesis' : 'BRAVO hypothesis');
      }
    }
  });

  it('holds no risk score, reason or count when the round was never revealed', () => {
    const source = summarySource();
    source.riskRounds = source.riskRounds.map((round) => ({ ...round, revealedAt: null }));
    const alpha = renderedSummaries(en, source)[0]!;
    for (const secret of ['Risk and safety', 'ALPHA reason', 'ALPHA one up', 'Range', 'median', 'scored', 'Cecilia Chair: 4']) expect(alpha.text).not.toContain(secret);
    expect(alpha.markdown).not.toContain('ALPHA reason');
  });

  it('marks a round the chair entered from paper, in both languages, and says nothing of it for a round scored here', () => {
    const source = summarySource();
    source.riskRounds = source.riskRounds.map((round) => (round.agendaItemId === 'dd-a' ? { ...round, enteredBy: 'chair' as const } : round));
    const [alpha, bravo] = renderedSummaries(en, source);
    expect(alpha!.text).toContain('Scores: 3 scored, 1 not scoring\nEntry: scores entered by the chair from paper');
    expect(bravo!.text).not.toContain('from paper');
    expect(renderedSummaries(fi, source)[0]!.text).toContain('Kirjaus: puheenjohtaja syötti arviot paperilta');
    expect(renderedSummaries(en)[0]!.text).not.toContain('from paper');
  });

  it('leaves out the sections of what did not happen: no risk round, hypotheses, actions, family questions or notes', () => {
    const source = summarySource();
    source.riskRounds = [];
    source.hypothesisRevisions = [];
    source.actions = [];
    source.notes = new Map();
    source.meeting = { ...source.meeting, deepDives: source.meeting.deepDives.map((item) => ({ ...item, question: ' ' })) };
    for (const [format, sentences] of [
      [en, ['There was no risk round', 'There was no scoring round', 'No hypotheses were recorded', 'No actions', 'not written', 'were written', 'were recorded']],
      [fi, ['Riskiarviokierrosta ei pidetty', 'Arviokierrosta ei pidetty', 'Tehtävistä ei sovittu', 'Hypoteeseja ei kirjattu', 'ei kirjattu', 'ei sovittu', 'ei kirjoitettu']],
    ] as const) {
      const summary = buildFamilySummaries(source, format)[0]!;
      const record = buildMeetingRecord(source, format);
      for (const rendering of [renderPlainText(summary.document), renderMarkdown(summary.document), renderPlainText(record), renderMarkdown(record)]) {
        for (const text of sentences) expect(rendering, text).not.toContain(text);
      }
      const absentHeadings = ['record.hypotheses', 'record.risk', 'record.actions', 'record.familyQuestions', 'record.phaseNotes'].map((key) => format.t(key));
      for (const block of [...summary.document.blocks, ...record.blocks]) {
        if (block.kind === 'heading') expect(absentHeadings).not.toContain(block.text);
        if (block.kind === 'fields') expect(block.fields.map((field) => field.label)).not.toContain(format.t('record.question'));
      }
      // Every heading has something under it before the next heading of its level or higher.
      for (const document of [summary.document, record]) {
        document.blocks.forEach((block, index) => {
          if (block.kind !== 'heading') return;
          const next = document.blocks[index + 1];
          expect(next && !(next.kind === 'heading' && next.level <= block.level), block.text).toBe(true);
        });
      }
    }
  });

  it('leaves out what was agreed and the participants when nothing was written at the close and nobody was recorded', () => {
    const source = summarySource();
    source.meeting = { ...source.meeting, closingNote: '  ', participants: [] };
    for (const format of [en, fi]) {
      const text = renderPlainText(buildMeetingRecord(source, format));
      for (const absent of ['What was agreed', 'Nothing was written down', 'No participants', 'Mitä sovittiin', 'Lopetuksessa ei', 'Osallistujia ei']) {
        expect(text).not.toContain(absent);
      }
    }
  });

  it('references the method templates: timeline events the meeting added or changed, and each child’s latest three-houses session by date only', () => {
    const [alpha, bravo] = renderedSummaries(en);
    expect(alpha!.text).toContain('Methods');
    expect(alpha!.text).toContain('- Timeline updated: 3 events (2 added, 1 changed)');
    expect(alpha!.text).toContain('- Three houses, ALPHA child: latest session 20/05/2031 (its contents are not part of this record)');
    // Nothing changed on BRAVO's timeline and it has no three-houses session: no section to say so.
    expect(bravo!.text).not.toContain('Methods');
    expect(bravo!.text).not.toContain('Timeline not changed');
    expect(bravo!.text).not.toContain('ALPHA child');
    const [alphaFi] = renderedSummaries(fi);
    expect(alphaFi!.text).toContain('- Aikajanaa päivitettiin: 3 tapahtumaa (2 lisätty, 1 muutettu)');
    expect(alphaFi!.text).toContain('- Kolme taloa, ALPHA child: viimeisin tapaaminen 20.5.2031');
  });

  it('leaves the methods out of a meeting whose phases did not offer them and that changed no timeline', () => {
    const source = summarySource();
    const withoutMethods = {
      ...source.meeting.template,
      phases: source.meeting.template.phases.map((phase) => ({ ...phase, tools: phase.tools.filter((tool) => tool !== 'timeline' && tool !== 'threeHouses') })),
    };
    source.meeting = { ...source.meeting, template: withoutMethods };
    source.methods = new Map([[familyB.id, { timeline: { added: 1, changed: 0 }, threeHouses: [] }]]);
    const [alpha, bravo] = renderedSummaries(en, source);
    expect(alpha!.text).not.toContain('Methods');
    expect(alpha!.text).not.toContain('Timeline');
    expect(bravo!.text).toContain('- Timeline updated: 1 event (1 added, 0 changed)');
  });

  it('names a family deleted after the meeting without failing', () => {
    const source = summarySource();
    source.families = new Map([[familyB.id, { code: familyB.code, label: familyB.label }]]);
    const summary = buildFamilySummary(source, 'dd-a', en)!;
    expect(summary.code).toBe('?');
    expect(renderPlainText(summary.document)).toContain('Family: a family that has since been deleted');
  });

  it("names the participants' roles, the roles nobody held and proposers' roles as the meeting's template names them", () => {
    const source = summarySource();
    const template = source.meeting.template;
    const renamed: Record<string, { fi: string; en: string }> = {
      consultingSocialWorker: { fi: 'Vastaava lääkäri (puheenjohtaja)', en: 'Responsible physician (chair)' },
      familyTherapist: { fi: 'Psykiatrinen sairaanhoitaja', en: 'Psychiatric nurse' },
    };
    const roles = [
      ...template.roles.map((role) => ({ ...role, name: renamed[role.id] ?? role.name })),
      { id: 'municipalSocialWorker', name: { fi: 'Kunnan sosiaalityöntekijä', en: 'Municipal social worker' } },
      { id: 'teacher', name: { fi: 'Opettaja', en: 'Teacher' } },
    ];
    source.meeting = { ...source.meeting, template: { ...template, roles }, roles: { ...source.meeting.roles, municipalSocialWorker: 'g-school' } };
    const text = renderedSummaries(en, source)[0]!.text;
    // Each role once, and a role's own brackets never inside another bracket.
    expect(text).toContain('- Cecilia Chair – Responsible physician (chair), Team coordinator');
    expect(text).toContain('- Kaisa Koulu – Municipal social worker, guest, Keskuskoulu');
    expect(text).not.toMatch(/\([^()]*\(/);
    expect(text).toContain('Roles nobody held: Social counsellor, Teacher');
    expect(text).toContain('Proposed by: Theo Therapist – Psychiatric nurse');
    expect(text).not.toContain('Consulting social worker');
    const fiText = renderedSummaries(fi, source)[0]!.text;
    expect(fiText).toContain('- Cecilia Chair – Vastaava lääkäri (puheenjohtaja), Tiimin koordinaattori');
    expect(fiText).toContain('- Kaisa Koulu – Kunnan sosiaalityöntekijä, vieras, Keskuskoulu');
    expect(fiText).not.toMatch(/\([^()]*\(/);
    expect(fiText).toContain('Sosiaaliohjaaja, Opettaja');
    expect(fiText).toContain('Theo Therapist – Psykiatrinen sairaanhoitaja');
  });

  it('is written in Finnish with Finnish dates and decimal commas', () => {
    const source = summarySource();
    source.riskRounds = source.riskRounds.map((round) => ({ ...round, scores: round.scores.slice(0, 2) }));
    const text = renderedSummaries(fi, source)[0]!.text;
    expect(text).toContain('Kokousyhteenveto asiakaskirjausta varten: ALPHA-111');
    expect(text).toMatch(/Päivä ja aika: maanantai(na)? 2\. kesäkuuta 2031 klo \d{1,2}\.\d\d\n/);
    // A time of day in Finnish with a dot (klo 9.45), never a colon.
    expect(text).toMatch(/Päättyi: klo \d{1,2}\.\d\d\n/);
    expect(text).not.toMatch(/\d:\d\d(?!:)/);
    expect(text).toContain('Vaihteluväli: 4–7, mediaani 5,5');
    expect(text).toContain('Tila: vahvistunut');
    expect(text).toContain('Määräpäivä: 9.6.2031');
    expect(text).toContain('Kaisa Koulu – vieras, Keskuskoulu');
    expect(text).toContain('Tässä kokouksessa: Tila avoin → vahvistunut');
    expect(renderedSummaries(fi)[1]!.text).toContain('Tässä kokouksessa: uusi hypoteesi');
    expect(renderedSummaries(fi)[1]!.text).not.toContain('tehty tässä kokouksessa');
  });
});

describe('the whole meeting record', () => {
  it('holds what was agreed, every family, once-a-meeting notes and the quick round', () => {
    const text = renderPlainText(buildMeetingRecord(summarySource(), en));
    expect(text).toContain('Meeting record: Systemic weekly meeting');
    expect(text).toContain('What was agreed\n---------------\n\nONCE closing note: agreed to meet the school together');
    expect(text).toContain('ONCE opening note');
    expect(text).toContain('Families on the quick round: ALPHA-111, BRAVO-222');
    for (const content of [...alphaStrings, ...bravoStrings]) expect(text, content).toContain(content);
    // A blank note is left out rather than shown as an empty section.
    expect(text).not.toMatch(/Recording check and close\n-+\n\n/);
  });

  it('lists the quick round per family: what changed, the urgent worry and the decision, never in a family summary', () => {
    const quickRoundLines = new Map([
      [familyA.id, { changed: 'QUICK ALPHA moved house', urgent: true, decision: 'today' as const }],
      [familyB.id, { changed: 'QUICK BRAVO no change', urgent: false, decision: 'noNeed' as const }],
    ]);
    const source = { ...summarySource(), quickRoundLines };
    const text = renderPlainText(buildMeetingRecord(source, en));
    expect(text).toContain('Family     What changed             Urgent worry  Decision\n');
    expect(text).toContain('\nALPHA-111  QUICK ALPHA moved house  Yes           Today\nBRAVO-222  QUICK BRAVO no change                  No need\n');
    expect(renderPlainText(buildMeetingRecord(source, fi))).toMatch(/ALPHA-111 +QUICK ALPHA moved house +Kyllä +Käsitellään tänään/);
    expect(renderMarkdown(buildMeetingRecord(source, en))).toMatch(/\| ALPHA-111 \| QUICK ALPHA moved house \| Yes \| Today \|/);
    for (const summary of renderedSummaries(en, source)) {
      expect(summary.text).not.toContain('QUICK');
      expect(summary.markdown).not.toContain('QUICK');
    }
    // Empty lines, and no lines at all, leave the table out.
    const empty = new Map([[familyA.id, { changed: ' ', urgent: false, decision: null }]]);
    expect(renderPlainText(buildMeetingRecord({ ...summarySource(), quickRoundLines: empty }, en))).not.toContain('Urgent worry');
    expect(renderPlainText(buildMeetingRecord(summarySource(), en))).not.toContain('Urgent worry');
  });

  it('lists planned and actual time per phase, marks the skipped one and totals the meeting', () => {
    const record = buildMeetingRecord(summarySource(), en);
    const table = record.blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no timings table');
    expect(table.headers).toEqual(['No.', 'Phase', 'Family', 'Planned', 'Actual', 'Outcome']);
    // 3 once-a-meeting phases + 6 per family × 2, each run for 3 minutes.
    expect(table.rows).toHaveLength(15 + 1);
    // Planned as planned, in minutes; what it took as a duration clock (h:mm:ss), like every clock in the app.
    expect(table.rows[0]).toEqual(['1', 'Opening and check-in', '', '10 min', '0:03:00', 'done']);
    const skipped = table.rows.filter((row) => row[5] === 'skipped');
    expect(skipped).toEqual([['10', 'Clarifying questions', 'BRAVO-222', '5 min', '0:03:00', 'skipped']]);
    expect(table.rows.at(-1)).toEqual(['', 'Whole meeting', '', expect.stringMatching(/^\d+ min$/), '0:45:00', '']);
  });

  it('shows planned times as planned, to the half minute, with the language’s decimal', () => {
    const source = summarySource();
    const template = source.meeting.template;
    // The opening planned at 7.5 minutes instead of 10; the rest brings the meeting to 71.5 minutes.
    const phases = template.phases.map((phase, index) => (index === 0 ? { ...phase, plannedMinutes: 7.5 } : phase));
    source.meeting = { ...source.meeting, template: { ...template, phases } };
    const table = (format: RecordFormat) => {
      const block = buildMeetingRecord(source, format).blocks.find((entry) => entry.kind === 'table');
      if (block?.kind !== 'table') throw new Error('no timings table');
      return block;
    };
    const planned = (rows: string[][]) => [rows[0]![3], rows.at(-1)![3]];
    const total = table(en).rows.at(-1)![3]!;
    expect(planned(table(en).rows)).toEqual(['7.5 min', total]);
    expect(total).toMatch(/^\d+\.5 min$/);
    expect(planned(table(fi).rows)).toEqual(['7,5 min', total.replace('.', ',')]);
    expect(renderPlainText(buildMeetingRecord(source, fi))).not.toContain('minuutti');
  });

  it('plans the plan’s own minutes where it has them (docs/domain.md: The time slot)', () => {
    const source = summarySource();
    source.meeting = { ...source.meeting, phaseMinutes: { opening: 4, clarifyingQuestions: 2.5 } };
    const block = buildMeetingRecord(source, en).blocks.find((entry) => entry.kind === 'table');
    if (block?.kind !== 'table') throw new Error('no timings table');
    expect(block.rows[0]).toEqual(['1', 'Opening and check-in', '', '4 min', '0:03:00', 'done']);
    expect(block.rows.filter((row) => row[1] === 'Clarifying questions').map((row) => row[3])).toEqual(['2.5 min', '2.5 min']);
    // The template the meeting ran with keeps its own.
    expect(source.meeting.template.phases[0]!.plannedMinutes).toBe(10);
  });

  it('marks phases not reached in a meeting that ended early', () => {
    const meeting = finishedMeeting();
    const record = buildMeetingRecord(summarySource({ ...meeting, run: { ...meeting.run, stepLog: meeting.run.stepLog.slice(0, 2) } }), en);
    const table = record.blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no timings table');
    expect(table.rows[2]).toEqual(['3', expect.any(String), 'ALPHA-111', '10 min', '', 'not reached']);
  });
});

describe('Markdown', () => {
  it('escapes user text so a note cannot add headings, lists, links, HTML or emphasis', () => {
    const source = summarySource();
    source.notes = new Map([
      ['presentation:dd-a', { text: '# Fake heading\n- fake item\n1. fake number\n> quote\n[link](http://x) **bold** <b>html</b> | pipe\n---\n    code' }],
    ]);
    source.meeting = { ...source.meeting, deepDives: [{ ...source.meeting.deepDives[0]!, question: '## Injected _question_' }] };
    const markdown = renderMarkdown(buildFamilySummary(source, 'dd-a', en)!.document);
    const headingLines = markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headingLines.every((line) => !line.includes('Fake') && !line.includes('Injected'))).toBe(true);
    expect(markdown).toContain('\\# Fake heading');
    expect(markdown).toContain('\\- fake item');
    expect(markdown).toContain('1\\. fake number');
    expect(markdown).toContain('\\> quote');
    expect(markdown).toContain('\\[link\\](http://x) \\*\\*bold\\*\\* \\<b\\>html\\</b\\> \\| pipe');
    expect(markdown).toContain('\\---');
    expect(markdown).toContain('**Question for the team:** \\## Injected \\_question\\_');
    // Lines of a note stay lines (hard breaks), and nothing is indented into a code block.
    expect(markdown).toMatch(/\\# Fake heading {2}\n\\- fake item {2}\n/);
    expect(markdown).not.toMatch(/^ {4}code/m);
  });

  it('escapes the characters one by one', () => {
    expect(escapeMarkdown('a*b_c`d\\e')).toBe('a\\*b\\_c\\`d\\\\e');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
    expect(escapeMarkdown('=== setext')).toBe('\\=== setext');
    expect(escapeMarkdown('12) item')).toBe('12\\) item');
    expect(escapeMarkdown('AT&T ~strike~')).toBe('AT\\&T \\~strike\\~');
    expect(escapeMarkdown('plain words. 2.5 points')).toBe('plain words. 2.5 points');
  });

  it('renders headings, fields, lists and the timings table as Markdown', () => {
    const markdown = renderMarkdown(buildMeetingRecord(summarySource(), en));
    expect(markdown).toMatch(/^# Meeting record: Systemic weekly meeting\n/);
    expect(markdown).toContain('## Family ALPHA-111');
    expect(markdown).toContain('### Hypotheses considered');
    expect(markdown).toContain('- ALPHA hypothesis: the move cut the family off\n  - *Status:* strengthened\n  - *In this meeting:* Status open → strengthened; Changed: wording');
    expect(markdown).toContain('| No. | Phase | Family | Planned | Actual | Outcome |\n| --- | --- | --- | --- | --- | --- |');
  });
});

// Speed is measured by `npm run bench` (producing all summaries of a meeting ≤ 100 ms), not here.
describe('a full meeting', () => {
  it('produces every summary and the record of a 4-family meeting with long notes, in both renderings, escaping each note', () => {
    const base = summarySource();
    const meeting = finishedMeeting();
    const deepDives = [0, 1, 2, 3].map((index) => ({ id: `dd-${index}`, familyId: index % 2 ? familyB.id : familyA.id, presenterId: 'm-worker', question: 'A long question. '.repeat(50) }));
    const phases = ['presentation', 'clarifyingQuestions', 'hypothesising', 'reflection', 'riskScaling', 'plan'];
    const source = {
      ...base,
      meeting: { ...meeting, deepDives },
      // Every phase of every family with a page of notes (3,000 characters, some needing escaping).
      notes: new Map(deepDives.flatMap((item) => phases.map((phase) => [`${phase}:${item.id}`, { text: 'Note with *stars* and words\n'.repeat(110) }] as const))),
      hypothesisRevisions: Array.from({ length: 24 }, (_, index) => ({ ...base.hypothesisRevisions[index % 4]!, id: `r${index}`, hypothesisId: `h${index}` })),
      actions: Array.from({ length: 80 }, (_, index) => ({ ...base.actions[index % 4]!, id: `a${index}`, due: `2031-07-${String((index % 28) + 1).padStart(2, '0')}` })),
    };
    const summaries = buildFamilySummaries(source, en);
    const outputs = [...summaries.map((summary) => summary.document), buildMeetingRecord(source, en)].flatMap((document) => [
      renderPlainText(document),
      renderMarkdown(document),
    ]);
    expect(outputs).toHaveLength(10);
    expect(outputs[0]).toContain('Note with *stars*');
    expect(outputs[1]).toContain('Note with \\*stars\\*');
  });
});
