// One damaged record in real IndexedDB (its ciphertext changed, as a bad disk or copy would do):
// the app frame still opens, the lists show everything else with a notice naming what was left out
// by the family's code, and a screen that needs the damaged record says so and offers the way back.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AppShell } from '../../renderer/src/app/AppShell';
import { createFamily } from '../../renderer/src/db/repositories/familyRepository';
import { addTimelineEvent } from '../../renderer/src/db/repositories/timelineRepository';
import type { KehaDatabase } from '../../renderer/src/db/database';
import '../../renderer/src/styles.css';
import { browserWorld, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-unreadable' });

/** Flips one byte of a row's ciphertext. */
async function damage(table: KehaDatabase['families'] | KehaDatabase['timelineEvents'], id: string) {
  const row = (await table.get(id))!;
  const bytes = new Uint8Array(row.payload.data.slice(0));
  bytes[0] = bytes[0]! ^ 0xff;
  await table.update(id, { payload: { iv: row.payload.iv, data: bytes.buffer } });
}

const family = (code: string, label: string) => createFamily(world.session, { code, label, responsibleMemberId: null });

function open(hash: string) {
  window.location.hash = hash;
  world.render(<AppShell onLock={() => {}} />);
}

describe('an unreadable record', () => {
  it('is left out of the family list and named by its code; the other families are listed', async () => {
    await family('kxr-482', 'Muutto Hämeenlinnaan');
    await family('mvt-903', 'Koulunvaihto');
    const damaged = await family('pel-115', 'Uusi vauva');
    await damage(world.db.families, damaged);

    open('#/families');

    await expect.element(page.getByText('Muutto Hämeenlinnaan')).toBeInTheDocument();
    await expect.element(page.getByText('Koulunvaihto')).toBeInTheDocument();
    await expect.element(page.getByRole('status').getByText('One record of family PEL-115 could not be read (family details)')).toBeVisible();
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('names the family of a damaged timeline event, and its timeline still shows the other events', async () => {
    const id = await family('kxr-482', 'Muutto Hämeenlinnaan');
    const base = { endDate: null, category: 'family' as const, people: [], source: null, sourceNote: '', actionTaken: '', ownView: '', shownToFamily: false };
    await addTimelineEvent(world.session, { familyId: id, event: { ...base, date: { precision: 'month', year: 2024, month: 3 }, title: 'Tuuli syntyy' } });
    const bad = await addTimelineEvent(world.session, { familyId: id, event: { ...base, date: { precision: 'month', year: 2024, month: 5 }, title: 'Koulu alkoi' } });
    await damage(world.db.timelineEvents, bad);

    open(`#/families/${id}/timeline`);

    await expect.element(page.getByText('Tuuli syntyy').first()).toBeVisible();
    await expect.element(page.getByRole('status').getByText('One record of family KXR-482 could not be read (timeline event)')).toBeVisible();
  });

  it('a screen that needs it says what failed and leads back to the family list', async () => {
    await family('kxr-482', 'Muutto Hämeenlinnaan');
    const damaged = await family('pel-115', 'Uusi vauva');
    await damage(world.db.families, damaged);

    open(`#/families/${damaged}`);

    const alert = page.getByRole('alert');
    await expect.element(alert.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
    await expect.element(alert.getByText('A record it needs could not be read (family details)', { exact: false })).toBeVisible();
    await expect.element(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await seriousAxeViolations(world.container)).toEqual([]);

    await userEvent.click(alert.getByRole('button', { name: 'Back to the family list' }));

    await expect.element(page.getByText('Muutto Hämeenlinnaan')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/families');
    await expect.element(page.getByRole('heading', { name: 'This screen could not be shown' })).not.toBeInTheDocument();
  });
});
