// Deny-by-default security rules of the Electron shell, as pure functions (no run-time `electron` import) so
// that they can be unit-tested with hostile URLs. The window factory, the app-wide
// 'web-contents-created' guard, the session permission handlers and every IPC handler use these.
import { isAbsolute } from 'node:path';
import type { WebPreferences } from 'electron';

import { appEntry } from './appProtocol';

/**
 * The webPreferences of every Kehä window. Nothing here is ever relaxed per window. DevTools exist
 * only in development: a packaged Kehä has none (a worker's laptop is no place to inspect a key).
 */
export const secureWebPreferences = (preload: string, packaged: boolean) =>
  ({
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
    preload,
  }) satisfies WebPreferences;

const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

const parseUrl = (value: unknown): URL | undefined => {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
};

const decodedPath = (url: URL): string | undefined => {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
};

/**
 * Where the app's renderer lives: the electron-vite dev server (ELECTRON_RENDERER_URL, only when
 * not packaged, and only on a loopback address), otherwise the built renderer served by the app's
 * own privileged protocol, `app://keha/index.html` (appProtocol.ts), never file://.
 */
export const resolveAppEntryUrl = (options: { rendererDevUrl: string | undefined; isPackaged: boolean }): string => {
  const { rendererDevUrl, isPackaged } = options;
  if (!isPackaged && rendererDevUrl) {
    const dev = parseUrl(rendererDevUrl);
    if (!dev || !(dev.protocol === 'http:' || dev.protocol === 'https:') || !loopbackHosts.has(dev.hostname)) {
      throw new Error(`ELECTRON_RENDERER_URL must be an http(s) address on this machine, not ${rendererDevUrl}`);
    }
    return dev.href;
  }
  return appEntry;
};

/**
 * True only for the app's own document: the same app://keha path as the entry (any #route or
 * ?query; also the same file:// path, should an entry ever be a file), or, in development, the same
 * origin as the dev server. Everything else is foreign, including look-alike hosts, userinfo
 * tricks, other ports, other schemes and other local files.
 */
export const isAppUrl = (url: unknown, appEntryUrl: string): boolean => {
  const candidate = parseUrl(url);
  const entry = parseUrl(appEntryUrl);
  if (!candidate || !entry) return false;
  if (candidate.username !== '' || candidate.password !== '') return false;
  if (candidate.protocol !== entry.protocol) return false;
  switch (entry.protocol) {
    case 'app:': {
      // Exactly app://keha (no port, the host as spelt) and exactly the entry's document.
      if (candidate.host !== entry.host || candidate.port !== '') return false;
      const candidatePath = decodedPath(candidate);
      return candidatePath !== undefined && candidatePath === decodedPath(entry);
    }
    case 'file:': {
      if (candidate.host !== entry.host) return false; // file://server/share/... is another machine
      const candidatePath = decodedPath(candidate);
      return candidatePath !== undefined && candidatePath === decodedPath(entry);
    }
    case 'http:':
    case 'https:':
      return candidate.origin === entry.origin;
    default:
      return false;
  }
};

/** will-navigate / will-redirect: the app may reload itself; it never goes anywhere else. */
export const navigationDecision = (url: unknown, appEntryUrl: string): 'allow' | 'deny' =>
  isAppUrl(url, appEntryUrl) ? 'allow' : 'deny';

/** The shared-screen route, the one extra window Kehä opens: `#/screen/<meeting id>`. */
const sharedScreenHash = /^#\/screen\/([A-Za-z0-9-]{1,64})$/;

export type WindowOpenDecision =
  | { action: 'deny' }
  | { action: 'allow'; overrideBrowserWindowOptions: { title: string; autoHideMenuBar: true; webPreferences: WebPreferences } };

/**
 * setWindowOpenHandler: Kehä opens no links, not even http(s) ones in the system browser (a case
 * file must not leak addresses to the outside by a stray click). The one window it does open is
 * its own shared-screen view of a meeting, for the room's display: the app's own document at
 * `#/screen/<id>`, opened by the chair's window under the name `keha-screen-<id>` (the renderer's
 * screenLink.ts), with the same hardened webPreferences and no preload (the shared screen never
 * calls the shell and never unlocks; it only shows what the chair's window sends it over the private
 * port it hands the screen, which is why the screen keeps its `window.opener`).
 */
export const windowOpenDecision = (url: unknown, appEntryUrl: string, frameName: unknown, packaged: boolean): WindowOpenDecision => {
  const candidate = parseUrl(url);
  if (!candidate || !isAppUrl(url, appEntryUrl) || candidate.search !== '') return { action: 'deny' };
  const screen = sharedScreenHash.exec(candidate.hash);
  if (!screen || frameName !== `keha-screen-${screen[1]}`) return { action: 'deny' };
  const { preload: _none, ...webPreferences } = secureWebPreferences('', packaged);
  return { action: 'allow', overrideBrowserWindowOptions: { title: 'Kehä', autoHideMenuBar: true, webPreferences } };
};

/** The only permission a Kehä page may have: writing plain text to the clipboard (copy a summary). */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Session permission request/check handlers: deny everything not listed above. */
export const permissionDecision = (permission: unknown): boolean =>
  typeof permission === 'string' && allowedPermissions.has(permission);

/** IPC: only the app's own top document may call the shell. A missing frame (navigated away) is not trusted. */
export const isTrustedSender = (senderFrameUrl: string | null | undefined, appEntryUrl: string): boolean =>
  isAppUrl(senderFrameUrl, appEntryUrl);

/**
 * The data folder of this run, when not the default: only an unpackaged Kehä (run from the
 * repository) honours KEHA_USER_DATA_DIR, an absolute path, so that `npm run try-sync` can open two
 * windows as two separate computers (their own IndexedDB, their own single-instance lock). A
 * packaged Kehä always keeps its data where the platform says.
 */
export const userDataOverride = (options: { isPackaged: boolean; value: string | undefined }): string | undefined =>
  !options.isPackaged && typeof options.value === 'string' && options.value.length > 0 && isAbsolute(options.value) ? options.value : undefined;
