// Page object for the care periods on a family's page: none (only a small start button)
// and the start form with its child, the care periods under their child, the dates and the unit
// (saved as they change), the goals (add, reword, remove with undo, and the confirmation for a rated
// goal), and each goal's ratings over the interim reviews (chart and table).
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class CarePeriodSection {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.carePeriod.section;
  }

  /** The care periods; absent while the family has none. */
  region(): Locator {
    return this.app.page.getByRole('region', { name: this.app.t.carePeriod.children.heading, exact: true });
  }

  /** One child's care periods, by the child's pseudonym. */
  child(pseudonym: string): Locator {
    return this.region().getByRole('region', { name: new RegExp(`^${pseudonym}\\b`) });
  }

  /** The small "Start a care period…" button (there with or without care periods). */
  startButton(): Locator {
    return this.app.page.getByRole('button', { name: this.app.t.carePeriod.children.startLink, exact: true });
  }

  startForm(): Locator {
    return this.app.page.getByRole('form', { name: this.t.startTitle });
  }

  /** Opens the start form and fills it in (dates as yyyy-MM-dd; the child by pseudonym, when the family has several). */
  async fillStart(input: { child?: string; start?: string; plannedEnd: string; unit: string }) {
    if ((await this.startForm().count()) === 0) await this.startButton().click();
    const form = this.startForm();
    if (input.child !== undefined) {
      const select = form.getByLabel(this.app.t.carePeriod.children.child, { exact: true });
      const value = await select.locator('option').filter({ hasText: new RegExp(`^${input.child}\\b`) }).first().getAttribute('value');
      await select.selectOption(value!);
    }
    if (input.start !== undefined) await form.getByLabel(this.t.startDate, { exact: true }).fill(input.start);
    await form.getByLabel(this.t.plannedEnd, { exact: true }).fill(input.plannedEnd);
    await form.getByLabel(this.t.unit, { exact: true }).fill(input.unit);
  }

  async submitStart() {
    await this.startForm().getByRole('button', { name: this.t.create, exact: true }).click();
  }

  /** Starts the care period and waits for its fields. */
  async start(input: { child?: string; start?: string; plannedEnd: string; unit: string }) {
    await this.fillStart(input);
    await this.submitStart();
    await expect(this.unit()).toHaveValue(input.unit);
  }

  startDate(): Locator {
    return this.region().getByLabel(this.t.startDate, { exact: true });
  }

  plannedEnd(): Locator {
    return this.region().getByLabel(this.t.plannedEnd, { exact: true });
  }

  unit(): Locator {
    return this.region().getByLabel(this.t.unit, { exact: true });
  }

  newGoal(): Locator {
    return this.region().getByRole('form', { name: this.t.addGoal }).getByLabel(this.t.newGoal, { exact: true });
  }

  /** Adds a goal by typing it and pressing Enter; waits until it is listed (and the field is empty again). */
  async addGoal(text: string) {
    const before = await this.goals().count();
    await this.newGoal().fill(text);
    await this.newGoal().press('Enter');
    await expect(this.goals()).toHaveCount(before + 1);
    await expect(this.goalText(before + 1)).toHaveValue(text);
    await expect(this.newGoal()).toHaveValue('');
  }

  goals(): Locator {
    return this.region().getByTestId('care-period-goal');
  }

  /** Goal `number` (1-based) as listed. */
  goal(number: number): Locator {
    return this.goals().nth(number - 1);
  }

  goalText(number: number): Locator {
    return this.goal(number).getByLabel(fill(this.t.goalLabel, { number }), { exact: true });
  }

  /** The goal's ratings table: rows of [review date, rating, change, comment]. */
  ratingsTable(number: number): Locator {
    return this.goal(number).getByRole('table', { name: fill(this.t.ratings, { number }) });
  }

  async ratingRows(number: number): Promise<string[][]> {
    const rows = this.ratingsTable(number).locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  }

  chart(number: number): Locator {
    return this.goal(number).getByRole('img', { name: fill(this.t.chartTitle, { number }) });
  }

  removeButton(number: number): Locator {
    return this.goal(number).getByRole('button', { name: fill(this.t.removeGoal, { number }), exact: true });
  }

  confirmDialog(number: number): Locator {
    return this.app.page.getByRole('alertdialog', { name: fill(this.t.removeGoalTitle, { number }) });
  }

  async undo() {
    await this.app.notification().getByRole('button', { name: this.app.t.commands.undo, exact: true }).click();
  }

  /** Waits until every autosaving field of the section says it is saved (or idle). */
  async expectSaved() {
    await expect(this.region().locator('.save-status-pending, .save-status-saving')).toHaveCount(0);
    await expect(this.region().locator('.save-status-invalid, .save-status-failed')).toHaveCount(0);
  }
}
