// Page object for the facilitator's agenda list while the meeting runs: going to an item, the deep
// dives' move buttons (and Alt+↑/↓), "To next week", and the "Add a deep dive" dialog. Controls are
// found by the names users see, in the app's current language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class AgendaPanel {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.agenda;
  }

  region(): Locator {
    return this.page.getByRole('region', { name: this.app.t.run.overview.heading, exact: true });
  }

  /** The deep dives' titles in agenda order ("Deep dive 1: DEMO-101 · added during the meeting"). */
  async deepDiveTitles(): Promise<string[]> {
    return (await this.region().locator('.agenda-deep-dive-title').allTextContents()).map((text) => text.trim());
  }

  /** The family codes of the deep dives in agenda order. */
  async deepDiveCodes(): Promise<string[]> {
    return (await this.deepDiveTitles()).map((title) => /:\s*(\S+)/.exec(title)?.[1] ?? '?');
  }

  async expectDeepDive(number: number, code: string) {
    await expect(this.region()).toContainText(fill(this.t.list.deepDive, { number, code }));
  }

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.add.title });
  }

  /** Adds a deep dive with the dialog: the first family offered (or `code`), its question and presenter. Returns the family's code. */
  async addDeepDive(question: string, presenter: string, code?: string): Promise<string> {
    await this.region().getByRole('button', { name: this.t.list.addDeepDive }).click();
    const family = this.dialog().getByLabel(this.t.add.family);
    await expect(family).toBeFocused();
    if (code) await family.selectOption({ label: code });
    else await family.selectOption({ index: 1 });
    const chosen = (await family.locator('option:checked').textContent())!.trim();
    await this.dialog().getByLabel(this.t.add.question).fill(question);
    await this.dialog().getByLabel(this.t.add.presenter).selectOption({ label: presenter });
    await this.dialog().getByRole('button', { name: this.t.add.save }).click();
    await expect(this.dialog()).toBeHidden();
    return chosen;
  }

  moveUpButton(code: string): Locator {
    return this.region().getByRole('button', { name: fill(this.t.list.moveUpLabel, { code }), exact: true });
  }

  moveDownButton(code: string): Locator {
    return this.region().getByRole('button', { name: fill(this.t.list.moveDownLabel, { code }), exact: true });
  }

  nextWeekButton(code: string): Locator {
    return this.region().getByRole('button', { name: fill(this.t.list.moveToNextWeekLabel, { code }), exact: true });
  }

  /** The button that goes to a phase; `nth` picks among the deep dives' phases of that name (0: the first deep dive's). */
  goToButton(phase: string, nth = 0): Locator {
    return this.region().locator('.agenda-step-button').filter({ has: this.page.locator('.run-step-name', { hasText: new RegExp(`^${phase}$`) }) }).nth(nth);
  }

  /** The agenda as text: every item with its planned and actual time, the current one by name only (its timer ticks). */
  async snapshot(): Promise<string> {
    const items = await this.region().locator('.agenda-items > li').evaluateAll((elements) =>
      elements.map((element) =>
        element.getAttribute('aria-current') === 'step'
          ? `now: ${element.querySelector('.run-step-name')?.textContent ?? ''}`
          : (element as HTMLElement).innerText,
      ),
    );
    return items.join(' | ').replace(/\s+/g, ' ').trim();
  }
}
