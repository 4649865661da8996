// Page object for closing and recording (#/meetings/ID/record): the closing note, the list of
// actions agreed, the tabs of family summaries and the whole meeting record, and each one's Copy /
// Export as Markdown / Print buttons; plus the family page's meeting history (risk trend, actions
// with Mark done / Reopen, deep-dive meetings). Controls are found by the names users see.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class RecordPage {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.record;
  }

  async goto(meetingId: string) {
    await this.page.goto(`/#/meetings/${encodeURIComponent(meetingId)}/record`);
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(this.t.title);
  }

  // --- What was agreed ------------------------------------------------------------------------

  closingNote(): Locator {
    return this.page.getByLabel(this.t.closingNote, { exact: true });
  }

  /** Types the closing note and waits until it is saved. */
  async writeClosingNote(text: string) {
    await this.closingNote().fill(text);
    await expect(this.page.locator('.closing-note-field [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
  }

  agreedActions(): Locator {
    return this.page.getByRole('table', { name: this.t.allActions });
  }

  // --- Summaries -------------------------------------------------------------------------------

  summaryTab(code: string): Locator {
    return this.page.getByRole('tab', { name: fill(this.t.summaryTab, { code }), exact: true });
  }

  /** A family's entry draft (kirjausehdotus): the tab before its full detail. */
  entryDraftTab(code: string): Locator {
    return this.page.getByRole('tab', { name: fill(this.app.t.documents.record.entryDraftTab, { code }), exact: true });
  }

  async openEntryDraft(code: string) {
    await this.entryDraftTab(code).click();
    await expect(this.entryDraftTab(code)).toHaveAttribute('aria-selected', 'true');
  }

  /** The shown entry draft's document (title, paragraphs and lists). */
  entryDraft(): Locator {
    return this.shown().getByTestId('record-document');
  }

  /** The shown entry draft's paragraphs and list items, in order, as the worker reads them. */
  async entryDraftLines(): Promise<string[]> {
    const parts = this.entryDraft().locator(':scope > p, :scope > ul > li');
    return (await parts.allInnerTexts()).map((text) => text.trim());
  }

  /** Chooses the language the shown entry draft is written in. */
  async chooseDraftLanguage(language: 'fi' | 'en') {
    await this.shown().getByLabel(this.app.t.documents.record.language).selectOption(language);
  }

  wholeRecordTab(): Locator {
    return this.page.getByRole('tab', { name: this.t.wholeRecordTab, exact: true });
  }

  /** The summary or record shown now (the selected tab's panel). */
  shown(): Locator {
    return this.page.getByRole('tabpanel');
  }

  async openSummary(code: string) {
    await this.summaryTab(code).click();
    await expect(this.summaryTab(code)).toHaveAttribute('aria-selected', 'true');
  }

  async openWholeRecord() {
    await this.wholeRecordTab().click();
    await expect(this.wholeRecordTab()).toHaveAttribute('aria-selected', 'true');
  }

  timings(): Locator {
    return this.shown().getByRole('table');
  }

  private exportBar(): Locator {
    return this.shown().getByRole('group');
  }

  /**
   * Copies the shown summary (its tab's name is `subject`) and returns what landed on the
   * clipboard; the browser context needs the clipboard-read and clipboard-write permissions.
   */
  /** Copies the shown summary; the notice names the record it goes into (the patient record for an interim review). */
  async copyShown(subject: string, into: 'client' | 'patient' = 'client'): Promise<string> {
    await this.exportBar().getByRole('button', { name: this.t.copy }).click();
    await expect(this.app.notification()).toContainText(fill(into === 'patient' ? this.t.copiedPatient : this.t.copied, { subject }));
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Exports the shown summary as Markdown (a download in the browser); returns the file name and content. */
  async exportShown(): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportBar().getByRole('button', { name: this.t.exportMarkdown }).click();
    const file = await download;
    const path = await file.path();
    return { name: file.suggestedFilename(), content: await readFile(path, 'utf8') };
  }

  printButton(): Locator {
    return this.exportBar().getByRole('button', { name: this.t.print });
  }

  // --- The family page's meeting history ------------------------------------------------------

  history(): Locator {
    return this.page.getByRole('region', { name: this.t.history.title });
  }

  riskTrendChart(): Locator {
    return this.history().getByRole('img', { name: this.t.history.chartTitle });
  }

  riskTrendTable(): Locator {
    return this.history().getByRole('table', { name: this.t.history.riskTrend });
  }

  familyAction(text: string): Locator {
    return this.history().getByTestId('family-action').filter({ hasText: text });
  }

  async markDone(text: string) {
    await this.familyAction(text).getByRole('button', { name: this.t.history.markDone }).click();
    await expect(this.familyAction(text).getByRole('button', { name: this.t.history.reopen })).toBeVisible();
  }

  async reopen(text: string) {
    await this.familyAction(text).getByRole('button', { name: this.t.history.reopen }).click();
    await expect(this.familyAction(text).getByRole('button', { name: this.t.history.markDone })).toBeVisible();
  }

  deepDiveMeetings(): Locator {
    return this.history().locator('.family-deep-dives');
  }
}
