// Building the app and running a command quietly, for the scripts that start Kehä (`npm start`,
// `npm run try-sync`): the build's output is shown only when it fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../..');
const require = createRequire(join(projectRoot, 'package.json'));

/** Runs a command with its output captured; never rejects. */
export const runQuietly = (command, args, { timeoutMs } = {}) =>
  new Promise((done) => {
    const chunks = [];
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(timeoutMs ? { timeout: timeoutMs, killSignal: 'SIGKILL' } : {}),
    });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => done({ code: null, output: `${Buffer.concat(chunks)}${error.message}\n` }));
    child.on('close', (code) => done({ code, output: Buffer.concat(chunks).toString() }));
  });

export const build = async () => {
  console.log('Building Kehä…');
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const { code, output } = await runQuietly(process.execPath, [electronVite, 'build']);
  if (code !== 0) {
    process.stderr.write(output);
    console.error('Building Kehä failed; the build output is above.');
    process.exit(code || 1);
  }
};
