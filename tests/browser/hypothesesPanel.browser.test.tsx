// The review of earlier hypotheses in the facilitator view (renderer/src/meetings/run/HypothesisReview*),
// in real Chromium on real IndexedDB: what "undo" goes back to after any mix of changes (worked out
// from the history alone, so it survives a reload), that a long history stays fast, and the review
// used with the mouse: a status with a reason, undo, and the list keeping reviewed items.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { emptyCard, type HypothesisRevision, type HypothesisStatus } from '../../shared/hypothesis/hypothesis';
import { useFamilyHypotheses, useFamilyRevisions } from '../../renderer/src/db/hypothesisHooks';
import { createHypothesis, listRevisions, reviseHypothesis } from '../../renderer/src/db/repositories/hypothesisRepository';
import { HypothesisReview } from '../../renderer/src/meetings/run/HypothesisReview';
import { reviewedHere, undoTarget } from '../../renderer/src/meetings/run/HypothesisReviewState';
import '../../renderer/src/styles.css';
import { browserWorld } from './support';

const familyId = 'family-1';
const earlier = 'meeting-earlier';
const today = 'meeting-today';

const world = browserWorld({
  prefix: 'keha-hyp-panel',
  clock: () => {
    let time = Date.UTC(2031, 5, 2, 7, 0, 0);
    return () => new Date((time += 1000));
  },
});

const made = (wording: string) => createHypothesis(world.session, { familyId, meetingId: earlier, card: emptyCard(wording) });
const state = (history: readonly HypothesisRevision[]) => {
  const target = undoTarget(reviewedHere(history, today));
  return target && { status: target.status, wording: target.card.wording };
};
async function undo(id: string) {
  const target = undoTarget(reviewedHere(await listRevisions(world.session, id), today));
  if (!target) throw new Error('nothing to undo');
  await reviseHypothesis(world.session, id, { card: { wording: target.card.wording }, status: target.status }, { meetingId: today });
}

describe('what undo goes back to', () => {
  it('steps back through the changes of this meeting one by one, and never past its start', async () => {
    const id = await made('One possible idea is that evenings are hard.');
    expect(reviewedHere(await listRevisions(world.session, id), today)).toBeNull();
    await reviseHypothesis(world.session, id, { status: 'strengthened', reason: 'said so' }, { meetingId: today });
    await reviseHypothesis(world.session, id, { card: { wording: 'Evenings are hard for everyone.' } }, { meetingId: today });
    expect(state(await listRevisions(world.session, id))).toEqual({ status: 'strengthened', wording: 'One possible idea is that evenings are hard.' });
    await undo(id);
    let history = await listRevisions(world.session, id);
    expect(history.at(-1)!.card.wording).toBe('One possible idea is that evenings are hard.');
    expect(reviewedHere(history, today)!.changes.map((change) => change.state.status)).toEqual(['strengthened']);
    expect(state(history)).toEqual({ status: 'open', wording: 'One possible idea is that evenings are hard.' });
    await undo(id);
    history = await listRevisions(world.session, id);
    expect(history.at(-1)!.status).toBe('open');
    expect(reviewedHere(history, today)!.changes).toEqual([]);
    expect(state(history)).toBeNull();
    // Nothing is deleted: creation, two changes and two undos.
    expect(history.map((revision) => revision.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('treats "still holds" as a visit, not a change', async () => {
    const id = await made('Could it be that school is the safe place?');
    await reviseHypothesis(world.session, id, {}, { meetingId: today });
    const reviewed = reviewedHere(await listRevisions(world.session, id), today)!;
    expect(reviewed.keptAsItWas).toBe(true);
    expect(undoTarget(reviewed)).toBeNull();
    await reviseHypothesis(world.session, id, { status: 'weakened' }, { meetingId: today });
    expect(state(await listRevisions(world.session, id))).toEqual({ status: 'open', wording: 'Could it be that school is the safe place?' });
  });

  it('reads a long history from the state before this meeting', async () => {
    const history: HypothesisRevision[] = [];
    const statuses: HypothesisStatus[] = ['open', 'strengthened', 'weakened', 'dropped'];
    for (let seq = 1; seq <= 600; seq++) {
      history.push({
        id: `r${seq}`,
        hypothesisId: 'h',
        familyId,
        seq,
        meetingId: seq <= 300 ? earlier : today,
        at: new Date(Date.UTC(2031, 0, 1) + seq * 60_000).toISOString(),
        status: statuses[seq % 4]!,
        card: emptyCard(`wording ${seq % 7}`),
        reason: '',
      });
    }
    // A long history reads from the last state before this meeting (its speed is not timed here).
    const reviewed = reviewedHere(history, today)!;
    expect(reviewed.before).toEqual({ card: history[299]!.card, status: history[299]!.status });
    expect(undoTarget(reviewed)).not.toBeNull();
  });
});

function LiveReview() {
  const hypotheses = useFamilyHypotheses(familyId);
  const revisions = useFamilyRevisions(familyId);
  if (!hypotheses || !revisions) return null;
  return <HypothesisReview meetingId={today} hypotheses={hypotheses} revisions={revisions} familyId={familyId} actions={[]} />;
}

describe('the review with the mouse', () => {
  it('marks a hypothesis weakened with a reason, undoes it, and keeps reviewed ones listed', async () => {
    await made('One possible idea is that evenings are hard.');
    const dropped = await made('An old idea the team let go of.');
    await reviseHypothesis(world.session, dropped, { status: 'dropped' }, { meetingId: earlier });
    world.render(<LiveReview />);
    const item = page.getByRole('group', { name: 'One possible idea is that evenings are hard.' });
    await expect.element(item).toBeVisible();
    // Dropped in an earlier meeting: not up for review any more.
    await expect.element(page.getByText('An old idea the team let go of.')).not.toBeInTheDocument();

    await userEvent.click(page.getByRole('button', { name: 'Mark as weakened: One possible idea is that evenings are hard.' }));
    const reason = page.getByLabelText('What weakened it?');
    await expect.element(reason).toHaveFocus();
    await userEvent.type(reason, 'The father joined the evenings');
    await userEvent.click(page.getByRole('button', { name: 'Save' }));
    await expect.element(item).toMatchTextContent(/Status: Weakened/);
    await expect.element(item).toMatchTextContent(/Open → Weakened; reason: The father joined the evenings/);
    await expect.element(item).toHaveFocus();

    await userEvent.click(page.getByRole('button', { name: 'Undo the latest change: One possible idea is that evenings are hard.' }));
    await expect.element(item).toMatchTextContent(/Status: Open/);
    await expect.element(item).toMatchTextContent(/changed and then undone/);
    // Still listed, with what was done to it.
    expect(world.container.querySelectorAll('.hyp-review-item')).toHaveLength(1);
  });
});
