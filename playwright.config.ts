// Playwright configuration for the end-to-end journeys in tests/e2e: the built renderer (out/renderer,
// built by scripts/test.mjs before this runs) is served on 127.0.0.1:4173 and driven in headless
// Debian Chromium (Playwright cannot download its own browsers here).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.cjs';

const executablePath = process.env.KEHA_CHROMIUM || findChromium();
// scripts/test.mjs picks a free port (KEHA_E2E_PORT) so parallel runs on one machine do not collide.
const port = Number(process.env.KEHA_E2E_PORT) || 4173;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  // Playwright empties this at start; Vitest keeps its attachments beside it in test-results/.
  outputDir: 'test-results/e2e',
  // Every test starts its own vault in its own browser context (or profile directory), so tests of
  // one file may run in either worker: the split journeys share the two workers evenly.
  fullyParallel: true,
  // Two workers on two cores: most of a journey's time is waiting (autosave delays, animations),
  // so two journeys at once take about half as long.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // `list` prints a line per test and ends with the "N passed" summary.
  reporter: [['list']],
  // The budget of one test on a busy two-core machine (two workers beside other work): a test takes
  // 10–45 s there (a third of that on an idle one). Slow is not failing; a journey that needs more is
  // split into tests that each set up their own state. Tests wait on what a user sees, never on time.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve-renderer.mjs ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
