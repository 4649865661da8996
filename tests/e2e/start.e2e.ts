// `npm start` on a machine without the Electron runtime: it says so in one plain sentence, serves
// the same app at a printed 127.0.0.1 address until stopped, and never shows a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { fi } from '../../shared/i18n/fi';

const root = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test('npm start falls back to the browser, plainly, when Electron cannot be fetched', async ({ page }) => {
  test.skip(existsSync(join(root, 'node_modules/electron/path.txt')), 'An Electron runtime is installed here, so npm start opens the desktop window instead.');
  test.setTimeout(120_000);
  const port = await freePort();
  // An unreachable mirror makes the runtime download fail at once, as offline.
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    // Its build goes to a folder of its own: rebuilding out/renderer would pull the files from under
    // the renderer server the other e2e tests use at the same time (a page load then got a 404).
    env: {
      ...process.env,
      KEHA_PORT: String(port),
      KEHA_RENDERER_OUT: join(root, 'test-results/start-renderer'),
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(root, 'test-results/no-electron-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  try {
    await expect.poll(() => output, { timeout: 90_000 }).toContain(`http://127.0.0.1:${port}/`);
    // A slow machine also says, after two seconds, that it is fetching the runtime: that note may come
    // between the two lines, and is the only line allowed there.
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => line !== 'Fetching the Electron desktop runtime (first run only)…');
    expect(lines[0]).toBe('Building Kehä…');
    expect(lines[1]).toBe(
      `The Electron desktop runtime could not be fetched (no internet connection?), so Kehä is running in your web browser instead: open http://127.0.0.1:${port}/`,
    );
    expect(output).not.toMatch(/^\s+at /m);

    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.getByRole('heading', { name: fi.vault.createTitle })).toBeVisible();
  } finally {
    child.kill('SIGINT');
  }
  expect(await exited).toBe(0);
  expect(output).toContain('Kehä stopped.');
});

test('npm start says so and stops when its port is taken, rather than moving to a new, empty address', async () => {
  test.skip(existsSync(join(root, 'node_modules/electron/path.txt')), 'An Electron runtime is installed here, so npm start opens the desktop window instead.');
  test.setTimeout(120_000);
  const port = await freePort();
  // Something else (here: a plain server; it could be another npm start) already listens on the port.
  const taken = createServer();
  await new Promise<void>((done) => taken.listen(port, '127.0.0.1', done));
  try {
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        KEHA_PORT: String(port),
        KEHA_RENDERER_OUT: join(root, 'test-results/start-renderer-taken'),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: join(root, 'test-results/no-electron-cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (exitCode) => done(exitCode)));
    expect(code).not.toBe(0);
    const lines = output
      .trim()
      .split('\n')
      .filter((line) => line !== 'Fetching the Electron desktop runtime (first run only)…');
    expect(lines[0]).toBe('Building Kehä…');
    expect(lines[1]).toBe(
      `The Electron desktop runtime could not be fetched (no internet connection?), and Kehä cannot run in your web browser either: port ${port} is already in use. ` +
        `Kehä may already be running there: open http://127.0.0.1:${port}/ in your browser. ` +
        `Otherwise stop the program that uses port ${port} and run npm start again.`,
    );
    expect(lines).toHaveLength(2);
    // No other address was offered: a new port would be a new, empty Kehä.
    expect(output.match(/http:\/\/127\.0\.0\.1:\d+\//g)).toEqual([`http://127.0.0.1:${port}/`]);
    expect(output).not.toMatch(/^\s+at /m);
  } finally {
    await new Promise<void>((done) => taken.close(() => done()));
  }
});
