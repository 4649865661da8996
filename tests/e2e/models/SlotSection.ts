// Page object for the planner's time slot (renderer/src/meetings/plan/SlotSection.tsx): the slot
// field, the projected length in words and by phase, each phase's minutes, "Fit to the slot" and its
// proposal; and the team's usual meeting length on the team screen.
import { expect, type Locator, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class SlotSection {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.slot;
  }

  private get page(): Page {
    return this.app.page;
  }

  region(): Locator {
    return this.page.getByRole('region', { name: this.t.heading, exact: true });
  }

  slotField(): Locator {
    return this.region().getByRole('textbox', { name: this.t.slotLabel });
  }

  /** The team screen's usual meeting length. */
  usualField(): Locator {
    return this.page.getByRole('textbox', { name: this.t.usualLabel });
  }

  /** The plan's length against the slot, in words. */
  summary(): Locator {
    return this.page.getByTestId('slot-summary');
  }

  table(): Locator {
    return this.page.getByTestId('slot-table');
  }

  total(): Locator {
    return this.page.getByTestId('slot-table-total');
  }

  /** This plan's minutes of a phase, by the phase's name as shown. */
  minutes(phase: string): Locator {
    return this.table().getByRole('textbox', { name: fill(this.t.minutesOf, { phase }), exact: true });
  }

  proposal(): Locator {
    return this.page.getByTestId('slot-proposal');
  }

  proposalSummary(): Locator {
    return this.page.getByTestId('slot-proposal-summary');
  }

  proposedMinutes(phase: string): Locator {
    return this.proposal().getByRole('textbox', { name: fill(this.t.proposedOf, { phase }), exact: true });
  }

  /** "Fit to the slot" by keyboard: the proposal opens with its heading focused. */
  async fit(slot: number) {
    await this.region().getByRole('button', { name: this.t.fit }).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.proposal().getByRole('heading', { name: fill(this.t.proposalHeading, { slot }) })).toBeFocused();
  }

  async accept() {
    await this.proposal().getByRole('button', { name: this.t.accept }).click();
    await expect(this.proposal()).toHaveCount(0);
    await this.app.expectNotification(this.t.accepted);
  }
}
