// `npm run bench`: the performance benchmark of the issue. Builds the renderer (the product build,
// plus the bench-only pages from a KEHA_BENCH=1 build) into a temporary directory, serves it on
// 127.0.0.1 the way scripts/serve-renderer.mjs serves out/renderer, and in real
// Chromium seeds a synthetic team (12 members, 300 families with 1–4 children) and five years of
// weekly meetings (260 finished, one running with 4 deep dives) with the app's own code, then
// measures cold start, unlock, the family list and the JS heap, and the meeting figures
// (phase advance, notes keystroke to stored, the notes write, the past meetings list, the
// summaries), and the hypothesis figures (10,000 revisions across the 300 families: the
// therapist review shown, a filter change, a family's evolution view), each beside a baseline
// from the same run; then the extra groups (extraGroups: the quick round, fitting a plan to its slot,
// the agenda mid-meeting, the safety round's data, the entry drafts, continuity), each on a small vault of its
// own. Prints a table and writes it to docs/benchmark.md. Exits 0 even
// when a target is missed (it is a benchmark, not a test); non-zero only when it could not run.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './browser.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const runs = Math.max(1, Number(process.env.KEHA_BENCH_RUNS) || 5);
// KEHA_BENCH_ONLY=backup: seed the five-year vault and take only the backup measures (printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=networkMap: seed a small team with one network map of 40 contacts and take only its measure (printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=genogram: only the genogram of 60 people (a small vault of its own; printed, docs/benchmark.md untouched).
// The next six are also taken by a full run after its main figures, each on its own small vault (extraGroups below).
// KEHA_BENCH_ONLY=continuity: only the opening's "agreed last time" and the deep dives' glances of the latest of a year of meetings (a vault of its own; printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=slot: fitting a plan to its slot (3 deep dives, 100 quick-round families, the built-in weekly template), alone and on the planner (printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=agenda: only adding a deep dive to a running meeting (60 families, 3 deep dives; printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=documents: only the entry drafts and the planned agenda of a finished meeting with 4 deep dives (a small vault; printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=safety: the safety round's data: last time's round read from two years of weekly meetings, and the chair's entry from paper saved in one write (printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=sync: sync between two computers (browser contexts) through a pouchdb-server the run starts on 127.0.0.1:
//   a change seen on the other computer, the first join of the five-year vault, a write with and without sync (printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=quickRound: only the quick round of 100 families (its list painted; a line saved beside a raw put; a small vault of its own; printed, docs/benchmark.md untouched).
// KEHA_BENCH_ONLY=together: only the team on several computers: a member's own score written into a round of eight, and a phase change checked for the driving computer (a small vault; printed, docs/benchmark.md untouched; not in a full run).
const only = process.env.KEHA_BENCH_ONLY ?? '';
const passphrase = 'kolme iloista kehää tiistaina';
const dbName = 'bench';
const team = { members: 12, families: 300, meetings: 260 };
// Samples per run of the meeting measures; medians and p95s are over all runs' samples.
const samplesPerRun = { advance: 20, keystroke: 12, meetingsList: 5, noteWrite: 20, summaries: 30, review: 5, filter: 20, evolution: 5, reviewData: 10, timeline: 5, pan: 3, drawing: 10, networkMap: 8, genogram: 5, genogramLayout: 20, agenda: 8, quickRound: 5, quickRoundSave: 20 };
// The quick round: the families of the caseload on one meeting's quick round.
const quickRoundFamilies = 100;
// Methods: a family's timeline of 400 events, a three-houses drawing of 2,000 points, a network map of 40 contacts, a genogram of 60 people.
// The time slot: fitting the built-in weekly meeting with 3 deep dives and 100 quick-round families. In
// 90 minutes even the minimums do not fit (99.5 min), so fitting stops early; in 120 minutes the
// whole search runs. Both are timed; the planner's press is measured with 120.
const slotPlan = { deepDives: 3, families: 100, slots: [120, 90], fitSamples: 500, fitBatch: 20, screenSamples: 10 };
const methodPlan = { timelineEvents: 400, drawingPoints: 2_000, networkMapContacts: 40, genogramPeople: 60 };
// Hypotheses: hypotheses with several revisions each over five years, 10,000 revisions in all (the
// meeting seed's included), and one family with 40 hypotheses over five years for the evolution view.
const hypothesisPlan = { totalRevisions: 10_000, evolutionHypotheses: 40, years: 5 };
// Texts of the review (shared/i18n/fi.ts nav, shared/i18n/sections/{review,hypotheses}.ts) and its page of rows.
const fiReview = {
  nav: 'Hypoteesit',
  title: 'Hypoteesit perheittäin',
  open: 'Avoin',
  weakened: 'Heikentynyt',
  culture: 'kulttuuri',
  staleOnlyStart: 'Vain ne, joita ei ole käsitelty',
};
const reviewPageSize = 25; // renderer/src/hypotheses/review/ReviewTable.tsx
// UI text the benchmark waits for (shared/i18n/fi.ts; Finnish is the default language).
const fi = { unlockTitle: 'Avaa Kehä', unlock: 'Avaa', passphrase: 'Salalause', families: 'Perheet', team: 'Tiimi' };
// Meeting texts (shared/i18n/fi.ts nav, shared/i18n/sections/{meetings,run}.ts).
const fiMeetings = { meetings: 'Kokoukset', past: 'Pidetyt kokoukset', next: 'Seuraava vaihe' };
// The time slot's texts (shared/i18n/sections/slot.ts).
const fiTexts = { slot: { fit: 'Sovita kokousaikaan', cancel: 'Sulje ehdotus', slotLabel: 'Tämän kokouksen aika (minuuttia)' } };
// The notes autosave's delay (renderer/src/components/AutosaveField: useAutosave).
const autosaveDelayMs = 500;

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
  // KEHA_DB_PARAM=1: the app opens the bench's own databases by ?db= (the product build ignores it);
  // nothing else in the build differs.
  await build(product, { KEHA_DB_PARAM: '1' });
  await build(bench, { KEHA_BENCH: '1', KEHA_DB_PARAM: '1' });
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
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
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
    throw new Error(`${url} did not become ready: ${JSON.stringify(state)}; errors: ${errors.join(' | ')}`, { cause: error });
  }
}

/** After a full garbage collection: the page's JS heap in use, and Blink's (DOM) heap, in MB. */
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize / 1024 / 1024, blink: embedderHeapUsedSize / 1024 / 1024 };
}

/** Chromium's processes of the profile: the browser (its command line names the profile) and all its descendants, with their types. */
function chromiumProcesses(profile) {
  const processes = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      processes.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // The process has gone.
    }
  }
  const browser = processes.find((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !/--type=/.test(p.cmdline.join(' ')));
  if (!browser) return [];
  const family = [browser];
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of processes) {
      if (!family.includes(p) && family.some((parent) => parent.pid === p.ppid)) {
        family.push(p);
        grew = true;
      }
    }
  }
  // Zygote children rewrite their command line into one string, so look for the flag anywhere in it.
  return family.map((p) => ({ pid: p.pid, type: /--type=([\w-]+)/.exec(p.cmdline.join(' '))?.[1] ?? 'browser' }));
}

/** VmRSS and VmHWM (peak RSS since the last reset) of a process, in bytes. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

/** Resets a process's peak RSS (VmHWM) to its current RSS (Linux: write 5 to clear_refs); false where not allowed. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The backup of the whole seeded vault against a raw read of all its rows, with its memory: the JS
 * heap sampled over CDP every 20 ms during the backup, and on Linux the peak resident memory of each
 * Chromium process during it (VmHWM after resetting it), less what it held before.
 */
async function measureBackup(page, cdp, profile) {
  const rawFirst = await page.evaluate((dbName) => window.kehaBackupBench.rawReadAll(dbName), dbName);
  const rawWarm = [];
  for (let i = 0; i < 3; i++) rawWarm.push((await page.evaluate((dbName) => window.kehaBackupBench.rawReadAll(dbName), dbName)).ms);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const processes = process.platform === 'linux' ? chromiumProcesses(profile) : [];
  const before = new Map(processes.map((p) => [p.pid, rssOf(p.pid).rss]));
  const peaksReset = processes.length > 0 && processes.every((p) => resetPeak(p.pid));
  let heapPeak = heapBefore;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      heapPeak = Math.max(heapPeak, usedSize);
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  const result = await page.evaluate((dbName) => window.kehaBackupBench.backup(dbName), dbName);
  sampling = false;
  await sampler;
  const perProcess = processes.map((p) => ({ type: p.type, pid: p.pid, growthBytes: rssOf(p.pid).peak - before.get(p.pid) }));
  const exportOnly = await page.evaluate((dbName) => window.kehaBackupBench.exportOnly(dbName), dbName);
  return {
    rows: rawFirst.rows,
    tables: rawFirst.tables,
    rawFirstMs: rawFirst.ms,
    rawMs: median(rawWarm),
    backupMs: result.backupMs,
    exportMs: exportOnly.ms,
    fileBytes: result.fileBytes,
    heapGrowthBytes: heapPeak - heapBefore,
    peaksReset,
    perProcess,
  };
}

/** The backup figures. */
function backupRows(samples) {
  const m = (pick) => median(samples.map((sample) => pick(sample.backup)));
  const mb = (bytes) => `${f(bytes / 1024 / 1024, 1)} MB`;
  const file = m((b) => b.fileBytes);
  const raw = m((b) => b.rawMs);
  const backupMs = m((b) => b.backupMs);
  const heap = m((b) => b.heapGrowthBytes);
  const renderer = samples.every((s) => s.backup.peaksReset) ? m((b) => Math.max(0, ...b.perProcess.filter((p) => p.type === 'renderer').map((p) => p.growthBytes))) : NaN;
  const all = samples.every((s) => s.backup.peaksReset) ? m((b) => b.perProcess.reduce((sum, p) => sum + Math.max(0, p.growthBytes), 0)) : NaN;
  const b0 = samples[0].backup;
  return [
    {
      figure: `Backup of the whole five-year vault (${b0.rows} rows in ${b0.tables} tables, a ${mb(file)} file): export, store, rotate`,
      measured: `${f(backupMs)} ms (export alone ${f(m((b) => b.exportMs))} ms)`,
      baseline: `${f(raw)} ms raw IndexedDB getAll of every row of every table, warm (first ${f(m((b) => b.rawFirstMs))} ms)`,
      target: '≤ 2 × raw read',
      ok: backupMs <= 2 * raw,
    },
    {
      figure: 'Peak memory during that backup, beyond what was held before',
      measured: Number.isNaN(renderer)
        ? `JS heap +${mb(heap)} (process peaks not readable here)`
        : `page process +${mb(renderer)}; all Chromium processes' peaks summed +${mb(all)}; JS heap +${mb(heap)}`,
      baseline: `the file: ${mb(file)}`,
      target: '≤ 2 × the file size',
      ok: (Number.isNaN(all) ? heap : all) <= 2 * file,
    },
  ];
}

/**
 * The measure groups that each take a small vault of their own: alone with KEHA_BENCH_ONLY=<name>
 * (their table printed, docs/benchmark.md untouched), and in a full run after the main figures (their
 * rows in docs/benchmark.md). `global`: what the bench page registers for them (renderer/src/bench/);
 * `run(context, benchPage, url, index)`: one run's sample (it may close the bench page); `rows(samples)`:
 * the table's rows from all runs' samples. Declared as functions below, so hoisted.
 */
const extraGroups = [
  { name: 'quickRound', title: 'the quick round', global: 'kehaQuickRoundBench', run: quickRoundOnly, rows: quickRoundRows },
  { name: 'slot', title: 'fitting a plan to its slot', global: 'kehaSlotBench', run: slotOnly, rows: slotRows },
  { name: 'agenda', title: 'the agenda mid-meeting', global: 'kehaAgendaBench', run: agendaOnly, rows: agendaRows },
  { name: 'safety', title: "the safety round's data", global: 'kehaSafetyBench', run: safetyOnly, rows: safetyRows },
  { name: 'documents', title: 'the entry drafts and the planned agenda', global: 'kehaDocumentsBench', run: documentsOnly, rows: documentsRows },
  { name: 'continuity', title: 'continuity from the last meeting', global: 'kehaContinuityBench', run: continuityOnly, rows: continuityRows },
  // Alone only (aloneOnly): it seeds the five-year vault again and runs a team server, minutes per run.
  { name: 'sync', title: 'sync between the team\'s computers', global: 'kehaSyncBench', run: syncOnly, rows: syncRows, aloneOnly: true },
];

/** KEHA_BENCH_ONLY=together alone (taken as an extra group is, but not by a full run). */
const togetherGroup = { name: 'together', title: 'the team on several computers', global: 'kehaTogetherBench', run: togetherOnly, rows: togetherRows };

/** KEHA_BENCH_ONLY=together: a small vault; the own score and the driver's phase change (togetherMeasures.ts). */
async function togetherOnly(context, benchPage, url, index) {
  const dbName = `bench-together-${index}`;
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 8, families: 4, meetings: 0 }), { dbName, passphrase });
  const together = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaTogetherBench.measure(dbName, passphrase, 20), { dbName, passphrase });
  console.log(
    `  run ${index + 1}/${runs}: own score ${f(median(together.ownScoreMs), 1)} ms (seal + put ${f(median(together.sealPutMs), 1)} ms); ` +
      `phase change by the driver ${f(median(together.moveByDriverMs), 1)} ms, unchecked ${f(median(together.moveUncheckedMs), 1)} ms`,
  );
  return { together };
}

function togetherRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample.together[key]);
  const own = median(all('ownScoreMs'));
  const sealPut = median(all('sealPutMs'));
  const driven = median(all('moveByDriverMs'));
  const unchecked = median(all('moveUncheckedMs'));
  return [
    {
      figure: "A member's own score written into a round of 8 (only their entry replaced)",
      measured: `${f(own, 1)} ms (p95 ${f(percentile(all('ownScoreMs'), 95), 1)} ms)`,
      baseline: `seal + put of the same row ${f(sealPut, 1)} ms`,
      target: '≤ 2 × seal + put',
      ok: own <= 2 * sealPut,
    },
    {
      figure: "A phase change from the driving computer (the driver checked in the transaction)",
      measured: `${f(driven, 1)} ms (p95 ${f(percentile(all('moveByDriverMs'), 95), 1)} ms)`,
      baseline: `unchecked ${f(unchecked, 1)} ms`,
      target: '≤ 1.1 × unchecked + 1 ms',
      ok: driven <= 1.1 * unchecked + 1,
    },
  ];
}

/** One run of an extra group on a bench page already loading bench.html; says why if the page did not load. */
async function runExtraGroup(group, context, benchPage, pageErrors, url, index) {
  await benchPage
    .waitForFunction((global) => window.kehaBench !== undefined && window[global] !== undefined, group.global, { timeout: 60_000 })
    .catch((error) => {
      throw new Error(`the bench page did not load: ${pageErrors.join('; ') || error.message}`);
    });
  return group.run(context, benchPage, url, index);
}

/** A full run's rows of an extra group; one MISSED row saying why when a run could not measure it. */
function extraGroupRows(group, samples) {
  const failed = samples.find((sample) => !sample || sample.notMeasured);
  if (failed) {
    return [{ figure: `${group.title[0].toUpperCase()}${group.title.slice(1)} (KEHA_BENCH_ONLY=${group.name})`, measured: `not measured: ${failed?.notMeasured ?? 'no sample'}`, baseline: '', target: 'its own', ok: false }];
  }
  return group.rows(samples);
}

