// The renderer's Content-Security-Policy (renderer/index.html): scripts only from the app itself, and
// connections only to the app, to https: addresses (the team's CouchDB server, behind TLS) and to
// plain http on this computer's loopback (the test server, npm run try-sync). docs/architecture.md:
// Security.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const html = readFileSync(resolve(root, 'renderer/index.html'), 'utf8');

function policy(): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('renderer/index.html has no CSP meta tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the renderer CSP', () => {
  it('lets the app connect to itself, to https: servers and to plain http on loopback only', () => {
    expect(policy().get('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
  });

  it('allows no plain http, websocket or wildcard connection beyond loopback', () => {
    const connect = policy().get('connect-src') ?? [];
    for (const source of connect) {
      expect(source).not.toMatch(/^(http:|ws:|wss:|\*|data:|blob:)$/);
      if (source.startsWith('http://')) expect(source).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\*$/);
    }
  });

  it('keeps scripts to the app itself: no inline script, no eval, no other source', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });
});
