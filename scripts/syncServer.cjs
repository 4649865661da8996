// A CouchDB-compatible team server for tests and `npm run try-sync`: pouchdb-server (express-pouchdb
// over LevelDB, or in memory) started on 127.0.0.1 as a child process, with the calls IT makes
// against Apache CouchDB 3 to set up a team's database (`configureTeamServer`), and a search of
// everything the server keeps and answers for a canary text (`searchServerForCanary`).
// CommonJS with no TypeScript, so Playwright's CommonJS-loaded fixtures, Vitest and scripts (through
// the ESM entry syncServer.mjs) all use this one file.
// docs/architecture.md: Sync between the team's computers.
'use strict';
const { spawn } = require('node:child_process');
const { closeSync, existsSync, openSync, readFileSync } = require('node:fs');
const { mkdir, mkdtemp, readdir, readFile, rm, writeFile } = require('node:fs/promises');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const projectRoot = resolve(__dirname, '..');
const serverBin = join(projectRoot, 'node_modules/pouchdb-server/bin/pouchdb-server');
const host = '127.0.0.1';

/** The file (inside the server's folder) that backs pouchdb-server's `/_config`. */
const configFileName = 'pouchdb-server-config.json';
/** The server's own log (requests, errors) and its stdout/stderr; never the test output. */
const logFileName = 'pouchdb-server.log';
/** Its stdout and stderr (start-up lines, crashes). */
const outputFileName = 'pouchdb-server.out';

/**
 * CORS as CouchDB's `[cors]` section would say it: any origin (the renderer is served from another
 * port, or from app://keha in the desktop app), WITH credentials (then the answer names the
 * request's origin, never `*`), and the Authorization header allowed. pouchdb-server reads these
 * from its config file (its defaults are the same; written out so a change of default cannot
 * silently take them away).
 */
const corsConfig = {
  httpd: { enable_cors: true },
  cors: {
    origins: '*',
    credentials: true,
    methods: 'GET, HEAD, POST, PUT, DELETE, COPY',
    headers: 'Accept, Accept-Language, Content-Language, Content-Type, Last-Event-ID, Authorization, Origin, Referer',
  },
};

/** A port the OS says is free now. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });

/** Servers started by this process: killed when it exits, so a crashed test run leaves none behind. */
const running = new Set();
process.once('exit', () => {
  for (const server of running) server.kill('SIGKILL');
});

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const exited = (child) => child.exitCode !== null || child.signalCode !== null;

const waitForExit = (child, timeoutMs) =>
  exited(child)
    ? Promise.resolve(true)
    : new Promise((done) => {
        const timer = setTimeout(() => done(false), timeoutMs);
        child.once('exit', () => {
          clearTimeout(timer);
          done(true);
        });
      });

const logTail = (...files) => {
  try {
    return files.map((file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '')).join('\n');
  } catch {
    return '(no log)';
  }
};

/**
 * Starts pouchdb-server on 127.0.0.1 and waits until it answers.
 * @param {{ port?: number, dir?: string, inMemory?: boolean, admin?: { name: string, password: string } }} [options]
 *   `dir`: the server's folder (LevelDB databases, its config file and log); a new temporary folder
 *   when absent. `inMemory`: databases in memory (lost at stop); the folder then holds only the
 *   config and log. `admin`: a server admin from the start, as Apache CouchDB 3 always has one
 *   (otherwise the server is in "admin party" until `configureTeamServer` makes one).
 */
