// Page object for comparing two three-houses sessions and exporting one: the compare screen (the
// sessions chosen, swapped, each house's first time | now columns with every item's status written
// out, printing) and the session's export bar (audience, Markdown download, print copy). Seeding the
// sessions goes through the desk (ThreeHousesPage, helper th's). Finds controls by the names users
// see, in fi or en.
import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { ThreeHousesPage } from './ThreeHousesPage';
import { fill } from './texts';

type HouseId = 'worries' | 'goodThings' | 'dreams';
type Audience = 'parents' | 'team' | 'network' | 'court';
type ItemStatus = 'new' | 'gone' | 'kept';

export class ThreeHousesComparePage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.threeHouses;
  }

  private get page() {
    return this.app.page;
  }

  // --- Seeding at the desk (the session screen) --------------------------------------------

  /** Adds an item at the desk, in the child's own words or as the worker's note. */
  async addDeskItem(house: HouseId, houseName: string, text: string, verbatim: boolean) {
    const scope = this.page.locator(`.house-desk[data-house="${house}"]`);
    await scope.getByLabel(fill(this.t.desk.itemText, { house: houseName })).fill(text);
    await scope.getByLabel(this.t.desk.addVerbatim).setChecked(verbatim);
    await scope.getByRole('button', { name: this.t.desk.add, exact: true }).click();
    await expect(scope.locator('.house-item').filter({ hasText: text })).toBeVisible();
  }

  /**
   * Records the child's answer for an audience at the desk. The radio shows the stored answer, so it
   * turns checked only once saved: click, then wait for it (Playwright's check() would not wait).
   */
  setConsent(audience: Audience, state: 'given' | 'notGiven' | 'notAsked') {
    return new ThreeHousesPage(this.app).setConsent(audience, state);
  }

  /** From the sessions list: ticks two sessions by their dates and opens the comparison. */
  async compareFromList(dates: [string, string]) {
    for (const date of dates) await this.page.getByRole('checkbox', { name: fill(this.t.sessions.pick, { date }) }).check();
    await this.page.getByRole('button', { name: this.t.sessions.compare }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(this.t.compare.heading);
  }

  // --- The compare screen ------------------------------------------------------------------

  house(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The items of one side of a house with a status ("New", "No longer there", "Still there"). */
  items(house: Locator, side: 'baseline' | 'now', status?: ItemStatus): Locator {
    const items = house.locator(`[data-side="${side}"] .compare-item`);
    return status ? items.and(this.page.locator(`[data-status="${status}"]`)) : items;
  }

  statusText(status: ItemStatus): string {
    return this.t.compare[status];
  }

  select(side: 'baseline' | 'now'): Locator {
    return this.page.getByLabel(side === 'baseline' ? this.t.compare.chooseBaseline : this.t.compare.chooseNow, { exact: true });
  }

  swapButton(): Locator {
    return this.page.getByRole('button', { name: this.t.compare.swap });
  }

  comparePrintButton(): Locator {
    return this.page.getByRole('button', { name: this.t.compare.print });
  }

  // --- The export bar ----------------------------------------------------------------------

  exportSection(): Locator {
    return this.page.getByRole('region', { name: this.t.export.heading });
  }

  audience(audience: Audience): Locator {
    return this.exportSection().getByRole('radio', { name: new RegExp(`^${this.t.audience[audience]} \\(`) });
  }

  exportBar(): Locator {
    return this.exportSection().getByRole('group', { name: new RegExp(`^${this.app.t.record.exportGroup.replace('{{subject}}', '')}`) });
  }

  async exportMarkdown(): Promise<{ name: string; content: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportBar().getByRole('button', { name: this.app.t.record.exportMarkdown }).click();
    const file = await download;
    return { name: file.suggestedFilename(), content: await readFile(await file.path(), 'utf8') };
  }

  exportPrintButton(): Locator {
    return this.exportBar().getByRole('button', { name: this.app.t.record.print });
  }

  /** The copy that is printed (shown only on paper). */
  printCopy(): Locator {
    return this.page.getByTestId('three-houses-print');
  }

  /** Replaces the browser's print dialog with a mark on <body>, so printing can be checked. */
  async stubPrintDialog() {
    await this.page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', String(Number(document.body.getAttribute('data-printed') ?? '0') + 1));
    });
  }
}
