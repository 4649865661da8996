// Page object for continuity from one meeting to the next: the opening's "Agreed last time" (tasks
// by owner with their state, Mark done), a deep dive's "Last time at a glance", the family's answers
// (record, clear) wherever a question for the family is listed, and the answers beside a hypothesis
// in the meeting's review. Controls are found by the names users see, in the app's current language.
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class ContinuityPanels {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.continuity;
  }

  private get page() {
    return this.app.page;
  }

  /** The opening's list of what the last meeting agreed. */
  opening() {
    return this.page.getByRole('region', { name: this.t.opening.heading, exact: true });
  }

  /** One owner's tasks in the opening (ownerName null: the tasks nobody owns). */
  owner(ownerName: string | null) {
    return this.opening().getByRole('region', { name: new RegExp(`^${ownerName ?? this.t.opening.nobody} \\(`) });
  }

  /** One task in the opening, by its text. */
  openingTask(text: string) {
    return this.opening().getByTestId('continuity-task').filter({ hasText: text });
  }

  /** The state a task shows in words (Done, Open, Overdue). */
  async expectState(task: Locator, state: 'done' | 'open' | 'overdue') {
    await expect(task.locator('.continuity-state')).toHaveText(new RegExp(`${this.t.opening.state[state]}$`));
  }

  markDoneButton(text: string) {
    return this.openingTask(text).getByRole('button', { name: fill(this.t.opening.markDoneLabel, { text }) });
  }

  /** A deep dive's "Last time at a glance". */
  glance() {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t.glance.heading} · `) });
  }

  /** One fact of the glance, by its label. */
  glanceFact(label: string) {
    return this.glance().locator('.glance-grid > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  /**
   * Records the family's answer to `question` within `scope` (the family page's list, or a meeting
   * panel): "Record answer", what they said, who asked (the date is today's by default), Save.
   */
  async recordAnswer(scope: Locator, question: string, answer: { text: string; askedBy: string | null; date?: string }) {
    await scope.getByRole('button', { name: fill(this.t.answer.recordLabel, { text: question }), exact: true }).click();
    const form = scope.getByRole('form', { name: fill(this.t.answer.formLabel, { text: question }), exact: true });
    await expect(form.getByLabel(this.t.answer.text, { exact: true })).toBeFocused();
    await this.page.keyboard.type(answer.text);
    if (answer.date) await form.getByLabel(this.t.answer.date, { exact: true }).fill(answer.date);
    if (answer.askedBy) await form.getByLabel(this.t.answer.askedBy, { exact: true }).selectOption({ label: answer.askedBy });
    await form.getByRole('button', { name: this.t.answer.save }).click();
    await expect(form).toHaveCount(0);
    await expect(scope).toContainText(answer.text);
  }

  clearAnswerButton(scope: Locator, question: string) {
    return scope.getByRole('button', { name: fill(this.t.answer.clearLabel, { text: question }), exact: true });
  }

  /** The family page's entry of one action or question, by its text. */
  familyPageItem(text: string) {
    return this.page.getByTestId('family-action').filter({ hasText: text });
  }
}