/** A line saying what the run is doing now, so a slow or stuck step shows where it is. */
const progress = (what) => console.log(`    … ${what} (${new Date().toLocaleTimeString('en-GB')})`);

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
    // A bench page that fails to load says why, instead of leaving the run waiting.
    const pageErrors = [];
    benchPage.on('pageerror', (error) => pageErrors.push(error.message));
    benchPage.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await benchPage.goto(`${url}bench.html`);
    if (only === 'genogram') {
      await benchPage.waitForFunction(() => window.kehaBench !== undefined && window.kehaGenogramBench !== undefined, null, { timeout: 60_000 });
      return { sample: await genogramOnly(context, benchPage, url, index), browserVersion };
    }
    const onlyGroup = [...extraGroups, togetherGroup].find((group) => group.name === only);
    if (onlyGroup) return { sample: await runExtraGroup(onlyGroup, context, benchPage, pageErrors, url, index), browserVersion };
    await benchPage
      .waitForFunction(() => window.kehaBench !== undefined && window.kehaHypothesisBench !== undefined && window.kehaMethodBench !== undefined, null, {
        timeout: 60_000,
      })
      .catch((error) => {
        throw new Error(`the bench page did not load: ${pageErrors.join('; ') || error.message}`);
      });
    if (only === 'networkMap') {
      const mapDb = `${dbName}-map`;
      await benchPage.evaluate(({ mapDb, passphrase }) => window.kehaBench.seed(mapDb, passphrase, { members: 2, families: 2, meetings: 0 }), { mapDb, passphrase });
      const networkMapSeed = await benchPage.evaluate(
        ({ dbName, passphrase, count }) => window.kehaMethodBench.seedNetworkMap(dbName, passphrase, count),
        { dbName: mapDb, passphrase, count: methodPlan.networkMapContacts },
      );
      await benchPage.close();
      const mapApp = await context.newPage();
      await mapApp.goto(`${url}index.html?db=${mapDb}`);
      await mapApp.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
      await mapApp.getByRole('button', { name: fi.unlock, exact: true }).click();
      await mapApp.getByRole('heading', { level: 1, name: fi.families }).waitFor();
      const networkMap = await measureNetworkMap(mapApp, networkMapSeed);
      const familyPage = await measureFamilyPage(mapApp, networkMapSeed.familyId);
      await mapApp.close();
      const sample = {
        networkMapSeed,
        networkMapMs: networkMap?.map((r) => r.ms) ?? null,
        networkMapDomMs: networkMap?.map((r) => r.domMs) ?? null,
        familyPageMs: familyPage.map((r) => r.ms),
      };
      console.log(
        `  run ${index + 1}/${runs}: network map of ${networkMapSeed.contacts}: ${sample.networkMapMs ? `first ${f(sample.networkMapMs[0])} ms, median ${f(median(sample.networkMapMs))} ms` : 'not shown'}, ` +
          `layout alone median ${f(median(networkMapSeed.layoutMs), 2)} ms; the same family's page median ${f(median(sample.familyPageMs))} ms`,
      );
      return { sample, browserVersion };
    }
    progress('seeding the team, families and meetings');
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
    // Meeting measures that need no screen: raw read of every meeting row, the notes write itself.
    const rawMeetings = await benchPage.evaluate((dbName) => window.kehaBench.rawReadMeetings(dbName), dbName);
    const noteWrite = await benchPage.evaluate(
      ({ dbName, passphrase, id, samples }) => window.kehaBench.noteWrite(dbName, passphrase, id, samples),
      { dbName, passphrase, id: seed.meetings.runningMeetingId, samples: samplesPerRun.noteWrite },
    );
    const meetingsData = await benchPage.evaluate(
      ({ dbName, passphrase, samples }) => window.kehaBench.meetingsData(dbName, passphrase, samples),
      { dbName, passphrase, samples: samplesPerRun.meetingsList },
    );
    const transitions = await benchPage.evaluate(
      ({ dbName, passphrase, id, samples }) => window.kehaBench.runTransitions(dbName, passphrase, id, samples),
      { dbName, passphrase, id: seed.meetings.runningMeetingId, samples: samplesPerRun.advance },
    );
    const summaries = await benchPage.evaluate(
      ({ dbName, passphrase, id, samples }) => window.kehaBench.summaries(dbName, passphrase, id, samples),
      { dbName, passphrase, id: seed.meetings.summaryMeetingId, samples: samplesPerRun.summaries },
    );
    // The hypotheses, their raw baselines and the review's data work alone.
    progress('seeding the hypotheses');
    const hypotheses = await benchPage.evaluate(
      ({ dbName, passphrase, plan }) => window.kehaHypothesisBench.seed(dbName, passphrase, plan),
      { dbName, passphrase, plan: hypothesisPlan },
    );
    const rawHypotheses = await benchPage.evaluate((dbName) => window.kehaHypothesisBench.rawReadHypotheses(dbName), dbName);
    const rawEvolution = await benchPage.evaluate(
      ({ dbName, id }) => window.kehaHypothesisBench.rawFamilyRevisions(dbName, id),
      { dbName, id: hypotheses.evolutionFamilyId },
    );
    const reviewData = await benchPage.evaluate(
      ({ dbName, passphrase, samples }) => window.kehaHypothesisBench.reviewData(dbName, passphrase, samples),
      { dbName, passphrase, samples: samplesPerRun.reviewData },
    );
    // Backups of the whole five-year vault; it also leaves today's backup, so the app's daily one is not due during the measures below.
    progress('measuring the backup');
    const backup = await measureBackup(benchPage, await context.newCDPSession(benchPage), profile);
    // Restore: the whole database backed up, then restored from the file, beside a raw bulk write of its rows.
    progress('backing up and restoring the whole database');
    const restore = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaRestoreBench.restore(dbName, passphrase), {
      dbName,
      passphrase,
    });
    await benchPage.close();
    if (only === 'backup') {
      console.log(`  run ${index + 1}/${runs}: backup ${f(backup.backupMs)} ms, raw read ${f(backup.rawMs)} ms, file ${f(backup.fileBytes / 1024 / 1024, 1)} MB`);
      return { sample: { seed, hypotheses, backup }, browserVersion };
    }
    // The method measures use a database of their own, a small team with one family of 400 events
    // (seeding them into the big database after the measures above stalls with the CPU idle: cause not found yet).
    const methodsDb = `${dbName}-methods`;
    const methodPage = await context.newPage();
    methodPage.on('pageerror', (error) => pageErrors.push(error.message));
    await methodPage.goto(`${url}bench.html`);
    await methodPage.waitForFunction(() => window.kehaMethodBench !== undefined, null, { timeout: 60_000 });
    progress('seeding a 400-event timeline and saving drawings');
    await methodPage.evaluate(({ methodsDb, passphrase }) => window.kehaBench.seed(methodsDb, passphrase, { members: 2, families: 2, meetings: 0 }), {
      methodsDb,
      passphrase,
    });
    const timelineSeed = await methodPage.evaluate(
      ({ dbName, passphrase, count }) => window.kehaMethodBench.seedTimeline(dbName, passphrase, count),
      { dbName: methodsDb, passphrase, count: methodPlan.timelineEvents },
    );
    const rawTimeline = await methodPage.evaluate(
      ({ dbName, familyId }) => window.kehaMethodBench.rawTimelineRead(dbName, familyId),
      { dbName: methodsDb, familyId: timelineSeed.familyId },
    );
    const drawing = await methodPage.evaluate(
      ({ dbName, passphrase, points, samples }) => window.kehaMethodBench.drawingSave(dbName, passphrase, { points, samples }),
      { dbName: methodsDb, passphrase, points: methodPlan.drawingPoints, samples: samplesPerRun.drawing },
    );
    const networkMapSeed = await methodPage.evaluate(
      ({ dbName, passphrase, count }) => window.kehaMethodBench.seedNetworkMap(dbName, passphrase, count),
      { dbName: methodsDb, passphrase, count: methodPlan.networkMapContacts },
    );
    const genogramSeed = await seedGenogram(methodPage, methodsDb);
    await methodPage.close();
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

    // Meetings: the past meetings list, then the facilitator view of the running meeting.
    progress('measuring the meeting screens');
    const meetingsList = await measureMeetingsList(page, seed.meetings.meetings);
    const meetingsHeap = await heapMb(cdp);
    const facilitator = await measureFacilitator(page, seed.meetings);
    // Hypotheses: the therapist review (first visit after unlock, then later ones), filter changes, the evolution view.
    progress('measuring the hypothesis screens');
    const review = await measureReview(page, Math.min(reviewPageSize, hypotheses.hypotheses));
    const reviewHeap = await heapMb(cdp);
    const filter = await measureFilters(page, hypotheses.evolutionFamilyId);
    const evolution = await measureEvolution(page, hypotheses.evolutionFamilyId);
    // Methods: the timeline of 400 events shown, and panned by dragging.
    progress('measuring the timeline');
    const methodsApp = await context.newPage();
    await methodsApp.goto(`${url}index.html?db=${methodsDb}`);
    await methodsApp.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
    await methodsApp.getByRole('button', { name: fi.unlock, exact: true }).click();
    await methodsApp.getByRole('heading', { level: 1, name: fi.families }).waitFor();
    const timeline = await measureTimeline(methodsApp, timelineSeed.familyId);
    const pan = timeline ? await measurePan(methodsApp) : null;
    progress('measuring the network map');
    const networkMap = await measureNetworkMap(methodsApp, networkMapSeed);
    const familyPage = await measureFamilyPage(methodsApp, networkMapSeed.familyId);
    progress('measuring the genogram');
    const genogram = await measureGenogram(methodsApp, genogramSeed.familyId, genogramSeed.people);
    await methodsApp.close();
    // The extra groups (quick round, slot, agenda, safety, documents, continuity), each on a small vault of its own
    // in a fresh bench page; a group that fails is reported as not measured, the other figures stand.
    const extras = {};
    for (const group of extraGroups.filter((group) => !group.aloneOnly)) {
      progress(`measuring ${group.title}`);
      const groupPage = await context.newPage();
      const groupErrors = [];
      groupPage.on('pageerror', (error) => groupErrors.push(error.message));
      groupPage.on('console', (message) => message.type() === 'error' && groupErrors.push(message.text()));
      extras[group.name] = await groupPage
        .goto(`${url}bench.html`)
        .then(() => runExtraGroup(group, context, groupPage, groupErrors, url, index))
        .catch((error) => {
          console.log(`  run ${index + 1}/${runs}: ${group.title} not measured: ${error.message}`);
          return { notMeasured: error.message.split('\n')[0] };
        });
      if (!groupPage.isClosed()) await groupPage.close();
    }

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
      rawMeetingsMs: rawMeetings.ms,
      rawMeetingsCount: rawMeetings.count,
      rawMeetingsFirstMs: rawMeetings.firstMs,
      meetingRowClearChars: rawMeetings.clearChars,
      meetingRowPayloadBytes: rawMeetings.payloadBytes,
      listMeetingsFirstMs: meetingsData.firstMs,
      listMeetingsWarmMs: meetingsData.warmMs,
      transitionMs: transitions.transitionMs,
      transitionRawPutMs: transitions.rawPutMs,
      noteSaveMs: noteWrite.saveMs,
      noteRawPutMs: noteWrite.rawPutMs,
      noteRawPutDefaultMs: noteWrite.rawPutDefaultMs,
      noteSealMs: noteWrite.sealMs,
      summaryMs: summaries.summaryMs,
      summaryFirstMs: summaries.summaryMs[0],
      summaryBuildMs: summaries.buildMs,
      summaryStringifyMs: summaries.stringifyMs,
      summaryCount: summaries.summaries,
      summaryChars: summaries.chars,
      summaryInputChars: summaries.inputChars,
      meetingsListMs: meetingsList.map((r) => r.ms),
      meetingsListDomMs: meetingsList.map((r) => r.domMs),
      meetingsHeapMb: meetingsHeap.js,
      advanceMs: facilitator.advance.map((r) => r.ms),
      advanceDomMs: facilitator.advance.map((r) => r.domMs),
      advanceClickMs: facilitator.advance.filter((r) => !r.viaKey).map((r) => r.ms),
      advanceKeyMs: facilitator.advance.filter((r) => r.viaKey).map((r) => r.ms),
      advanceBaselineMs: facilitator.advanceBaseline,
      keystrokeMs: facilitator.keystroke,
      seed,
      hypotheses,
      rawHypothesesFirstMs: rawHypotheses.firstMs,
      rawHypothesesMs: median(rawHypotheses.warmMs),
      hypothesisRowClearChars: rawHypotheses.clearChars,
      hypothesisRowPayloadBytes: rawHypotheses.payloadBytes,
      rawEvolutionFirstMs: rawEvolution.firstMs,
      rawEvolutionMs: median(rawEvolution.warmMs),
      rawEvolutionCount: rawEvolution.count,
      reviewDataFirstMs: reviewData.firstListMs,
      reviewDataWarmMs: reviewData.warmListMs,
      reviewDataLiveQueryMs: reviewData.firstListInLiveQueryMs,
      reviewDataRowsThenOpenMs: reviewData.firstRowsThenOpenMs,
      reviewPrepareMs: reviewData.prepareMs,
      firstCollatorMs: reviewData.firstCollatorMs,
      firstFormatMs: reviewData.firstFormatMs,
      reviewFilterDataMs: reviewData.filterMs,
      reviewMs: review.map((r) => r.ms),
      reviewDomMs: review.map((r) => r.domMs),
      reviewHeadingMs: review.map((r) => r.headingMs),
      reviewHeapMb: reviewHeap.js,
      filterMs: filter.changes.map((r) => r.ms),
      filterDomMs: filter.changes.map((r) => r.domMs),
      filterBaselineMs: filter.baseline,
      evolutionMs: evolution?.map((r) => r.ms) ?? null,
      evolutionDomMs: evolution?.map((r) => r.domMs) ?? null,
      timelineSeed,
      genogramSeed,
      genogramMs: genogram?.map((r) => r.ms) ?? null,
      genogramDomMs: genogram?.map((r) => r.domMs) ?? null,
      rawTimelineFirstMs: rawTimeline.firstMs,
      rawTimelineMs: median(rawTimeline.warmMs),
      timelineMs: timeline?.map((r) => r.ms) ?? null,
      timelineDomMs: timeline?.map((r) => r.domMs) ?? null,
      timelineDrawn: timeline?.[0]?.drawn ?? 0,
      panFps: pan?.map((r) => r.fps) ?? null,
      panWorstFrameMs: pan?.map((r) => r.worstMs) ?? null,
      panMoves: pan?.map((r) => r.moves) ?? null,
      panMoved: pan?.every((r) => r.moved) ?? false,
      drawing,
      networkMapSeed,
      networkMapMs: networkMap?.map((r) => r.ms) ?? null,
      networkMapDomMs: networkMap?.map((r) => r.domMs) ?? null,
      familyPageMs: familyPage.map((r) => r.ms),
      backup,
      restore,
      extras,
    };
    console.log(
      `  run ${index + 1}/${runs}: cold ${f(sample.coldMs)} ms, unlock ${f(sample.unlockMs)} ms, list ${f(sample.listMs)} ms, ` +
        `heap ${f(sample.heapMb, 1)} MB (seeded ${seed.families} families, ${seed.children} children, ${seed.meetings.meetings} meetings ` +
        `in ${f(seed.totalMs)} ms, of which meetings ${f(seed.meetings.meetingsMs)} ms)\n` +
        `    meetings list ${f(median(sample.meetingsListMs))} ms, phase advance p95 ${f(p95(sample.advanceMs), 1)} ms, ` +
        `keystroke → stored p95 ${f(p95(sample.keystrokeMs))} ms, notes write p95 ${f(p95(sample.noteSaveMs), 1)} ms ` +
        `(raw put p95 ${f(p95(sample.noteRawPutMs), 1)} ms), summaries p95 ${f(p95(sample.summaryMs), 1)} ms\n` +
        `    hypotheses: ${hypotheses.hypotheses} with ${hypotheses.revisions} revisions seeded in ${f(hypotheses.seedMs)} ms; ` +
        `review first ${f(sample.reviewMs[0])} / later ${f(median(sample.reviewMs.slice(1)))} ms, filter p95 ${f(p95(sample.filterMs), 1)} ms, ` +
        `evolution ${sample.evolutionMs ? `${f(median(sample.evolutionMs))} ms` : 'not shown (view missing)'}\n` +
        `    timeline of ${timelineSeed.events}: ${sample.timelineMs ? `${f(median(sample.timelineMs))} ms` : 'not shown'}, ` +
        `pan ${sample.panFps ? `${f(Math.min(...sample.panFps))} fps (lowest)` : 'not measured'}; ` +
        `drawing of ${drawing.points} points saved p95 ${f(p95(drawing.saveMs), 1)} ms; ` +
        `network map of ${networkMapSeed.contacts}: ${sample.networkMapMs ? `${f(median(sample.networkMapMs))} ms` : 'not shown'}\n` +
        `    restore of ${restore.rows} rows (${f(restore.fileBytes / 1024 ** 2, 1)} MB file): ${f(restore.restoreMs)} ms ` +
        `(check ${f(restore.checkMs)} ms, write ${f(restore.writeMs)} ms), raw bulk write ${f(restore.rawWriteMs)} ms`,
    );
    return { sample, browserVersion };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Opening the list of past meetings: from the team screen, click "Kokoukset" in the navigation →
 * every past meeting listed under "Pidetyt kokoukset" and painted. The first sample is the first
 * visit after unlocking (nothing of the meetings decrypted yet); later ones find the decrypted
 * payloads cached, as any later visit in the app does.
 */
