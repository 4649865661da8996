// Types for scripts/browser.cjs (and its ESM entry browser.mjs): the Chromium helper.
/** Flags for every Chromium we start: no sandbox (root), no GPU, no calls home. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Path of a Chromium executable, or undefined when none is found. */
export declare function findChromium(): string | undefined;
/** Path of a Chromium executable, installing one if needed; exits the process when impossible. */
export declare function ensureChromium(): string;
