// Types for scripts/browser.mjs (the ESM entry of scripts/browser.cjs).
export { CHROMIUM_ARGS, findChromium, ensureChromium } from './browser.cjs';
