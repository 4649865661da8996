// The family page's care periods (renderer/src/carePeriod/CarePeriodSection.tsx) in real Chromium
// on real IndexedDB: a family without care periods has no section, only a small start button; a
// care period saved before care periods named their child shows as "child not set" in a family of
// several children, and once its child is chosen it shows under that child.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CarePeriodSection } from '../../renderer/src/carePeriod/CarePeriodSection';
import { createCarePeriod } from '../../renderer/src/db/repositories/carePeriodRepository';
import { createFamily, readFamily } from '../../renderer/src/db/repositories/familyRepository';
import { sealPayload } from '../../renderer/src/db/sealedRecords';
import '../../renderer/src/styles.css';
import { browserWorld, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-care-periods', width: '900px' });

async function familyWithChildren(code: string) {
  const id = await createFamily(world.session, {
    code,
    label: '',
    responsibleMemberId: null,
    children: [
      { id: 'helmi', pseudonym: 'Helmi', birthYear: 2020 },
      { id: 'onni', pseudonym: 'Onni', birthYear: 2024 },
    ],
  });
  return (await readFamily(world.session, id))!;
}

describe('care periods on the family page', () => {
  it('a family without care periods has no care-period section, only a small start button', async () => {
    const family = await familyWithChildren('KXR-100');
    world.render(<CarePeriodSection family={family} />);
    await expect.element(page.getByRole('button', { name: 'Start a care period…' })).toBeVisible();
    await expect.element(page.getByRole('region', { name: 'Care periods' })).not.toBeInTheDocument();
    await expect.element(page.getByText('No care period')).not.toBeInTheDocument();
  });

  it('one saved without its child shows as "child not set" until its child is chosen, then under that child', async () => {
    const family = await familyWithChildren('KXR-200');
    const id = await createCarePeriod(world.session, { familyId: family.id, childId: 'onni', start: '2031-03-02', plannedEnd: '2031-04-27', unit: 'LIPSY' });
    // As stored before care periods named their child.
    await world.db.carePeriods.update(id, { payload: await sealPayload(world.session, world.db.carePeriods, (await world.db.carePeriods.get(id))!, { unit: 'LIPSY', goals: [] }) });
    world.render(<CarePeriodSection family={family} />);
    const notSet = page.getByRole('region', { name: 'Child not set' });
    await expect.element(notSet).toBeVisible();
    await expect.element(notSet.getByLabelText('Unit', { exact: true })).toHaveValue('LIPSY');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
    await userEvent.selectOptions(notSet.getByLabelText('Whose care period'), 'Onni (2024)');
    const onni = page.getByRole('region', { name: 'Onni (2024)' });
    await expect.element(onni).toBeVisible();
    await expect.element(onni.getByLabelText('Unit', { exact: true })).toHaveValue('LIPSY');
    await expect.element(notSet).not.toBeInTheDocument();
    await expect.element(page.getByRole('region', { name: 'Helmi (2020)' })).not.toBeInTheDocument();
  });
});
