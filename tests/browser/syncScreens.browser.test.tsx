// The sync screens in real Chromium, each inside a stand-in SyncContext (and a stand-in join): the
// header's status in words for every state, fi and en with their plural forms; the join form's
// checks, progress, every failure and a join that opens the app; the Team server section's connect
// and stop flows; axe on each.
import { Dexie } from 'dexie';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { openDatabase, type KehaDatabase } from '../../renderer/src/db/database';
import { createVaultIn } from '../../renderer/src/db/repositories/vaultRepository';
import { SyncConnectError, SyncContext, type SyncApi } from '../../renderer/src/db/syncContext';
import type { JoinFailure, JoinProgress, ServerConfig, SyncProblem, SyncStatus as Status } from '../../renderer/src/db/syncTypes';
import { changeLanguage } from '../../renderer/src/i18n/i18n';
import { TeamServerSection } from '../../renderer/src/settings/TeamServerSection';
import { JoinScreen, SyncStatus, type JoinTeam } from '../../renderer/src/sync';
import { VaultGate } from '../../renderer/src/vault/VaultGate';
import '../../renderer/src/styles.css';
import { en } from '../../shared/i18n/en';
import { fi } from '../../shared/i18n/fi';
import { fastIterations } from '../unit/db/support';
import { browserWorld, seriousAxeViolations, settle } from './support';

const world = browserWorld({ prefix: 'keha-sync-screens' });

/** Today at 10:42 (the header shows only the time for today). */
const at1042 = (() => {
  const date = new Date();
  date.setHours(10, 42, 0, 0);
  return date.toISOString();
})();

function syncApi(overrides: Partial<SyncApi> = {}): SyncApi {
  return {
    status: { state: 'off' },
    conflicts: [],
    server: null,
    openConflict: () => Promise.reject(new Error('not in this test')),
    resolveConflict: () => Promise.reject(new Error('not in this test')),
    connect: () => Promise.resolve(),
    disconnect: () => Promise.resolve(),
    ...overrides,
  };
}

function withSync(api: SyncApi, node: ReactNode) {
  return <SyncContext.Provider value={api}>{node}</SyncContext.Provider>;
}

const statusArea = () => world.container.querySelector('.sync-status');
/** The header's short text (without the tooltip's words, which follow it for screen readers). */
const shown = () => world.container.querySelector('.sync-status-text, .sync-problem summary')?.firstChild?.textContent;

async function showStatus(status: Status) {
  world.render(withSync(syncApi({ status }), <SyncStatus />));
  await settle();
}

const problems: SyncProblem[] = ['auth', 'missing', 'otherTeam', 'keyChanged', 'server'];

