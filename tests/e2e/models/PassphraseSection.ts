// Page object for the "Passphrase and key" section of the Data and security screen: changing the
// passphrase, renewing the data key, and the renewal's progress.
import { expect } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export class PassphraseSection {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.keys;
  }

  section() {
    return this.app.page.getByRole('region', { name: this.t.section.heading });
  }

  async change(current: string, next: string, options: { renewKey?: boolean; repeated?: string } = {}) {
    const section = this.section();
    await section.getByLabel(this.t.section.oldPassphrase, { exact: true }).fill(current);
    await section.getByLabel(this.t.section.newPassphrase, { exact: true }).fill(next);
    await section.getByLabel(this.t.section.newPassphraseRepeat, { exact: true }).fill(options.repeated ?? next);
    if (options.renewKey) await section.getByLabel(this.t.section.renewKey).check();
    await section.getByRole('button', { name: options.renewKey ? this.t.section.submitRenew : this.t.section.submit }).click();
  }

  async expectChanged(renewing = false) {
    await expect(this.section().getByText(renewing ? this.t.section.changedRenewing : this.t.section.changed)).toBeVisible();
  }

  progress() {
    return this.section().getByRole('progressbar', { name: this.t.renewal.label });
  }

  /** The renewal's "done of total" as numbers, read from the text beside the bar. */
  async progressCounts(): Promise<{ done: number; total: number }> {
    const text = (await this.section().locator('#key-renewal-count').textContent()) ?? '';
    const [done, total] = (text.match(/\d+/g) ?? []).map(Number);
    return { done: done ?? NaN, total: total ?? NaN };
  }

  async expectRenewed() {
    await expect(this.section().getByText(this.t.renewal.finished)).toBeVisible();
    await expect(this.progress()).toHaveCount(0);
  }
}
