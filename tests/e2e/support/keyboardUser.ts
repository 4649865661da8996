// A user who has no mouse: reaches controls by focus and works them with keys only (Enter on
// buttons and links, Space on checkboxes and radios, typing in fields). `expectNoPointerUse`
// proves afterwards that no real mouse or touch event reached the page during the journey.
import { expect, type Locator, type Page } from '@playwright/test';

export class KeyboardUser {
  constructor(readonly page: Page) {}

  /** Counts every trusted pointer, mouse and touch event in every document this page loads. Call before the first goto. */
  async watchForPointerUse() {
    await this.page.addInitScript(() => {
      const key = 'keha-pointer-events';
      for (const type of ['pointerdown', 'mousedown', 'click', 'touchstart']) {
        window.addEventListener(
          type,
          (event) => {
            // Keyboard activation of a button fires a synthetic click with detail 0; a real click has detail ≥ 1.
            if (event.isTrusted && !(event instanceof MouseEvent && event.type === 'click' && event.detail === 0)) {
              sessionStorage.setItem(key, String(Number(sessionStorage.getItem(key) ?? '0') + 1));
            }
          },
          true,
        );
      }
    });
  }

  async expectNoPointerUse() {
    expect(await this.page.evaluate(() => sessionStorage.getItem('keha-pointer-events') ?? '0')).toBe('0');
  }

  /**
   * Moves the focus to a control and waits until it holds there. A control re-rendered as a new
   * element while its data settles loses the focus given to the old one (a user's next Tab lands on
   * the new one), so the focus is given again until the control the user sees has it.
   */
  async focus(control: Locator) {
    await expect(async () => {
      await control.focus();
      await expect(control).toBeFocused({ timeout: 1_000 });
    }).toPass();
  }

  /** Enter on a button or link. */
  async press(control: Locator) {
    await this.focus(control);
    await this.page.keyboard.press('Enter');
  }

  /** Space on a checkbox or radio button. */
  async toggle(control: Locator) {
    await this.focus(control);
    await this.page.keyboard.press('Space');
  }

  /** Replaces a field's text by typing. */
  async type(field: Locator, text: string) {
    await this.focus(field);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }

  /**
   * Chooses an option in a native select. Focus goes to the select; the choice is made the way
   * the keyboard's arrow keys would make it (Playwright's selectOption, no pointer involved).
   */
  async choose(select: Locator, option: { label: string } | { startsWith: string }) {
    await this.focus(select);
    if ('label' in option) {
      await select.selectOption({ label: option.label });
      return;
    }
    const value = await select
      .locator('option')
      .filter({ hasText: new RegExp(`^${option.startsWith.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first()
      .getAttribute('value');
    if (value === null) throw new Error(`No option starting with ${option.startsWith}`);
    await select.selectOption(value);
  }
}
