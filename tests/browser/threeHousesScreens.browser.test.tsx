// The three-houses screens at the desk (renderer/src/threeHouses/) in real Chromium on real
// IndexedDB: a session whose child has since been removed from the family still opens and says
// "child removed" (its list too, without a way to start new sessions for the removed child), and an
// item the domain refuses (the house is full) is answered with the domain's message while the
// typed words stay in the field and nothing is saved.
import { expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { limits } from '../../shared/limits';
import { newSession, type ThreeHousesSession } from '../../shared/threeHouses/session';
import type { ThreeHousesView } from '../../renderer/src/app/router';
import { createFamily, updateFamilyPayload } from '../../renderer/src/db/repositories/familyRepository';
import { createThreeHousesSession, readThreeHousesSession } from '../../renderer/src/db/repositories/threeHousesRepository';
import { ThreeHousesScreen } from '../../renderer/src/threeHouses/ThreeHousesScreen';
import '../../renderer/src/styles.css';
import { browserWorld } from './support';

const world = browserWorld({ prefix: 'keha-three-houses', clock: () => () => new Date('2031-05-12T10:00:00') });

async function familyWithSession(houses?: Partial<ThreeHousesSession['houses']>) {
  const familyId = await createFamily(world.session, {
    code: 'ABC-123',
    label: '',
    responsibleMemberId: null,
    children: [{ id: 'child-1', pseudonym: 'Aino', birthYear: 2019 }],
  });
  const start = newSession({ childId: 'child-1', date: '2031-05-10', worker: { memberId: null, name: 'Sari' } });
  const sessionId = await createThreeHousesSession(world.session, { familyId, session: { ...start, houses: { ...start.houses, ...houses } } });
  return { familyId, sessionId };
}

function show(familyId: string, view: ThreeHousesView) {
  world.render(<ThreeHousesScreen familyId={familyId} childId="child-1" view={view} />);
}

it('opens a session and the list of a child since removed from the family, saying so', async () => {
  const { familyId, sessionId } = await familyWithSession({
    dreams: { name: 'Toivetalo', items: [{ id: 'i1', text: 'A dog of my own', verbatim: true }], drawing: null },
  });
  await updateFamilyPayload(world.session, familyId, (payload) => ({ ...payload, children: [] }));

  show(familyId, { kind: 'session', sessionId });
  await expect.element(page.getByRole('heading', { level: 1 })).toHaveTextContent('Session 10/05/2031 · child removed · family ABC-123');
  await expect.element(page.getByText('This child has been removed from the family. The sessions are kept and can still be opened.')).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 3, name: 'Toivetalo (House of dreams)' })).toBeVisible();
  await expect.element(page.getByText('A dog of my own')).toBeVisible();

  show(familyId, { kind: 'sessions' });
  await expect.element(page.getByRole('link', { name: 'Session 10/05/2031' })).toBeVisible();
  await expect.element(page.getByText('This child has been removed from the family.', { exact: false })).toBeVisible();
  expect(world.container.querySelector('.three-houses-new')).toBeNull();
});

it('answers an item the domain refuses with its message, keeping the words typed and saving nothing', async () => {
  const full = Array.from({ length: limits.threeHousesItemsPerHouse }, (_, index) => ({ id: `w${index}`, text: `Worry ${index + 1}`, verbatim: true }));
  const { familyId, sessionId } = await familyWithSession({ worries: { name: '', items: full, drawing: null } });
  show(familyId, { kind: 'session', sessionId });

  const field = page.getByLabelText('New item in House of worries');
  await userEvent.fill(field, 'One more worry');
  await page.getByRole('button', { name: 'Add' }).first().click();
  await expect
    .element(page.getByRole('alert'))
    .toHaveTextContent(`Not saved: This house is full: at most ${limits.threeHousesItemsPerHouse} items fit. Combine or remove some. What you typed is kept.`);
  await expect.element(field).toHaveValue('One more worry');
  expect((await readThreeHousesSession(world.session, sessionId))!.houses.worries.items).toHaveLength(limits.threeHousesItemsPerHouse);
});
