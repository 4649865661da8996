// Finds (and if need be installs) the Chromium that the browser and e2e tests drive, and holds the
// Chromium flags that keep it quiet on a closed network. CommonJS on purpose: Playwright loads
// playwright.config.ts and the e2e files as CommonJS and cannot require an .mjs file from them.
// ESM code (scripts/test.mjs, vitest.config.mts) imports it through scripts/browser.mjs.
'use strict';
const { spawnSync } = require('node:child_process');
const { accessSync, constants, existsSync, readFileSync } = require('node:fs');
const { delimiter, join } = require('node:path');

/** Flags for every Chromium we start: no sandbox (root), no GPU, no calls home. */
const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Path of a Chromium executable, or undefined: $KEHA_CHROMIUM, then /usr/bin/chromium, then
 * chromium / chromium-browser / google-chrome on PATH, then a browser Playwright downloaded itself.
 */
function findChromium() {
  const fromEnv = process.env.KEHA_CHROMIUM;
  if (fromEnv) return fromEnv;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return playwrightChromium();
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

/**
 * Returns a Chromium path, installing Chromium first if none is found (apt-get as root on
 * Debian/Ubuntu, else `npx playwright install chromium`). Exits the process with 1 and a plain
 * message if there is still none.
 */
function ensureChromium() {
  const existing = findChromium();
  if (existing) {
    if (isExecutable(existing)) return existing;
    console.error(`KEHA_CHROMIUM is set to ${existing}, which is not an executable file.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike() && onPath('apt-get')) {
    console.log('No Chromium found: installing the Debian package "chromium" with apt-get.');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  console.log('No Chromium found: trying `npx playwright install chromium`.');
  run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
  const downloaded = findChromium();
  if (downloaded) return downloaded;
  console.error(
    [
      '',
      'Missing: a Chromium browser, which the browser and end-to-end tests need.',
      'Looked for $KEHA_CHROMIUM, /usr/bin/chromium, chromium, chromium-browser and google-chrome on PATH,',
      "and Playwright's own Chromium.",
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  elsewhere:      npx playwright install chromium',
      '  or point KEHA_CHROMIUM at an existing Chromium/Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}

module.exports = { CHROMIUM_ARGS, findChromium, ensureChromium };
