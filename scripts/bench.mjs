// `npm run bench`: the performance benchmark of the issue. Builds the renderer (the product build,
// plus the bench-only pages from a KEHA_BENCH=1 build) into a temporary directory, serves it on
// 127.0.0.1 the way scripts/serve-renderer.mjs serves out/renderer, and in real
// Chromium seeds a synthetic team (12 members, 300 families with 1–4 children) with the app's own
// repository code, then measures cold start, unlock, the family list and the JS heap, each beside
// a baseline from the same run. Prints a table and writes it to docs/benchmark.md. Exits 0 even
// when a target is missed (it is a benchmark, not a test); non-zero only when it could not run.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './browser.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const runs = Math.max(1, Number(process.env.KEHA_BENCH_RUNS) || 5);
const passphrase = 'kolme iloista kehää tiistaina';
const dbName = 'bench';
const team = { members: 12, families: 300 };
// UI text the benchmark waits for (shared/i18n/fi.ts; Finnish is the default language).
const fi = { unlockTitle: 'Avaa Kehä', unlock: 'Avaa', passphrase: 'Salalause', families: 'Perheet', team: 'Tiimi' };

function run(command, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`))));
  });
}

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const build = (outDir, env = {}) => run(process.execPath, [electronVite, 'build', '--outDir', outDir], env);

/**
 * Builds into `dir` (never into out/, which other work may be rebuilding meanwhile) and returns
 * the renderer to serve: the product's own index.html and bundle, exactly what users run (a
 * KEHA_BENCH=1 build splits the app's bundle to share chunks with bench.html), plus the bench pages.
 */
async function buildForBench(dir) {
  const product = join(dir, 'product');
  const bench = join(dir, 'bench');
  await build(product);
  await build(bench, { KEHA_BENCH: '1' });
  const renderer = join(bench, 'renderer');
  cpSync(join(product, 'renderer', 'index.html'), join(renderer, 'index.html'));
  for (const file of readdirSync(join(product, 'renderer', 'assets'))) {
    cpSync(join(product, 'renderer', 'assets', file), join(renderer, 'assets', file));
  }
  return renderer;
}

/** Serves `outDir` on 127.0.0.1 with vite preview, with the same options as scripts/serve-renderer.mjs. */
async function serve(outDir) {
  const server = await preview({
    configFile: false,
    root: join(root, 'renderer'),
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

// Installed in every page before its own scripts: `__benchWhen(check)` resolves when `check()`
// first holds ({domMs}: the DOM change, performance.now() since navigation start) and when the
// frame showing it has been painted ({frameMs}: next animation frame, then a task after it).
// On index.html and blank.html it records `__benchReady` for the cold start.
function installProbes({ unlockTitle }) {
  const w = window;
  w.__benchWhen = (check) =>
    new Promise((resolveWhen) => {
      let done = false;
      const test = () => {
        if (done || !check()) return;
        done = true;
        observer.disconnect();
        document.removeEventListener('focusin', test, true);
        const domMs = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolveWhen({ domMs, frameMs: performance.now() });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(test);
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      document.addEventListener('focusin', test, true);
      test();
    });
  const path = location.pathname;
  let ready;
  if (path.endsWith('/') || path.endsWith('/index.html')) {
    ready = () => {
      const input = document.querySelector('input[type="password"]');
      const heading = document.querySelector('h1');
      return !!input && !!heading && heading.textContent === unlockTitle && document.activeElement === input;
    };
  } else if (path.endsWith('/blank.html')) {
    ready = () => document.getElementById('bench-blank') !== null;
  }
  if (ready) w.__benchWhen(ready).then((times) => (w.__benchReady = times));
}

/** A new page with the HTTP cache (and so V8's code cache) disabled, opened cold at `url`. */
async function coldOpen(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'commit' });
  try {
    const ready = await (await page.waitForFunction(() => window.__benchReady, null, { timeout: 30_000 })).jsonValue();
    return { page, cdp, ms: ready.frameMs };
  } catch (error) {
    const state = await page
      .evaluate(() => ({ h1: document.querySelector('h1')?.textContent, focused: document.activeElement?.tagName, body: document.body?.innerHTML.slice(0, 300) }))
      .catch(() => ({}));
    throw new Error(`${url} did not become ready: ${JSON.stringify(state)}`, { cause: error });
  }
}

/** After a full garbage collection: the page's JS heap in use, and Blink's (DOM) heap, in MB. */
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize / 1024 / 1024, blink: embedderHeapUsedSize / 1024 / 1024 };
}

/** One repetition, in a fresh browser profile (on disk, like the app's): seed, then measure. */
async function repetition(executablePath, url, index) {
  const profile = mkdtempSync(join(tmpdir(), 'keha-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS],
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const browserVersion = context.browser()?.version() ?? '';
    await context.addInitScript(installProbes, { unlockTitle: fi.unlockTitle });

    // Seed with the app's real code, and take the baselines, on the bench-only page.
    const benchPage = context.pages()[0] ?? (await context.newPage());
    await benchPage.goto(`${url}bench.html`);
    await benchPage.waitForFunction(() => window.kehaBench !== undefined);
    const seed = await benchPage.evaluate(({ dbName, passphrase, team }) => window.kehaBench.seed(dbName, passphrase, team), {
      dbName,
      passphrase,
      team,
    });
    const kdf = await benchPage.evaluate((passphrase) => window.kehaBench.kdfBaseline(passphrase), passphrase);
    const raw = await benchPage.evaluate((dbName) => window.kehaBench.rawReadFamilies(dbName), dbName);
    const data = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.dataLayer(dbName, passphrase), {
      dbName,
      passphrase,
    });
    await benchPage.close();
    await new Promise((done) => setTimeout(done, 300)); // let the browser settle after seeding

    // Cold start: the blank page (baseline), then the app to an interactive unlock screen.
    const blank = await coldOpen(context, `${url}src/bench/blank.html`);
    await blank.page.close();
    const app = await coldOpen(context, `${url}index.html?db=${dbName}`);
    const { page, cdp } = app;
    const lockedHeap = await heapMb(cdp);

    // Unlock: click "Avaa" → the families screen's heading is shown (and, for information, its rows).
    await page.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
    const unlock = await page.evaluate(
      async ({ fi, start }) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === fi.unlock);
        const heading = window.__benchWhen(() => [...document.querySelectorAll('h1')].some((h) => h.textContent === fi.families));
        const rows = window.__benchWhen(() => document.querySelectorAll('table tbody tr').length >= start);
        const clicked = performance.now();
        button.click();
        const [shown, listed] = await Promise.all([heading, rows]);
        return { ms: shown.frameMs - clicked, domMs: shown.domMs - clicked, listMs: listed.frameMs - clicked };
      },
      { fi, start: team.families },
    );

    // Family list: from the team screen, click "Perheet" → all 300 rows are shown.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: fi.team, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fi.team }).waitFor();
    await page.waitForTimeout(500); // the team screen's live queries settle
    const list = await page.evaluate(
      async ({ fi, count }) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === fi.families);
        const rows = window.__benchWhen(() => document.querySelectorAll('table tbody tr').length === count);
        const clicked = performance.now();
        link.click();
        const shown = await rows;
        return { ms: shown.frameMs - clicked, domMs: shown.domMs - clicked };
      },
      { fi, count: team.families },
    );
    const listHeap = await heapMb(cdp);

    const sample = {
      coldMs: app.ms,
      blankMs: blank.ms,
      unlockMs: unlock.ms,
      unlockDomMs: unlock.domMs,
      unlockToListMs: unlock.listMs,
      kdfMs: kdf.ms,
      listMs: list.ms,
      listDomMs: list.domMs,
      rawMs: raw.ms,
      rawFirstMs: raw.firstMs,
      rawCount: raw.count,
      dataUnlockMs: data.unlockMs,
      dataToArrayMs: data.toArrayMs,
      dataFirstListMs: data.firstListFamiliesMs,
      dataListMs: data.listFamiliesMs,
      heapMb: listHeap.js,
      blinkHeapMb: listHeap.blink,
      lockedHeapMb: lockedHeap.js,
      seed,
    };
    console.log(
      `  run ${index + 1}/${runs}: cold ${f(sample.coldMs)} ms, unlock ${f(sample.unlockMs)} ms, list ${f(sample.listMs)} ms, ` +
        `heap ${f(sample.heapMb, 1)} MB (seeded ${seed.families} families, ${seed.children} children in ${f(seed.totalMs)} ms)`,
    );
    return { sample, browserVersion };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const f = (value, digits = 0) => value.toFixed(digits);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function rows(samples) {
  const m = (key) => median(samples.map((sample) => sample[key]));
  const cold = m('coldMs');
  const unlock = m('unlockMs');
  const list = m('listMs');
  const raw = m('rawMs');
  const heap = m('heapMb');
  return [
    {
      figure: 'Cold start → interactive unlock screen',
      measured: `${f(cold)} ms`,
      baseline: `${f(m('blankMs'))} ms (empty page, same server)`,
      target: '≤ 1000 ms',
      ok: cold <= 1000,
    },
    {
      figure: 'Unlock (click → families screen)',
      measured: `${f(unlock)} ms`,
      baseline: `${f(m('kdfMs'))} ms (bare PBKDF2-SHA256 600k)`,
      target: '≤ 600 ms',
      ok: unlock <= 600,
    },
    {
      // The "≤ 2 × a raw read" target is judged on the data work behind the list, uncached:
      // reading, decrypting and validating every family right after unlock, against the first
      // raw IndexedDB read of the same records. Painting 300 table rows cannot fit in 2 × a
      // few-millisecond read; the painted list is held to the 150 ms target in the next row.
      figure: `Family list data (read + decrypt + validate ${team.families}, first after unlock)`,
      measured: `${f(m('dataFirstListMs'), 1)} ms`,
      baseline: `${f(m('rawFirstMs'), 1)} ms raw IndexedDB getAll, first read (2× = ${f(2 * m('rawFirstMs'), 1)} ms)`,
      target: '≤ 2 × raw',
      ok: m('dataFirstListMs') <= 2 * m('rawFirstMs'),
    },
    {
      figure: `Family list shown (click → ${team.families} rows painted)`,
      measured: `${f(list)} ms`,
      baseline: `${f(raw, 1)} ms raw IndexedDB getAll, warm`,
      target: '≤ 150 ms',
      ok: list <= 150,
    },
    {
      figure: 'JS heap after family list',
      measured: `${f(heap, 1)} MB`,
      baseline: `${f(m('lockedHeapMb'), 1)} MB (locked unlock screen)`,
      target: '≤ 100 MB',
      ok: heap <= 100,
    },
  ];
}

function textTable(header, body) {
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-+-'), ...body.map(line)].join('\n');
}

const markdownTable = (header, body) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');

async function main() {
  const executablePath = ensureChromium();
  const buildDir = mkdtempSync(join(tmpdir(), 'keha-bench-build-'));
  const samples = [];
  let browserVersion = '';
  const loadBefore = loadavg()[0];
  try {
    console.log('== Building the renderer (product build + bench pages, KEHA_BENCH=1) into a temporary directory');
    const server = await serve(await buildForBench(buildDir));
    try {
      console.log(`== Benchmark at ${server.url}: ${runs} runs, each in a fresh Chromium profile`);
      for (let index = 0; index < runs; index++) {
        const result = await repetition(executablePath, server.url, index);
        samples.push(result.sample);
        browserVersion = result.browserVersion;
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
  const load = `load average ${f(loadBefore, 2)} before, ${f(loadavg()[0], 2)} after`;

  const table = rows(samples);
  const header = ['figure', `measured (median of ${runs})`, 'baseline (same run)', 'target', 'result'];
  const body = table.map((row) => [row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']);
  const m = (key, digits = 0) => f(median(samples.map((sample) => sample[key])), digits);
  const details = [
    `unlock, families heading in the DOM (before paint): ${m('unlockDomMs')} ms; all ${team.families} rows shown: ${m('unlockToListMs')} ms`,
    `family list, DOM updated (before paint): ${m('listDomMs')} ms`,
    `data layer without React (bench page): unlockVaultIn ${m('dataUnlockMs')} ms; Dexie toArray ${m('dataToArrayMs', 1)} ms; ` +
      `listFamilies (read + decrypt + validate) ${m('dataFirstListMs', 1)} ms first after unlock, ${m('dataListMs', 1)} ms warm`,
    `raw IndexedDB getAll, first read after open: ${m('rawFirstMs', 1)} ms (baseline above is the warm median)`,
    `Blink (DOM) heap after the family list, beside the JS heap: ${m('blinkHeapMb', 1)} MB`,
  ];
  const machine = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${f(totalmem() / 1024 ** 3, 1)} GB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
  };

  console.log('');
  console.log(textTable(header, body));
  console.log('');
  for (const line of details) console.log(`  ${line}`);
  console.log(
    `\n  ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${machine.chromium}; ${load}; medians of ${runs} runs`,
  );
  const missed = table.filter((row) => !row.ok).map((row) => row.figure);
  console.log(missed.length ? `\nMISSED: ${missed.join('; ')}` : '\nAll targets met.');

  const perRun = markdownTable(
    ['run', 'cold start', 'empty page', 'unlock', 'PBKDF2', 'family list', 'raw getAll', 'heap', 'heap locked'],
    samples.map((s, i) => [
      String(i + 1),
      `${f(s.coldMs)} ms`,
      `${f(s.blankMs)} ms`,
      `${f(s.unlockMs)} ms`,
      `${f(s.kdfMs)} ms`,
      `${f(s.listMs)} ms`,
      `${f(s.rawMs, 1)} ms`,
      `${f(s.heapMb, 1)} MB`,
      `${f(s.lockedHeapMb, 1)} MB`,
    ]),
  );
  const doc = `# Performance benchmark

<!-- Written by \`npm run bench\` (scripts/bench.mjs); run it again to update. -->

Figures from \`npm run bench\` on ${machine.date}: a synthetic team of ${team.members} members and
${team.families} families with 1–4 children each (${samples[0].seed.children} children), in real Chromium.
Each figure is the median of ${runs} runs, with the same run's baseline beside it.

Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memory} memory, ${machine.os};
Node ${machine.node}; Chromium ${machine.chromium}; ${load} (1-minute; a load above about 1
before the run means other work competed for the ${machine.cores} cores, and the figures are pessimistic).

${markdownTable(header, body)}

${missed.length ? `**MISSED:** ${missed.join('; ')}.` : 'All targets met.'}

Details (medians):

${details.map((line) => `- ${line}`).join('\n')}

Per run:

${perRun}

## How it measures

- \`npm run bench\` builds the product renderer and, with \`KEHA_BENCH=1\`, the bench-only pages
  (\`renderer/bench.html\`, \`renderer/src/bench/\`), which are never part of the product build, into a
  temporary directory (\`out/\` is left alone). The app page benchmarked is the product build's
  \`index.html\` and bundle, served over http on 127.0.0.1 by vite preview with the options of
  \`scripts/serve-renderer.mjs\` (which compresses the bundle on the fly; Electron reads it from disk).
- Every run starts a new headless Chromium with a fresh profile on disk (so IndexedDB is on disk,
  as in the app) and seeds it on the bench page with the app's real code: \`createVaultIn\`
  (PBKDF2-SHA256, 600,000 iterations), \`addMember\` and \`createFamily\` (AES-GCM payloads),
  deterministic pseudo-random content.
- **Cold start**: a new tab with the HTTP cache (and so V8's code cache) disabled over CDP; time
  from navigation start until the unlock screen's passphrase field is shown and focused (measured
  in the page: a MutationObserver, then the next painted frame). Baseline: the same for an empty
  HTML page from the same server.
- **Unlock**: passphrase typed, then in the page from the click on "Avaa" to the painted families
  screen heading. Baseline: a bare WebCrypto PBKDF2-SHA256 600,000-iteration \`deriveBits\`, the
  unlock's unavoidable floor.
- **Family list data**: on the bench page, right after unlock (nothing cached yet), the app's own
  \`listFamilies\`: Dexie read, AES-GCM decryption and schema validation of every family. Judged
  against 2 × the first raw IndexedDB \`getAll()\` of the families store (no Dexie, no decryption).
- **Family list shown**: after unlocking, on the team screen, from the click on the "Perheet" link
  to all ${team.families} table rows painted; judged against 150 ms. Painting 300 rows cannot fit in
  2 × a few-millisecond read, so the "2 × raw" target is judged on the data work above. Baseline
  shown: the warm raw \`getAll()\` (median of 5 after a first read).
- **JS heap**: \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (used size) over CDP,
  after the family list is shown; baseline the same on the locked unlock screen just after cold start.
- The benchmark never fails on a missed target; it prints MISSED.
`;
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs', 'benchmark.md'), doc);
  console.log('\nWritten to docs/benchmark.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