async function measureMeetingsList(page, count) {
  const samples = [];
  const nav = page.getByRole('navigation');
  for (let index = 0; index < samplesPerRun.meetingsList; index++) {
    await nav.getByRole('link', { name: fi.team, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fi.team }).waitFor();
    await page.waitForTimeout(400); // the team screen's live queries settle
    samples.push(
      await page.evaluate(
        async ({ fiMeetings, count }) => {
          const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === fiMeetings.meetings);
          const pastRows = () => {
            const heading = [...document.querySelectorAll('main h2')].find((h) => h.textContent === fiMeetings.past);
            return heading?.closest('section')?.querySelectorAll('li').length ?? 0;
          };
          const rows = window.__benchWhen(() => pastRows() === count);
          const clicked = performance.now();
          link.click();
          const shown = await rows;
          return { ms: shown.frameMs - clicked, domMs: shown.domMs - clicked };
        },
        { fiMeetings, count },
      ),
    );
  }
  return samples;
}

// Installed in the app page for the facilitator measures: a raw IndexedDB connection to the
// app's database (to see when a note is committed, as any other reader would) and the phase
// advance's baseline (a raw put of the running meeting's stored row, same durability as the app's
// database, into a scratch database, then the next painted frame).
function installFacilitatorProbes({ dbName, meetingId }) {
  const w = window;
  const open = (name, upgrade) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => upgrade?.(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const get = (db, store, key) =>
    new Promise((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const openApp = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(dbName); // the current version: no upgrade
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const ready = (async () => {
    const app = await openApp();
    const scratch = await open('bench-scratch', (db) => db.createObjectStore('rows', { keyPath: 'id' }));
    const meetingRow = await get(app, 'meetings', meetingId);
    return { app, scratch, meetingRow };
  })();
  /** The stored note's IV as text ('' when there is no note yet): a fresh IV on every write. */
  w.__benchNoteVersion = async (noteId) => {
    const { app } = await ready;
    const row = await get(app, 'meetingNotes', noteId);
    return row ? Array.from(row.payload.iv).join(',') : '';
  };
  /** Polls every 4 ms until the stored note differs from `before`; resolves with performance.now() when it was seen. */
  w.__benchNoteCommitted = async (noteId, before, timeoutMs) => {
    const start = performance.now();
    for (;;) {
      if ((await w.__benchNoteVersion(noteId)) !== before) return performance.now();
      if (performance.now() - start > timeoutMs) return null;
      await new Promise((done) => setTimeout(done, 4));
    }
  };
  w.__benchRawPutFrame = async () => {
    const { scratch, meetingRow } = await ready;
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const transaction = scratch.transaction('rows', 'readwrite', { durability: 'strict' });
      transaction.objectStore('rows').put(meetingRow);
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    return (await painted()) - start;
  };
  // When the last key went down (capture phase, before the app sees it).
  window.addEventListener('keydown', () => (w.__benchKeyAt = performance.now()), true);
  return ready.then(() => true);
}

/**
 * In the facilitator view of the running meeting (4 deep dives): first keystrokes in the notes
 * field (focused with the view's own Alt+N shortcut) until the note is committed in IndexedDB,
 * then phase advances ("Seuraava vaihe" clicks alternating with the Alt+→ shortcut) until the new
 * phase's heading is painted, each followed by a baseline sample.
 */
async function measureFacilitator(page, meetings) {
  const { runningMeetingId: meetingId, runningSteps: steps } = meetings;
  await page.evaluate((id) => (location.hash = `#/meetings/${id}/run`), meetingId);
  await page.getByRole('button', { name: new RegExp(`^${fiMeetings.next}`) }).waitFor();
  await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, steps[0].name);
  await page.evaluate(installFacilitatorProbes, { dbName, meetingId });
  await page.waitForTimeout(500); // the view's live queries settle

  // Keystroke → committed, in the notes of the first step.
  const noteId = `${meetingId}|${steps[0].key}`;
  await page.keyboard.press('Alt+KeyN');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  const keystroke = [];
  for (let index = 0; index < samplesPerRun.keystroke; index++) {
    const before = await page.evaluate((id) => window.__benchNoteVersion(id), noteId);
    await page.keyboard.press('abcdefghij'[index % 10]);
    const seen = await page.evaluate((args) => window.__benchNoteCommitted(...args), [noteId, before, 5_000]);
    if (seen === null) throw new Error('A keystroke in the notes field was not stored within 5 s');
    keystroke.push(seen - (await page.evaluate(() => window.__benchKeyAt)));
    await page.waitForTimeout(150);
  }

  // Phase advances. Leave the notes field (its save has landed) so each advance starts from the same state.
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForTimeout(300);
  const advance = [];
  const advanceBaseline = [];
  for (let index = 0; index < samplesPerRun.advance && index + 1 < steps.length; index++) {
    const viaKey = index % 2 === 1;
    const result = await page.evaluate(
      async ({ next, expected, viaKey }) => {
        const heading = () => document.querySelector('main h1')?.textContent;
        const shown = window.__benchWhen(() => heading() === expected);
        const button = [...document.querySelectorAll('main button')].find((b) => b.textContent.startsWith(next));
        const start = performance.now();
        if (viaKey) {
          const init = { key: 'ArrowRight', code: 'ArrowRight', altKey: true, bubbles: true, cancelable: true };
          (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', init));
        } else {
          button.click();
        }
        const painted = await shown;
        return { ms: painted.frameMs - start, domMs: painted.domMs - start };
      },
      { next: fiMeetings.next, expected: steps[index + 1].name, viaKey },
    );
    advance.push({ ...result, viaKey });
    await page.waitForTimeout(250); // the chair reads the new phase; the view's live queries settle
    advanceBaseline.push(await page.evaluate(() => window.__benchRawPutFrame()));
    await page.waitForTimeout(100);
  }
  return { keystroke, advance, advanceBaseline };
}

/** Waits until the team screen is shown and its live queries settle: the starting point of a navigation sample. */
async function fromTeamScreen(page) {
  await page.getByRole('navigation').getByRole('link', { name: fi.team, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.team }).waitFor();
  await page.waitForTimeout(400);
}

/**
 * The therapist review: from the team screen, click "Hypoteesit" in the navigation → the review's
 * heading and its first page of rows painted, every wording shown. The first sample is the first visit after unlocking
 * (the hypothesis cards not decrypted yet, but for the 4 families of the running meeting the
 * facilitator view showed); later ones find the cards cached.
 */
async function measureReview(page, rows) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.review; index++) {
    await fromTeamScreen(page);
    samples.push(
      await page.evaluate(
        async ({ fiReview, rows }) => {
          const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === fiReview.nav);
          const shown = window.__benchWhen(
            () =>
              document.querySelector('main h1')?.textContent === fiReview.title &&
              document.querySelectorAll('.review-table tbody tr').length === rows &&
              // every shown row's wording there (not "Avataan…" while its card is being decrypted)
              document.querySelector('.review-table .review-wording .muted') === null,
          );
          const heading = window.__benchWhen(() => document.querySelector('main h1')?.textContent === fiReview.title);
          const clicked = performance.now();
          link.click();
          const [painted, headed] = await Promise.all([shown, heading]);
          return { ms: painted.frameMs - clicked, domMs: painted.domMs - clicked, headingMs: headed.frameMs - clicked };
        },
        { fiReview, rows },
      ),
    );
  }
  return samples;
}

/**
 * Filter changes on the review (data loaded): a status box ticked or unticked, the family or age
 * chosen, a lens ticked, "only the stale ones"; from the click (or the select's change) until the
 * count of results in words has changed and the frame showing it is painted. Baseline after each:
 * a click on the heading, which changes nothing, and the next painted frame: the least any
 * visible response to a click can take.
 */
async function measureFilters(page, familyId) {
  await page.waitForTimeout(500);
  const steps = [
    { box: fiReview.open },
    { box: fiReview.weakened },
    { box: fiReview.open },
    { box: fiReview.weakened },
    { select: 'review-family', value: familyId },
    { select: 'review-family', value: '' },
    { box: fiReview.culture },
    { box: fiReview.culture },
    { select: 'review-age', value: 'overYear' },
    { select: 'review-age', value: '' },
    { staleOnly: true },
    { staleOnly: true },
  ];
  const changes = [];
  const baseline = [];
  for (let index = 0; index < samplesPerRun.filter; index++) {
    const step = steps[index % steps.length];
    changes.push(
      await page.evaluate(async ({ step, fiReview }) => {
        const count = document.querySelector('[data-testid="review-count"]');
        const before = count.textContent;
        const shown = window.__benchWhen(() => document.querySelector('[data-testid="review-count"]')?.textContent !== before);
        let act;
        if (step.select) {
          const select = document.getElementById(step.select);
          act = () => {
            select.value = step.value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          };
        } else {
          const label = [...document.querySelectorAll('.review-filters label')].find((l) =>
            step.staleOnly ? l.textContent.startsWith(fiReview.staleOnlyStart) : l.textContent === step.box,
          );
          const box = label.querySelector('input');
          act = () => box.click();
        }
        const start = performance.now();
        act();
        const painted = await shown;
        return { ms: painted.frameMs - start, domMs: painted.domMs - start };
      }, { step, fiReview }),
    );
    await page.waitForTimeout(150);
    baseline.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const heading = document.querySelector('main h1');
            const start = performance.now();
            heading.click();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            });
          }),
      ),
    );
    await page.waitForTimeout(100);
  }
  return { changes, baseline };
}

/**
 * A family's evolution view (40 hypotheses over five years): from the team screen, the family's
 * evolution address opened → its SVG (data-testid="hypothesis-evolution") in the DOM and painted.
 * The first sample is the first visit (its revisions not decrypted yet). Returns null when the
 * view is not there (it did not appear within 10 s).
 */
async function measureEvolution(page, familyId) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.evolution; index++) {
    await fromTeamScreen(page);
    const result = await page.evaluate(async (familyId) => {
      const shown = window.__benchWhen(() => document.querySelector('[data-testid="hypothesis-evolution"]') !== null);
      const start = performance.now();
      location.hash = `#/families/${encodeURIComponent(familyId)}/hypotheses/evolution`;
      const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start };
    }, familyId);
    if (!result) return null;
    samples.push(result);
  }
  return samples;
}

/**
 * Seeds the genogram of methodPlan.genogramPeople people into `dbName` (its own family) through the
 * repository, and times the layout alone on the bench page.
 */
async function seedGenogram(benchPage, dbName) {
  const seeded = await benchPage.evaluate(({ dbName, passphrase, people }) => window.kehaGenogramBench.seed(dbName, passphrase, people), {
    dbName,
    passphrase,
    people: methodPlan.genogramPeople,
  });
  const layoutMs = await benchPage.evaluate(({ people, samples }) => window.kehaGenogramBench.layout(people, samples), {
    people: methodPlan.genogramPeople,
    samples: samplesPerRun.genogramLayout,
  });
  return { ...seeded, layoutMs };
}

/**
 * A family's genogram of 60 people: from the team screen, the genogram's address opened → the drawing
 * (data-testid="genogram-drawing") with every person drawn and painted: read, decrypt, lay out, render.
 * The first sample is the first visit. Null when the drawing does not appear within 10 s.
 */
async function measureGenogram(page, familyId, people) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.genogram; index++) {
    await fromTeamScreen(page);
    const result = await page.evaluate(
      async ({ familyId, people }) => {
        const drawn = () => document.querySelectorAll('[data-testid="genogram-drawing"] [data-person-id]').length;
        const shown = window.__benchWhen(() => drawn() >= people);
        const start = performance.now();
        location.hash = `#/families/${encodeURIComponent(familyId)}/genogram`;
        const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
        return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start };
      },
      { familyId, people },
    );
    if (!result) return null;
    samples.push(result);
  }
  return samples;
}

/**
 * KEHA_BENCH_ONLY=documents: a small vault (12 members, 100 families, 3 finished meetings); every
 * entry draft of the latest meeting (4 deep dives) built and rendered as the text Copy gives, and its
 * planned agenda, on the bench page with the data already read (as the record screen has it).
 */
async function documentsOnly(context, benchPage, url, index) {
  const dbName = `bench-documents-${index}`;
  const seed = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 12, families: 100, meetings: 3 }), { dbName, passphrase });
  const result = await benchPage.evaluate(
    ({ dbName, passphrase, id, samples }) => window.kehaDocumentsBench.entryDrafts(dbName, passphrase, id, samples),
    { dbName, passphrase, id: seed.meetings.summaryMeetingId, samples: samplesPerRun.summaries },
  );
  await benchPage.close();
  console.log(
    `  run ${index + 1}/${runs}: ${result.drafts} entry drafts (${result.chars} characters) median ${f(median(result.draftsMs), 2)} ms; ` +
      `planned agenda (${result.agendaRows} lines) median ${f(median(result.agendaMs), 3)} ms; JSON of the inputs ${f(median(result.stringifyMs), 2)} ms`,
  );
  return result;
}

/** The documents figures: every entry draft of a meeting, and its planned agenda, each within one frame. */
function documentsRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const drafts = samples[0].drafts;
  return [
    {
      figure: `All ${drafts} entry drafts of a meeting, built and rendered as the copied text`,
      measured: `median ${f(median(all('draftsMs')), 2)} ms, p95 ${f(p95(all('draftsMs')), 2)} ms`,
      baseline: `JSON.stringify of the inputs: ${f(median(all('stringifyMs')), 2)} ms`,
      target: '≤ 16.7 ms (one frame)',
      ok: p95(all('draftsMs')) <= 16.7,
    },
    {
      figure: `The planned agenda (${samples[0].agendaRows} lines) from the engine's steps`,
      measured: `median ${f(median(all('agendaMs')), 3)} ms, p95 ${f(p95(all('agendaMs')), 3)} ms`,
      baseline: '',
      target: '≤ 16.7 ms (one frame)',
      ok: p95(all('agendaMs')) <= 16.7,
    },
  ];
}

