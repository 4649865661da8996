// The app's own privileged protocol, `app://keha/`, that serves the built renderer (out/renderer)
// instead of file://: a page served so has one origin of its own (app://keha), no reach into the
// rest of the disk, and lets the fuse that gives file:// extra privileges be turned off
// (electron/fuses.ts). No run-time `electron` import, so all of it is unit-tested, with hostile URLs
// and a real folder: the scheme's privileges, which file a request may read, its content type, and
// the handler's answers. index.ts registers the scheme before the app is ready and serves it with
// `protocol.handle(appScheme, appProtocolHandler(rendererRoot))`.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const appScheme = 'app';
export const appHost = 'keha';
/** The one document the app's windows load. */
export const appEntry = `${appScheme}://${appHost}/index.html`;

/**
 * `standard` gives the scheme real origins (app://keha) so storage, BroadcastChannel and relative
 * URLs work; `secure` makes it a secure context (WebCrypto needs one); `supportFetchAPI` and
 * `corsEnabled` let ES module scripts load from it. No service workers, no CSP bypass.
 */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
  codeCache: false,
} as const;

export const privilegedSchemes = [{ scheme: appScheme, privileges: { ...appSchemePrivileges } }];

/** Percent-encoded slash, backslash, dot or NUL: never in a Kehä asset's address, a classic way round a path check. */
const encodedTrick = /%(2f|5c|2e|00)/i;

/**
 * The file under `rootDir` that `requestUrl` may read, or null. Only `app://keha/<path>`: no other
 * host, no port, no user, no `.`/`..` or empty segments, no backslash, colon or NUL, no encoded
 * slashes or dots; `/` is index.html. The answer is always inside `rootDir`.
 */
export const resolveAppFile = (requestUrl: unknown, rootDir: string): string | null => {
  if (typeof requestUrl !== 'string' || requestUrl.length === 0 || requestUrl.length > 2048) return null;
  if (requestUrl.includes('\\') || encodedTrick.test(requestUrl)) return null;
  // Dot segments are refused as written, before the URL parser would quietly resolve them.
  const written = requestUrl.split(/[?#]/, 1)[0]!;
  if (/\/\.{1,2}(\/|$)/.test(written.replace(/^[a-z]+:\/\//i, '/'))) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.port !== '' || url.username !== '' || url.password !== '') {
    return null;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path === '' || path === '/') path = '/index.html';
  // No backslash, colon (drives), percent (double encoding) or control characters once decoded.
  if (!path.startsWith('/') || /[\\:%\u0000-\u001f]/.test(path)) return null;
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !file.startsWith(root + sep)) return null;
  return file;
};

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The Content-Type a served file gets (sent with `nosniff`, so the browser never guesses). */
export const contentTypeFor = (file: string): string => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers of every file the protocol serves. */
export const appResponseHeaders = (file: string): Record<string, string> => ({
  'content-type': contentTypeFor(file),
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/**
 * The `protocol.handle` handler: GET and HEAD of a file resolveAppFile allows, with its headers;
 * 405 for other methods; 404 for anything refused or missing (never saying why).
 */
export const appProtocolHandler =
  (rootDir: string, read: (file: string) => Promise<Uint8Array> = readFile) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppFile(request.url, rootDir);
    if (!file) return new Response(null, { status: 404 });
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: appResponseHeaders(file) });
  };
