// Page object for the "Data and security" screen: auto-lock, and the vault's keeping.
import { expect } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export class SettingsPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.settings;
  }

  async goto() {
    await this.app.nav('settings').click();
    await expect(this.app.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }
}
