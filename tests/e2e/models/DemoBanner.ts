// Page object for the demonstration data: the banner that marks it and its removal, confirmed
// with what it takes and undone from the message that follows.
import { expect } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

type Counted = 'removeFamilies' | 'removeMembers' | 'removeMeetings' | 'removeHypotheses' | 'removeActions';

export class DemoBanner {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.demo;
  }

  banner() {
    return this.app.page.getByText(this.t.banner);
  }

  dialog() {
    return this.app.page.getByRole('alertdialog', { name: this.t.removeTitle });
  }

  /** The text of one counted line, as the catalogue words it for `count`. */
  countText(kind: Counted, count: number): string {
    return fill(count === 1 ? this.t[`${kind}_one`] : this.t[`${kind}_other`], { count });
  }

  /** Asks to remove the demonstration data and expects the confirmation to list exactly these counts (and the methods' drawings). */
  async askToRemove(counts: Partial<Record<Counted, number>>, { networkMaps = 0, genograms = 0 }: { networkMaps?: number; genograms?: number } = {}) {
    await this.app.page.getByRole('button', { name: this.t.remove }).click();
    await expect(this.dialog()).toBeVisible();
    const maps = this.app.t.networkMap.demo;
    const trees = this.app.t.genogram.demo;
    const lines = [
      ...Object.entries(counts).map(([kind, count]) => this.countText(kind as Counted, count)),
      // The demonstration families' network map and genograms are counted after the families' other rows.
      ...(networkMaps > 0 ? [fill(networkMaps === 1 ? maps.remove_one : maps.remove_other, { count: networkMaps })] : []),
      ...(genograms > 0 ? [fill(genograms === 1 ? trees.remove_one : trees.remove_other, { count: genograms })] : []),
    ];
    await expect(this.dialog().getByRole('listitem')).toHaveText(lines);
    await expect(this.dialog()).toContainText(this.t.removeRealUntouched);
  }

  async cancel() {
    await this.dialog().getByRole('button', { name: this.app.t.family.cancel }).click();
    await expect(this.dialog()).toHaveCount(0);
  }

  async confirm() {
    await this.dialog().getByRole('button', { name: this.t.removeConfirm, exact: true }).click();
    await expect(this.dialog()).toHaveCount(0);
    await this.app.expectNotification(this.t.removed);
    await expect(this.banner()).toHaveCount(0);
  }

  /** Undo from the keyboard: Alt+U reaches the message's Undo wherever the focus is. */
  async undoWithKeyboard() {
    await this.app.page.keyboard.press('Alt+KeyU');
    const undo = this.app.notification().getByRole('button', { name: this.app.t.commands.undo });
    await expect(undo).toBeFocused();
    await this.app.page.keyboard.press('Enter');
    await this.app.expectNotification(this.t.restored);
    await expect(this.banner()).toBeVisible();
  }
}
