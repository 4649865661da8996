// Page object for an interim review's own capture tools in the facilitator view: the
// care-period goals panel (each goal's trend so far, this review's 0–10 rating and comment) and the
// reflecting-team panel (the team's reflection, then the family's comments). The rest of the
// facilitator view is FacilitatorPage's.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class InterimReviewPanels {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.carePeriod;
  }

  goalsPanel(): Locator {
    return this.page.getByRole('region', { name: this.t.panel.heading, exact: true });
  }

  /** Goal `number`'s part of the panel (its heading reads "Goal n: text"). */
  goal(number: number, text: string): Locator {
    return this.goalsPanel().getByRole('region', { name: fill(this.t.panel.goal, { number, text }), exact: true });
  }

  /** This review's rating radio: 0–10, or null for "Not rated". */
  ratingOption(goal: Locator, rating: number | null): Locator {
    return goal.getByRole('radio', { name: rating === null ? this.t.panel.notRated : String(rating), exact: true });
  }

  /** Rates a goal by clicking its radio, and waits for the save. */
  async rate(goal: Locator, rating: number | null) {
    await this.ratingOption(goal, rating).check();
    await expect(goal.locator('.goal-rating-scale [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
  }

  /**
   * Rates a goal from the keyboard, as a keyboard user would: focus the radio checked now, then
   * arrow keys along the 0–10 scale (each step is saved), ending on `rating`.
   */
  async rateByKeyboard(goal: Locator, from: number | null, rating: number) {
    await this.ratingOption(goal, from).focus();
    const start = from ?? 11; // "Not rated" follows 10
    const key = rating > start ? 'ArrowRight' : 'ArrowLeft';
    for (let step = 0; step < Math.abs(rating - start); step++) await this.page.keyboard.press(key);
    await expect(this.ratingOption(goal, rating)).toBeChecked();
    await expect(this.ratingOption(goal, rating)).toBeFocused();
    await expect(goal.locator('.goal-rating-scale [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
  }

  comment(goal: Locator, number: number): Locator {
    return goal.getByLabel(fill(this.t.panel.comment, { number }), { exact: true });
  }

  async writeComment(goal: Locator, number: number, text: string) {
    await this.comment(goal, number).fill(text);
    await expect(goal.locator('.goal-comment [data-testid="save-status"]')).toHaveText(this.app.t.autosave.saved);
  }

  soFar(goal: Locator): Locator {
    return goal.getByTestId('goal-so-far');
  }

  reflectingPanel(): Locator {
    return this.page.getByRole('region', { name: this.t.reflectingTeam.heading, exact: true });
  }

  teamReflection(): Locator {
    return this.reflectingPanel().getByLabel(this.t.reflectingTeam.teamReflection, { exact: true });
  }

  familyComments(): Locator {
    return this.reflectingPanel().getByLabel(this.t.reflectingTeam.familyComments, { exact: true });
  }

  /** Writes both parts of the reflecting team and waits until both are saved. */
  async writeReflection(team: string, family: string) {
    await this.teamReflection().fill(team);
    await this.familyComments().fill(family);
    await expect(this.reflectingPanel().getByTestId('save-status')).toHaveText([this.app.t.autosave.saved, this.app.t.autosave.saved]);
  }
}
