// Page object for the planner's printed agenda (renderer/src/meetings/plan/AgendaPrint.tsx): the
// Print the agenda button, the print view (its rows by time, minutes, item, presenter and question)
// and whether the page asked the browser to print.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';

export type AgendaPrintRow = { time: string; minutes: string; item: string; presenter: string; question: string };

export class AgendaPrintView {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.documents.agenda;
  }

  /** Replaces window.print so the test sees it was called (a headless print dialog shows nothing). */
  async catchPrint() {
    await this.page.evaluate(() => {
      document.body.removeAttribute('data-printed');
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
  }

  async print() {
    await this.page.getByRole('button', { name: this.t.print, exact: true }).click();
    await expect(this.view()).toBeVisible();
    await expect(this.page.locator('body')).toHaveAttribute('data-printed', 'yes');
  }

  view(): Locator {
    return this.page.getByTestId('agenda-print');
  }

  async close() {
    await this.view().getByRole('button', { name: this.t.closePrint }).click();
    await expect(this.view()).toBeHidden();
  }

  async rows(): Promise<AgendaPrintRow[]> {
    return this.view()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cells = [...row.children].map((cell) => (cell as HTMLElement).innerText.trim());
          return { time: cells[0] ?? '', minutes: cells[1] ?? '', item: cells[2] ?? '', presenter: cells[3] ?? '', question: cells[4] ?? '' };
        }),
      );
  }
}
