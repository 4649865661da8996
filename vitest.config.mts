// Vitest configuration: two projects. `unit` runs in Node with fake-indexeddb; `browser` runs the
// same kind of code in real headless Chromium (real IndexedDB, real WebCrypto) through Playwright.
// Run one with `npm run test:unit` / `npm run test:browser`; scripts/test.mjs runs both.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

// Vitest 5 targets Node >= 22 and calls a few ES2024 built-ins in its main process that Node 20
// lacks: Map.groupBy when it reports failed tests (without it a failing run crashes the reporter and
// hides the failure), Object.groupBy for snapshot updates, Promise.withResolvers in watch mode.
// The config is loaded in that process before any reporter runs, so define them here on Node 20.
polyfillForNode20();

function polyfillForNode20(): void {
  type KeyOf<T> = (item: T, index: number) => PropertyKey;
  function groups<T>(items: Iterable<T>, keyOf: KeyOf<T>): Map<PropertyKey, T[]> {
    const map = new Map<PropertyKey, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = map.get(key);
      if (group) group.push(item);
      else map.set(key, [item]);
    }
    return map;
  }
  function objectGroups<T>(items: Iterable<T>, keyOf: KeyOf<T>): Record<PropertyKey, T[]> {
    return Object.assign(Object.create(null), Object.fromEntries(groups(items, keyOf)));
  }
  function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }
  const builtins = { Map, Object, Promise } as unknown as {
    Map: { groupBy?: unknown };
    Object: { groupBy?: unknown };
    Promise: { withResolvers?: unknown };
  };
  builtins.Map.groupBy ??= groups;
  builtins.Object.groupBy ??= objectGroups;
  builtins.Promise.withResolvers ??= withResolvers;
}

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
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
