// ESM entry for the Chromium helper (findChromium, ensureChromium, CHROMIUM_ARGS) used by
// scripts/test.mjs and vitest.config.mts; the code lives in browser.cjs so that Playwright's
// CommonJS-loaded config and e2e helpers can use the same file.
export { CHROMIUM_ARGS, findChromium, ensureChromium } from './browser.cjs';
