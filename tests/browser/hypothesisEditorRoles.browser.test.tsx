// The hypothesis card editor (renderer/src/hypotheses/HypothesisEditor.tsx) with roles as data
// (per template), in real Chromium: a meeting offers its participants in the roles its template names
// (the chair as the attending physician), a new card keeps that name with the proposer, and a
// proposer already on the card keeps the role name it was recorded with when the card is saved
// again in a meeting whose template names the same role otherwise. A new card starts with the
// member using this computer chosen as its proposer, when they are among the options.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { emptyCard, type HypothesisCard, type Proposer } from '../../shared/hypothesis/hypothesis';
import { proposerWithRole } from '../../shared/hypothesis/proposerText';
import { interimReviewTemplate } from '../../shared/meeting/builtInTemplates';
import { HypothesisEditor } from '../../renderer/src/hypotheses/HypothesisEditor';
import '../../renderer/src/styles.css';
import { screenWorld } from './support';

const world = screenWorld();
const role = (id: string) => interimReviewTemplate.roles.find((candidate) => candidate.id === id)!;
/** The interim review's proposer options: the chair (a renamed standard role) and a guest in an added role. */
const options: Proposer[] = [
  proposerWithRole(role('consultingSocialWorker'), 'Kaisa Demo'),
  proposerWithRole(role('municipalSocialWorker'), 'Maria Kunta'),
  { role: 'team', name: '' },
];

function renderEditor(initial: HypothesisCard | null, defaultProposerName?: string) {
  const saved: HypothesisCard[] = [];
  world.render(
    <HypothesisEditor
      idPrefix="editor"
      initial={initial}
      proposerOptions={options}
      submitLabel="Save card"
      onSave={async (card) => void saved.push(card)}
      defaultProposerName={defaultProposerName}
    />,
  );
  return saved;
}

describe("the card editor in a meeting with the template's own roles", () => {
  it('offers the participants in the roles as the template names them, and keeps the name with the proposer', async () => {
    const saved = renderEditor(null);
    await expect.element(page.getByRole('checkbox', { name: 'Kaisa Demo – Attending physician' })).toBeVisible();
    await userEvent.type(page.getByLabelText('Wording', { exact: true }), 'One possible idea is that mornings are hard.');
    await userEvent.click(page.getByRole('checkbox', { name: 'Maria Kunta – Municipal social worker' }));
    await userEvent.click(page.getByRole('button', { name: 'Save card' }));
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]!.proposers).toEqual([
      { role: 'municipalSocialWorker', roleName: { fi: 'Kunnan sosiaalityöntekijä', en: 'Municipal social worker' }, name: 'Maria Kunta' },
    ]);
  });

  it('keeps the role name a proposer on the card was recorded with (a weekly meeting named the chair otherwise)', async () => {
    const recorded: Proposer = { role: 'consultingSocialWorker', name: 'Kaisa Demo' };
    const saved = renderEditor({ ...emptyCard('Could it be that the school sees a different child?'), proposers: [recorded] });
    const chair = page.getByRole('checkbox', { name: 'Kaisa Demo – Consulting social worker' });
    await expect.element(chair).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Kaisa Demo – Attending physician' })).not.toBeInTheDocument();
    await userEvent.click(page.getByRole('button', { name: 'Save card' }));
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]!.proposers).toEqual([recorded]);
  });
});

describe('the member using this computer', () => {
  it('is the proposer a new card starts with, and can be unchosen', async () => {
    renderEditor(null, 'Maria Kunta');
    const maria = page.getByRole('checkbox', { name: 'Maria Kunta – Municipal social worker' });
    await expect.element(maria).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Kaisa Demo – Attending physician' })).not.toBeChecked();
    await userEvent.click(maria);
    await expect.element(maria).not.toBeChecked();
  });

  it('is not chosen on a card that already has its proposers', async () => {
    renderEditor({ ...emptyCard('Could it be that evenings are calmer?'), proposers: [] }, 'Maria Kunta');
    await expect.element(page.getByRole('checkbox', { name: 'Maria Kunta – Municipal social worker' })).not.toBeChecked();
  });

  it('is not chosen when not among the options', async () => {
    renderEditor(null, 'Someone Else');
    await expect.element(page.getByRole('checkbox', { name: 'Maria Kunta – Municipal social worker' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Kaisa Demo – Attending physician' })).not.toBeChecked();
  });
});