async function startSyncServer({ port, dir, inMemory = false, admin } = {}) {
  const serverDir = dir ? resolve(dir) : await mkdtemp(join(tmpdir(), 'keha-sync-server-'));
  await mkdir(serverDir, { recursive: true });
  const serverPort = port ?? (await freePort());
  const configFile = join(serverDir, configFileName);
  const logFile = join(serverDir, logFileName);
  const outputFile = join(serverDir, outputFileName);
  if (!existsSync(configFile)) {
    const config = {
      ...corsConfig,
      log: { file: logFile, level: 'info' },
      // A fixed cookie secret, so a restarted server still accepts the sessions it gave out.
      couch_httpd_auth: { secret: `keha-test-${Math.random().toString(36).slice(2)}` },
      ...(admin ? { admins: { [admin.name]: admin.password } } : {}),
    };
    await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
  }
  const url = `http://${host}:${serverPort}`;
  let child = null;

  const launch = async () => {
    // `-n`: the log is not also copied to stdout (the long form, --no-stdout-logs, is read by its
    // argument parser as "stdout-logs: false" and does nothing). stdout and stderr go to a file of
    // their own: were it the log itself, the server would copy its log into its log forever.
    // Some refused requests (e.g. a non-member's _revs_diff or COPY) end in a promise rejection
    // pouchdb-server does not handle, which by Node's default would end the whole server; it
    // answers them with 401 first, so only the log hears of them.
    const args = ['--unhandled-rejections=warn', serverBin, '--host', host, '--port', String(serverPort), '--dir', serverDir, '--config', configFile, '-n'];
    if (inMemory) args.push('--in-memory');
    const logFd = openSync(outputFile, 'a');
    const started = spawn(process.execPath, args, { cwd: serverDir, stdio: ['ignore', logFd, logFd], env: { ...process.env, FORCE_COLOR: '0' } });
    closeSync(logFd);
    child = started;
    running.add(started);
    started.once('exit', () => running.delete(started));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (exited(started)) throw new Error(`pouchdb-server stopped at start (port ${serverPort}):\n${logTail(outputFile, logFile)}`);
      try {
        const answer = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
        if (answer.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        started.kill('SIGKILL');
        throw new Error(`pouchdb-server did not answer on ${url} within 30 s:\n${logTail(outputFile, logFile)}`);
      }
      await sleep(100);
    }
  };

  const end = async (signal) => {
    const current = child;
    if (!current || exited(current)) return;
    current.kill(signal);
    if (!(await waitForExit(current, 10_000))) {
      current.kill('SIGKILL');
      await waitForExit(current, 5_000);
    }
  };

  await launch();
  return {
    url,
    port: serverPort,
    dir: serverDir,
    logFile,
    inMemory,
    /** The server's process id while it runs. */
    get pid() {
      return child && !exited(child) ? child.pid : undefined;
    },
    /** Stops the server as its Ctrl+C does (it exits at once; LevelDB writes are already on disk). */
    stop: () => end('SIGINT'),
    /** SIGKILL: the server dies as in a crash or power cut. */
    kill: () => end('SIGKILL'),
    /** Starts it again on the same port over the same folder (stops it first if it runs). */
    restart: async () => {
      await end('SIGINT');
      await launch();
    },
    /** Stops it and deletes its folder. */
    dispose: async () => {
      await end('SIGINT');
      await rm(serverDir, { recursive: true, force: true });
    },
  };
}

const basic = ({ name, password }) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** One HTTP call as curl would make it; JSON in and out. Throws with the server's answer unless `ok` accepts the status. */
async function call(url, path, { method = 'GET', auth, body, ok = (status) => status < 300 } = {}) {
  const headers = { Accept: 'application/json' };
  if (auth) headers.Authorization = basic(auth);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const answer = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await answer.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  if (!ok(answer.status)) throw new Error(`${method} ${path} answered ${answer.status}: ${text.trim()}`);
  return { status: answer.status, body: json };
}

/** `name:password` (the password may itself hold colons). */
const parseCredentials = (text) => {
  const at = String(text).indexOf(':');
  if (at <= 0 || at === text.length - 1) throw new Error(`Expected name:password, got "${text}"`);
  return { name: text.slice(0, at), password: text.slice(at + 1) };
};

/**
 * Sets up one team's database, with exactly the calls the README gives IT for Apache CouchDB 3:
 *   1. the server admin, only if the server has none ("admin party": pouchdb-server before its
 *      first admin; CouchDB 3 refuses to run without one, so there IT made it at install);
 *   2. `PUT /{database}` (an existing database is kept);
 *   3. per member `PUT /_users/org.couchdb.user:{name}` ({name, password, type: 'user', roles: []});
 *      an existing member gets the new password (the document's current revision is read first);
 *   4. `PUT /{database}/_security` with `members.names` = the members and `admins.names` = [] (only
 *      server admins, i.e. IT, administer it).
 * Returns the log of the calls made (method, path, status), without passwords.
 * @param {{ url: string, admin: { name: string, password: string }, database: string, members: { name: string, password: string }[] }} team
 */
async function configureTeamServer({ url, admin, database, members }) {
  const base = url.replace(/\/+$/, '');
  const calls = [];
  const logged = async (path, options) => {
    const result = await call(base, path, options);
    calls.push({ method: options?.method ?? 'GET', path, status: result.status });
    return result;
  };
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(database)) {
    throw new Error(`"${database}" is not a CouchDB database name (lowercase letters, digits and _$()+-/, starting with a letter)`);
  }

  // 1. Admin party? Then everyone, even without a password, is `_admin`.
  const session = await logged('/_session');
  const adminParty = session.body?.userCtx?.roles?.includes('_admin') === true;
  if (adminParty) {
    // Apache CouchDB 3's address; pouchdb-server only knows CouchDB 1's /_config.
    const couch3 = await logged(`/_node/_local/_config/admins/${encodeURIComponent(admin.name)}`, {
      method: 'PUT',
      body: admin.password,
      ok: () => true,
    });
    if (couch3.status >= 300) {
      await logged(`/_config/admins/${encodeURIComponent(admin.name)}`, { method: 'PUT', body: admin.password });
    }
  }
  // The admin's password must work now (also when the server already had one).
  const check = await logged('/_session', { auth: admin, ok: () => true });
  if (check.status === 401 || !check.body?.userCtx?.roles?.includes('_admin')) {
    throw new Error(`The server refused "${admin.name}" as a server admin (wrong name or password?)`);
  }

  // 2. The team's database.
  await logged(`/${encodeURIComponent(database)}`, { method: 'PUT', auth: admin, ok: (status) => status < 300 || status === 412 });

  // 3. One server user per member.
  for (const member of members) {
    const path = `/_users/org.couchdb.user:${encodeURIComponent(member.name)}`;
    const existing = await logged(path, { auth: admin, ok: (status) => status < 300 || status === 404 });
    const rev = existing.status === 200 ? { _rev: existing.body._rev } : {};
    await logged(path, {
      method: 'PUT',
      auth: admin,
      body: { ...rev, name: member.name, password: member.password, type: 'user', roles: [] },
    });
  }

  // 4. Only the members (and server admins) may read or write the database.
  await logged(`/${encodeURIComponent(database)}/_security`, {
    method: 'PUT',
    auth: admin,
    body: { admins: { names: [], roles: [] }, members: { names: members.map((member) => member.name), roles: [] } },
  });
  return calls;
}

