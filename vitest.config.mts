// Vitest configuration: two projects. `unit` runs in Node with fake-indexeddb; `browser` runs the
// same kind of code in real headless Chromium (real IndexedDB, real WebCrypto) through Playwright.
// Run one with `npm run test:unit` / `npm run test:browser`; scripts/test.mjs runs both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const executablePath = process.env.KEHA_CHROMIUM || findChromium();
// Pre-bundle every runtime dependency up front for the browser project. Otherwise Vite discovers a
// dependency first imported by a new test mid-run, re-optimises and reloads the page, which fails
// that run (e.g. two copies of React: "Invalid hook call").
const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const browserDeps = [
  ...Object.keys(packageJson.dependencies ?? {}),
  'react-dom/client',
  'date-fns/locale',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
];

// Failure screenshots and other attachments go under the git-ignored test-results/ (Playwright only
// cleans its own test-results/e2e).
const attachmentsDir = 'test-results/vitest-attachments';

export default defineConfig({
  test: {
    attachmentsDir,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        plugins: [react()],
        optimizeDeps: { include: browserDeps },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/browser/**/*.test.tsx'],
          // expect.element and expect.poll wait for what the page shows; on a busy 2-core machine the
          // default 1 s can run out before a live query settles, so they wait up to 10 s (a passing
          // check returns as soon as it holds).
          expect: { poll: { timeout: 10_000 } },
          setupFiles: ['tests/browser/textMatchers.ts'],
          // One pouchdb-server on 127.0.0.1 for the run (inject('syncServer')); docs/architecture.md:
          // Sync: the test server.
          globalSetup: ['tests/support/syncServerGlobalSetup.ts'],
          attachmentsDir,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
            // Failure screenshots beside the attachments, not beside the tests.
            screenshotDirectory: resolve(attachmentsDir, 'screenshots'),
            // Locators match a whole name or text, as the tests are written (Vitest 5's default).
            locators: { exact: true },
          },
        },
      },
    ],
  },
});
