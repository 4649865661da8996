// Covers the screens' write path (renderer/src/db/commands/, docs/architecture.md: Writes: commands)
// in real Chromium and IndexedDB: a command supplies the session, a storage failure shows the one
// message in the notification bar and leaves nothing half-written, and a command that declares its
// inverse offers Undo, which puts back what it took.
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { emptyCard } from '../../shared/hypothesis/hypothesis';
import { en } from '../../shared/i18n/en';
import { useFamilyCommands } from '../../renderer/src/db/commands/familyCommands';
import { createFamily, readFamily } from '../../renderer/src/db/repositories/familyRepository';
import { createHypothesis, listHypothesesForFamily } from '../../renderer/src/db/repositories/hypothesisRepository';
import { browserWorld } from './support';

const world = browserWorld({ prefix: 'keha-commands' });

/** A family with a hypothesis, so that deleting it writes to several tables in one transaction. */
async function familyWithHypothesis() {
  const id = await createFamily(world.session, { code: 'kxr-482', label: 'Muutto', responsibleMemberId: null });
  await createHypothesis(world.session, { familyId: id, meetingId: null, card: emptyCard('Isä jaksaa huonosti') });
  return id;
}

function DeleteFamily({ id }: { id: string }) {
  const commands = useFamilyCommands();
  return (
    <button
      type="button"
      onClick={async () => {
        const deleted = await commands.deleteFamily(id);
        if (deleted) commands.done(() => 'Family KXR-482 was deleted.', { undo: () => commands.deleteFamily.undo(deleted), familyId: id });
      }}
    >
      Delete
    </button>
  );
}

it('shows the one storage message when a write fails, and leaves nothing half-written', async () => {
  const id = await familyWithHypothesis();
  // The disk fills up at the last write of the deletion (its activity log entry), after the family
  // and its hypothesis were already deleted inside the transaction.
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  world.db.activityLog.hook('creating', full);
  world.render(<DeleteFamily id={id} />);

  await userEvent.click(page.getByRole('button', { name: 'Delete' }));

  await expect.element(page.getByRole('status').getByText(en.storage.full)).toBeVisible();
  expect(page.getByRole('button', { name: 'Undo' }).query()).toBeNull();
  world.db.activityLog.hook('creating').unsubscribe(full);
  expect((await readFamily(world.session, id))?.code).toBe('KXR-482');
  expect((await listHypothesesForFamily(world.session, id)).map((hypothesis) => hypothesis.wording)).toEqual(['Isä jaksaa huonosti']);
});

it('offers Undo for a command with an inverse, and Undo puts back everything it took', async () => {
  const id = await familyWithHypothesis();
  world.render(<DeleteFamily id={id} />);

  await userEvent.click(page.getByRole('button', { name: 'Delete' }));
  await expect.element(page.getByRole('status').getByText('Family KXR-482 was deleted.')).toBeVisible();
  expect(await readFamily(world.session, id)).toBeNull();
  expect(await listHypothesesForFamily(world.session, id)).toEqual([]);

  await userEvent.click(page.getByRole('button', { name: 'Undo' }));

  await expect.poll(async () => (await readFamily(world.session, id))?.code).toBe('KXR-482');
  expect((await listHypothesesForFamily(world.session, id)).map((hypothesis) => hypothesis.wording)).toEqual(['Isä jaksaa huonosti']);
  expect(page.getByRole('button', { name: 'Undo' }).query()).toBeNull();
});

it('reports a failed Undo with the same message', async () => {
  const id = await familyWithHypothesis();
  world.render(<DeleteFamily id={id} />);
  await userEvent.click(page.getByRole('button', { name: 'Delete' }));
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  world.db.families.hook('creating', full);

  await userEvent.click(page.getByRole('button', { name: 'Undo' }));

  await expect.element(page.getByRole('status').getByText(en.storage.full)).toBeVisible();
  world.db.families.hook('creating').unsubscribe(full);
  expect(await readFamily(world.session, id)).toBeNull();
  expect(await listHypothesesForFamily(world.session, id)).toEqual([]);
});
