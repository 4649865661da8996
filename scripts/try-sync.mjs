// `npm run try-sync`: try Kehä's sync on one computer. Starts a team server (pouchdb-server on
// 127.0.0.1, its data in ./.keha-try-sync/), sets up the database `keha-try` with the members anna
// and ben, prints their passwords, and opens Kehä twice as two separate computers: two Electron
// windows with data folders of their own, or, without the Electron runtime (or with --no-open), the
// built app served on two local addresses (two origins, so two separate databases in the browser).
// Ctrl+C stops everything; the data stays for the next try.
//   --no-open    do not open Electron windows: serve the two addresses only (CI, tests)
//   --no-build   use the app already built in out/renderer
// Environment: KEHA_TRY_SYNC_DIR (default ./.keha-try-sync), KEHA_TRY_SYNC_PORTS (server, computer 1,
// computer 2; default 5200,5201,5202). docs/architecture.md: Sync between the team's computers.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveRenderer } from './serve-renderer.mjs';
import { build } from './buildApp.mjs';
import { configureTeamServer, startSyncServer } from './syncServer.mjs';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');
const require = createRequire(join(projectRoot, 'package.json'));
const flags = new Set(process.argv.slice(2));
const database = 'keha-try';
const folder = resolve(process.env.KEHA_TRY_SYNC_DIR || join(projectRoot, '.keha-try-sync'));
const [serverPort, ...computerPorts] = (process.env.KEHA_TRY_SYNC_PORTS || '5200,5201,5202').split(',').map(Number);
if (![serverPort, ...computerPorts].every((port) => Number.isInteger(port) && port > 0 && port < 65536) || computerPorts.length !== 2) {
  console.error(`KEHA_TRY_SYNC_PORTS must be three port numbers (server, computer 1, computer 2), not "${process.env.KEHA_TRY_SYNC_PORTS}".`);
  process.exit(2);
}


/** The passwords of this try, made once and kept in the folder, so a joined computer keeps working next time. */
const credentials = async () => {
  const file = join(folder, 'credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const password = () => randomBytes(9).toString('base64url');
  const made = {
    admin: { name: 'try-admin', password: password() },
    members: [
      { name: 'anna', password: password() },
      { name: 'ben', password: password() },
    ],
  };
  await writeFile(file, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600 });
  return made;
};

const portTaken = (error) => error?.code === 'EADDRINUSE' || /already in use/i.test(String(error?.message ?? ''));

/** The Electron binary when its runtime is installed here (no download is tried). */
const electronBinary = () => {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
};

const stoppers = [];
let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const stopOne of stoppers.reverse()) {
    await Promise.race([stopOne().catch(() => undefined), new Promise((done) => setTimeout(done, 3000))]);
  }
  console.log('\nStopped: the team server and both computers. Your data stays in', folder);
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

if (!flags.has('--no-build')) await build();
await mkdir(folder, { recursive: true });
const { admin, members } = await credentials();

let server;
try {
  server = await startSyncServer({ port: serverPort, dir: join(folder, 'server') });
} catch (error) {
  console.error(`The team server could not start on port ${serverPort}: is another program using it? (${error.message.split('\n')[0]})`);
  process.exit(1);
}
stoppers.push(() => server.stop());
try {
  await configureTeamServer({ url: server.url, admin, database, members });
} catch (error) {
  console.error(`Setting up the database failed: ${error.message}. Delete ${folder} to start over.`);
  await stop(1);
}

const electron = flags.has('--no-open') ? undefined : electronBinary();
const computers = [];
if (electron) {
  for (const [index] of computerPorts.entries()) {
    const env = { ...process.env, KEHA_USER_DATA_DIR: join(folder, `computer-${index + 1}`) };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(electron, [projectRoot], { cwd: projectRoot, stdio: 'ignore', env });
    stoppers.push(async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    // Both windows closed: the try is over.
    child.on('exit', () => {
      if (computers.every((computer) => computer.child.exitCode !== null || computer.child.signalCode !== null)) void stop(0);
    });
    computers.push({ child, label: `a desktop window (its data in ${env.KEHA_USER_DATA_DIR})` });
  }
} else {
  for (const port of computerPorts) {
    try {
      const served = await serveRenderer({ port, strictPort: true });
      stoppers.push(() => served.close());
      computers.push({ label: served.url });
    } catch (error) {
      console.error(
        portTaken(error)
          ? `Port ${port} is already in use (is npm run try-sync already running?). Stop that program, or set KEHA_TRY_SYNC_PORTS.`
          : `Kehä could not be served on port ${port}: ${error.message}`,
      );
      await stop(1);
    }
  }
}

console.log(`
Kehä's sync, tried on this computer.

Team server:   ${server.url}   (its data in ${server.dir})
Database:      ${server.url}/${database}
Users:         ${members.map((member) => `${member.name} / ${member.password}`).join('    ')}

Computer 1:    ${computers[0].label}
Computer 2:    ${computers[1].label}
${electron ? '' : '(Open each address in your browser: two addresses are two separate computers.)\n'}
On computer 1 create the team's vault and connect it to the database as ${members[0].name}; on
computer 2 join the team with the database address, ${members[1].name}'s password and the team passphrase.
Press Ctrl+C to stop.`);
