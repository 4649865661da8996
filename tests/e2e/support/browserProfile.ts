// Helpers for e2e journeys that need a REAL browser restart or a crash: start Chromium ourselves on a
// persistent profile directory, drive it through CDP with Playwright, close it gracefully or kill it,
// and search the profile's files on disk for plaintext. Use the `test` exported here (it removes
// profile directories and kills leftover browsers after each test).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/browser.cjs';

export { expect } from '@playwright/test';

export interface ProfileBrowser {
  /** The Chromium process (its pid is also the process group id). */
  readonly process: ChildProcess;
  readonly browser: Browser;
  /** The profile's default (persistent) context. */
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  /** Graceful shutdown (CDP Browser.close, as when the user quits), then waits for the process to exit. */
  close(): Promise<void>;
  /** Simulated crash / power loss: SIGKILL to the browser and all its child processes, then waits. */
  crash(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** How long to wait for Chromium to report its DevTools endpoint. Default 30 s. */
  timeoutMs?: number;
}

const running = new Set<ChildProcess>();
const profileDirs = new Set<string>();

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** SIGKILL to the whole process group (browser, renderers, utility processes). */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
  if (!hasExited(child)) child.kill('SIGKILL');
}

/** Starts headless Chromium on `userDataDir` and connects Playwright to it over CDP. */
export async function launchProfile(userDataDir: string, options: LaunchOptions = {}): Promise<ProfileBrowser> {
  const executable = process.env.KEHA_CHROMIUM || findChromium();
  if (!executable) throw new Error('No Chromium found: set KEHA_CHROMIUM or install the Debian package "chromium".');
  const args = [
    '--headless=new',
    ...CHROMIUM_ARGS,
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-port=0',
    ...(options.args ?? []),
    'about:blank',
  ];
  // detached: its own process group, so crash() can kill every Chromium process at once.
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));

  let stderrTail = '';
  const wsEndpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Chromium did not print its DevTools endpoint in time`)), options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderrTail);
      if (match?.[1]) {
        cleanup();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null, signal: string | null) =>
      fail(new Error(`Chromium exited before it was ready (code ${code}, signal ${signal})`));
    const onError = (error: Error) => fail(error);
    function cleanup() {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    }
    function fail(error: Error) {
      cleanup();
      killGroup(child);
      reject(new Error(`${error.message}\n${executable} ${args.join(' ')}\n--- stderr ---\n${stderrTail}`));
    }
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
  // Keep draining stderr: a full pipe would block Chromium.
  child.stderr?.on('data', () => {});

  let browser: Browser;
  try {
    browser = await chromium.connectOverCDP(wsEndpoint);
  } catch (error) {
    killGroup(child);
    throw error;
  }
  const context = browser.contexts()[0];
  if (!context) {
    killGroup(child);
    throw new Error('Chromium over CDP has no default context');
  }

  return {
    process: child,
    browser,
    context,
    newPage: () => context.newPage(),
    async close() {
      if (hasExited(child)) return;
      try {
        // Browser.close makes Chromium shut down the way quitting does, flushing the profile.
        const session = await browser.newBrowserCDPSession();
        await session.send('Browser.close').catch(() => {
          // The connection may drop before the reply arrives.
        });
      } finally {
        await browser.close().catch(() => {});
      }
      if (!(await waitForExit(child, 20_000))) {
        killGroup(child);
        throw new Error(`Chromium (pid ${child.pid}) did not exit within 20 s of a graceful close`);
      }
      // Helpers that outlive the browser process (none normally) go too.
      killGroup(child);
    },
    async crash() {
      killGroup(child);
      if (!(await waitForExit(child, 10_000))) throw new Error(`Chromium (pid ${child.pid}) survived SIGKILL`);
      await browser.close().catch(() => {});
    },
  };
}

/** A fresh, empty profile directory under the OS temp dir; the `test` below removes it afterwards. */
export async function makeProfileDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'keha-profile-'));
  profileDirs.add(dir);
  return dir;
}

/** Kills browsers still running from launchProfile and removes directories from makeProfileDir. */
export async function cleanupProfiles(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      killGroup(child);
      await waitForExit(child, 10_000);
    }),
  );
  await Promise.all(
    [...profileDirs].map(async (dir) => {
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      profileDirs.delete(dir);
    }),
  );
}

function encodings(text: string): Buffer[] {
  const forms = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  // V8 serialises strings with only code points <= 0xFF as one byte each (Latin-1), which differs
  // from UTF-8 for characters like "ä".
  if (/^[\u0000-\u00ff]*$/.test(text)) forms.push(Buffer.from(text, 'latin1'));
  return forms.filter((form, i) => form.length > 0 && forms.findIndex((other) => other.equals(form)) === i);
}

/**
 * Every regular file under `dir` (recursively) that contains `text` as UTF-8, UTF-16LE or Latin-1
 * bytes. Sockets, symlinks and unreadable files are skipped. Chromium's IndexedDB and localStorage
 * keep V8-serialised strings in one of these forms, so plaintext written by a page shows up here.
 */
export async function profileContainsText(dir: string, text: string): Promise<string[]> {
  const needles = encodings(text);
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else if (entry.isFile()) {
        let bytes: Buffer;
        try {
          bytes = await readFile(path);
        } catch {
          continue;
        }
        if (needles.some((needle) => bytes.includes(needle))) found.push(path);
      }
    }
  }
  await walk(dir);
  return found.sort();
}

/** Playwright `test` that cleans up profiles (browsers and directories) after every test. */
export const test = base.extend<{ profileCleanup: void }>({
  profileCleanup: [
    async ({}, use) => {
      await use();
      await cleanupProfiles();
    },
    { auto: true },
  ],
});