/**
 * KEHA_BENCH_ONLY=continuity: a vault of a year of weekly meetings (12 members, 100 families, 50
 * finished meetings); the opening's "agreed last time" and each deep-dive family's glance of the
 * latest meeting, read and decrypted as the chair's view reads them, and the rules alone.
 */
async function continuityOnly(context, benchPage, url, index) {
  const dbName = `bench-continuity-${index}`;
  const seed = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 12, families: 100, meetings: 50 }), { dbName, passphrase });
  const result = await benchPage.evaluate(
    ({ dbName, passphrase, id, samples }) => window.kehaContinuityBench.continuity(dbName, passphrase, id, samples),
    { dbName, passphrase, id: seed.meetings.summaryMeetingId, samples: samplesPerRun.summaries },
  );
  await benchPage.close();
  console.log(
    `  run ${index + 1}/${runs}: ${result.meetings} meetings; opening (${result.tasks} tasks) first ${f(result.openingMs[0], 1)} ms, median ${f(median(result.openingMs), 1)} ms; ` +
      `glance of ${result.deepDives} families median ${f(median(result.glanceMs), 1)} ms; rules alone ${f(median(result.rulesMs), 2)} ms; raw meetings ${f(median(result.rawMs), 1)} ms`,
  );
  return result;
}

/** The continuity figures: the opening's list and a family's glance, read and decrypted, and the rules alone. */
function continuityRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const { meetings, tasks, deepDives } = samples[0];
  const firsts = samples.map((sample) => sample.openingMs[0]);
  return [
    {
      figure: `The opening's "agreed last time" (${tasks} tasks) among ${meetings} meetings: read, decrypt, group`,
      measured: `first p95 ${f(p95(firsts), 1)} ms; all median ${f(median(all('openingMs')), 1)} ms, p95 ${f(p95(all('openingMs')), 1)} ms`,
      baseline: `the meetings read raw: ${f(median(all('rawMs')), 1)} ms`,
      target: '≤ 100 ms',
      ok: p95(all('openingMs')) <= 100,
    },
    {
      figure: `A deep-dive family's glance (${deepDives} families): read, decrypt, build`,
      measured: `median ${f(median(all('glanceMs')), 1)} ms, p95 ${f(p95(all('glanceMs')), 1)} ms`,
      baseline: '',
      target: '≤ 100 ms',
      ok: p95(all('glanceMs')) <= 100,
    },
    {
      figure: 'The rules alone: the last meeting, its tasks by owner, every deep-dive family\'s glance',
      measured: `median ${f(median(all('rulesMs')), 2)} ms, p95 ${f(p95(all('rulesMs')), 2)} ms`,
      baseline: '',
      target: '≤ 16.7 ms (one frame)',
      ok: p95(all('rulesMs')) <= 16.7,
    },
  ];
}

/** KEHA_BENCH_ONLY=genogram: a small vault with the genogram only, its seed and its screen measure. */
async function genogramOnly(context, benchPage, url, index) {
  const dbName = `bench-genogram-${index}`;
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 2, families: 2, meetings: 0 }), { dbName, passphrase });
  const genogramSeed = await seedGenogram(benchPage, dbName);
  await benchPage.close();
  const page = await context.newPage();
  await page.goto(`${url}index.html?db=${dbName}`);
  await page.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: fi.unlock, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.families }).waitFor();
  const genogram = await measureGenogram(page, genogramSeed.familyId, genogramSeed.people);
  await page.close();
  const sample = { genogramSeed, genogramMs: genogram?.map((r) => r.ms) ?? null, genogramDomMs: genogram?.map((r) => r.domMs) ?? null };
  console.log(`  run ${index + 1}/${runs}: genogram of ${genogramSeed.people} ${sample.genogramMs ? `${f(median(sample.genogramMs))} ms` : 'not shown'}, layout alone ${f(median(genogramSeed.layoutMs), 2)} ms`);
  return sample;
}

/**
 * KEHA_BENCH_ONLY=slot: fitting alone on the bench page (slotPlan.fitSamples times), then a small vault
 * with one planned meeting of slotPlan.families quick-round families and slotPlan.deepDives deep
 * dives, whose planner's "Fit to the slot" is pressed slotPlan.screenSamples times: from the press
 * until the proposal's table is in the DOM and painted (fitting, projecting and React's render).
 */
async function slotOnly(context, benchPage, url, index) {
  const dbName = `bench-slot-${index}`;
  const { deepDives, families, slots } = slotPlan;
  const fits = {};
  for (const slot of slots) {
    fits[slot] = await benchPage.evaluate(
      ({ deepDives, families, slot, samples, batch }) => window.kehaSlotBench.fit(deepDives, families, slot, samples, batch),
      { deepDives, families, slot, samples: slotPlan.fitSamples, batch: slotPlan.fitBatch },
    );
  }
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 2, families: 0, meetings: 0 }), { dbName, passphrase });
  const { meetingId } = await benchPage.evaluate(
    ({ dbName, passphrase, deepDives, families }) => window.kehaSlotBench.seed(dbName, passphrase, deepDives, families),
    { dbName, passphrase, deepDives, families },
  );
  await benchPage.close();
  const page = await context.newPage();
  await page.goto(`${url}index.html?db=${dbName}`);
  await page.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: fi.unlock, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.families }).waitFor();
  await page.evaluate((id) => (location.hash = `#/meetings/${encodeURIComponent(id)}/plan`), meetingId);
  // This meeting's own slot: 120 minutes, so that the proposal fits.
  const slotField = page.getByRole('textbox', { name: fiTexts.slot.slotLabel });
  await slotField.fill(String(slots[0]));
  await slotField.blur();
  await page.getByTestId('slot-summary').filter({ hasText: `${slots[0]} minuutin` }).waitFor();
  const screenMs = [];
  for (let sample = 0; sample < slotPlan.screenSamples; sample++) {
    const result = await page.evaluate(async (fitLabel) => {
      const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === fitLabel);
      if (!button) return null;
      const shown = window.__benchWhen(() => document.querySelector('[data-testid="slot-proposal-table"] tfoot') !== null);
      const start = performance.now();
      button.click();
      const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start };
    }, fiTexts.slot.fit);
    if (!result) break;
    screenMs.push(result);
    // Close the proposal for the next press.
    await page.getByRole('button', { name: fiTexts.slot.cancel }).click();
    await page.getByTestId('slot-proposal').waitFor({ state: 'detached' });
  }
  await page.close();
  const sample = { slotFits: fits, slotScreenMs: screenMs.map((r) => r.ms), slotScreenDomMs: screenMs.map((r) => r.domMs) };
  const fitText = slots
    .map((slot) => `${slot} min: median ${f(median(fits[slot].ms), 4)} ms, p95 ${f(p95(fits[slot].ms), 4)} ms (${fits[slot].fits ? 'fits' : 'does not fit'}, ${fits[slot].totalMinutes} min)`)
    .join('; ');
  console.log(
    `  run ${index + 1}/${runs}: fitting alone ${fitText}; Fit to the slot pressed → proposal painted median ${screenMs.length ? f(median(sample.slotScreenMs), 1) : '–'} ms`,
  );
  return sample;
}

/** The time slot's figures: fitting alone (target one frame) and on the planner. */
function slotRows(samples) {
  const screen = samples.flatMap((sample) => sample.slotScreenMs);
  const dom = samples.flatMap((sample) => sample.slotScreenDomMs);
  const { deepDives, families, slots } = slotPlan;
  const fitRows = slots.map((slot) => {
    const fits = samples.flatMap((sample) => sample.slotFits[slot].ms);
    const outcome = samples[0].slotFits[slot];
    return {
      figure: `Fitting a plan into ${slot} min (built-in weekly template, ${deepDives} deep dives, ${families} quick-round families; fitToSlot + the proposal's projection, no React; ${outcome.fits ? `fits in ${outcome.totalMinutes} min` : `even the minimums take ${outcome.totalMinutes} min`})`,
      measured: `median ${f(median(fits), 4)} ms · p95 ${f(p95(fits), 4)} ms · max ${f(Math.max(...fits), 3)} ms (n = ${fits.length} samples, each the mean of ${slotPlan.fitBatch} fits)`,
      baseline: '',
      target: '≤ 16.7 ms (median and p95)',
      ok: median(fits) <= 16.7 && p95(fits) <= 16.7,
    };
  });
  return [
    ...fitRows,
    {
      figure: `"Fit to the slot" pressed on the planner of that meeting (${slots[0]}-min slot) → the proposal's table in the DOM and painted`,
      measured: screen.length ? `median ${f(median(screen), 1)} ms · p95 ${f(p95(screen), 1)} ms (n = ${screen.length}); DOM updated median ${f(median(dom), 1)} ms, p95 ${f(p95(dom), 1)} ms` : 'not measured: the proposal did not appear',
      baseline: 'fitting alone (above)',
      target: 'informational (one frame plus the render)',
      ok: screen.length > 0,
    },
  ];
}

/** The agenda's Finnish texts the measure finds its controls by. */
const fiAgenda = { addDeepDive: 'Lisää syventävä käsittely', family: 'Perhe', save: 'Lisää asialistalle' };

/**
 * KEHA_BENCH_ONLY=agenda: a vault of 60 families with a running weekly meeting (3 deep dives, every
 * family on the quick round, on the quick round). In the facilitator view, "Add a deep dive": the
 * dialog's Add pressed → the new deep dive painted in the agenda list (read, seal, one transaction of
 * plan and run, the live query, render), samplesPerRun.agenda times. Beside it the same write alone
 * on the bench page (agendaMeasures.ts) and a raw put of the meeting row with its next frame.
 */
async function agendaOnly(context, benchPage, url, index) {
  const dbName = `bench-agenda-${index}`;
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 6, families: 60, meetings: 0 }), { dbName, passphrase });
  const seed = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaAgendaBench.seedRunningMeeting(dbName, passphrase, 3), { dbName, passphrase });
  // The write alone, on a vault of its own seeded the same way.
  const writeDb = `${dbName}-write`;
  await benchPage.evaluate(({ writeDb, passphrase }) => window.kehaBench.seed(writeDb, passphrase, { members: 6, families: 60, meetings: 0 }), { writeDb, passphrase });
  const writeMs = await benchPage.evaluate(
    ({ writeDb, passphrase, samples }) => window.kehaAgendaBench.writeAlone(writeDb, passphrase, samples),
    { writeDb, passphrase, samples: samplesPerRun.agenda },
  );
  await benchPage.close();
  const page = await context.newPage();
  await page.goto(`${url}index.html?db=${dbName}`);
  await page.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: fi.unlock, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.families }).waitFor();
  await page.evaluate((id) => (location.hash = `#/meetings/${id}/run`), seed.meetingId);
  const addButton = page.getByRole('button', { name: fiAgenda.addDeepDive, exact: true });
  await addButton.waitFor();
  await page.evaluate(installFacilitatorProbes, { dbName, meetingId: seed.meetingId });
  await page.waitForTimeout(500); // the view's live queries settle
  const shown = [];
  const baseline = [];
  for (let sample = 0; sample < samplesPerRun.agenda; sample++) {
    await addButton.click();
    const dialog = page.getByRole('dialog', { name: fiAgenda.addDeepDive });
    await dialog.getByLabel(fiAgenda.family, { exact: true }).selectOption({ index: 1 });
    const result = await page.evaluate(async ({ save }) => {
      const titles = () => document.querySelectorAll('.agenda-deep-dive-title').length;
      const before = titles();
      const painted = window.__benchWhen(() => titles() === before + 1);
      const button = [...document.querySelectorAll('[role="dialog"] button')].find((candidate) => candidate.textContent === save);
      const start = performance.now();
      button.click();
      const times = await Promise.race([painted, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return times && { ms: times.frameMs - start, domMs: times.domMs - start };
    }, fiAgenda);
    if (!result) throw new Error('The added deep dive did not show within 10 s');
    shown.push(result);
    await page.waitForTimeout(300);
    baseline.push(await page.evaluate(() => window.__benchRawPutFrame()));
    await page.waitForTimeout(100);
  }
  // Alt+↑ on the last deep dive still to come → the agenda painted in its new order (no dialog in between).
  const moved = [];
  for (let sample = 0; sample < samplesPerRun.agenda; sample++) {
    const result = await page.evaluate(async () => {
      const titles = () => [...document.querySelectorAll('.agenda-deep-dive-title')].map((title) => title.textContent).join('|');
      const before = titles();
      const buttons = [...document.querySelectorAll('.agenda-deep-dive-actions button[aria-keyshortcuts="Alt+ArrowUp"]')];
      const button = buttons.at(-1);
      button.focus();
      const painted = window.__benchWhen(() => titles() !== before);
      const start = performance.now();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', code: 'ArrowUp', altKey: true, bubbles: true, cancelable: true }));
      const times = await Promise.race([painted, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return times && { ms: times.frameMs - start, domMs: times.domMs - start };
    });
    if (!result) throw new Error('The reordered deep dive did not show within 10 s');
    moved.push(result);
    await page.waitForTimeout(400);
  }
  await page.close();
  const sample = {
    agendaShownMs: shown.map((r) => r.ms),
    agendaDomMs: shown.map((r) => r.domMs),
    agendaMovedMs: moved.map((r) => r.ms),
    agendaMovedDomMs: moved.map((r) => r.domMs),
    agendaWriteMs: writeMs,
    agendaRawPutFrameMs: baseline,
    agendaQuickRound: seed.quickRound,
  };
  console.log(`  run ${index + 1}/${runs}: deep dive added, painted median ${f(median(sample.agendaShownMs), 1)} ms; the write alone ${f(median(writeMs), 1)} ms`);
  return sample;
}

/** The agenda figure: a deep dive added mid-meeting, painted, against one frame plus its write. */
function agendaRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key] ?? []);
  const shown = all('agendaShownMs');
  const dom = all('agendaDomMs');
  const write = all('agendaWriteMs');
  const rawPut = all('agendaRawPutFrameMs');
  const frame = 1000 / 60;
  const target = median(write) + frame;
  return [
    {
      figure: `A deep dive added mid-meeting (${samples[0].agendaQuickRound} families on the quick round): the dialog's Add pressed → the new deep dive painted in the agenda list`,
      measured: `median ${f(median(shown), 1)} ms · p95 ${f(p95(shown), 1)} ms (DOM median ${f(median(dom), 1)} ms; n = ${shown.length})`,
      baseline: `its write alone (read, seal, one transaction of plan and run): median ${f(median(write), 1)} ms, p95 ${f(p95(write), 1)} ms; a raw put of the meeting row + next frame: median ${f(median(rawPut), 1)} ms`,
      target: `≤ one frame (16.7 ms) + its write = ${f(target, 1)} ms (median)`,
      ok: median(shown) <= target,
    },
    {
      figure: 'A deep dive still to come moved up (Alt+↑ in the agenda list → the new order painted)',
      measured: `median ${f(median(all('agendaMovedMs')), 1)} ms · p95 ${f(p95(all('agendaMovedMs')), 1)} ms (DOM median ${f(median(all('agendaMovedDomMs')), 1)} ms; n = ${all('agendaMovedMs').length})`,
      baseline: `its write alone as above: median ${f(median(write), 1)} ms`,
      target: `≤ one frame (16.7 ms) + its write = ${f(target, 1)} ms (median)`,
      ok: median(all('agendaMovedMs')) <= target,
    },
  ];
}

