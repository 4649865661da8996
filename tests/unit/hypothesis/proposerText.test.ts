// Covers shared/hypothesis/proposerText.ts: a proposer is named "Name (role)" with the role's name
// as recorded in its meeting (a template's own or added role), so the name survives outside the
// meeting where no template is at hand; cards from before roles were data use the standard names.
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCard, hypothesisCardSchema, type Hypothesis, type Proposer } from '../../../shared/hypothesis/hypothesis';
import { buildHypothesisHistory } from '../../../shared/hypothesis/historyDocument';
import { addedProposerRoles, phaseRoleText, proposerText, proposerWithRole } from '../../../shared/hypothesis/proposerText';
import { interimReviewTemplate } from '../../../shared/meeting/builtInTemplates';
import { renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { recordFormat } from '../meeting/summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

const municipal = interimReviewTemplate.roles.find((role) => role.id === 'municipalSocialWorker')!;
const physician = interimReviewTemplate.roles.find((role) => role.id === 'consultingSocialWorker')!;
const named = (format: RecordFormat, proposer: Proposer) => proposerText(proposer, format.language, (role) => phaseRoleText(role, format.t));

describe('a proposer outside the meeting', () => {
  it('keeps the name of a role the template added, in both languages', () => {
    const proposer = proposerWithRole(municipal, 'Mari Aho');
    expect(hypothesisCardSchema.parse({ ...emptyCard('x'), proposers: [proposer] }).proposers).toEqual([proposer]);
    expect(named(en, proposer)).toBe('Mari Aho – Municipal social worker');
    expect(named(fi, proposer)).toBe('Mari Aho – Kunnan sosiaalityöntekijä');
  });

  it('keeps the name a template gave a standard role, not the standard name', () => {
    expect(named(en, proposerWithRole(physician, 'Laura'))).toBe('Laura – Attending physician');
    expect(named(fi, proposerWithRole(physician, 'Laura'))).toBe('Laura – Hoitava lääkäri');
  });

  it('names a role stored without a name (cards from before) by the standard name, and the whole team as such', () => {
    const stored = hypothesisCardSchema.parse({ ...emptyCard('x'), proposers: [{ role: 'familyTherapist', name: 'Theo' }, { role: 'team', name: '' }] });
    expect(stored.proposers.map((proposer) => named(en, proposer))).toEqual(['Theo – Family therapist', 'The whole team']);
    expect(stored.proposers.map((proposer) => named(fi, proposer))).toEqual(['Theo – Perheterapeutti', 'Koko tiimi']);
    expect(named(en, { role: 'teacher', name: '' })).toBe('teacher');
    expect(named(en, { role: null, name: 'Kaisa' })).toBe('Kaisa');
  });

  it("shows the added role's name in the family's exported hypothesis history", () => {
    const card = { ...emptyCard('One possible idea is that school is the safe place'), proposers: [proposerWithRole(municipal, 'Mari Aho')] };
    const hypothesis: Hypothesis = {
      ...card,
      id: 'h1',
      familyId: 'f1',
      meetingId: null,
      status: 'open',
      createdAt: '2026-01-13T09:30:00.000Z',
      updatedAt: '2026-01-13T09:30:00.000Z',
      revisitedAt: '2026-01-13T09:30:00.000Z',
      revisionCount: 1,
    };
    const source = { family: { id: 'f1', code: 'KXR-482' }, hypotheses: [hypothesis], revisions: [], meetingDates: new Map(), exportedAt: Date.parse('2026-02-01T08:00:00.000Z') };
    expect(renderPlainText(buildHypothesisHistory(source, en))).toContain('Mari Aho – Municipal social worker');
    expect(renderPlainText(buildHypothesisHistory(source, fi))).toContain('Mari Aho – Kunnan sosiaalityöntekijä');
  });

  it('lists the added roles proposers were recorded with, once each, for the review to filter by', () => {
    const proposers: Proposer[] = [
      proposerWithRole(physician, 'Laura'),
      { role: 'teacher', name: 'Opettaja Koski' },
      proposerWithRole(municipal, 'Mari'),
      proposerWithRole(municipal, 'Maija'),
      { role: 'team', name: '' },
      { role: 'teacher', roleName: { fi: 'Opettaja', en: 'Teacher' }, name: 'Koski' },
    ];
    expect(addedProposerRoles(proposers)).toEqual([
      { id: 'teacher', name: { fi: 'Opettaja', en: 'Teacher' } },
      { id: 'municipalSocialWorker', name: municipal.name },
    ]);
  });

  it('names a role of a Finnish-only template in Finnish in the English UI', () => {
    const proposer: Proposer = { role: 'teacher', roleName: { fi: 'Opettaja', en: '' }, name: 'Koski' };
    expect(proposerText(proposer, 'en', () => 'Teacher (standard)')).toBe('Koski – Opettaja');
  });
});
