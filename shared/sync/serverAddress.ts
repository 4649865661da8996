// The team server's address as a member types it (the join form and the Team server section): a web
// address, https for anything but a server on this computer (plain http would show the server user's
// password and the sync traffic to the network), and no user or password inside it (they have their
// own fields). docs/architecture.md: Sync between the team's computers.

export type ServerAddressIssue = 'required' | 'invalid' | 'notHttps' | 'credentials';
export type ServerAddressCheck = { ok: true; url: string } | { ok: false; issue: ServerAddressIssue };

/** Hosts on this computer, where plain http is accepted (a local server for trying sync out, tests). */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** scheme://authority/path?query#fragment, as typed (shared/ runs without the DOM's URL). */
const addressParts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i;
/** A host name (letters of any script, digits, dots, hyphens) or a bracketed IPv6 address, and a port. */
const hostAndPort = /^(\[[0-9a-f:.]+\]|[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?)(?::(\d{1,5}))?$/iu;

/** Checks a typed server address; a valid one comes back trimmed, without a trailing slash. */
export function checkServerAddress(text: string): ServerAddressCheck {
  const typed = text.trim();
  if (typed.length === 0) return { ok: false, issue: 'required' };
  const parts = addressParts.exec(typed);
  if (!parts) return { ok: false, issue: 'invalid' };
  const scheme = parts[1]!.toLowerCase();
  const authority = parts[2]!;
  const path = parts[3]!;
  if (scheme !== 'https' && scheme !== 'http') return { ok: false, issue: 'invalid' };
  if (authority.includes('@')) return { ok: false, issue: 'credentials' };
  const host = hostAndPort.exec(authority);
  if (!host || /\s/.test(path) || parts[4] !== undefined || parts[5] !== undefined) return { ok: false, issue: 'invalid' };
  const hostname = host[1]!.toLowerCase();
  if (scheme === 'http' && !loopbackHosts.has(hostname)) return { ok: false, issue: 'notHttps' };
  const port = host[2] === undefined ? '' : `:${host[2]}`;
  return { ok: true, url: `${scheme}://${hostname}${port}${path.replace(/\/+$/, '')}` };
}