/** KEHA_BENCH_ONLY=safety: two years of weekly meetings (12 families), then the safety round's data measures. */
async function safetyOnly(context, benchPage, url, index) {
  const dbName = `bench-safety-${index}`;
  progress('seeding two years of weekly meetings');
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 8, families: 12, meetings: 104 }), { dbName, passphrase });
  progress('measuring the safety round');
  const safety = await benchPage.evaluate(({ dbName, passphrase }) => window.kehaSafetyBench.measure(dbName, passphrase, 20), { dbName, passphrase });
  console.log(
    `  run ${index + 1}/${runs}: last time's round from ${safety.rounds} rounds: cold ${f(median(safety.earlierColdMs), 1)} ms, warm ${f(median(safety.earlierWarmMs), 1)} ms; ` +
      `paper entry ${f(median(safety.paperMs), 1)} ms, seal + put ${f(median(safety.sealPutMs), 1)} ms, put ${f(median(safety.putMs), 1)} ms`,
  );
  return { safety };
}

/** The safety round's figures: last time's round read when the round is revealed, and the paper entry's one write. */
function safetyRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample.safety[key]);
  const rounds = samples[0].safety.rounds;
  const paper = median(all('paperMs'));
  const sealPut = median(all('sealPutMs'));
  return [
    {
      figure: `Last time's round of a family with ${rounds} revealed rounds (first read after unlock)`,
      measured: `${f(median(all('earlierColdMs')), 1)} ms (p95 ${f(percentile(all('earlierColdMs'), 95), 1)} ms); warm ${f(median(all('earlierWarmMs')), 1)} ms`,
      baseline: '',
      target: '≤ 100 ms',
      ok: median(all('earlierColdMs')) <= 100,
    },
    {
      figure: 'The chair\'s entry from paper, 6 scores, saved in one write',
      measured: `${f(paper, 1)} ms (p95 ${f(percentile(all('paperMs'), 95), 1)} ms)`,
      baseline: `seal + put of the same row ${f(sealPut, 1)} ms; put alone ${f(median(all('putMs')), 1)} ms`,
      target: '≤ 2 × seal + put',
      ok: paper <= 2 * sealPut,
    },
  ];
}

/**
 * The quick round of quickRoundFamilies families: the chair's view open at the meeting's opening,
 * the chair moves on (Alt+→) → every family's line drawn with the facts beside it (worker, safety
 * median, open tasks) and painted: the run's transition written, the round's lines and the facts
 * read and decrypted, 100 lines rendered. Then back to the opening (Alt+←, not timed) for the next
 * sample; the first sample is the first visit. Null when the lines do not appear within 10 s.
 */
async function measureQuickRound(page, meetingId, families) {
  await page.evaluate((meetingId) => (location.hash = `#/meetings/${encodeURIComponent(meetingId)}/run`), meetingId);
  await page.locator('.run-step-of').waitFor();
  const samples = [];
  for (let index = 0; index < samplesPerRun.quickRound; index++) {
    await page.waitForTimeout(400);
    const result = await page.evaluate(
      async ({ families }) => {
        const drawn = () =>
          document.querySelectorAll('.quick-line').length >= families &&
          [...document.querySelectorAll('.quick-line .quick-tasks')].every((cell) => cell.textContent !== '');
        const shown = window.__benchWhen(drawn);
        const start = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', code: 'ArrowRight', altKey: true, bubbles: true }));
        const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
        return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start };
      },
      { families },
    );
    if (!result) return null;
    samples.push(result);
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true, bubbles: true })));
    await page.locator('.quick-line').first().waitFor({ state: 'detached' });
  }
  return samples;
}

// The sync group: a pouchdb-server of its own on 127.0.0.1, two "computers" (browser contexts with their own profiles).
const syncPlan = { changes: 20, writes: 200, writeBlock: 10, serverPort: 4737 };
const syncAdmin = { name: 'bench-admin', password: 'bench-admin-salasana' };
const syncMembers = { anna: { name: 'anna', password: 'anna-salasana-1' }, ben: { name: 'ben', password: 'ben-salasana-2' } };
let chromiumPath = '';

/** Another computer: a fresh persistent profile (its own IndexedDB), with the page probes installed. */
async function openComputer() {
  const profile = mkdtempSync(join(tmpdir(), 'keha-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: [...CHROMIUM_ARGS], headless: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbes, { unlockTitle: fi.unlockTitle });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A bench page of a computer, loaded, with its errors said if it does not load. */
async function openSyncBenchPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${url}bench.html`);
  await page.waitForFunction(() => window.kehaBench !== undefined && window.kehaSyncBench !== undefined, null, { timeout: 60_000 }).catch((error) => {
    throw new Error(`the bench page did not load: ${errors.join('; ') || error.message}`);
  });
  return page;
}

/**
 * KEHA_BENCH_ONLY=sync: computer A (this run's context) seeds the five-year vault and connects it to
 * the team's database (everything pushed); computer B (a second context) joins with the real join and
 * opens the app on the family list; A changes family labels through the repository while its engine
 * runs, and B's screen is watched for each; then the same write with and without sync on two small vaults.
 */
async function syncOnly(context, benchPage, url, index) {
  const { startSyncServer, configureTeamServer } = await import('./syncServer.mjs');
  const server = await startSyncServer({ port: syncPlan.serverPort });
  let computerB = null;
  try {
    for (const database of ['keha-team', 'keha-writes']) {
      await configureTeamServer({ url: server.url, admin: syncAdmin, database, members: Object.values(syncMembers) });
    }
    const teamConfig = (user) => ({ url: `${server.url}/keha-team`, user: user.name, password: user.password });
    const dbA = `bench-sync-a-${index}`;
    const dbB = `bench-sync-b-${index}`;
    progress('seeding the five-year vault on computer A');
    const seed = await benchPage.evaluate(({ dbA, passphrase, team }) => window.kehaBench.seed(dbA, passphrase, team), { dbA, passphrase, team });
    const hypotheses = await benchPage.evaluate(({ dbA, passphrase, plan }) => window.kehaHypothesisBench.seed(dbA, passphrase, plan), {
      dbA,
      passphrase,
      plan: hypothesisPlan,
    });
    progress('computer A connects and sends everything');
    const connect = await benchPage.evaluate(({ dbA, passphrase, config }) => window.kehaSyncBench.connect(dbA, passphrase, config), {
      dbA,
      passphrase,
      config: teamConfig(syncMembers.anna),
    });
    progress(`computer B joins (${connect.records} records on the server)`);
    computerB = await openComputer();
    const benchB = await openSyncBenchPage(computerB.context, url);
    const joined = await benchB.evaluate(({ dbB, passphrase, config }) => window.kehaSyncBench.join(dbB, passphrase, config), {
      dbB,
      passphrase,
      config: teamConfig(syncMembers.ben),
    });
    await benchB.close();
    if (!joined.ok) throw new Error(`the join failed: ${joined.failure}`);

    progress('computer B opens the family list; A changes families');
    const appB = await computerB.context.newPage();
    await appB.goto(`${url}index.html?db=${dbB}`);
    await appB.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
    await appB.getByRole('button', { name: fi.unlock, exact: true }).click();
    await appB.getByRole('heading', { level: 1, name: fi.families }).waitFor({ timeout: 120_000 });
    await appB.locator('table tbody tr').first().waitFor();
    const shownText = await appB.locator('table tbody').textContent();
    const families = (await benchPage.evaluate(({ dbA, passphrase }) => window.kehaSyncBench.families(dbA, passphrase), { dbA, passphrase })).filter((family) =>
      shownText.includes(family.code),
    );
    if (families.length === 0) throw new Error('none of A\'s families is on B\'s family list');
    const changes = [];
    // Where the time goes: when the server has the change (its _changes feed, long-polled here as IT's admin).
    const adminAuth = `Basic ${Buffer.from(`${syncAdmin.name}:${syncAdmin.password}`).toString('base64')}`;
    const changesOf = async (since) => (await (await fetch(`${server.url}/keha-team/_changes?feed=longpoll&timeout=30000&since=${since}`, { headers: { authorization: adminAuth } })).json());
    let serverSeq = (await (await fetch(`${server.url}/keha-team`, { headers: { authorization: adminAuth } })).json()).update_seq;
    const onServer = async (docId) => {
      for (;;) {
        const answer = await changesOf(serverSeq);
        serverSeq = answer.last_seq;
        if (answer.results.some((result) => result.id === docId)) return Date.now();
      }
    };
    for (let n = 0; n < syncPlan.changes; n++) {
      const family = families[(n * 7) % families.length];
      const reachedServer = onServer(`families/${family.id}`);
      const label = `Synkronoitu ${index}-${n}`;
      // B watches its screen for the label (timeOrigin + performance.now(): one wall clock on both pages).
      const seen = appB.evaluate(
        (label) =>
          window
            .__benchWhen(() => (document.querySelector('main') ?? document.body).textContent.includes(label))
            .then((times) => ({ dom: performance.timeOrigin + times.domMs, frame: performance.timeOrigin + times.frameMs })),
        label,
      );
      const write = await benchPage.evaluate(
        ({ dbA, passphrase, id, label }) => window.kehaSyncBench.changeLabel(dbA, passphrase, id, label),
        { dbA, passphrase, id: family.id, label },
      );
      const shown = await Promise.race([seen, new Promise((done) => setTimeout(() => done(null), 30_000))]);
      if (!shown) throw new Error(`B did not show the change "${label}" within 30 s`);
      changes.push({ ms: shown.frame - write.at, domMs: shown.dom - write.at, writeMs: write.writeMs, serverMs: (await reachedServer) - write.at });
      await new Promise((done) => setTimeout(done, 200 + ((n * 37) % 300)));
    }
    await appB.close();
    await benchPage.evaluate((dbA) => window.kehaSyncBench.close(dbA), dbA);

    progress('the same write with and without sync');
    const writesOff = `bench-sync-off-${index}`;
    const writesOn = `bench-sync-on-${index}`;
    const writesSet = `bench-sync-set-${index}`;
    for (const db of [writesOff, writesOn, writesSet]) {
      await benchPage.evaluate(({ db, passphrase }) => window.kehaBench.seed(db, passphrase, { members: 4, families: 20, meetings: 0 }), { db, passphrase });
    }
    const writeConnect = await benchPage.evaluate(({ db, passphrase, config }) => window.kehaSyncBench.connect(db, passphrase, config), {
      db: writesOn,
      passphrase,
      config: { url: `${server.url}/keha-writes`, user: syncMembers.anna.name, password: syncMembers.anna.password },
    });
    // A third vault with the server set but no engine: the outbox middleware's share of the difference.
    await benchPage.evaluate(({ db, passphrase, config }) => window.kehaSyncBench.setServerOnly(db, passphrase, config), {
      db: writesSet,
      passphrase,
      config: { url: `${server.url}/keha-writes`, user: syncMembers.ben.name, password: syncMembers.ben.password },
    });
    const writes = await benchPage.evaluate(
      ({ writesOff, writesOn, writesSet, passphrase, samples, block }) => window.kehaSyncBench.writeCompare(writesOff, writesOn, writesSet, passphrase, samples, block),
      { writesOff, writesOn, writesSet, passphrase, samples: syncPlan.writes, block: syncPlan.writeBlock },
    );
    for (const db of [writesOn, writesOff, writesSet]) await benchPage.evaluate((db) => window.kehaSyncBench.close(db), db);
    await benchPage.close();

    const lastRecords = [...joined.events].reverse().find((event) => event.phase === 'records');
    const sample = { seed, hypotheses, connect, joined, lastRecords, changes, writes, writeConnect };
    const ms = changes.map((change) => change.ms);
    console.log(
      `  run ${index + 1}/${runs}: A connected ${connect.records} records in ${f(connect.connectMs / 1000, 1)} s; B joined in ${f(joined.ms / 1000, 1)} s ` +
        `(${joined.events.length} progress events, last ${lastRecords ? `${lastRecords.done}/${lastRecords.total}` : 'none'}); ` +
        `change seen on B median ${f(median(ms))} ms, p95 ${f(p95(ms))} ms (on the server median ${f(median(changes.map((change) => change.serverMs)))} ms); ` +
        `write without sync ${f(median(writes.offMs), 2)} ms, with ${f(median(writes.onMs), 2)} ms, server set but no engine ${f(median(writes.setMs), 2)} ms ` +
        `(outbox at the end ${writes.pendingAtEnd}, ${writes.status})`,
    );
    return sample;
  } finally {
    await computerB?.close().catch(() => undefined);
    await server.dispose(); // stopped, and its temporary folder removed
  }
}

/** The sync figures: a change seen on the other computer, the first join, a write with and without sync. */
function syncRows(samples) {
  const all = (pick) => samples.flatMap(pick);
  const seen = all((sample) => sample.changes.map((change) => change.ms));
  const seenDom = all((sample) => sample.changes.map((change) => change.domMs));
  const joinMs = samples.map((sample) => sample.joined.ms);
  const records = samples[0].connect.records;
  const off = all((sample) => sample.writes.offMs);
  const on = all((sample) => sample.writes.onMs);
  const ratio = median(on) / median(off);
  const events = samples.map((sample) => sample.joined.events.length);
  const last = samples.map((sample) => (sample.lastRecords ? `${sample.lastRecords.done}/${sample.lastRecords.total}` : 'none'));
  return [
    {
      figure: `A change seen on another computer (A's family label written through the repository → B's family list shows it, painted; pouchdb-server on 127.0.0.1)`,
      measured: `median ${f(median(seen))} ms · p95 ${f(p95(seen))} ms (n = ${seen.length}); DOM median ${f(median(seenDom))} ms`,
      baseline: `the write on A alone median ${f(median(all((sample) => sample.changes.map((change) => change.writeMs))), 1)} ms; on the server (its _changes) median ${f(median(all((sample) => sample.changes.map((change) => change.serverMs))))} ms · p95 ${f(p95(all((sample) => sample.changes.map((change) => change.serverMs))))} ms`,
      target: '≤ 2 s (p95)',
      ok: p95(seen) <= 2000,
    },
    {
      figure: `First join of the five-year vault (${records} records): header, every record with progress, applied`,
      measured: `${f(median(joinMs) / 1000, 1)} s (${f(records / (median(joinMs) / 1000))} records/s); progress events ${events.join(', ')}, last ${last.join(', ')}`,
      baseline: `A connecting and sending everything: ${f(median(samples.map((sample) => sample.connect.connectMs)) / 1000, 1)} s`,
      target: '≤ 2 min, with progress',
      ok: Math.max(...joinMs) <= 120_000 && samples.every((sample) => sample.joined.events.some((event) => event.phase === 'records' && event.done > 0)),
    },
    {
      figure: `A write with sync on (server set, engine running) vs without (a family's label through the repository, in turns of blocks of ${syncPlan.writeBlock})`,
      measured: `with sync median ${f(median(on), 2)} ms · p95 ${f(p95(on), 2)} ms (n = ${on.length}); ratio ${f(ratio, 3)}`,
      baseline: `without a server median ${f(median(off), 2)} ms · p95 ${f(p95(off), 2)} ms (n = ${off.length}); server set, no engine (the outbox alone) median ${f(median(all((sample) => sample.writes.setMs)), 2)} ms`,
      target: '≤ 1.10 × without',
      ok: ratio <= 1.1,
    },
  ];
}

/** KEHA_BENCH_ONLY=quickRound: a small vault with a caseload of quickRoundFamilies families, its list painted and a line saved. */
async function quickRoundOnly(context, benchPage, url, index) {
  const dbName = `bench-quickround-${index}`;
  await benchPage.evaluate(({ dbName, passphrase }) => window.kehaBench.seed(dbName, passphrase, { members: 1, families: 0, meetings: 0 }), { dbName, passphrase });
  const seed = await benchPage.evaluate(({ dbName, passphrase, families }) => window.kehaQuickRoundBench.seed(dbName, passphrase, families), {
    dbName,
    passphrase,
    families: quickRoundFamilies,
  });
  const save = await benchPage.evaluate(
    ({ dbName, passphrase, meetingId, familyId, samples }) => window.kehaQuickRoundBench.lineSave(dbName, passphrase, meetingId, familyId, samples),
    { dbName, passphrase, meetingId: seed.meetingId, familyId: seed.firstFamilyId, samples: samplesPerRun.quickRoundSave },
  );
  await benchPage.close();
  const page = await context.newPage();
  await page.goto(`${url}index.html?db=${dbName}`);
  await page.getByLabel(fi.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: fi.unlock, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fi.families }).waitFor();
  const list = await measureQuickRound(page, seed.meetingId, seed.families);
  await page.close();
  const sample = { quickRoundSeed: seed, quickRoundMs: list?.map((r) => r.ms) ?? null, quickRoundDomMs: list?.map((r) => r.domMs) ?? null, lineSave: save };
  console.log(
    `  run ${index + 1}/${runs}: quick round of ${seed.families} ${sample.quickRoundMs ? `${f(median(sample.quickRoundMs))} ms` : 'not shown'}, line saved ${f(median(save.saveMs), 2)} ms vs raw put ${f(median(save.rawPutMs), 2)} ms (seeded in ${f(seed.ms)} ms)`,
  );
  return sample;
}

