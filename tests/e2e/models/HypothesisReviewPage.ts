// Page object for the family therapist's review of hypotheses (#/hypotheses): the "not revisited
// for N weeks" setting, the filters, the count in words, the rows with their stale flag, the
// order, "show more" and "clear filters". Controls are found by the names users see.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class HypothesisReviewPage {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.review;
  }

  /** Opens the review from the main navigation and waits for its heading. */
  async open() {
    await this.page
      .getByRole('navigation', { name: this.app.t.app.mainNavigation })
      .getByRole('link', { name: this.app.t.nav.hypotheses })
      .click();
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  staleWeeksField(): Locator {
    return this.page.getByLabel(this.t.staleWeeks);
  }

  /** Types N into the setting (replacing what was there); waits for "Saved" when the value is valid. */
  async setStaleWeeks(value: string, options: { expectSaved: boolean }) {
    const field = this.staleWeeksField();
    await field.fill(value);
    if (options.expectSaved) {
      await expect(this.page.locator('.stale-weeks-field [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
    }
  }

  /** The error under the N field. */
  staleWeeksError(): Locator {
    return this.page.locator('.stale-weeks-field').getByRole('alert');
  }

  filters(): Locator {
    return this.page.getByRole('search', { name: this.t.filters });
  }

  /** A checkbox in one of the groups: status, proposer role or lens. */
  filterBox(group: 'status' | 'proposerRole' | 'lensTags', label: string): Locator {
    return this.filters().getByRole('group', { name: this.t[group] }).getByRole('checkbox', { name: label, exact: true });
  }

  async chooseFamily(code: string | null) {
    await this.page.getByLabel(this.t.family, { exact: true }).selectOption(code === null ? { value: '' } : { label: code });
  }

  async chooseAge(bucket: keyof typeof this.t.ages | null) {
    await this.page.getByLabel(this.t.age, { exact: true }).selectOption(bucket === null ? { value: '' } : { label: this.t.ages[bucket] });
  }

  staleOnlyBox(weeks: number): Locator {
    return this.filters().getByRole('checkbox', { name: fill(this.t.staleOnly, { count: weeks }) });
  }

  count(): Locator {
    return this.page.getByTestId('review-count');
  }

  /** "3 hypotheses, 1 not revisited for 4 weeks" as the screen says it (English or Finnish plural forms). */
  countText(shown: number, stale: number, weeks: number, total: number | null = null): string {
    const hypotheses = fill(shown === 1 ? this.t.count_one : this.t.count_other, { count: shown });
    const of = total === null ? '' : ` ${fill(this.t.ofAll, { count: total })}`;
    const staleText = fill(stale === 1 ? this.t.staleCount_one : this.t.staleCount_other, { count: stale, weeks });
    return `${hypotheses}${of}, ${staleText}`;
  }

  table(): Locator {
    return this.page.getByRole('table', { name: this.t.table });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  row(wording: string): Locator {
    return this.rows().filter({ hasText: wording });
  }

  /** The wordings in the order listed. */
  async wordings(): Promise<string[]> {
    return this.table().locator('tbody .review-wording').allTextContents();
  }

  staleFlag(wording: string): Locator {
    return this.row(wording).getByText(new RegExp(fill(this.t.notRevisited, { count: '\\d+' })));
  }

  sortButton(): Locator {
    return this.table().getByRole('button', { name: new RegExp(`^${this.t.columns.revisited}`) });
  }

  clearFiltersButton(): Locator {
    return this.page.getByRole('button', { name: this.t.clearFilters });
  }

  noMatches(): Locator {
    return this.page.getByText(this.t.noMatches);
  }

  empty(): Locator {
    return this.page.getByText(this.t.empty);
  }

  evolutionLink(code: string): Locator {
    return this.table().getByRole('link', { name: new RegExp(`^${this.t.familyEvolution}\\s+${fill(this.t.ofFamily, { code })}$`) }).first();
  }

  cardsLink(code: string): Locator {
    // The link shows the code; ": Hypotheses" is there for screen readers only.
    return this.table().getByRole('link', { name: new RegExp(`^${code}\\s*: ${this.t.familyCards}$`) }).first();
  }
}
