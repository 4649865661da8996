// `npm test`: the whole check from a fresh clone (after `npm install`). Makes sure a Chromium is
// there, then type-checks, builds, runs the Vitest projects (unit + browser) and the Playwright e2e
// journeys, stopping at the first step that fails. Ends with one line `N passed, N failed`
// (`, N skipped` when any) counted from the runners' JSON reports; exits non-zero on any failure or
// when no test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './browser.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const reportDir = mkdtempSync(join(tmpdir(), 'keha-test-reports-'));
const vitestJson = join(reportDir, 'vitest.json');
const playwrightJson = join(reportDir, 'playwright.json');

/** A tool from node_modules/.bin (falls back to npx when it is missing). */
function bin(name) {
  const local = join(root, 'node_modules', '.bin', name);
  return existsSync(local) ? [local] : ['npx', '--no-install', name];
}

function run(command, args, env) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(error.message);
      resolvePromise(1);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A TCP port free on 127.0.0.1 right now (for the e2e renderer server). */
function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };

function countVitest() {
  const report = readJson(vitestJson);
  if (!report) return false;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

function countPlaywright() {
  const report = readJson(playwrightJson);
  if (!report?.stats) return false;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  return true;
}

console.log('== Chromium');
const chromium = ensureChromium();
console.log(`using ${chromium}`);
const browserEnv = { KEHA_CHROMIUM: chromium };
const e2ePort = process.env.KEHA_E2E_PORT || (await freePort());

const steps = [
  { name: 'type-check', command: bin('tsc'), args: ['-b'] },
  { name: 'build', command: bin('electron-vite'), args: ['build'] },
  {
    name: 'unit + browser tests (vitest)',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    env: browserEnv,
    count: countVitest,
  },
  {
    name: 'e2e tests (playwright)',
    command: bin('playwright'),
    args: ['test', '--reporter=list,json'],
    env: { ...browserEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, KEHA_E2E_PORT: String(e2ePort) },
    count: countPlaywright,
  },
];

const timings = [];
let failedStep;
for (const step of steps) {
  console.log(`\n== ${step.name}`);
  const started = Date.now();
  const [command, ...prefix] = step.command;
  const code = await run(command, [...prefix, ...step.args], step.env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = step.count ? step.count() : true;
  timings.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`);
  if (code !== 0) {
    failedStep = `step "${step.name}" failed with exit code ${code}`;
    break;
  }
  if (!counted) {
    failedStep = `step "${step.name}" wrote no JSON report to count its tests`;
    break;
  }
}
rmSync(reportDir, { recursive: true, force: true });

console.log('\n== Summary');
for (const line of timings) console.log(line);
const ran = totals.passed + totals.failed;
if (failedStep) console.log(`FAILED: ${failedStep}`);
else if (ran === 0) console.log('FAILED: no test ran');
else if (totals.failed > 0) console.log('FAILED: some tests failed');
else console.log('All steps passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedStep || ran === 0 || totals.failed > 0 ? 1 : 0);
