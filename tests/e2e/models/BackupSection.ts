// Page object for the backups section of the "Data and security" screen.
import { expect, type Download } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export class BackupSection {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.backups;
  }

  private get page() {
    return this.app.page;
  }

  section() {
    return this.page.getByRole('region', { name: this.t.heading });
  }

  backUpNowButton() {
    return this.section().getByRole('button', { name: this.t.backUpNow });
  }

  progressBar() {
    return this.section().getByRole('progressbar', { name: this.t.progressLabel });
  }

  lastBackup() {
    return this.section().getByTestId('last-backup');
  }

  lastDownload() {
    return this.section().getByTestId('last-download');
  }

  persistence() {
    return this.section().getByTestId('storage-persistence');
  }

  keptRows() {
    return this.section().getByRole('table', { name: this.t.listHeading }).getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  status() {
    return this.section().getByRole('status');
  }

  alerts() {
    return this.section().getByRole('alert');
  }

  /** Records, from now on, whether the backup's progress bar is ever shown (a small vault backs up in milliseconds). */
  async watchForProgressBar() {
    const label = this.t.progressLabel;
    await this.page.evaluate((name) => {
      const w = window as unknown as { __backupProgressSeen?: boolean };
      w.__backupProgressSeen = false;
      const seen = () => document.querySelector(`progress[aria-label="${name}"]`) !== null;
      new MutationObserver(() => {
        if (seen()) w.__backupProgressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    }, label);
  }

  async progressBarWasShown(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { __backupProgressSeen?: boolean }).__backupProgressSeen === true);
  }

  async backUpNow() {
    await this.backUpNowButton().click();
    await expect(this.status()).toContainText(this.t.made.split(':')[0]!);
  }

  /** Downloads the backup just made, and returns the download. */
  async downloadThis(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.section().getByRole('button', { name: this.t.downloadThis }).click()]);
    return download;
  }
}