/** The quick-round figures: the list of quickRoundFamilies families painted, and a line saved beside a raw put of the same row. */
function quickRoundRows(samples) {
  const all = (pick) => samples.flatMap(pick);
  const families = samples[0].quickRoundSeed.families;
  const rows = [];
  if (!samples.every((sample) => sample.quickRoundMs)) {
    rows.push({ figure: `Quick round of ${families} families`, measured: 'not measured: the lines did not appear', baseline: '', target: '≤ 150 ms', ok: false });
  } else {
    const shown = all((sample) => sample.quickRoundMs);
    const first = samples.map((sample) => sample.quickRoundMs[0]);
    rows.push({
      figure: `Quick round of ${families} families (the chair moves on from the opening, Alt+→ → every line with its worker, safety median and open tasks drawn and painted)`,
      measured: `first visit p95 ${f(p95(first), 0)} ms · median ${f(median(first), 0)} ms; all visits p95 ${f(p95(shown), 0)} ms · median ${f(median(shown), 0)} ms (n = ${shown.length})`,
      baseline: `DOM ready median ${f(median(all((sample) => sample.quickRoundDomMs)), 0)} ms`,
      target: '≤ 150 ms',
      ok: p95(shown) <= 150,
    });
  }
  const save = all((sample) => sample.lineSave.saveMs);
  const raw = all((sample) => sample.lineSave.rawPutMs);
  rows.push({
    figure: `A quick-round line saved (seal + one put of the whole line, ${samples[0].lineSave.payloadBytes} bytes of ciphertext)`,
    measured: `median ${f(median(save), 2)} ms · p95 ${f(p95(save), 2)} ms (n = ${save.length})`,
    baseline: `raw IndexedDB put of the same row, strict: median ${f(median(raw), 2)} ms · p95 ${f(p95(raw), 2)} ms`,
    target: '≤ 2 × raw put',
    ok: median(save) <= 2 * median(raw),
  });
  return rows;
}

/** The genogram figure: 60 people laid out and painted on the screen, beside the layout alone. */
function genogramRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const people = samples[0].genogramSeed.people;
  const generations = samples[0].genogramSeed.generations;
  if (!samples.every((sample) => sample.genogramMs)) {
    return [{ figure: `Genogram of ${people} people`, measured: 'not measured: the drawing did not appear', baseline: '', target: '≤ 100 ms', ok: false }];
  }
  const shown = all('genogramMs');
  const layout = samples.flatMap((sample) => sample.genogramSeed.layoutMs);
  return [
    {
      figure: `Genogram of ${people} people in ${generations} generations (address opened → every person drawn and painted: read, decrypt, lay out, render)`,
      measured: `first visit p95 ${f(p95(samples.map((sample) => sample.genogramMs[0])), 0)} ms · median ${f(median(samples.map((sample) => sample.genogramMs[0])), 0)} ms; all visits p95 ${f(p95(shown), 0)} ms · median ${f(median(shown), 0)} ms (n = ${shown.length})`,
      baseline: `the layout alone (no React, no database): median ${f(median(layout), 2)} ms, p95 ${f(p95(layout), 2)} ms (n = ${layout.length})`,
      target: '≤ 100 ms (median of all visits)',
      ok: median(shown) <= 100,
    },
  ];
}

/**
 * A family's timeline of 400 events: from the team screen, the timeline's address opened → the chart
 * (data-testid="timeline-chart") with its events drawn and painted. The first sample is the first
 * visit (its events not decrypted yet). Null when the chart does not appear within 10 s.
 */
async function measureTimeline(page, familyId) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.timeline; index++) {
    await fromTeamScreen(page);
    const result = await page.evaluate(async (familyId) => {
      const drawn = () => document.querySelectorAll('[data-testid="timeline-chart"] [data-event-id]').length;
      const shown = window.__benchWhen(() => drawn() > 0);
      const start = performance.now();
      location.hash = `#/families/${encodeURIComponent(familyId)}/timeline`;
      const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start, drawn: drawn() };
    }, familyId);
    if (!result) return null;
    samples.push(result);
  }
  return samples;
}

/**
 * A family's network map of 40 contacts: from the team screen, the map's address opened → the
 * drawing (data-testid="network-map-drawing") with every contact laid out and painted. The first
 * sample is the first visit (the map not decrypted yet). Null when the drawing does not appear within 10 s.
 */
async function measureNetworkMap(page, seed) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.networkMap; index++) {
    await fromTeamScreen(page);
    const result = await page.evaluate(async ({ familyId, mapId, contacts }) => {
      const drawn = () => document.querySelectorAll('[data-testid="network-map-drawing"] [data-contact-id]').length;
      const shown = window.__benchWhen(() => drawn() >= contacts);
      const start = performance.now();
      location.hash = `#/families/${encodeURIComponent(familyId)}/network-maps/${encodeURIComponent(mapId)}`;
      const painted = await Promise.race([shown, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]);
      return painted && { ms: painted.frameMs - start, domMs: painted.domMs - start };
    }, seed);
    if (!result) return null;
    samples.push(result);
  }
  return samples;
}

/**
 * The baseline for the network map under the same load: the same family's page, its address opened →
 * its methods links (data-testid-free: the "family-methods-links" section) painted.
 */
async function measureFamilyPage(page, familyId) {
  const samples = [];
  for (let index = 0; index < samplesPerRun.networkMap; index++) {
    await fromTeamScreen(page);
    samples.push(
      await page.evaluate(async (familyId) => {
        const shown = window.__benchWhen(() => document.querySelector('.family-methods-links li') !== null);
        const start = performance.now();
        location.hash = `#/families/${encodeURIComponent(familyId)}`;
        const painted = await shown;
        return { ms: painted.frameMs - start };
      }, familyId),
    );
  }
  return samples;
}

/**
 * Panning the shown timeline, zoomed in three steps, by dragging it with the mouse: 120 moves of 4 px sent one after
 * another while the page records its animation frames. The frame rate over the drag and its
 * longest frame say whether the picture follows the hand (≥ 50 fps is a frame every 20 ms).
 */
async function measurePan(page) {
  const samples = [];
  const chart = page.getByTestId('timeline-chart');
  // The chart opens showing the whole timeline, where there is nothing to pan to: zoom in first.
  await chart.focus();
  for (let press = 0; press < 3; press++) await page.keyboard.press('+');
  const box = await chart.boundingBox();
  if (!box) return null;
  const y = box.y + box.height / 2;
  for (let index = 0; index < samplesPerRun.pan; index++) {
    const startX = box.x + box.width * 0.8;
    await page.mouse.move(startX, y);
    await page.mouse.down();
    await page.evaluate(() => {
      const w = window;
      w.__benchFrames = [];
      w.__benchMoves = 0;
      w.__benchRecording = true;
      const tick = (time) => {
        if (!w.__benchRecording) return;
        w.__benchFrames.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      w.__benchCountMove = () => w.__benchMoves++;
      w.__benchViewStart = document.querySelector('[data-testid="timeline-chart"]')?.dataset.viewStart;
      window.addEventListener('pointermove', w.__benchCountMove, true);
    });
    await page.mouse.move(startX - 480, y, { steps: 120 });
    const result = await page.evaluate(async () => {
      const w = window;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      w.__benchRecording = false;
      window.removeEventListener('pointermove', w.__benchCountMove, true);
      const frames = w.__benchFrames;
      let worstMs = 0;
      for (let at = 1; at < frames.length; at++) worstMs = Math.max(worstMs, frames[at] - frames[at - 1]);
      const spanMs = frames[frames.length - 1] - frames[0];
      const moved = document.querySelector('[data-testid="timeline-chart"]')?.dataset.viewStart !== w.__benchViewStart;
      return { fps: ((frames.length - 1) * 1000) / spanMs, worstMs, moves: w.__benchMoves, frames: frames.length, moved };
    });
    await page.mouse.up();
    samples.push(result);
    await page.waitForTimeout(200);
  }
  return samples;
}

const f = (value, digits = 0) => value.toFixed(digits);

/** The p-th percentile by the nearest-rank method (p95 of 20 samples is the 19th smallest). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const p95 = (values) => percentile(values, 95);

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
    ...meetingRows(samples),
    ...hypothesisRows(samples),
    ...methodRows(samples),
    ...restoreRows(samples),
  ];
}

/** The hypothesis figures: the therapist review, a filter change, a family's evolution view. */
function hypothesisRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const spread = (values, digits = 1) => `p95 ${f(p95(values), digits)} ms · median ${f(median(values), digits)} ms (n = ${values.length})`;
  const runs = (key, digits = 1) => f(median(samples.map((sample) => sample[key])), digits);
  const seeded = samples[0].hypotheses;
  const firstVisits = samples.map((sample) => sample.reviewMs[0]);
  const laterVisits = samples.flatMap((sample) => sample.reviewMs.slice(1));
  const filter = all('filterMs');
  const evolution = samples.every((sample) => sample.evolutionMs) ? all('evolutionMs') : null;
  const evolutionFirst = evolution ? samples.map((sample) => sample.evolutionMs[0]) : null;
  const what = `${seeded.hypotheses} hypotheses, ${seeded.revisions} revisions, ${seeded.familiesWithHypotheses} families`;
  return [
    {
      figure: `Therapist review, first visit after unlock (click "Hypoteesit" → first ${reviewPageSize} of ${what} painted)`,
      measured: spread(firstVisits, 0),
      baseline: `${runs('rawHypothesesFirstMs')} ms raw IndexedDB getAll of the ${seeded.hypotheses} hypothesis rows, first read (median of runs)`,
      target: '≤ 200 ms (median)',
      ok: median(firstVisits) <= 200,
    },
    {
      figure: 'Therapist review, later visits (cards already decrypted)',
      measured: spread(laterVisits, 0),
      baseline: `${runs('rawHypothesesMs')} ms raw IndexedDB getAll of the hypothesis rows, warm (median of runs)`,
      target: '≤ 200 ms (median)',
      ok: median(laterVisits) <= 200,
    },
    {
      figure: 'Therapist review, filter change (click / select → result count updated and painted)',
      measured: spread(filter),
      baseline: `${spread(all('filterBaselineMs'))}: a click that changes nothing + 1 painted frame`,
      target: 'p95 ≤ 16.7 ms',
      ok: p95(filter) <= 16.7,
    },
    evolution
      ? {
          figure: `Evolution view of a family with ${seeded.evolutionHypotheses} hypotheses over 5 years (${seeded.evolutionRevisions} revisions; address opened → SVG painted)`,
          measured: `first visit ${spread(evolutionFirst, 0)}; all visits ${spread(evolution, 0)}`,
          baseline: `${runs('rawEvolutionFirstMs')} ms raw IndexedDB index read of the family's ${samples[0].rawEvolutionCount} revisions, first read; warm ${runs('rawEvolutionMs')} ms`,
          target: '≤ 150 ms (median of all visits)',
          ok: median(evolution) <= 150,
        }
      : {
          figure: `Evolution view of a family with ${seeded.evolutionHypotheses} hypotheses over 5 years`,
          measured: 'not measured: the view (data-testid="hypothesis-evolution") did not appear',
          baseline: `${runs('rawEvolutionFirstMs')} ms raw IndexedDB index read of the family's ${samples[0].rawEvolutionCount} revisions, first read`,
          target: '≤ 150 ms',
          ok: false,
        },
  ];
}

function hypothesisDetails(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const med = (key, digits = 1) => f(median(all(key)), digits);
  const pc = (key, digits = 1) => f(p95(all(key)), digits);
  const runs = (key, digits = 1) => f(median(samples.map((sample) => sample[key])), digits);
  const seeded = samples[0].hypotheses;
  const statuses = Object.entries(seeded.byStatus).map(([status, count]) => `${count} ${status}`).join(', ');
  return [
    `hypotheses seeded: ${seeded.revisions} revisions of ${seeded.hypotheses} hypotheses in ${seeded.familiesWithHypotheses} of ${seeded.families} families ` +
      `(${seeded.meetingHypotheses} of them made in the seeded meetings with one revision each; the rest with 1–8 revisions a few weeks apart over five years); ` +
      `now ${statuses}; ${seeded.staleAtFourWeeks} held hypotheses not revisited for 4 weeks; family ${seeded.evolutionFamilyCode} has ${seeded.evolutionHypotheses} hypotheses ` +
      `with ${seeded.evolutionRevisions} revisions; seeding took ${f(median(samples.map((s) => s.hypotheses.seedMs)))} ms`,
    `review: the heading (with "Haetaan hypoteeseja…") painted after ${f(median(samples.map((s) => s.reviewHeadingMs[0])))} ms on the first visit, ` +
      `${f(median(samples.flatMap((s) => s.reviewHeadingMs.slice(1))))} ms on later ones; rows DOM updated (before paint) median ${med('reviewDomMs', 0)} ms over all visits; JS heap after it ${runs('reviewHeapMb')} MB; ` +
      `a hypothesis row averages ${runs('hypothesisRowClearChars', 0)} characters of clear fields and a ${runs('hypothesisRowPayloadBytes', 0)}-byte encrypted payload`,
    `review, data alone (bench page): listAllHypotheses (read + decrypt + validate every card) first after unlock ${runs('reviewDataFirstMs')} ms, ` +
      `warm median ${med('reviewDataWarmMs')} ms; the same first call inside a Dexie liveQuery (as useAllHypotheses makes it) ${runs('reviewDataLiveQueryMs')} ms, ` +
      `against the rows read in a liveQuery and the cards decrypted outside it ${runs('reviewDataRowsThenOpenMs')} ms; prepareReview (ages, flags, both orders) median ${med('reviewPrepareMs', 2)} ms, p95 ${pc('reviewPrepareMs', 2)} ms; ` +
      `filterReview per change median ${med('reviewFilterDataMs', 2)} ms, p95 ${pc('reviewFilterDataMs', 2)} ms; ` +
      `cold costs paid once per page: the first Finnish collator ${runs('firstCollatorMs')} ms, the first date formatted in Finnish ${runs('firstFormatMs')} ms`,
    `filter change: DOM updated (before paint) median ${med('filterDomMs')} ms, p95 ${pc('filterDomMs')} ms; max ${f(Math.max(...all('filterMs')), 1)} ms`,
    samples.every((sample) => sample.evolutionMs)
      ? `evolution view: DOM updated (before paint) median ${med('evolutionDomMs', 0)} ms`
      : 'evolution view: not measured in this run (the view was not there yet)',
  ];
}

