// Page object for keeping only what may be kept: the transfer mark under a summary on the record
// screen, the family page's count of summaries not yet transferred, and on the Data and security
// screen the retention time, the erasure list with its confirmation, and the activity log.
import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class RetentionPage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.retention;
  }

  private get page() {
    return this.app.page;
  }

  /** On the record screen, with the family's summary shown: marks it transferred and waits for the date. */
  async markShownTransferred(code: string) {
    const panel = this.page.getByRole('tabpanel');
    await panel.getByRole('button', { name: this.t.transfer.mark }).click();
    await this.app.expectNotification(fill(this.t.transfer.marked, { code }));
    await expect(panel.locator('.transfer-status.transferred')).toBeVisible();
  }

  /** The family page's line on summaries not yet transferred. */
  transferCount(): Locator {
    return this.page.locator('.transfer-count');
  }

  section(): Locator {
    return this.page.getByRole('region', { name: this.t.heading });
  }

  async setRetention(months: number) {
    await this.page.getByLabel(this.t.choiceLabel).selectOption(String(months));
  }

  candidates(): Locator {
    return this.section().getByRole('listitem');
  }

  /** Opens the erasure confirmation of `code` and returns the dialog. */
  async askToErase(code: string): Promise<Locator> {
    await this.section().getByRole('button', { name: fill(this.t.erase, { code }) }).click();
    const dialog = this.page.getByRole('alertdialog', { name: fill(this.t.eraseTitle, { code }) });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async confirmErase(dialog: Locator, code: string) {
    await dialog.getByRole('button', { name: this.t.eraseConfirm }).click();
    await expect(dialog).toBeHidden();
    await this.app.expectNotification(fill(this.t.erased, { code }));
  }

  log(): Locator {
    return this.page.getByRole('region', { name: this.t.log.heading });
  }

  logRows(): Locator {
    return this.log().getByRole('table').locator('tbody tr');
  }

  async filterLogByCode(code: string) {
    await this.log().getByLabel(this.t.log.filterCode).fill(code);
  }

  /** Exports the log (a download in the browser); returns the file name and content. */
  async exportLog(): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent('download');
    await this.log().getByRole('button', { name: this.t.log.export }).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
  }
}
