// Reordering a react-aria drag-and-drop list by keyboard alone, as a keyboard user does it: focus
// the list (Tab from its heading), move to the row, Tab to its drag button, Enter to pick it up,
// arrows to the drop target, Enter to drop. Used for the planner's deep dives and the template
// editor's phases.
import { expect, type Locator, type Page } from '@playwright/test';

export type KeyboardDrag = {
  /** The heading just before the list (focused, then Tab enters the list). */
  heading: Locator;
  /** The list (role grid) whose rows are dragged. */
  list: Locator;
  /** The row to move, its position among the rows, and its drag button. */
  row: Locator;
  index: number;
  handle: Locator;
  /** Positions to move: negative moves up. */
  steps: number;
};

export async function dragByKeyboard(page: Page, { heading, list, row, index, handle, steps }: KeyboardDrag) {
  const keys = page.keyboard;
  await heading.focus();
  await keys.press('Tab');
  await expect(list.locator('[role="row"]:focus')).toHaveCount(1);
  await keys.press('Home');
  for (let position = 0; position < index; position++) await keys.press('ArrowDown');
  await expect(row).toBeFocused();
  await keys.press('Tab');
  await expect(handle).toBeFocused();
  await pressAndWaitForFocusMove(page, 'Enter');
  // Picked up, the drop target is right after the row itself; going up skips the target just
  // before it, which is the same place.
  const presses = steps < 0 ? -steps + 1 : steps;
  for (let step = 0; step < presses; step++) await pressAndWaitForFocusMove(page, steps < 0 ? 'ArrowUp' : 'ArrowDown');
  await keys.press('Enter');
}

/** Presses a key and waits until focus has moved to another element (a drop target). */
async function pressAndWaitForFocusMove(page: Page, key: string) {
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const before = await focused();
  await page.keyboard.press(key);
  await expect.poll(focused).not.toBe(before);
}
