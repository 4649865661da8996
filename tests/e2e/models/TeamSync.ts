// Page object for sync as a member does it: connecting the first computer's vault to the team
// server (Data and security, Team server), joining from a fresh computer (the first screen's offer),
// and the header's status in words. Used by the sync journeys with the fixtures of
// tests/e2e/support/syncServer.ts.
import { expect } from '@playwright/test';
import type { Computer } from './Computer';
import { testPassphrase } from './KehaApp';
import { TeamServerSection } from './TeamServerSection';

export type ServerUser = { name: string; password: string };

export class TeamSync {
  constructor(private readonly computer: Computer) {}

  private get t() {
    return this.computer.app.t.sync;
  }

  private get page() {
    return this.computer.page;
  }

  private get server() {
    return new TeamServerSection(this.computer.app);
  }

  /** The header's sync status (its words). */
  status() {
    return this.page.locator('.app-header .sync-status-text');
  }

  /** The header says offline with this computer's changes waiting, in words ("… · 2 changes waiting"). */
  async expectOfflineWaiting() {
    const status = this.t.status as Record<string, string>;
    const waiting = status.offlineWaiting_other!.replace(/\{\{time\}\}.*$/, '');
    const changes = ['offlineWaiting_one', 'offlineWaiting_other'].map((key) => escape(status[key]!.replace(/^.*\{\{count\}\}/, '')));
    await expect(this.status()).toHaveText(new RegExp(`^${escape(waiting)}.*\\d+(${changes.join('|')})`), { timeout: 30_000 });
  }

  async expectSynced() {
    await expect(this.server.headerStatus(this.t.status.synced)).toBeVisible({ timeout: 30_000 });
  }

  /** On an unlocked computer: connects its vault to the team's database with a member's server user. */
  async connect(databaseUrl: string, user: ServerUser) {
    await this.computer.app.settings.goto();
    await this.server.connect({ address: databaseUrl, user: user.name, password: user.password });
    await expect(this.page.getByText(this.t.server.connected)).toBeVisible();
    await this.expectSynced();
  }

  /** On a fresh computer's first screen: joins the team and waits for the app to open. */
  async join(databaseUrl: string, user: ServerUser, passphrase = testPassphrase) {
    await this.page.getByRole('button', { name: this.t.join.offer }).click();
    await this.page.getByLabel(this.t.fields.address, { exact: true }).fill(databaseUrl);
    await this.page.getByLabel(this.t.fields.user, { exact: true }).fill(user.name);
    await this.page.getByLabel(this.t.fields.password, { exact: true }).fill(user.password);
    await this.page.getByLabel(this.t.join.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: this.t.join.submit }).click();
    await this.computer.app.families.expectOpen();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
