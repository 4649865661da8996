// "Changed on another computer" in real Chromium, with a stand-in for the sync engine (a fake
// SyncContext): the notice names each record by its family's code and kind, the dialog shows both
// versions of each field side by side, a version chosen with the keyboard reaches resolveConflict,
// a failed save keeps the dialog and the choice, Cancel changes nothing; in English and Finnish,
// with no serious axe violations.
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { SyncContext, type SyncApi } from '../../renderer/src/db/syncContext';
import type { ConflictChoice, ConflictView, SyncConflictEntry } from '../../renderer/src/db/syncTypes';
import { changeLanguage } from '../../renderer/src/i18n/i18n';
import { ConflictNotice } from '../../renderer/src/sync';
import '../../renderer/src/styles.css';
import { screenWorld, seriousAxeViolations } from './support';

const world = screenWorld();

const hypothesisId = '7c1e2a90-5f0b-4d1a-9a57-1f0c3d1e2b44';
const annaId = '0b6f1c2e-8d3a-4e59-b1c7-2a9d8e7f6a51';
const entries: SyncConflictEntry[] = [
  { id: `hypotheses/${hypothesisId}`, table: 'hypotheses', rowId: hypothesisId, familyCode: 'KXR-482', at: '2026-12-01T09:30:00.000Z' },
  { id: 'riskRounds/m-1|d-1', table: 'riskRounds', rowId: 'm-1|d-1', familyCode: 'KXR-482', at: '2026-12-01T09:31:00.000Z' },
  { id: 'meetings/m-1', table: 'meetings', rowId: 'm-1', familyCode: null, at: '2026-12-01T09:32:00.000Z' },
];

const hypothesisView: ConflictView = {
  id: entries[0]!.id,
  table: 'hypotheses',
  rowId: hypothesisId,
  familyCode: 'KXR-482',
  fields: [
    {
      path: ['payload', 'wording'],
      thisComputer: 'Äidin uupumus näkyy Tuulin poissaoloina.',
      otherComputer: 'Isän poissaolo näkyy Tuulin väsymyksenä.\nKoulu huomasi sen ensin.',
    },
    { path: ['status'], thisComputer: 'open', otherComputer: 'strengthened' },
    { path: ['payload', 'evidenceAgainst'], thisComputer: '', otherComputer: 'Kesällä poissaoloja ei ollut.' },
  ],
};
const scoresView: ConflictView = {
  id: entries[1]!.id,
  table: 'riskRounds',
  rowId: 'm-1|d-1',
  familyCode: 'KXR-482',
  fields: [
    { path: ['payload', 'scores', annaId, 'score'], thisComputer: 4, otherComputer: 6 },
    {
      path: ['payload', 'scores', annaId],
      thisComputer: undefined,
      otherComputer: { participantId: annaId, participantName: 'Anna', score: 3, reason: 'Koulu on huolissaan', oneUp: '' },
    },
  ],
};

type Calls = { opened: string[]; resolved: [string, ConflictChoice][] };

/** The engine's stand-in: the listed conflicts; a resolve removes its entry unless `failures` says it fails first. */
function FakeSync({ calls, failures = 0, listed = entries }: { calls: Calls; failures?: number; listed?: SyncConflictEntry[] }) {
  const [conflicts, setConflicts] = useState(listed);
  const [failuresLeft, setFailuresLeft] = useState(failures);
  const api: SyncApi = {
    status: { state: 'synced', at: '2026-12-01T09:33:00.000Z' },
    conflicts,
    server: null,
    openConflict: async (id) => {
      calls.opened.push(id);
      const view = [hypothesisView, scoresView].find((candidate) => candidate.id === id);
      if (!view) throw new Error('No such conflict');
      return view;
    },
    resolveConflict: async (id, choice) => {
      calls.resolved.push([id, choice]);
      if (failuresLeft > 0) {
        setFailuresLeft(failuresLeft - 1);
        throw new Error('The database is busy');
      }
      setConflicts((current) => current.filter((entry) => entry.id !== id));
    },
    connect: async () => undefined,
    disconnect: async () => undefined,
  };
  return (
    <SyncContext.Provider value={api}>
      <main>
        <ConflictNotice />
        <h1 tabIndex={-1}>Families</h1>
      </main>
    </SyncContext.Provider>
  );
}

const newCalls = (): Calls => ({ opened: [], resolved: [] });

