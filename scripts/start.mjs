// `npm start`: builds Kehä, then runs it as the Electron desktop app, or, when the Electron runtime
// cannot be fetched (no internet connection), serves the same app on 127.0.0.1 for a web browser.
// Quiet on success: build output is shown only when the build fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveRenderer } from './serve-renderer.mjs';
import { build, runQuietly } from './buildApp.mjs';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');
const require = createRequire(join(projectRoot, 'package.json'));
const defaultPort = 5199;
const runtimeCheckTimeoutMs = 90_000;

/** True when the Electron binary is installed, or could be downloaded now. */
const electronRuntimeAvailable = async () => {
  const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  // Said only if the check is slow, i.e. a first-run download is actually happening.
  const slowNote = setTimeout(() => console.log('Fetching the Electron desktop runtime (first run only)…'), 2000);
  const { code } = await runQuietly(process.execPath, [installer], { timeoutMs: runtimeCheckTimeoutMs });
  clearTimeout(slowNote);
  return code === 0;
};

/** Runs the desktop app until it quits, then exits with its code. Resolves false if it cannot start. */
const runElectron = () =>
  new Promise((done) => {
    let electronBinary;
    try {
      electronBinary = require('electron');
    } catch {
      done(false);
      return;
    }
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node.js
    const child = spawn(electronBinary, [projectRoot], { cwd: projectRoot, stdio: 'inherit', env });
    const forward = (signal) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    child.on('error', () => done(false));
    child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  });

const requestedPort = () => {
  const raw = process.env.KEHA_PORT;
  const port = Number(raw);
  if (raw === undefined || raw === '') return defaultPort;
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  console.log(`KEHA_PORT=${raw} is not a port number, so Kehä uses ${defaultPort}.`);
  return defaultPort;
};

/** True for the error a server gets when its port is taken. */
const portTaken = (error) => error?.code === 'EADDRINUSE' || /already in use/i.test(String(error?.message ?? ''));

const serveInBrowser = async (reason) => {
  const port = requestedPort();
  const address = `http://127.0.0.1:${port}/`;
  let server;
  try {
    server = await serveRenderer({ port, strictPort: true });
  } catch (error) {
    // Never another port: the browser keeps Kehä's data per address, so a new port would open an
    // empty Kehä, as if everything were gone.
    if (portTaken(error)) {
      console.error(
        `${reason}, and Kehä cannot run in your web browser either: port ${port} is already in use. ` +
          `Kehä may already be running there: open ${address} in your browser. ` +
          `Otherwise stop the program that uses port ${port} and run npm start again.`,
      );
    } else {
      console.error(`${reason}, and Kehä could not be served at ${address} either: ${error?.message ?? error}`);
    }
    process.exit(1);
  }
  console.log(`${reason}, so Kehä is running in your web browser instead: open ${server.url}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nKehä stopped. Goodbye!');
    await Promise.race([server.close(), new Promise((done) => setTimeout(done, 2000))]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

await build();
if (await electronRuntimeAvailable()) {
  console.log('Starting the Kehä desktop app…');
  const started = await runElectron();
  if (!started) await serveInBrowser('The Electron desktop runtime could not be started');
} else {
  await serveInBrowser('The Electron desktop runtime could not be fetched (no internet connection?)');
}
