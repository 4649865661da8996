// Page object for the room's shared screen (#/screen/ID): opened from the chair's view (its own window,
// a popup here), it needs no unlocking and follows the chair's window over the private port it was
// handed. Finds what it shows by the texts users see in the app's remembered language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language, Messages } from '../../../shared/i18n/messages';
import { fill, texts } from './texts';

export class SharedScreenPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  private get t(): Messages['record'] {
    return texts[this.language].record;
  }

  /**
   * Opens the room's screen the way the chair does: *Open shared screen* in the chair's view on
   * `chair` (which must show the running meeting), and returns the window that opens.
   */
  static async openFrom(chair: Page, language: Language): Promise<SharedScreenPage> {
    const [popup] = await Promise.all([chair.waitForEvent('popup'), SharedScreenPage.openButton(chair, language).click()]);
    return new SharedScreenPage(popup, language);
  }

  /** The chair's button that opens the room's screen (or reconnects it when it was lost). */
  static openButton(chair: Page, language: Language): Locator {
    const t = texts[language];
    return chair.getByRole('button', { name: new RegExp(`^(${escape(t.run.controls.openSharedScreen)}|${escape(t.roomScreen.reconnect)})$`) });
  }

  /** What the chair's view says about its link to the screen. */
  static linkState(chair: Page): Locator {
    return chair.getByTestId('screen-link-state');
  }

  /** Types the screen's address into a page (no chair's window opened it, so it has no port). */
  async gotoByAddress(meetingId: string) {
    await this.page.goto(`/#/screen/${encodeURIComponent(meetingId)}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits until the screen shows this phase as step `number` of `count`. */
  async expectPhase(name: string, number: number, count: number) {
    await expect(this.heading()).toHaveText(name);
    await expect(this.page.locator('.shared-screen-position')).toContainText(fill(this.t.screen.stepOf, { number, count }));
  }

  async expectWaiting() {
    await expect(this.page.getByRole('status')).toHaveText(this.t.screen.waiting);
  }

  async expectClosed() {
    await expect(this.page.getByRole('status')).toHaveText(this.t.screen.closed);
  }

  /**
   * Cleared by a lock: either the chair's "closed" message (sent over the port as it locks) or, once
   * the screen has reloaded with the lock, "open it again from the chair's view". Both show nothing
   * of the meeting and say what to do.
   */
  async expectClearedByLock() {
    const said = [this.t.screen.closed, texts[this.language].roomScreen.unlinked];
    await expect.poll(async () => said.includes(((await this.page.getByRole('status').textContent()) ?? '').trim())).toBe(true);
  }

  /** "Open the room's screen again from the chair's view", said in words. */
  async expectUnlinked() {
    await expect(this.page.getByRole('status')).toHaveText(texts[this.language].roomScreen.unlinked);
  }

  timer(): Locator {
    return this.page.getByTestId('screen-timer');
  }

  /** "On time", "Last minute", "Over time by m:ss" or "Break". */
  timeState(): Locator {
    return this.page.getByTestId('screen-time-state');
  }

  /** The phase's planned time next to its timer, as shown (not as read to screen readers). */
  plannedTime(): Locator {
    return this.page.locator('.shared-screen-planned [aria-hidden="true"]');
  }

  /** The whole meeting's time, as shown. */
  meetingTime(): Locator {
    return this.page.locator('.shared-screen-meeting [aria-hidden="true"]');
  }

  timerBox(): Locator {
    return this.page.locator('.shared-screen-timer');
  }

  family(): Locator {
    return this.page.locator('.shared-screen-family');
  }

  /** The agenda, when the chair has put it on the screen. */
  agenda(): Locator {
    return this.page.getByRole('region', { name: texts[this.language].run.lists.agendaHeading, exact: true });
  }

  /** What the meeting agreed, when the chair has put it on the screen. */
  agreed(): Locator {
    return this.page.getByRole('region', { name: texts[this.language].run.lists.agreedHeading, exact: true });
  }

  quickRound(): Locator {
    return this.page.getByRole('region', { name: this.t.quickRoundFamilies });
  }

  risk(): Locator {
    return this.page.getByRole('region', { name: this.t.risk });
  }

  scoredCount(): Locator {
    return this.page.getByTestId('screen-scored');
  }

  spread(): Locator {
    return this.page.getByTestId('screen-spread');
  }

  /** The revealed round's scores as dots on the 0–10 line (an image named by its text alternative). */
  dotLine(): Locator {
    return this.risk().getByTestId('risk-dot-line');
  }

  dots(): Locator {
    return this.dotLine().locator('circle.risk-dot');
  }

  hypotheses(): Locator {
    return this.page.getByRole('region', { name: this.t.screen.hypotheses });
  }

  actions(): Locator {
    return this.page.getByRole('region', { name: this.t.actions });
  }

  /** The care-period goals (an interim review's goals phase). */
  goals(): Locator {
    return this.page.getByRole('region', { name: texts[this.language].carePeriod.room.heading, exact: true });
  }

  /** Goal `number` (1-based) as the room's screen shows it. */
  goal(number: number): Locator {
    return this.goals().getByTestId('screen-goal').nth(number - 1);
  }

  notes(): Locator {
    return this.page.getByRole('region', { name: this.t.screen.notes });
  }

  /** Everything the screen shows, as text (for "shows nothing of…" checks). */
  async text(): Promise<string> {
    return (await this.page.locator('main').innerText()) ?? '';
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
