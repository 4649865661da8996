// Covers shared/meeting/entryDraft.ts: each family's entry draft (kirjausehdotus) holds, part by
// part, exactly that family's facts (the meeting and presenter, the question, the hypotheses as the
// meeting left them, the safety median and range of a revealed round, the tasks with who and by
// when, the questions for the family) in both languages; a part with nothing in it is left out;
// and, as a property over two families with any texts and scores, another family's data never
// changes a family's draft and never appears in it.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEntryDraft, buildEntryDrafts, entryDraftPlainText, type EntryDraft } from '../../../shared/meeting/entryDraft';
import { renderMarkdown, renderPlainText } from '../../../shared/document/render';
import type { RecordDocument, RecordFormat } from '../../../shared/document/document';
import type { HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import type { Action, RiskRound } from '../../../shared/meeting/meeting';
import type { SummarySource } from '../../../shared/meeting/summary';
import { alphaStrings, bravoStrings, familyA, familyB, meetingId, onceStrings, recordFormat, summarySource } from './summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

/** The draft's blocks as lines: a paragraph as itself, a list's items each as "- item". */
function lines(document: RecordDocument): string[] {
  return document.blocks.flatMap((block) => {
    if (block.kind === 'heading' || block.kind === 'text') return [block.text];
    if (block.kind === 'list') return block.items.map((item) => `- ${item.text}`);
    throw new Error(`an entry draft has no ${block.kind} block`);
  });
}

describe('an entry draft per deep-dive family', () => {
  it('has one draft per deep-dive family, in agenda order', () => {
    expect(buildEntryDrafts(summarySource(), en).map((draft) => [draft.deepDiveId, draft.familyId, draft.code])).toEqual([
      ['dd-a', familyA.id, familyA.code],
      ['dd-b', familyB.id, familyB.code],
    ]);
    expect(buildEntryDraft(summarySource(), 'dd-b', en)?.code).toBe(familyB.code);
    expect(buildEntryDraft(summarySource(), 'no-such-item', en)).toBeNull();
  });

  it('holds, part by part, the meeting, presenter, question, hypotheses, safety view, tasks and questions (en)', () => {
    const [alpha, bravo] = buildEntryDrafts(summarySource(), en);
    expect(alpha!.document.title).toBe('Entry draft: ALPHA-111');
    expect(lines(alpha!.document)).toEqual([
      'Entry draft: ALPHA-111',
      'Discussed in the team meeting (Systemic weekly meeting, Monday 2 June 2031 at ' + timeIn(en) + '); presented by Wilma Worker.',
      'Question for the team: ALPHA question: how to reach the father?',
      // As the meeting left it: the wording and status after this meeting, not the later drop.
      'One possible idea the team considered (a working hypothesis, not a finding):',
      '- ALPHA hypothesis: the move cut the family off (status: strengthened)',
      // 4, 7, 5 and one not scoring.
      'Safety scale (0–10): median 5, range 4–7 (3 scores).',
      'Agreed tasks:',
      '- ALPHA action: call the father (who: Wilma Worker, by 09/06/2031)',
      'Questions to take to the family:',
      '- ALPHA family question: who helps at home?',
    ]);
    expect(lines(bravo!.document)).toEqual([
      'Entry draft: BRAVO-222',
      'Discussed in the team meeting (Systemic weekly meeting, Monday 2 June 2031 at ' + timeIn(en) + '); presented by Kaisa Koulu.',
      'Question for the team: BRAVO question: school refusal?',
      'One possible idea the team considered (a working hypothesis, not a finding):',
      '- BRAVO hypothesis: the school is a safe place (status: open)',
      'Safety scale (0–10): median 5, range 4–7 (3 scores).',
      'Agreed tasks:',
      // No due date: who only.
      '- BRAVO action: meet the teacher (who: Wilma Worker)',
      'Questions to take to the family:',
      '- BRAVO family question: what is a good day?',
    ]);
  });

  it('holds the same parts in Finnish, in the record’s terms', () => {
    const [alpha] = buildEntryDrafts(summarySource(), fi);
    expect(lines(alpha!.document)).toEqual([
      'Kirjausehdotus: ALPHA-111',
      'Käsiteltiin tiimin kokouksessa (Systeeminen viikkokokous, maanantaina 2. kesäkuuta 2031 klo ' + timeIn(fi) + '), esittelijänä Wilma Worker.',
      'Kysymys tiimille: ALPHA question: how to reach the father?',
      'Tiimi pohti yhtä mahdollista ajatusta (työhypoteesi, ei todettu asia):',
      '- ALPHA hypothesis: the move cut the family off (tila: vahvistunut)',
      'Turvallisuusarvio (0–10): mediaani 5, vaihteluväli 4–7 (3 arviota).',
      'Sovitut tehtävät:',
      '- ALPHA action: call the father (vastuu: Wilma Worker, 9.6.2031 mennessä)',
      'Kysymykset perheelle:',
      '- ALPHA family question: who helps at home?',
    ]);
  });

  it('writes a median between two scores with a decimal in each language, and several hypotheses in the plural', () => {
    const source = summarySource();
    source.riskRounds = source.riskRounds.map((round) => ({ ...round, scores: round.scores.filter((entry) => entry.participantId !== 'm-worker') }));
    source.hypothesisRevisions = [...source.hypothesisRevisions, revision('h-a2', familyA.id, 'ALPHA second idea', 'weakened')];
    const alphaEn = lines(buildEntryDraft(source, 'dd-a', en)!.document);
    expect(alphaEn).toContain('Safety scale (0–10): median 5.5, range 4–7 (2 scores).');
    expect(alphaEn).toContain('Possible ideas the team considered (working hypotheses, not findings):');
    expect(alphaEn).toContain('- ALPHA second idea (status: weakened)');
    const alphaFi = lines(buildEntryDraft(source, 'dd-a', fi)!.document);
    expect(alphaFi).toContain('Turvallisuusarvio (0–10): mediaani 5,5, vaihteluväli 4–7 (2 arviota).');
    expect(alphaFi).toContain('- ALPHA second idea (tila: heikentynyt)');
  });

  it('says who and by when as far as they are known', () => {
    const source = summarySource();
    source.actions = [
      action('t1', familyA.id, 'action', 'ALPHA both', 'Wilma Worker', '2031-06-09'),
      action('t2', familyA.id, 'action', 'ALPHA owner only', 'Wilma Worker', null),
      action('t3', familyA.id, 'action', 'ALPHA due only', '  ', '2031-06-16'),
      action('t4', familyA.id, 'action', 'ALPHA neither', '', null),
    ];
    expect(lines(buildEntryDraft(source, 'dd-a', en)!.document).filter((line) => line.startsWith('- ALPHA') && !line.includes('hypothesis'))).toEqual([
      '- ALPHA both (who: Wilma Worker, by 09/06/2031)',
      '- ALPHA owner only (who: Wilma Worker)',
      '- ALPHA due only (by 16/06/2031)',
      '- ALPHA neither',
    ]);
    expect(lines(buildEntryDraft(source, 'dd-a', fi)!.document)).toContain('- ALPHA due only (16.6.2031 mennessä)');
  });

  it('leaves out every part with nothing in it, never saying "none"', () => {
    const source = summarySource();
    source.riskRounds = [];
    source.hypothesisRevisions = [];
    source.actions = [];
    source.meeting = { ...source.meeting, deepDives: source.meeting.deepDives.map((item) => ({ ...item, question: '  ', presenterId: null })) };
    for (const format of [en, fi]) {
      const draft = buildEntryDraft(source, 'dd-a', format)!;
      expect(lines(draft.document)).toEqual([
        format.t('documents.entryDraft.title', { code: familyA.code }),
        format.language === 'en'
          ? 'Discussed in the team meeting (Systemic weekly meeting, Monday 2 June 2031 at ' + timeIn(en) + ').'
          : 'Käsiteltiin tiimin kokouksessa (Systeeminen viikkokokous, maanantaina 2. kesäkuuta 2031 klo ' + timeIn(fi) + ').',
      ]);
      for (const absent of ['none', 'nobody', 'ei ', 'No ', '—']) expect(entryDraftPlainText(draft)).not.toContain(absent);
    }
  });

  it('says so after the safety view when the chair entered the scores from paper, and only then', () => {
    const source = summarySource();
    expect(entryDraftPlainText(buildEntryDraft(source, 'dd-a', en)!)).not.toContain('from paper');
    source.riskRounds = source.riskRounds.map((round) => (round.agendaItemId === 'dd-a' ? { ...round, enteredBy: 'chair' as const } : round));
    const alphaEn = lines(buildEntryDraft(source, 'dd-a', en)!.document);
    const safety = alphaEn.findIndex((line) => line.startsWith('Safety scale (0–10)'));
    expect(alphaEn[safety + 1]).toBe('The scores were entered by the chair from paper.');
    expect(lines(buildEntryDraft(source, 'dd-a', fi)!.document)).toContain('Puheenjohtaja syötti arviot paperilta.');
    expect(entryDraftPlainText(buildEntryDraft(source, 'dd-b', en)!)).not.toContain('from paper');
  });

  it('keeps scores that were never revealed, and a round where nobody scored, out of the draft', () => {
    for (const change of [
      (round: RiskRound): RiskRound => ({ ...round, revealedAt: null }),
      (round: RiskRound): RiskRound => ({ ...round, scores: round.scores.map((entry) => ({ ...entry, score: null })) }),
    ]) {
      const source = summarySource();
      source.riskRounds = source.riskRounds.map(change);
      const text = entryDraftPlainText(buildEntryDraft(source, 'dd-a', en)!);
      expect(text).not.toContain('Safety');
      expect(text).not.toContain('median');
    }
  });

  it('leaves out what another meeting captured for the same family', () => {
    const source = summarySource();
    source.actions = [...source.actions, { ...action('old', familyA.id, 'action', 'ALPHA OTHER MEETING task', 'X', null), meetingId: 'm-earlier' }];
    source.riskRounds = [...source.riskRounds, { ...source.riskRounds[0]!, meetingId: 'm-earlier', scores: [{ participantId: 'x', participantName: 'X', score: 0, reason: '', oneUp: '' }] }];
    const text = entryDraftPlainText(buildEntryDraft(source, 'dd-a', en)!);
    expect(text).not.toContain('OTHER MEETING');
    expect(text).toContain('median 5, range 4–7');
    // The hypothesis's later drop (another meeting) is not what this meeting left.
    expect(text).not.toContain('LATER');
  });

  it("holds nothing of the other family, the closing note or the once-a-meeting notes, in either language or rendering", () => {
    for (const format of [en, fi]) {
      const [alpha, bravo] = buildEntryDrafts(summarySource(), format);
      for (const [draft, foreign] of [
        [alpha!, bravoStrings],
        [bravo!, alphaStrings],
      ] as const) {
        for (const rendering of renderings(draft)) {
          for (const text of [...foreign, ...onceStrings]) expect(rendering, text).not.toContain(text);
        }
      }
    }
  });

  it('copies as plain text without the title, which only names the pseudonym code', () => {
    const alpha = buildEntryDraft(summarySource(), 'dd-a', en)!;
    const text = entryDraftPlainText(alpha);
    expect(text).not.toContain('ALPHA-111');
    expect(text).not.toContain('Entry draft');
    expect(text.split('\n\n')[0]).toBe('Discussed in the team meeting (Systemic weekly meeting, Monday 2 June 2031 at ' + timeIn(en) + '); presented by Wilma Worker.');
    expect(text).toContain('Agreed tasks:\n- ALPHA action: call the father (who: Wilma Worker, by 09/06/2031)\n');
    expect(text.endsWith('- ALPHA family question: who helps at home?\n')).toBe(true);
  });

  it('property: another family’s data never changes a family’s draft nor appears in it', () => {
    // Everything typed for the other family carries a mark no text of this family has.
    const mark = '§';
    const ownText = fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim().length > 0 && !text.includes(mark));
    const otherText = fc.string({ maxLength: 30 }).map((text) => `${mark}${text.replaceAll(mark, '')}${mark}`);
    const facts = (text: fc.Arbitrary<string>) =>
      fc.record({
        question: text,
        hypotheses: fc.array(fc.record({ wording: text, status: fc.constantFrom('open', 'strengthened', 'weakened', 'dropped') as fc.Arbitrary<HypothesisRevision['status']> }), { maxLength: 3 }),
        scores: fc.array(fc.option(fc.integer({ min: 0, max: 10 })), { maxLength: 5 }),
        revealed: fc.boolean(),
        tasks: fc.array(fc.record({ text, owner: text, due: fc.option(fc.constantFrom('2031-06-09', '2031-07-01')) }), { maxLength: 3 }),
        questions: fc.array(text, { maxLength: 3 }),
      });
    fc.assert(
      fc.property(facts(ownText), facts(otherText), facts(otherText), fc.constantFrom('en', 'fi'), (own, other, otherAgain, language) => {
        const format = language === 'en' ? en : fi;
        const withOther = buildEntryDraft(sourceOf(own, other), 'dd-a', format)!;
        const withOtherChanged = buildEntryDraft(sourceOf(own, otherAgain), 'dd-a', format)!;
        expect(withOtherChanged).toEqual(withOther);
        for (const rendering of renderings(withOther)) expect(rendering).not.toContain(mark);
        // Its own facts are there, as a control that the check reads real text.
        for (const task of own.tasks) expect(lines(withOther.document).some((line) => line.includes(task.text.trim()))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

type Facts = {
  question: string;
  hypotheses: { wording: string; status: HypothesisRevision['status'] }[];
  scores: (number | null)[];
  revealed: boolean;
  tasks: { text: string; owner: string; due: string | null }[];
  questions: string[];
};

/** The fixture's meeting with family A's and family B's captured data replaced by `a` and `b`. */
function sourceOf(a: Facts, b: Facts): SummarySource {
  const source = summarySource();
  source.meeting = {
    ...source.meeting,
    deepDives: source.meeting.deepDives.map((item) => ({ ...item, question: item.id === 'dd-a' ? a.question : b.question })),
  };
  const revisions: HypothesisRevision[] = [];
  const rounds: RiskRound[] = [];
  const actions: Action[] = [];
  for (const [facts, familyId, item] of [
    [a, familyA.id, 'dd-a'],
    [b, familyB.id, 'dd-b'],
  ] as const) {
    facts.hypotheses.forEach((hypothesis, index) => revisions.push(revision(`${familyId}-h${index}`, familyId, hypothesis.wording, hypothesis.status)));
    rounds.push({
      id: `${meetingId}|${item}`,
      meetingId,
      agendaItemId: item,
      familyId,
      revealedAt: facts.revealed ? 1 : null,
      updatedAt: '2031-06-02T09:30:00.000Z',
      scores: facts.scores.map((score, index) => ({ participantId: `p${index}`, participantName: `P${index}`, score, reason: facts.question, oneUp: facts.question })),
    });
    facts.tasks.forEach((task, index) => actions.push(action(`${familyId}-t${index}`, familyId, 'action', task.text, task.owner, task.due)));
    facts.questions.forEach((question, index) => actions.push(action(`${familyId}-q${index}`, familyId, 'familyQuestion', question, '', null)));
  }
  return { ...source, hypothesisRevisions: revisions, riskRounds: rounds, actions };
}

function revision(hypothesisId: string, familyId: string, wording: string, status: HypothesisRevision['status']): HypothesisRevision {
  return {
    id: `${hypothesisId}-1`,
    hypothesisId,
    familyId,
    seq: 1,
    meetingId,
    at: '2031-06-02T09:30:00.000Z',
    status,
    reason: '',
    card: { ...emptyCard(wording), proposers: [{ role: 'familyTherapist', name: 'Theo Therapist' }] },
  };
}

function action(id: string, familyId: string, kind: Action['kind'], text: string, ownerName: string, due: string | null): Action {
  return {
    id,
    kind,
    familyId,
    meetingId,
    text,
    ownerId: null,
    ownerName,
    status: 'open',
    due,
    createdAt: '2031-06-02T09:40:00.000Z',
    updatedAt: '2031-06-02T09:40:00.000Z',
    doneAt: null,
  };
}

function renderings(draft: EntryDraft): string[] {
  return [renderPlainText(draft.document), renderMarkdown(draft.document), entryDraftPlainText(draft), JSON.stringify(draft)];
}

/** The fixture meeting's start (09:00 UTC) as a time of day in the machine's zone, as the long date writes it. */
function timeIn(format: RecordFormat): string {
  return format.formatInstant(Date.UTC(2031, 5, 2, 9, 0, 0), 'dateTime').split(format.language === 'fi' ? 'klo ' : 'at ')[1]!;
}