/** Every file under `dir`, recursively. */
async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/**
 * Searches everything the server keeps and answers for `canary` (plain UTF-8 bytes):
 *   (a) every file in the server's folder (LevelDB databases, config, log);
 *   (b) as a server admin, for every database (`/_all_dbs`): `_all_docs?include_docs=true&conflicts=true`,
 *       `_changes?include_docs=true&style=all_docs`, each document with `?revs=true&open_revs=all`
 *       (every leaf, deleted ones too) and each earlier revision of it with `?rev=` (given out until
 *       the database is compacted), and `_local` documents where the server lists them
 *       (`/_local_docs`: CouchDB 2+; pouchdb-server has none) plus those named in the server's log
 *       (replication checkpoints: clients PUT and GET them by id) and any `localIds` given.
 * Returns where it was found: `files` (paths relative to the folder) and `http` (request paths),
 * `localDocsListed` (whether `_local` documents could be listed) and `localDocsRead` (how many were read).
 * @param {{ url: string, dir: string }} server
 * @param {string} canary
 * @param {{ admin?: { name: string, password: string }, localIds?: string[] }} [options]
 */
async function searchServerForCanary(server, canary, { admin, localIds = [] } = {}) {
  const needle = Buffer.from(canary, 'utf8');
  const files = [];
  if (existsSync(server.dir)) {
    for (const path of await filesUnder(server.dir)) {
      let bytes;
      try {
        bytes = await readFile(path);
      } catch {
        continue; // a file LevelDB removed meanwhile
      }
      if (bytes.includes(needle)) files.push(path.slice(server.dir.length + 1));
    }
  }

  const http = [];
  let localDocsListed = false;
  let localDocsRead = 0;
  const get = async (path) => {
    const answer = await call(server.url, path, { auth: admin, ok: () => true });
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    if (text.includes(canary)) http.push(path);
    return answer;
  };
  // The `_local` documents (replication checkpoints) clients wrote, by the ids the server's log names.
  const localIdsInLog = new Map();
  const log = join(server.dir, logFileName);
  if (existsSync(log)) {
    for (const match of readFileSync(log, 'utf8').matchAll(/ (?:GET|PUT) \/([^/\s?]+)\/_local\/([^\s?]+)/g)) {
      const database = decodeURIComponent(match[1]);
      const ids = localIdsInLog.get(database) ?? new Set();
      ids.add(decodeURIComponent(match[2]));
      localIdsInLog.set(database, ids);
    }
  }
  const databases = (await get('/_all_dbs')).body;
  for (const database of Array.isArray(databases) ? databases : []) {
    const db = `/${encodeURIComponent(database)}`;
    const all = (await get(`${db}/_all_docs?include_docs=true&conflicts=true`)).body;
    const changes = (await get(`${db}/_changes?include_docs=true&style=all_docs`)).body;
    const ids = new Set([...(all?.rows ?? []).map((row) => row.id), ...(changes?.results ?? []).map((row) => row.id)]);
    for (const id of ids) {
      const doc = `${db}/${encodeURIComponent(id)}`;
      const leaves = (await get(`${doc}?revs=true&open_revs=all`)).body;
      // Every earlier revision whose body the server still gives out (until compaction).
      const history = new Set();
      for (const leaf of Array.isArray(leaves) ? leaves : []) {
        const revisions = leaf?.ok?._revisions;
        if (!revisions) continue;
        revisions.ids.forEach((hash, index) => history.add(`${revisions.start - index}-${hash}`));
        history.delete(leaf.ok._rev);
      }
      for (const rev of history) await get(`${doc}?rev=${encodeURIComponent(rev)}`);
    }
    const locals = await get(`${db}/_local_docs?include_docs=true`);
    if (locals.status === 200 && Array.isArray(locals.body?.rows)) localDocsListed = true;
    for (const id of new Set([...localIds, ...(localIdsInLog.get(database) ?? [])])) {
      const local = await get(`${db}/_local/${encodeURIComponent(id.replace(/^_local\//, ''))}`);
      if (local.status === 200) localDocsRead += 1;
    }
  }
  return { files, http, localDocsListed, localDocsRead, found: files.length > 0 || http.length > 0 };
}

module.exports = {
  host,
  configFileName,
  logFileName,
  outputFileName,
  freePort,
  startSyncServer,
  parseCredentials,
  configureTeamServer,
  searchServerForCanary,
};
