// Page object for the "Team server" section of the Data and security screen: connecting this
// computer's vault to the team's server, what it shows once connected, and stopping sync.
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export class TeamServerSection {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.sync;
  }

  section(): Locator {
    return this.app.page.getByRole('region', { name: this.t.server.heading });
  }

  async connect(server: { address: string; user: string; password: string }) {
    const section = this.section();
    await section.getByLabel(this.t.fields.address, { exact: true }).fill(server.address);
    await section.getByLabel(this.t.fields.user, { exact: true }).fill(server.user);
    await section.getByLabel(this.t.fields.password, { exact: true }).fill(server.password);
    await section.getByRole('button', { name: this.t.server.connect }).click();
  }

  /** The header's status showing `text` (its short words; a tooltip's words follow them for screen readers). */
  headerStatus(text: string): Locator {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.app.page.locator('.app-header .sync-status').getByText(new RegExp(`^${escaped}( \\(|$)`));
  }
}