/** The network map of 40 contacts: its address opened → every contact laid out and painted, beside the pure layout alone. */
function networkMapRow(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const spread = (values, digits = 1) => `p95 ${f(p95(values), digits)} ms · median ${f(median(values), digits)} ms (n = ${values.length})`;
  const contacts = samples[0].networkMapSeed.contacts;
  if (!samples.every((sample) => sample.networkMapMs)) {
    return { figure: `Network map with ${contacts} contacts`, measured: 'not measured: the drawing did not appear', baseline: '', target: '≤ 100 ms', ok: false };
  }
  return {
    figure: `Network map with ${contacts} contacts (address opened → every contact laid out and painted)`,
    measured: `first visit ${spread(samples.map((sample) => sample.networkMapMs[0]), 0)}; all visits ${spread(all('networkMapMs'), 0)}`,
    baseline:
      `${spread(samples.flatMap((sample) => sample.networkMapSeed.layoutMs), 2)}: the pure layout of the same contacts alone` +
      (samples.every((sample) => sample.familyPageMs) ? `; the same family's page (address → methods links painted) ${spread(all('familyPageMs'), 0)}` : ''),
    target: '≤ 100 ms (median of all visits)',
    ok: median(all('networkMapMs')) <= 100,
  };
}

/** The method figures: the timeline of 400 events shown and panned, a drawing of 2,000 points saved. */
function methodRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const spread = (values, digits = 1) => `p95 ${f(p95(values), digits)} ms · median ${f(median(values), digits)} ms (n = ${values.length})`;
  const runs = (key, digits = 1) => f(median(samples.map((sample) => sample[key])), digits);
  const events = samples[0].timelineSeed.events;
  const timeline = samples.every((sample) => sample.timelineMs) ? all('timelineMs') : null;
  const pan = samples.every((sample) => sample.panFps) ? all('panFps') : null;
  const saves = samples.flatMap((sample) => sample.drawing.saveMs);
  const rawPuts = samples.flatMap((sample) => sample.drawing.rawPutMs);
  return [
    timeline
      ? {
          figure: `Timeline of a family with ${events} events of mixed precision (address opened → chart with its events painted)`,
          measured: `first visit ${spread(samples.map((sample) => sample.timelineMs[0]), 0)}; all visits ${spread(timeline, 0)}`,
          baseline: `${runs('rawTimelineFirstMs')} ms raw IndexedDB index read of the ${events} event rows, first read; warm ${runs('rawTimelineMs')} ms`,
          target: '≤ 200 ms (median of all visits)',
          ok: median(timeline) <= 200,
        }
      : { figure: `Timeline of a family with ${events} events`, measured: 'not measured: the chart did not appear', baseline: '', target: '≤ 200 ms', ok: false },
    pan
      ? {
          figure: `Timeline of ${events} events panned by dragging (120 mouse moves of 4 px → frames painted)`,
          measured: `lowest ${f(Math.min(...pan), 0)} fps · median ${f(median(pan), 0)} fps (n = ${pan.length} drags); longest frame ${f(Math.max(...all('panWorstFrameMs')), 1)} ms`,
          baseline: 'the display refresh: 60 fps, a frame every 16.7 ms',
          target: '≥ 50 fps (lowest drag)',
          ok: Math.min(...pan) >= 50,
        }
      : { figure: `Timeline of ${events} events panned`, measured: 'not measured: no chart to drag', baseline: '', target: '≥ 50 fps', ok: false },
    networkMapRow(samples),
    {
      figure: `Three-houses drawing of ${samples[0].drawing.points} points in ${samples[0].drawing.strokes} strokes saved (encode, encrypt, write the session)`,
      measured: spread(saves),
      baseline: `${spread(rawPuts)}: the same session row put again, without encoding or encryption`,
      target: '≤ 100 ms (p95)',
      ok: p95(saves) <= 100,
    },
    ...genogramRows(samples),
  ];
}

function methodDetails(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const encode = samples.flatMap((sample) => sample.drawing.encodeMs);
  return [
    `timeline: ${samples[0].timelineSeed.events} events seeded in ${f(median(samples.map((s) => s.timelineSeed.ms)))} ms; ` +
      (samples.every((sample) => sample.timelineMs)
        ? `${samples[0].timelineDrawn} events drawn in the chart at first; DOM updated (before paint) median ${f(median(all('timelineDomMs')))} ms`
        : 'the chart was not measured'),
    samples.every((sample) => sample.panMoves)
      ? `pan: ${f(median(all('panMoves')))} pointer moves reached the page per drag (median); the view ${samples.every((sample) => sample.panMoved) ? 'moved in every drag' : 'did NOT move in some drag (the figure is not a pan)'}`
      : 'pan: not measured',
    `drawing: encoded to ${samples[0].drawing.encodedChars} characters; drawingForStorage alone median ${f(median(encode), 2)} ms, p95 ${f(p95(encode), 2)} ms`,
    `network map: ${samples[0].networkMapSeed.contacts} contacts seeded in ${f(median(samples.map((s) => s.networkMapSeed.ms)))} ms; ` +
      (samples.every((sample) => sample.networkMapDomMs) ? `DOM updated (before paint) median ${f(median(all('networkMapDomMs')))} ms` : 'the drawing was not measured'),
  ];
}

/** The restore figure: the whole benchmark database restored from its backup file, against a raw bulk write of its rows. */
function restoreRows(samples) {
  const m = (key) => median(samples.map((sample) => sample.restore[key]));
  const restore = m('restoreMs');
  const raw = m('rawWriteMs');
  return [
    {
      figure: `Restore of the whole database from its backup file (${samples[0].restore.rows} rows, ${f(samples[0].restore.fileBytes / 1024 ** 2, 1)} MB): read, unlock, every record checked, one-transaction write`,
      measured: `${f(restore)} ms (${f(restore / raw, 2)} × raw)`,
      baseline: `${f(raw)} ms raw bulk write of the same rows into an empty database, one transaction`,
      target: '≤ 3 × raw write',
      ok: restore <= 3 * raw,
    },
  ];
}

function restoreDetails(samples) {
  const m = (key) => f(median(samples.map((sample) => sample.restore[key])));
  return [
    `restore: export ${m('exportMs')} ms; check (parse, unlock with the 600k KDF, decrypt + validate every record) ${m('checkMs')} ms; ` +
      `one-transaction write ${m('writeMs')} ms; the same restore over the data already there (check, keep it as a backup, replace) ${m('overExistingMs')} ms`,
  ];
}

/** The meeting figures: each a median and p95 over every sample of every run, beside its baseline. */
function meetingRows(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const spread = (values, digits = 1) => `p95 ${f(p95(values), digits)} ms · median ${f(median(values), digits)} ms (n = ${values.length})`;
  const advance = all('advanceMs');
  const advanceBase = all('advanceBaselineMs');
  const keystroke = all('keystrokeMs');
  const save = all('noteSaveMs');
  const rawPut = all('noteRawPutMs');
  const firstVisits = samples.map((sample) => sample.meetingsListMs[0]);
  const laterVisits = samples.flatMap((sample) => sample.meetingsListMs.slice(1));
  const summary = all('summaryMs');
  const count = samples[0].seed.meetings.meetings;
  return [
    {
      figure: 'Phase advance, 4 deep dives ("Seuraava vaihe" click / Alt+→ → new phase heading painted)',
      measured: spread(advance),
      baseline: `${spread(advanceBase)}: raw IndexedDB put of the meeting's row (strict durability) + 1 painted frame`,
      target: 'p95 ≤ 16.7 ms',
      ok: p95(advance) <= 16.7,
    },
    {
      figure: `Notes keystroke → committed in IndexedDB (includes the ${autosaveDelayMs} ms autosave delay)`,
      measured: spread(keystroke, 0),
      baseline: `${f(autosaveDelayMs + median(rawPut))} ms: the ${autosaveDelayMs} ms delay + a raw put (median ${f(median(rawPut), 1)} ms)`,
      target: 'p95 ≤ 1200 ms',
      ok: p95(keystroke) <= 1200,
    },
    {
      figure: 'Notes write itself (saveMeetingNote: read, decrypt, encrypt, write)',
      measured: spread(save),
      baseline: `${spread(rawPut)}: raw IndexedDB put of the same encrypted row, strict durability (2 × p95 = ${f(2 * p95(rawPut), 1)} ms)`,
      target: 'p95 ≤ 2 × raw put p95',
      ok: p95(save) <= 2 * p95(rawPut),
    },
    {
      figure: `Past meetings list, first visit after unlock (click "Kokoukset" → ${count} past meetings painted)`,
      measured: spread(firstVisits, 0),
      baseline: `${f(median(samples.map((sample) => sample.rawMeetingsFirstMs)), 1)} ms raw IndexedDB getAll of the ${samples[0].rawMeetingsCount} meeting rows, first read (median of runs)`,
      target: '≤ 150 ms (median)',
      ok: median(firstVisits) <= 150,
    },
    {
      figure: `Past meetings list, later visits (payloads already decrypted)`,
      measured: spread(laterVisits, 0),
      baseline: `${f(median(samples.map((sample) => sample.rawMeetingsMs)), 1)} ms raw IndexedDB getAll of the ${samples[0].rawMeetingsCount} meeting rows, warm (median of runs)`,
      target: '≤ 150 ms (median)',
      ok: median(laterVisits) <= 150,
    },
    {
      figure: `All summaries of a meeting with 4 deep dives (${samples[0].summaryCount} documents, built + rendered as text and Markdown)`,
      measured: spread(summary),
      baseline: `${spread(all('summaryStringifyMs'))}: JSON.stringify of the same inputs`,
      target: 'p95 ≤ 100 ms',
      ok: p95(summary) <= 100,
    },
  ];
}