describe('the header’s sync status', () => {
  it('says nothing while sync is off', async () => {
    await showStatus({ state: 'off' });
    expect(statusArea()).toBeNull();
    expect(world.container.textContent).toBe('');
  });

  it('says each state in English, with the plural forms and the time as a tooltip', async () => {
    await showStatus({ state: 'synced', at: at1042 });
    await expect.poll(shown).toBe('Synced');
    expect(world.container.querySelector('.sync-status-text')!.getAttribute('title')).toBe('Last synced at 10:42');

    await showStatus({ state: 'syncing', pending: 0 });
    await expect.poll(shown).toBe('Connecting to the team server…');
    await showStatus({ state: 'syncing', pending: 1 });
    await expect.poll(shown).toBe('Syncing 1 change');
    await showStatus({ state: 'syncing', pending: 3 });
    await expect.poll(shown).toBe('Syncing 3 changes');

    await showStatus({ state: 'offline', since: at1042, pending: 0 });
    expect(shown()).toBe('Offline since 10:42');
    await showStatus({ state: 'offline', since: at1042, pending: 1 });
    expect(shown()).toBe('Offline since 10:42 · 1 change waiting');
    await showStatus({ state: 'offline', since: at1042, pending: 3 });
    expect(shown()).toBe('Offline since 10:42 · 3 changes waiting');
    expect(world.container.querySelector('.sync-status-text')!.getAttribute('title')).toMatch(/Changes are kept on this computer/);
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('says each state in Finnish, with the plural forms', async () => {
    await changeLanguage('fi');
    await showStatus({ state: 'synced', at: at1042 });
    await expect.poll(shown).toBe('Synkronoitu');
    expect(world.container.querySelector('.sync-status-text')!.getAttribute('title')).toBe('Synkronoitu viimeksi 10.42');
    await showStatus({ state: 'syncing', pending: 0 });
    await expect.poll(shown).toBe('Yhdistetään tiimin palvelimeen…');
    await showStatus({ state: 'syncing', pending: 1 });
    await expect.poll(shown).toBe('Synkronoidaan 1 muutos');
    await showStatus({ state: 'syncing', pending: 5 });
    await expect.poll(shown).toBe('Synkronoidaan 5 muutosta');
    await showStatus({ state: 'offline', since: at1042, pending: 1 });
    expect(shown()).toBe('Ei yhteyttä 10.42 alkaen · 1 muutos odottaa');
    await showStatus({ state: 'offline', since: at1042, pending: 2 });
    expect(shown()).toBe('Ei yhteyttä 10.42 alkaen · 2 muutosta odottaa');
    await showStatus({ state: 'problem', problem: 'keyChanged', since: at1042, pending: 2 });
    await expect.element(page.getByText('Synkronoinnissa ongelma', { exact: true })).toBeVisible();
    expect(world.container.querySelector('.sync-problem-details')!.textContent).toContain(fi.sync.problems.keyChanged);
  });

  it('a time of another day comes with its date', async () => {
    await showStatus({ state: 'offline', since: '2026-01-02T08:05:00.000Z', pending: 0 });
    expect(shown()).toMatch(/^Offline since 02\/01\/2026 \d\d:05$/);
  });

  it('explains each problem, opened by keyboard, and passes axe', async () => {
    for (const problem of problems) {
      await showStatus({ state: 'problem', problem, since: at1042, pending: 3 });
      const summary = page.getByText('Sync problem', { exact: true });
      await expect.element(summary).toBeVisible();
      (summary.element() as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      const details = page.getByText(en.sync.problems[problem]);
      await expect.element(details).toBeVisible();
      await expect.element(page.getByText('Since 10:42.')).toBeVisible();
      await expect.element(page.getByText('3 changes are kept on this computer until then.')).toBeVisible();
      expect(await seriousAxeViolations(world.container)).toEqual([]);
      await userEvent.keyboard('{Enter}');
      await expect.element(details).not.toBeVisible();
    }
  });

  it('tells screen readers when the connection is lost, comes back or a problem starts, not each change counted', async () => {
    const live = () => world.container.querySelector('[role="status"]')!.textContent;
    await showStatus({ state: 'syncing', pending: 5 });
    await expect.poll(live).toBe('');
    await showStatus({ state: 'syncing', pending: 4 });
    await showStatus({ state: 'synced', at: at1042 });
    await expect.poll(live).toBe('');
    await showStatus({ state: 'offline', since: at1042, pending: 1 });
    await expect.poll(live).toBe(en.sync.status.announceOffline);
    await showStatus({ state: 'offline', since: at1042, pending: 2 });
    await expect.poll(live).toBe(en.sync.status.announceOffline);
    await showStatus({ state: 'syncing', pending: 2 });
    await expect.poll(live).toBe(en.sync.status.announceOnline);
    await showStatus({ state: 'problem', problem: 'auth', since: at1042, pending: 0 });
    await expect.poll(live).toBe(`Sync problem: ${en.sync.problems.auth}`);
  });
});

/** A join that reports progress as the test lets it, and ends with `result`. */
function steppedJoin() {
  const requests: Parameters<JoinTeam>[1][] = [];
  let report: (progress: JoinProgress) => void = () => undefined;
  let finish: (result: Awaited<ReturnType<JoinTeam>>) => void = () => undefined;
  const join: JoinTeam = (_db, request, onProgress) => {
    requests.push(request);
    report = onProgress;
    onProgress({ phase: 'header' });
    return new Promise((resolve) => (finish = resolve));
  };
  return { join, requests, report: (progress: JoinProgress) => report(progress), finish: (result: Awaited<ReturnType<JoinTeam>>) => finish(result) };
}

const failing =
  (failure: JoinFailure): JoinTeam =>
  async (_db, _request, onProgress) => {
    onProgress({ phase: 'header' });
    return { ok: false, failure };
  };

function labels(texts = en) {
  return {
    address: page.getByLabelText(texts.sync.fields.address, { exact: true }),
    user: page.getByLabelText(texts.sync.fields.user, { exact: true }),
    password: page.getByLabelText(texts.sync.fields.password, { exact: true }),
    passphrase: page.getByLabelText(texts.sync.join.passphrase, { exact: true }),
  };
}

async function fillJoin(address = 'https://couch.example.fi/keha-team-3') {
  const fields = labels();
  await userEvent.fill(fields.address, address);
  await userEvent.fill(fields.user, 'anna.virtanen');
  await userEvent.fill(fields.password, 'palvelin-salasana');
  await userEvent.fill(fields.passphrase, 'kolme iloista kehää tiistaina');
}

describe('joining a team', () => {
  it('checks every field before joining, in words, and says why http is refused', async () => {
    const join = vi.fn<JoinTeam>();
    world.render(<JoinScreen db={world.db} onJoined={() => undefined} onCancel={() => undefined} joinTeam={join} />);
    const fields = labels();
    await expect.element(fields.address).toHaveFocus();
    await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
    await expect.element(page.getByText(en.sync.address.required)).toBeVisible();
    await expect.element(page.getByText(en.sync.required.user)).toBeVisible();
    await expect.element(page.getByText(en.sync.required.password)).toBeVisible();
    await expect.element(page.getByText(en.sync.required.passphrase)).toBeVisible();
    await expect.element(fields.address).toHaveAttribute('aria-invalid', 'true');
    await expect.element(fields.address).toHaveFocus();
    expect(await seriousAxeViolations(world.container)).toEqual([]);

    await fillJoin('http://couch.example.fi/keha-team-3');
    await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
    await expect.element(page.getByText(en.sync.address.notHttps)).toBeVisible();
    await expect.element(fields.address).toHaveAccessibleDescription(new RegExp(en.sync.address.notHttps.slice(0, 30)));
    await userEvent.fill(fields.address, 'couch.example.fi');
    await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
    await expect.element(page.getByText(en.sync.address.invalid)).toBeVisible();
    await userEvent.fill(fields.address, 'https://anna:salasana@couch.example.fi/keha');
    await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
    await expect.element(page.getByText(en.sync.address.credentials)).toBeVisible();
    expect(join).not.toHaveBeenCalled();
    expect(page.getByText(en.sync.required.user).query()).toBeNull();
  });

  it('shows the progress, then opens the vault with the returned key', async () => {
    const stepped = steppedJoin();
    const onJoined = vi.fn();
    world.render(<JoinScreen db={world.db} onJoined={onJoined} onCancel={() => undefined} joinTeam={stepped.join} />);
    await fillJoin('  http://127.0.0.1:5961/keha-team/ ');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Fetching the team’s vault…', { exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Joining…' })).toBeDisabled();
    expect(stepped.requests).toEqual([
      { url: 'http://127.0.0.1:5961/keha-team', user: 'anna.virtanen', password: 'palvelin-salasana', passphrase: 'kolme iloista kehää tiistaina' },
    ]);

    stepped.report({ phase: 'records', done: 1250, total: 8400 });
    await expect.element(page.getByText('Fetching records: 1,250 of 8,400')).toBeVisible();
    const bar = page.getByRole('progressbar', { name: 'Records fetched' });
    await expect.element(bar).toHaveAttribute('aria-valuenow', '1250');
    await expect.element(bar).toHaveAttribute('aria-valuemax', '8400');
    expect(world.container.querySelector('.join-progress [role="status"]')!.textContent).toBe(en.sync.join.progressRecordsStarted);
    expect(await seriousAxeViolations(world.container)).toEqual([]);

    stepped.report({ phase: 'opening' });
    await expect.element(page.getByText('Opening…', { exact: true })).toBeVisible();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    stepped.finish({ ok: true, dataKey: key });
    await expect.poll(() => onJoined.mock.calls).toEqual([[key]]);
  });

  it('counts in Finnish, and says a failure in Finnish', async () => {
    await changeLanguage('fi');
    const stepped = steppedJoin();
    world.render(<JoinScreen db={world.db} onJoined={() => undefined} onCancel={() => undefined} joinTeam={stepped.join} />);
    await expect.element(page.getByRole('heading', { name: fi.sync.join.title })).toBeVisible();
    const fields = labels(fi);
    await userEvent.fill(fields.address, 'https://couch.example.fi/keha');
    await userEvent.fill(fields.user, 'anna');
    await userEvent.fill(fields.password, 'x');
    await userEvent.fill(fields.passphrase, 'y');
    await userEvent.click(page.getByRole('button', { name: fi.sync.join.submit }));
    stepped.report({ phase: 'records', done: 1250, total: 8400 });
    await expect.element(page.getByText(/^Haetaan tietoja: 1\s250 \/ 8\s400$/)).toBeVisible();
    stepped.finish({ ok: false, failure: 'empty' });
    await expect.element(page.getByRole('alert')).toHaveTextContent(fi.sync.failures.empty);
  });

  it('says each failure in words and keeps what was typed (the passphrase goes when it was wrong)', async () => {
    const failures: JoinFailure[] = ['unreachable', 'auth', 'missing', 'empty', 'passphrase', 'notEmptyHere', 'server'];
    for (const failure of failures) {
      world.render(<JoinScreen key={failure} db={world.db} onJoined={() => undefined} onCancel={() => undefined} joinTeam={failing(failure)} />);
      await fillJoin();
      await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
      await expect.element(page.getByRole('alert')).toHaveTextContent(en.sync.failures[failure]);
      const fields = labels();
      await expect.element(fields.address).toHaveValue('https://couch.example.fi/keha-team-3');
      await expect.element(fields.user).toHaveValue('anna.virtanen');
      await expect.element(fields.password).toHaveValue('palvelin-salasana');
      await expect.element(fields.passphrase).toHaveValue(failure === 'passphrase' ? '' : 'kolme iloista kehää tiistaina');
      if (failure === 'passphrase') await expect.element(fields.passphrase).toHaveFocus();
      if (failure === 'unreachable') await expect.element(fields.address).toHaveFocus();
      if (failure === 'auth') await expect.element(fields.user).toHaveFocus();
      await expect.element(page.getByRole('button', { name: 'Join the team' })).toBeEnabled();
    }
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('an error thrown by the join is said in words too', async () => {
    const join: JoinTeam = async () => {
      throw new Error('disk said no');
    };
    world.render(<JoinScreen db={world.db} onJoined={() => undefined} onCancel={() => undefined} joinTeam={join} />);
    await fillJoin();
    await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
    await expect.element(page.getByRole('alert')).toMatchTextContent('disk said no');
  });
});

async function withEmptyDatabase<T>(use: (db: KehaDatabase) => Promise<T>): Promise<T> {
  const name = `keha-sync-empty-${crypto.randomUUID()}`;
  const db = openDatabase(name);
  try {
    return await use(db);
  } finally {
    db.close();
    await settle();
    await Dexie.delete(name);
  }
}

describe('the first screen of a computer with no vault', () => {
  it('offers to join; Cancel goes back; a join opens the app as an unlock does', async () => {
    await withEmptyDatabase(async (db) => {
      const joined: JoinTeam = async (joinDb, request, onProgress) => {
        onProgress({ phase: 'header' });
        // The engine writes the header first: the join screen stays (it does not turn into the unlock screen).
        const key = await createVaultIn(joinDb, request.passphrase, new Date(), fastIterations);
        await settle();
        onProgress({ phase: 'records', done: 0, total: 0 });
        onProgress({ phase: 'opening' });
        return { ok: true, dataKey: key };
      };
      world.render(<VaultGate db={db} joinTeam={joined} />);
      const offer = page.getByRole('button', { name: 'Join a team that already uses Kehä' });
      await userEvent.click(offer);
      await expect.element(page.getByRole('heading', { name: 'Join your team' })).toBeVisible();
      expect(await seriousAxeViolations(world.container)).toEqual([]);
      await userEvent.click(page.getByRole('button', { name: 'Cancel' }));
      await expect.element(page.getByRole('heading', { name: en.vault.createTitle })).toBeVisible();

      await userEvent.click(offer);
      await fillJoin();
      await userEvent.click(page.getByRole('button', { name: 'Join the team' }));
      await expect.element(page.getByRole('button', { name: en.app.lock })).toBeVisible();
      expect(await db.activityLog.count()).toBeGreaterThan(0);
      // The app's live reads end before the database closes.
      world.render(null);
      await settle();
    });
  });
});

describe('a join interrupted on this computer', () => {
  it('is finished from the join screen, which says so and offers no way back to creating a vault', async () => {
    await withEmptyDatabase(async (db) => {
      await db.syncState.put({ id: 'joining' });
      world.render(<VaultGate db={db} joinTeam={failing('unreachable')} />);
      await expect.element(page.getByRole('heading', { name: 'Join your team' })).toBeVisible();
      await expect.element(page.getByText(en.sync.join.resumeNote)).toBeVisible();
      expect(page.getByRole('button', { name: 'Cancel' }).query()).toBeNull();
      expect(page.getByRole('button', { name: en.vault.create }).query()).toBeNull();
      expect(await seriousAxeViolations(world.container)).toEqual([]);
      world.render(null);
      await settle();
    });
  });
});

/** The Team server section over a stand-in sync that connects and disconnects as told. */
function TeamServerWorld({ connect, disconnect, status }: { connect: (config: ServerConfig) => Promise<void>; disconnect: () => Promise<void>; status: Status }) {
  const [server, setServer] = useState<{ url: string; user: string } | null>(null);
  const api = syncApi({
    status: server ? status : { state: 'off' },
    server,
    connect: async (config) => {
      await connect(config);
      setServer({ url: config.url, user: config.user });
    },
    disconnect: async () => {
      await disconnect();
      setServer(null);
    },
  });
  return withSync(api, <TeamServerSection />);
}

describe('the Team server section', () => {
  it('explains itself, checks the address, says a refused connection in words, then connects', async () => {
    const attempts: ServerConfig[] = [];
    let refuse: SyncConnectError['reason'] | null = 'auth';
    const connect = async (config: ServerConfig) => {
      attempts.push(config);
      if (refuse) throw new SyncConnectError(refuse);
    };
    world.render(<TeamServerWorld connect={connect} disconnect={async () => undefined} status={{ state: 'synced', at: at1042 }} />);
    const section = page.getByRole('region', { name: 'Team server' });
    await expect.element(section.getByText(en.sync.server.intro)).toBeVisible();
    expect(await seriousAxeViolations(world.container)).toEqual([]);

    const fields = labels();
    await userEvent.fill(fields.address, 'http://couch.example.fi/keha');
    await userEvent.click(page.getByRole('button', { name: 'Connect' }));
    await expect.element(page.getByText(en.sync.address.notHttps)).toBeVisible();
    await expect.element(page.getByText(en.sync.required.user)).toBeVisible();
    expect(attempts).toEqual([]);

    await userEvent.fill(fields.address, 'https://couch.example.fi/keha/');
    await userEvent.fill(fields.user, 'tiimi-3-kone-1');
    await userEvent.fill(fields.password, 'salainen');
    for (const reason of ['unreachable', 'auth', 'missing', 'otherTeam', 'server'] as const) {
      refuse = reason;
      await userEvent.click(page.getByRole('button', { name: 'Connect' }));
      await expect.element(page.getByRole('alert')).toHaveTextContent(en.sync.failures[reason]);
      await expect.element(fields.password).toHaveValue('salainen');
    }
    refuse = null;
    await userEvent.click(page.getByRole('button', { name: 'Connect' }));
    await expect.element(page.getByText(en.sync.server.connected)).toBeVisible();
    expect(attempts.at(-1)).toEqual({ url: 'https://couch.example.fi/keha', user: 'tiimi-3-kone-1', password: 'salainen' });
    await expect.element(section.getByText('https://couch.example.fi/keha', { exact: true })).toBeVisible();
    await expect.element(section.getByText('tiimi-3-kone-1', { exact: true })).toBeVisible();
    await expect.element(section.getByText('Synced', { exact: true })).toBeVisible();
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('shows a problem in words, and stops syncing after a confirmation that can be declined', async () => {
    const disconnect = vi.fn(async () => undefined);
    world.render(
      <TeamServerWorld connect={async () => undefined} disconnect={disconnect} status={{ state: 'problem', problem: 'otherTeam', since: at1042, pending: 2 }} />,
    );
    const fields = labels();
    await userEvent.fill(fields.address, 'https://couch.example.fi/keha');
    await userEvent.fill(fields.user, 'anna');
    await userEvent.fill(fields.password, 'x');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText(en.sync.problems.otherTeam)).toBeVisible();
    await expect.element(page.getByText('2 changes are kept on this computer until then.')).toBeVisible();

    const stop = page.getByRole('button', { name: 'Stop syncing on this computer' });
    await userEvent.click(stop);
    const dialog = page.getByRole('alertdialog', { name: en.sync.server.stopTitle });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText(en.sync.server.stopBody)).toBeVisible();
    expect(await seriousAxeViolations(document.body)).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: 'Keep syncing' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(disconnect).not.toHaveBeenCalled();

    await userEvent.click(stop);
    await userEvent.click(page.getByRole('button', { name: 'Stop syncing', exact: true }));
    await expect.element(page.getByText(en.sync.server.stopped)).toBeVisible();
    expect(disconnect).toHaveBeenCalledTimes(1);
    await expect.element(page.getByRole('button', { name: 'Connect' })).toBeVisible();
  });

  it('in Finnish', async () => {
    await changeLanguage('fi');
    world.render(<TeamServerWorld connect={async () => undefined} disconnect={async () => undefined} status={{ state: 'syncing', pending: 3 }} />);
    await expect.element(page.getByRole('region', { name: fi.sync.server.heading })).toBeVisible();
    const fields = labels(fi);
    await userEvent.fill(fields.address, 'https://couch.example.fi/keha');
    await userEvent.fill(fields.user, 'anna');
    await userEvent.fill(fields.password, 'x');
    await userEvent.click(page.getByRole('button', { name: fi.sync.server.connect }));
    await expect.element(page.getByText('Synkronoidaan 3 muutosta', { exact: true })).toBeVisible();
    await expect.element(page.getByRole('button', { name: fi.sync.server.stop })).toBeVisible();
  });
});
