// Temporary smoke journey: the built renderer served at / loads in Chromium with the title "Kehä".
// To be replaced by the real journeys (page objects under tests/e2e/).
import { expect, test } from '@playwright/test';

test('the served app has the title Kehä', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Kehä');
});
