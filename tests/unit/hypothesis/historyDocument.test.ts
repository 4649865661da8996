// Covers the export of a family's hypothesis history (shared/hypothesis/historyDocument.ts): what
// it says of each hypothesis and each revision, in Finnish and English, that user text is escaped
// in Markdown, and that another family's hypotheses never appear.
import { describe, expect, it } from 'vitest';
import { emptyCard, type Hypothesis, type HypothesisCard, type HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { buildHypothesisHistory, revisionChangeText, type HistorySource } from '../../../shared/hypothesis/historyDocument';
import { renderMarkdown, renderPlainText } from '../../../shared/document/render';
import { recordFormat } from '../meeting/summaryFixture';

const card = (wording: string, more: Partial<HypothesisCard> = {}): HypothesisCard => ({ ...emptyCard(wording), ...more });

let counter = 0;
function revision(hypothesisId: string, familyId: string, seq: number, at: string, state: Partial<HypothesisRevision>): HypothesisRevision {
  return { id: `r${++counter}`, hypothesisId, familyId, seq, meetingId: null, at, status: 'open', reason: '', card: card('x'), ...state };
}

function hypothesis(id: string, familyId: string, last: HypothesisRevision, createdAt: string, count: number): Hypothesis {
  return {
    ...last.card,
    id,
    familyId,
    meetingId: null,
    status: last.status,
    createdAt,
    updatedAt: last.at,
    revisitedAt: last.at,
    revisionCount: count,
  };
}

const first = card('One possible idea is that the move cut the family off', {
  proposers: [{ role: 'familyTherapist', name: 'Aino' }],
  concerns: 'Mother and grandmother',
  evidenceFor: 'Fewer visits since the move',
  testQuestions: ['Who do you call when things get hard?', 'What changed after the move?'],
  lensTags: ['geography', 'class'],
});
const reworded = { ...first, wording: 'One possible idea is that the move cut the mother off from her own mother' };
const h1Revisions = [
  revision('h1', 'f1', 1, '2026-01-13T09:30:00.000Z', { meetingId: 'm1', card: first }),
  revision('h1', 'f1', 2, '2026-02-05T12:00:00.000Z', { card: reworded }),
  revision('h1', 'f1', 3, '2026-02-10T09:40:00.000Z', { meetingId: 'm2', card: reworded, status: 'strengthened', reason: 'The mother said so *herself*' }),
  revision('h1', 'f1', 4, '2026-03-10T09:40:00.000Z', { meetingId: 'm3', card: reworded, status: 'strengthened' }),
];
const tricky = card('# Maybe when <b>dad</b> | works [late](x) then _nobody_ eats');
const h2Revisions = [revision('h2', 'f1', 1, '2026-02-01T08:00:00.000Z', { card: tricky })];
const otherRevisions = [revision('h9', 'f2', 1, '2026-01-20T08:00:00.000Z', { card: card('Secret of another family'), reason: 'other reason' })];

const source: HistorySource = {
  family: { id: 'f1', code: 'KXR-482' },
  hypotheses: [
    hypothesis('h2', 'f1', h2Revisions[0]!, '2026-02-01T08:00:00.000Z', 1),
    hypothesis('h9', 'f2', otherRevisions[0]!, '2026-01-20T08:00:00.000Z', 1),
    hypothesis('h1', 'f1', h1Revisions[3]!, '2026-01-13T09:30:00.000Z', 4),
  ],
  revisions: [...h2Revisions, ...otherRevisions, ...h1Revisions],
  meetingDates: new Map([
    ['m1', '2026-01-13T08:00:00.000Z'],
    ['m2', '2026-02-10T08:00:00.000Z'],
    ['m3', '2026-03-10T08:00:00.000Z'],
  ]),
  exportedAt: Date.parse('2026-03-12T10:00:00.000Z'),
};

describe('the hypothesis history document', () => {
  it('shows each hypothesis as it stands now, oldest first, with its whole card', async () => {
    const text = renderPlainText(buildHypothesisHistory(source, await recordFormat('en')));
    expect(text).toContain('Hypotheses of family KXR-482');
    expect(text).toContain('2 hypotheses');
    expect(text.indexOf(reworded.wording)).toBeLessThan(text.indexOf('Maybe when'));
    expect(text).toContain('Status now: Strengthened');
    expect(text).toContain('Proposed by: Aino – Family therapist');
    expect(text).toContain('People and relationship pattern: Mother and grandmother');
    expect(text).toContain('Evidence for: Fewer visits since the move');
    expect(text).not.toContain('Evidence against');
    expect(text).toContain('Who do you call when things get hard?\n  What changed after the move?');
    expect(text).toContain('Lenses (Social GRACES): geography, class');
  });

  it('lists every revision with when, what changed, the status and the reason', async () => {
    const text = renderPlainText(buildHypothesisHistory(source, await recordFormat('en')));
    expect(text).toContain('- Revision 1, in the meeting of 13/01/2026');
    expect(text).toMatch(/- Revision 2, outside a meeting, .*5 February 2026/);
    expect(text).toContain('What changed: Changed: wording');
    expect(text).toContain(`Wording: ${reworded.wording}`);
    expect(text).toContain('What changed: Status Open → Strengthened');
    expect(text).toContain('Reason: The mother said so *herself*');
    expect(text).toContain('- Revision 4, in the meeting of 10/03/2026');
    expect(text).toContain('What changed: Revisited; still holds as it was');
    expect(text).toContain('Reason: No reason given');
  });

  it('is written in Finnish when the user works in Finnish', async () => {
    const text = renderPlainText(buildHypothesisHistory(source, await recordFormat('fi')));
    expect(text).toContain('Perheen KXR-482 hypoteesit');
    expect(text).toContain('2 hypoteesia');
    expect(text).toContain('Tila nyt: Vahvistunut');
    expect(text).toContain('- Versio 1, kokouksessa 13.1.2026');
    expect(text).toMatch(/- Versio 2, kokouksen ulkopuolella .*5\. helmikuuta 2026/);
    expect(text).toContain('Mikä muuttui: Tila Avoin → Vahvistunut');
    expect(text).toContain('Perustelu: Perustelua ei annettu');
    expect(text).toContain('Ehdottaja: Aino – Perheterapeutti');
    expect(text).not.toContain('Revision');
  });

  it('escapes user text in Markdown so it cannot change the document', async () => {
    const markdown = renderMarkdown(buildHypothesisHistory(source, await recordFormat('en')));
    expect(markdown).toContain('## \\# Maybe when \\<b\\>dad\\</b\\> \\| works \\[late\\](x) then \\_nobody\\_ eats');
    expect(markdown).toContain('The mother said so \\*herself\\*');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain('# Hypotheses of family KXR-482');
  });

  it('never includes another family’s hypotheses or reasons', async () => {
    for (const language of ['fi', 'en'] as const) {
      const markdown = renderMarkdown(buildHypothesisHistory(source, await recordFormat(language)));
      expect(markdown).not.toContain('Secret of another family');
      expect(markdown).not.toContain('other reason');
    }
  });

  it('says so when the family has no hypotheses', async () => {
    const text = renderPlainText(buildHypothesisHistory({ ...source, hypotheses: [], revisions: [] }, await recordFormat('en')));
    expect(text).toContain('No hypotheses.');
    expect(text).toContain('0 hypotheses');
  });
});

describe('revisionChangeText', () => {
  it('names a status change and changed fields together', async () => {
    const { t } = await recordFormat('en');
    const before = h1Revisions[0]!;
    const after = { ...before, seq: 2, status: 'weakened' as const, card: { ...before.card, evidenceAgainst: 'She visits weekly' } };
    expect(revisionChangeText(before, after, t)).toBe('Status Open → Weakened; Changed: evidence against');
    expect(revisionChangeText(null, before, t)).toBe('Made');
  });
});
