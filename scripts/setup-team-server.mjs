// `node scripts/setup-team-server.mjs --url URL --admin NAME:PASSWORD --database NAME --member NAME:PASSWORD ...`
// Sets up one team's database on the team's CouchDB server with the same calls as the README's curl
// commands (scripts/syncServer.cjs: configureTeamServer): the database, one server user per member,
// and `_security` letting only those members in. For IT, instead of typing the curl commands.
// The admin may also come from the environment (KEHA_COUCHDB_ADMIN=name:password), out of the
// process list. docs/architecture.md: Sync between the team's computers.
import { parseArgs } from 'node:util';
import { configureTeamServer, parseCredentials } from './syncServer.mjs';

const usage = `Usage: node scripts/setup-team-server.mjs --url https://couchdb.example.org:6984 \\
         --admin it-admin:PASSWORD --database keha-team-a \\
         --member anna:PASSWORD --member ben:PASSWORD ...
  --url       the CouchDB server's address (https://; http only for a server on this computer)
  --admin     a server admin, name:password (or KEHA_COUCHDB_ADMIN=name:password)
  --database  the team's database (lowercase letters, digits, _$()+-/; starting with a letter)
  --member    a team member's server user, name:password; once per member. Run again with the
              whole team to add a member or change a password; a member left out is no longer
              let into the database (their server user stays until you delete it).`;

const fail = (message, code = 2) => {
  console.error(`${message}\n\n${usage}`);
  process.exit(code);
};

let values;
try {
  ({ values } = parseArgs({
    options: {
      url: { type: 'string' },
      admin: { type: 'string' },
      database: { type: 'string' },
      member: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const adminText = values.admin ?? process.env.KEHA_COUCHDB_ADMIN;
if (!values.url) fail('Missing --url.');
if (!adminText) fail('Missing --admin (or KEHA_COUCHDB_ADMIN).');
if (!values.database) fail('Missing --database.');
if (!values.member?.length) fail('Give at least one --member name:password.');

let url;
try {
  url = new URL(values.url);
} catch {
  fail(`--url ${values.url} is not an address.`);
}
const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
  fail(`--url must be https:// (Kehä connects to plain http only on this computer): ${values.url}`);
}

let admin;
let members;
try {
  admin = parseCredentials(adminText);
  members = values.member.map(parseCredentials);
} catch (error) {
  fail(error.message);
}

try {
  const calls = await configureTeamServer({ url: values.url, admin, database: values.database, members });
  for (const { method, path, status } of calls) console.log(`${method} ${path} → ${status}`);
  console.log(
    `\nDatabase ${values.database} is ready on ${url.origin}. Members: ${members.map((member) => member.name).join(', ')}.\n` +
      `Each member joins in Kehä with the address ${url.origin}/${values.database}, their own user name and password, and the team passphrase.`,
  );
} catch (error) {
  console.error(`Setting up the team's database failed: ${error.message}`);
  process.exit(1);
}