function meetingDetails(samples) {
  const all = (key) => samples.flatMap((sample) => sample[key]);
  const med = (key, digits = 1) => f(median(all(key)), digits);
  const pc = (key, digits = 1) => f(p95(all(key)), digits);
  const seeded = samples[0].seed.meetings;
  return [
    `meetings seeded: ${seeded.meetings} finished weekly meetings a week apart (${seeded.agendaItems} agenda items: ${seeded.deepDives} deep dives + quick rounds), ` +
      `${seeded.notes} phase notes, ${seeded.hypotheses} hypotheses, ${seeded.riskRounds} revealed risk rounds, ${seeded.actions} actions and family questions; ` +
      `plus 1 running meeting with 4 deep dives (${seeded.runningSteps.length} steps); seeding the meetings took ${f(median(samples.map((s) => s.seed.meetings.meetingsMs)))} ms`,
    `phase advance: DOM updated (before paint) median ${med('advanceDomMs')} ms, p95 ${pc('advanceDomMs')} ms; ` +
      `by click median ${med('advanceClickMs')} / p95 ${pc('advanceClickMs')} ms, by Alt+→ median ${med('advanceKeyMs')} / p95 ${pc('advanceKeyMs')} ms; max ${f(Math.max(...all('advanceMs')), 1)} ms`,
    `phase advance, data side alone (bench page, runMeeting 'next' on a copy of the meeting's row): median ${med('transitionMs')} ms, p95 ${pc('transitionMs')} ms; ` +
      `raw put of that row median ${med('transitionRawPutMs')} ms, p95 ${pc('transitionRawPutMs')} ms`,
    `notes write: raw put with the browser's default durability median ${med('noteRawPutDefaultMs')} ms; AES-GCM seal alone median ${med('noteSealMs', 2)} ms; ` +
      `max saveMeetingNote ${f(Math.max(...all('noteSaveMs')), 1)} ms, max raw put ${f(Math.max(...all('noteRawPutMs')), 1)} ms`,
    `past meetings list: DOM updated (before paint) median ${med('meetingsListDomMs', 0)} ms over all visits; JS heap after it ${f(median(samples.map((s) => s.meetingsHeapMb)), 1)} MB; ` +
      `a meeting row averages ${f(median(samples.map((s) => s.meetingRowClearChars)))} characters of clear fields as JSON (template snapshot id, outline, run state) ` +
      `and a ${f(median(samples.map((s) => s.meetingRowPayloadBytes)))}-byte encrypted payload; raw getAll of all meeting rows, first read ${f(median(samples.map((s) => s.rawMeetingsFirstMs)), 1)} ms`,
    `past meetings list, data alone (bench page, listMeetingSummaries: read + decrypt + validate every meeting): ` +
      `first after unlock ${f(median(samples.map((s) => s.listMeetingsFirstMs)), 1)} ms, warm median ${med('listMeetingsWarmMs')} ms`,
    `summaries: building the ${samples[0].summaryCount} documents alone median ${med('summaryBuildMs')} ms, p95 ${pc('summaryBuildMs')} ms; ` +
      `first call of a run (cold code) median ${f(median(samples.map((s) => s.summaryFirstMs)), 1)} ms; ${samples[0].summaryChars} characters of text and Markdown ` +
      `from ${samples[0].summaryInputChars} characters of JSON input`,
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
  chromiumPath = executablePath;
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
  if (only === 'networkMap') {
    const row = networkMapRow(samples);
    console.log('');
    console.log(textTable(['figure', `measured (${runs} runs)`, 'baseline (same runs)', 'target', 'result'], [[row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']]));
    console.log(`  ${load}; docs/benchmark.md not written (KEHA_BENCH_ONLY=networkMap)`);
    return;
  }
  const onlyGroup = [...extraGroups, togetherGroup].find((group) => group.name === only);
  if (onlyGroup) {
    const body = onlyGroup.rows(samples).map((row) => [row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']);
    console.log('');
    console.log(textTable(['figure', `measured (${runs} runs)`, 'baseline (same runs)', 'target', 'result'], body));
    console.log(`  ${load}; docs/benchmark.md not written (KEHA_BENCH_ONLY=${only})`);
    return;
  }
  if (only === 'genogram') {
    const body = genogramRows(samples).map((row) => [row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']);
    console.log('');
    console.log(textTable(['figure', `measured (${runs} runs)`, 'baseline (same runs)', 'target', 'result'], body));
    console.log(`  ${load}; docs/benchmark.md not written (KEHA_BENCH_ONLY=genogram)`);
    return;
  }
  if (only === 'backup') {
    const body = backupRows(samples).map((row) => [row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']);
    console.log('');
    console.log(textTable(['figure', `measured (median of ${runs} runs)`, 'baseline (same runs)', 'target', 'result'], body));
    for (const [i, s] of samples.entries()) console.log(`  run ${i + 1} per process: ${s.backup.perProcess.map((p) => `${p.type} +${f(p.growthBytes / 1024 / 1024, 1)} MB`).join(', ')}`);
    console.log(`  ${load}; docs/benchmark.md not written (KEHA_BENCH_ONLY=backup)`);
    return;
  }

  const table = [...rows(samples), ...backupRows(samples), ...extraGroups.filter((group) => !group.aloneOnly).flatMap((group) => extraGroupRows(group, samples.map((sample) => sample.extras[group.name])))];
  const header = ['figure', `measured (median of ${runs} runs, or as stated)`, 'baseline (same runs)', 'target', 'result'];
  const body = table.map((row) => [row.figure, row.measured, row.baseline, row.target, row.ok ? 'ok' : 'MISSED']);
  const m = (key, digits = 0) => f(median(samples.map((sample) => sample[key])), digits);
  const details = [
    `unlock, families heading in the DOM (before paint): ${m('unlockDomMs')} ms; all ${team.families} rows shown: ${m('unlockToListMs')} ms`,
    `family list, DOM updated (before paint): ${m('listDomMs')} ms`,
    `data layer without React (bench page): unlockVaultIn ${m('dataUnlockMs')} ms; Dexie toArray ${m('dataToArrayMs', 1)} ms; ` +
      `listFamilies (read + decrypt + validate) ${m('dataFirstListMs', 1)} ms first after unlock, ${m('dataListMs', 1)} ms warm`,
    `raw IndexedDB getAll, first read after open: ${m('rawFirstMs', 1)} ms (baseline above is the warm median)`,
    `Blink (DOM) heap after the family list, beside the JS heap: ${m('blinkHeapMb', 1)} MB`,
    ...meetingDetails(samples),
    ...hypothesisDetails(samples),
    ...methodDetails(samples),
    ...restoreDetails(samples),
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
  const perRunMeetings = markdownTable(
    ['run', 'phase advance p95', 'raw put + frame p95', 'keystroke → stored p95', 'notes write p95', 'raw put p95', 'past meetings: first / later (median)', 'raw getAll', 'summaries p95'],
    samples.map((s, i) => [
      String(i + 1),
      `${f(p95(s.advanceMs), 1)} ms`,
      `${f(p95(s.advanceBaselineMs), 1)} ms`,
      `${f(p95(s.keystrokeMs))} ms`,
      `${f(p95(s.noteSaveMs), 1)} ms`,
      `${f(p95(s.noteRawPutMs), 1)} ms`,
      `${f(s.meetingsListMs[0])} / ${f(median(s.meetingsListMs.slice(1)))} ms`,
      `${f(s.rawMeetingsMs, 1)} ms`,
      `${f(p95(s.summaryMs), 1)} ms`,
    ]),
  );
  const perRunHypotheses = markdownTable(
    ['run', 'review: first / later (median)', 'raw getAll first / warm', 'filter p95', 'click + frame p95', 'evolution: first / median'],
    samples.map((s, i) => [
      String(i + 1),
      `${f(s.reviewMs[0])} / ${f(median(s.reviewMs.slice(1)))} ms`,
      `${f(s.rawHypothesesFirstMs, 1)} / ${f(s.rawHypothesesMs, 1)} ms`,
      `${f(p95(s.filterMs), 1)} ms`,
      `${f(p95(s.filterBaselineMs), 1)} ms`,
      s.evolutionMs ? `${f(s.evolutionMs[0])} / ${f(median(s.evolutionMs))} ms` : 'not shown',
    ]),
  );
  const doc = `# Performance benchmark

<!-- Written by \`npm run bench\` (scripts/bench.mjs); run it again to update. -->

Figures from \`npm run bench\` on ${machine.date}: a synthetic team of ${team.members} members and
${team.families} families with 1–4 children each (${samples[0].seed.children} children), plus five years of
weekly meetings (${samples[0].seed.meetings.meetings} finished meetings, ${samples[0].seed.meetings.agendaItems} agenda items) and one running
meeting with 4 deep dives, and ${samples[0].hypotheses.revisions} hypothesis revisions (${samples[0].hypotheses.hypotheses} hypotheses), in real Chromium.
After those, in the same runs, the extra groups (the quick round, fitting a plan to its slot, the
agenda mid-meeting, the safety round's data, the entry drafts, continuity from the last meeting) each on a small vault of its own.
Each foundation figure is the median of ${runs} runs; each meeting figure and hypothesis figure
is a p95 and median over the samples of all ${runs} runs; every figure has the same runs'
baseline beside it.

Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memory} memory, ${machine.os};
Node ${machine.node}; Chromium ${machine.chromium}; ${load} (1-minute; a load above about 1
before the run means other work competed for the ${machine.cores} cores, and the figures are pessimistic).

${markdownTable(header, body)}

${missed.length ? `**MISSED:** ${missed.join('; ')}.` : 'All targets met.'}

Details (medians unless stated):

${details.map((line) => `- ${line}`).join('\n')}

Per run:

${perRun}

${perRunMeetings}

${perRunHypotheses}

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
- **Meetings** are seeded on the bench page with the app's own code
  (\`renderer/src/bench/meetingSeed.ts\`): ${team.meetings} finished weekly meetings a week apart going back
  five years, each with the one stored snapshot of \`weeklyMeetingTemplate\` (a \`meetingTemplates\` row), a plan made from \`defaultPlan\` (one or two
  members away, sometimes a guest) with 5 quick-round families and 2–4 deep dives, a finished run
  state made with the pure engine (\`shared/meeting/engine.ts\`) on timestamps of that week (steps
  taking about their planned time, the odd skip, sometimes a break), notes on about 3 steps in 4,
  1–3 hypotheses per deep dive, a revealed risk round with 4–6 scores, and 1–3 actions plus
  sometimes a question for the family. These rows are built with the app's schemas and
  \`sealPayload\` (the same AES-GCM and associated data as the app) and written in one
  bulk transaction, since one repository call per record would take minutes per run. The running
  meeting (4 deep dives, ${samples[0].seed.meetings.runningSteps.length} steps) is made with \`createMeeting\` and started with \`runMeeting\`.
- **Phase advance**: in the facilitator view (\`#/meetings/<id>/run\`) of the running meeting, from the
  click on "Seuraava vaihe" (every other sample: the Alt+→ shortcut, dispatched as a keydown) to
  the new phase's name in the view's \`<h1>\` and the frame showing it painted (next animation frame,
  then a task). ${samplesPerRun.advance} advances per run, 250 ms apart. Baseline, taken in the same page after each
  advance: a raw IndexedDB put of the meeting's stored row (same size: template snapshot id, outline,
  run state, payload) into a scratch database with strict durability (as the app's database), then
  one painted frame: the least any stored phase change can cost before it is seen. For analysis the
  bench page also times the repository's \`runMeeting('next')\` alone on a copy of that row.
- **Notes keystroke → committed**: in the same view, the notes field focused with the view's Alt+N
  shortcut, one character typed (Playwright key press); from the keydown (a capture listener) until
  a second, raw IndexedDB connection in the page sees the stored note's payload change (polled every
  4 ms; a fresh IV on every write). Includes the ${autosaveDelayMs} ms autosave delay; the first sample creates the
  note. Baseline: the delay plus the median raw put below.
- **Notes write itself**: on the bench page, the repository's \`saveMeetingNote\` for a note one character
  longer each time (it reads the record, decrypts it from cache, encrypts and writes it in a
  transaction that checks nobody wrote in between), alternating with a raw IndexedDB put of the very
  row it stored, strict durability like the app's database.
- **Past meetings list**: after the family list, from the team screen, click "Kokoukset" → as many
  items under "Pidetyt kokoukset" as finished meetings, painted. ${samplesPerRun.meetingsList} visits per run; the first is the
  first after unlocking (every meeting payload decrypted) and is reported on its own, against the
  first raw read; later ones find the payloads cached. Baseline: raw IndexedDB \`getAll()\` of the
  meetings store (first read, and warm).
- **Summaries**: on the bench page, with the inputs already loaded by the repositories (the reads
  \`useSummarySource\` makes), \`buildFamilySummaries\` + \`buildMeetingRecord\` for the latest finished
  meeting (4 deep dives), in Finnish with the record screen's date formats, and every document
  rendered with \`renderPlainText\` and \`renderMarkdown\`. ${samplesPerRun.summaries} calls per run, the first (cold code) included.
  Baseline: \`JSON.stringify\` of the same inputs.
- **Hypotheses** are seeded on the bench page with the app's own code
  (\`renderer/src/bench/hypothesisSeed.ts\`) after the meetings: hypotheses with 1–8 revisions a few
  weeks apart (revisited and still holding, a status changed with a reason, or reworded), made at
  any time in the past five years, until the database holds ${hypothesisPlan.totalRevisions} revisions with the
  meeting seed's (one revision each); one closed family (no meeting touched it) gets exactly
  ${hypothesisPlan.evolutionHypotheses} hypotheses made evenly over five years. Each revision stores the whole card after it,
  and each hypothesis row the card and status of its latest revision (as \`reviseHypothesis\` keeps
  them), all sealed with \`sealPayload\` and written in one bulk transaction.
- **Therapist review shown**: after the facilitator measures, from the team screen, click "Hypoteesit"
  → the review's heading and its first page of ${reviewPageSize} rows painted (the screen renders a page of rows
  with "show more", and never reads revisions: it reads the hypothesis rows, whose status and dates are
  in the clear, decrypts the cards at both ends of the revisit order first and the rest right after;
  proposer and lens filters wait for all cards). ${samplesPerRun.review} visits per run; the first is the first after
  unlocking (nearly every card still to decrypt: only the running meeting's 4 families were shown
  before) and is judged on its own; later visits find the cards cached. Baseline: raw IndexedDB
  \`getAll()\` of the hypotheses store (first read, and warm), no Dexie, no decryption.
- **Filter change**: on the review with its data loaded, ${samplesPerRun.filter} changes per run in turn: a status box
  ticked or unticked ("Avoin", "Heikentynyt"), a family chosen and unchosen, a lens ticked and
  unticked, an age chosen and unchosen, "only the not revisited" ticked and unticked; from the click
  (or the select's change event) until the count of results in words has changed and the frame
  showing it is painted. Baseline after each: a click that changes nothing, then one painted frame.
  For analysis the bench page times \`listAllHypotheses\`, \`prepareReview\` and \`filterReview\` alone.
- **Evolution view**: from the team screen, \`#/families/<id>/hypotheses/evolution\` of the family with
  ${hypothesisPlan.evolutionHypotheses} hypotheses opened → its SVG (\`data-testid="hypothesis-evolution"\`) in the DOM and painted;
  ${samplesPerRun.evolution} visits per run, the first with nothing of the family's revisions decrypted yet. Baseline: a raw
  IndexedDB read of the family's revisions through the \`familyId\` index.
- **Extra groups**: after the figures above, in the same runs and browser profile, each group on
  a small vault of its own in a fresh bench page (\`extraGroups\` in \`scripts/bench.mjs\`). Each
  also runs alone with \`KEHA_BENCH_ONLY=<name>\`, which prints its table and leaves this file alone.
  A group that fails in a run is one MISSED row saying why; the other figures stand.
  - **Quick round** (\`quickRound\`): ${quickRoundFamilies} families on one weekly meeting's quick round, the
    meeting started and at its opening (\`renderer/src/bench/quickRoundSeed.ts\`). In the facilitator
    view the chair moves on (Alt+→) → every family's line with its worker, safety median and open
    tasks drawn and painted; ${samplesPerRun.quickRound} visits per run (back with Alt+← in between, not timed), the first
    reported on its own; target ≤ 150 ms (p95 of all visits). A line saved as the panel saves it
    (\`saveQuickRoundLine\`: seal + one put), ${samplesPerRun.quickRoundSave} per run, alternating with a raw IndexedDB put of the
    very row it stored (strict durability); target ≤ 2 × the raw put (medians).
  - **Fitting a plan to its slot** (\`slot\`): on the bench page, \`fitToSlot\` and the projection of its
    proposal (no React) for the built-in weekly template with ${slotPlan.deepDives} deep dives and ${slotPlan.families} quick-round
    families, into ${slotPlan.slots.join(' and into ')} minutes (where even the minimums do not fit, so the search stops
    early); ${slotPlan.fitSamples} samples per run, each the mean of ${slotPlan.fitBatch} fits; target ≤ 16.7 ms (median and p95).
    On the planner of such a meeting with a ${slotPlan.slots[0]}-minute slot, "Sovita kokousaikaan" pressed → the
    proposal's table painted, ${slotPlan.screenSamples} presses per run (informational).
  - **A deep dive added mid-meeting** (\`agenda\`): a vault of 60 families, a running weekly meeting
    with 3 deep dives and every open family on its quick round; in the facilitator view "Lisää syventävä käsittely", a family chosen,
    "Lisää asialistalle" pressed → the new deep dive painted in the agenda list; ${samplesPerRun.agenda} per run. Target:
    one frame (16.7 ms) + the median of the same write alone (\`addDeepDiveNow\`: read, seal, one
    transaction of plan and run) on a vault seeded the same way. Beside it a raw put of the meeting
    row and its next frame. Then the last deep dive still to come moved up (Alt+↑) → the new order
    painted, against the same target.
  - **Safety round** (\`safety\`): two years of weekly meetings (104, 8 members, 12 families) with
    revealed rounds; last time's round of the family with the most rounds read as the round is
    revealed (\`readEarlierRiskRound\`), first after unlock and warm; target ≤ 100 ms (first read,
    median). The chair's entry from paper (6 scores) saved in one write (\`recordPaperRiskRound\`),
    against 2 × sealing and putting the same row.
  - **Entry drafts and the planned agenda** (\`documents\`): 12 members, 100 families, 3 finished
    meetings; with the inputs already read, every entry draft of the latest meeting (4 deep dives)
    built and rendered as the text Copy gives, and its planned agenda from the engine's steps,
    ${samplesPerRun.summaries} per run; each ≤ 16.7 ms (p95). Baseline: \`JSON.stringify\` of the inputs.
  - **Continuity** (\`continuity\`): 12 members, 100 families, 50 finished meetings; the opening's
    "agreed last time" of the latest meeting (read, decrypt, group by owner) and each deep-dive
    family's glance (read, decrypt, build), as the chair's view reads them, and the rules alone;
    ${samplesPerRun.summaries} per run; each read ≤ 100 ms (p95), the rules ≤ 16.7 ms. Baseline: the meetings read raw.
- **Sync between the team's computers** (\`KEHA_BENCH_ONLY=sync\`, alone only: a full run leaves it
  out, it takes minutes per run). The run starts its own pouchdb-server on 127.0.0.1 (LevelDB in a
  temporary folder, \`scripts/syncServer.mjs\`), sets up two team databases as IT would
  (\`configureTeamServer\`), and stops it at the end. Two computers are two Chromium profiles (their
  own IndexedDB). Computer A seeds the five-year vault above and connects it as Settings does (server
  settings sealed, every synced row in the outbox, the engine started) until the server holds every
  record (reported, not judged). Computer B joins with the real \`joinTeam\` on a bench page
  (progress callbacks recorded: how many, and the last done/total); target ≤ 2 minutes with progress.
  B then opens the app and its family list; A changes a family's label through the repository
  (\`updateFamilyPayload\`: the outbox middleware, the running engine) ${syncPlan.changes} times, 0.2–0.5 s apart;
  from just before A's write to B's family list showing the new label and the frame painted, both
  read as \`performance.timeOrigin + performance.now()\` (one wall clock on one machine); beside it
  when the server's \`_changes\` has it. Target p95 ≤ 2 s. Last, the same write (a family's label
  through the repository) on a small vault with no team server and on one with the server set and
  its engine running, ${syncPlan.writes} each in turns of blocks of ${syncPlan.writeBlock}; target: with ≤ 1.10 × without (medians).
  Beside them a third vault with the server set but no engine: the outbox middleware's own share.
- p95 is the nearest-rank 95th percentile of all samples of all runs.
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