describe('the notice', () => {
  it('names each record by its family’s code and kind, never its content, each with "Compare and choose"', async () => {
    world.render(<FakeSync calls={newCalls()} />);
    const notice = page.getByRole('region', { name: 'Changed on another computer' });
    await expect.element(notice).toBeVisible();
    await expect.element(notice.getByRole('status')).toHaveTextContent('3 records were changed in the same place on this computer and on another one.');
    await expect.element(notice.getByText('Family KXR-482: hypothesis')).toBeVisible();
    await expect.element(notice.getByText('Family KXR-482: safety scores')).toBeVisible();
    await expect.element(notice.getByText('The team: meeting')).toBeVisible();
    expect(notice.getByRole('button', { name: 'Compare and choose' }).all()).toHaveLength(3);
    expect(world.container.textContent).not.toContain('Tuuli');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('is not there while nothing is in conflict', async () => {
    const api: SyncApi = {
      status: { state: 'off' },
      conflicts: [],
      server: null,
      openConflict: () => Promise.reject(new Error('none')),
      resolveConflict: () => Promise.reject(new Error('none')),
      connect: async () => undefined,
      disconnect: async () => undefined,
    };
    world.render(
      <SyncContext.Provider value={api}>
        <p>Families</p>
        <ConflictNotice />
      </SyncContext.Provider>,
    );
    await expect.element(page.getByText('Families')).toBeVisible();
    expect(world.container.querySelector('.sync-conflict-notice')).toBeNull();
  });
});

describe('the dialog', () => {
  it('shows both versions of each field; the other version chosen with the keyboard reaches resolveConflict and the record leaves the notice', async () => {
    const calls = newCalls();
    world.render(<FakeSync calls={calls} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).first());

    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    await expect.element(dialog.getByText('Family KXR-482: hypothesis')).toBeVisible();
    expect(calls.opened).toEqual([entries[0]!.id]);
    const wording = dialog.getByRole('group', { name: 'Wording' });
    await expect.element(wording.getByText('Äidin uupumus näkyy Tuulin poissaoloina.')).toBeVisible();
    // Text as typed, its line break kept.
    const theirs = wording.getByText('Isän poissaolo näkyy Tuulin väsymyksenä.', { exact: false });
    await expect.element(theirs).toBeVisible();
    expect(theirs.element().textContent).toBe('Isän poissaolo näkyy Tuulin väsymyksenä.\nKoulu huomasi sen ensin.');
    expect(getComputedStyle(theirs.element()).whiteSpace).toBe('pre-wrap');
    // Each version exactly as typed, the words only it has marked.
    const ours = wording.getByText('Äidin uupumus näkyy Tuulin poissaoloina.');
    expect([...ours.element().querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Äidin uupumus', 'poissaoloina']);
    expect([...theirs.element().querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Isän poissaolo', 'väsymyksenä', 'Koulu huomasi sen ensin.']);
    await expect.element(dialog.getByText('are in one version only.', { exact: false })).toBeVisible();
    const status = dialog.getByRole('group', { name: 'Status' });
    await expect.element(status.getByText('open')).toBeVisible();
    await expect.element(status.getByText('strengthened')).toBeVisible();
    await expect.element(dialog.getByRole('group', { name: 'Evidence against' }).getByText('empty')).toBeVisible();
    // This computer's version is chosen until the user picks.
    await expect.element(wording.getByRole('radio', { name: 'On this computer' })).toBeChecked();
    expect(await seriousAxeViolations(document.body)).toEqual([]);

    // The keyboard: the arrow key moves the wording's choice to the other computer's version.
    (wording.getByRole('radio', { name: 'On this computer' }).element() as HTMLInputElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(wording.getByRole('radio', { name: 'On another computer' })).toBeChecked();
    await expect.element(status.getByRole('radio', { name: 'On this computer' })).toBeChecked();
    await userEvent.keyboard('{Tab}{ArrowRight}');
    await expect.element(status.getByRole('radio', { name: 'On another computer' })).toBeChecked();

    await userEvent.click(dialog.getByRole('button', { name: 'Keep the chosen versions' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(calls.resolved).toEqual([[entries[0]!.id, ['otherComputer', 'otherComputer', 'thisComputer']]]);
    await expect.element(page.getByText('Family KXR-482: hypothesis')).not.toBeInTheDocument();
    await expect.element(page.getByRole('status')).toHaveTextContent('2 records were changed in the same place on this computer and on another one.');
    // The kept record's button is gone: the focus is on the next record's.
    await expect.poll(() => document.activeElement?.getAttribute('aria-describedby')).toBe(
      page.getByText('Family KXR-482: safety scores').element().id,
    );
  });

  it('keeping the last record’s versions takes the notice away and the focus to the screen’s heading', async () => {
    world.render(<FakeSync calls={newCalls()} listed={[entries[0]!]} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }));
    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    await userEvent.click(dialog.getByRole('button', { name: 'Keep the chosen versions' }));
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(page.getByRole('region', { name: 'Changed on another computer' })).not.toBeInTheDocument();
    await expect.poll(() => document.activeElement?.textContent).toBe('Families');
  });

  it('a failed save says so and keeps the dialog and the choice; saving again works', async () => {
    const calls = newCalls();
    world.render(<FakeSync calls={calls} failures={1} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).first());
    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    const wording = dialog.getByRole('group', { name: 'Wording' });
    await userEvent.click(wording.getByRole('radio', { name: 'On another computer' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Keep the chosen versions' }));

    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('The choice could not be saved: The database is busy. Both versions are still kept; try again.');
    await expect.element(wording.getByRole('radio', { name: 'On another computer' })).toBeChecked();
    await userEvent.click(dialog.getByRole('button', { name: 'Keep the chosen versions' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(calls.resolved.map(([, choice]) => choice)).toEqual([
      ['otherComputer', 'thisComputer', 'thisComputer'],
      ['otherComputer', 'thisComputer', 'thisComputer'],
    ]);
  });

  it('Cancel and Escape close it and change nothing: both versions stay and the record stays in the notice', async () => {
    const calls = newCalls();
    world.render(<FakeSync calls={calls} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).first());
    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    await expect.element(dialog.getByText('Cancel keeps both versions until you choose.')).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await expect.element(dialog).not.toBeInTheDocument();

    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).first());
    await expect.element(dialog.getByRole('group', { name: 'Wording' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    expect(calls.resolved).toEqual([]);
    await expect.element(page.getByText('Family KXR-482: hypothesis')).toBeVisible();
  });

  it('names a score inside the safety scores, and shows a removed entry as removed beside the other computer’s', async () => {
    world.render(<FakeSync calls={newCalls()} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).nth(1));
    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    const score = dialog.getByRole('group', { name: 'Safety scores › Score' });
    await expect.element(score.getByText('4')).toBeVisible();
    await expect.element(score.getByText('6')).toBeVisible();
    const entry = dialog.getByRole('group', { name: 'Safety scores › one entry' });
    await expect.element(entry.getByText('Not there (removed)')).toBeVisible();
    await expect.element(entry.getByText('Koulu on huolissaan')).toBeVisible();
    expect(await seriousAxeViolations(document.body)).toEqual([]);
  });

  it('says so when the versions cannot be opened', async () => {
    world.render(<FakeSync calls={newCalls()} />);
    await userEvent.click(page.getByRole('button', { name: 'Compare and choose' }).nth(2));
    const dialog = page.getByRole('dialog', { name: 'Changed on another computer' });
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('Both versions could not be opened: No such conflict. They are still kept.');
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
    await expect.element(dialog).not.toBeInTheDocument();
  });
});

describe('in Finnish', () => {
  it('the notice and the dialog', async () => {
    await changeLanguage('fi');
    const calls = newCalls();
    world.render(<FakeSync calls={calls} />);
    const notice = page.getByRole('region', { name: 'Muutettu toisella tietokoneella' });
    await expect.element(notice.getByText('Perhe KXR-482: hypoteesi')).toBeVisible();
    await expect.element(notice.getByText('Tiimi: kokous')).toBeVisible();
    await userEvent.click(notice.getByRole('button', { name: 'Vertaa ja valitse' }).first());

    const dialog = page.getByRole('dialog', { name: 'Muutettu toisella tietokoneella' });
    const wording = dialog.getByRole('group', { name: 'Muotoilu' });
    await expect.element(wording.getByRole('radio', { name: 'Tällä tietokoneella' })).toBeChecked();
    await expect.element(dialog.getByRole('group', { name: 'Tila' }).getByText('vahvistunut')).toBeVisible();
    await expect.element(dialog.getByRole('group', { name: 'Mikä puhuu sitä vastaan' }).getByText('tyhjä')).toBeVisible();
    expect(await seriousAxeViolations(document.body)).toEqual([]);
    await userEvent.click(wording.getByRole('radio', { name: 'Toisella tietokoneella' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Säilytä valitut versiot' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(calls.resolved).toEqual([[entries[0]!.id, ['otherComputer', 'thisComputer', 'thisComputer']]]);
  });
});
