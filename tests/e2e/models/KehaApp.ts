// Page object for Kehä as a whole: the vault screens, the header (navigation, language, lock)
// and the notifications. Screen-specific objects hang off it.
import { expect, type Page } from '@playwright/test';
import type { Language, Messages } from '../../../shared/i18n/messages';
import { texts } from './texts';
import { DemoBanner } from './DemoBanner';
import { FamiliesPage } from './FamiliesPage';
import { FamilyPage } from './FamilyPage';
import { TeamPage } from './TeamPage';
import { SettingsPage } from './SettingsPage';
import { BackupSection } from './BackupSection';

export const testPassphrase = 'kolme iloista kehää tiistaina';

export class KehaApp {
  language: Language;

  constructor(
    readonly page: Page,
    language: Language = 'fi',
  ) {
    this.language = language;
  }

  get t(): Messages {
    return texts[this.language];
  }

  get families() {
    return new FamiliesPage(this);
  }

  get family() {
    return new FamilyPage(this);
  }

  get demo() {
    return new DemoBanner(this);
  }

  get team() {
    return new TeamPage(this);
  }

  get settings() {
    return new SettingsPage(this);
  }

  get backups() {
    return new BackupSection(this);
  }

  /** Opens the app; `database` keeps tests in one browser profile apart. */
  async open(baseUrl = '/') {
    await this.page.goto(baseUrl);
  }

  async createVault(passphrase = testPassphrase, repeated = passphrase) {
    const t = this.t.vault;
    await expect(this.page.getByRole('heading', { name: t.createTitle })).toBeVisible();
    await this.page.getByLabel(t.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByLabel(t.passphraseRepeat, { exact: true }).fill(repeated);
    await this.page.getByRole('button', { name: t.create }).click();
  }

  async unlock(passphrase = testPassphrase) {
    const t = this.t.vault;
    await expect(this.page.getByRole('heading', { name: t.unlockTitle })).toBeVisible();
    await this.page.getByLabel(t.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: t.unlock }).click();
  }

  /** Creates the vault and waits for the families screen. */
  async start(passphrase = testPassphrase) {
    await this.createVault(passphrase);
    await this.families.expectOpen();
  }

  alert() {
    return this.page.getByRole('alert');
  }

  async setLanguage(language: Language) {
    await this.page.getByRole('combobox', { name: this.t.language.label, exact: true }).selectOption(language);
    this.language = language;
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async lock() {
    await this.page.getByRole('button', { name: this.t.app.lock }).click();
    await expect(this.page.getByRole('heading', { name: this.t.vault.unlockTitle })).toBeVisible();
  }

  /**
   * Days or weeks pass, as between two meetings: the team locks Kehä, Playwright's clock (installed,
   * or fixed with `fixed`) moves on to `time`, and they unlock it again. Kehä locks itself after the
   * idle time (checked every 10 s), so a clock moved on while it is unlocked would lock it at the
   * next check, at a moment the test does not control (e.g. between opening a screen and clicking
   * on it); locking first makes that moment the test's own.
   */
  async later(time: Date | string, { fixed = false }: { fixed?: boolean } = {}) {
    await this.lock();
    if (fixed) await this.page.clock.setFixedTime(time);
    else await this.page.clock.setSystemTime(time);
    await this.unlock();
    await expect(this.page.getByRole('button', { name: this.t.app.lock })).toBeVisible();
  }

  nav(name: 'families' | 'team' | 'meetings' | 'settings') {
    return this.page.getByRole('navigation', { name: this.t.app.mainNavigation }).getByRole('link', { name: this.t.nav[name] });
  }

  notification() {
    return this.page.locator('.notifications');
  }

  async expectNotification(text: string) {
    await expect(this.notification()).toContainText(text);
  }
}
