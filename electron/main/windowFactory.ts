// The one place that creates Kehä windows, and the deny-by-default handlers every web contents gets
// (navigation, redirects, new windows, <webview>). The rules themselves live in security.ts.
import { join } from 'node:path';
import { app, BrowserWindow, type WebContents } from 'electron';

import { guardChildModeWindow } from './kiosk';
import { navigationDecision, resolveAppEntryUrl, secureWebPreferences, windowOpenDecision } from './security';

export type AppWindowKind = 'main';

const windowSizes = {
  main: { width: 1280, height: 860, minWidth: 800, minHeight: 560 },
} as const satisfies Record<AppWindowKind, { width: number; height: number; minWidth: number; minHeight: number }>;

/** The built preload, next to the built main bundle: out/main -> out/preload/index.js. */
export const preloadPath = () => join(__dirname, '../preload/index.js');

/** The built renderer, next to the built main bundle: out/main -> out/renderer (served as app://keha/). */
export const rendererRoot = () => join(__dirname, '../renderer');

let entryUrl: string | undefined;

/**
 * The one URL the app's windows show and the only origin trusted for navigation and IPC: the
 * electron-vite dev server (ELECTRON_RENDERER_URL, unpackaged only) or app://keha/index.html, the
 * built renderer served by the app's own protocol (appProtocol.ts).
 */
export const appEntryUrl = (): string =>
  (entryUrl ??= resolveAppEntryUrl({
    rendererDevUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
  }));

const hardened = new WeakSet<WebContents>();

/**
 * Attaches the deny-by-default handlers to a web contents, once. Called for the app window by the
 * factory and for every other web contents by the app-wide 'web-contents-created' guard.
 */
export const hardenWebContents = (contents: WebContents, entry: string): void => {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (navigationDecision(url, entry) === 'deny') {
      event.preventDefault();
      console.warn(`[keha] blocked navigation to ${url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', (event) => guardNavigation(event, event.url));
  contents.setWindowOpenHandler(({ url, frameName }) => {
    const decision = windowOpenDecision(url, entry, frameName, app.isPackaged);
    if (decision.action === 'deny') console.warn(`[keha] blocked a new window for ${url.slice(0, 200)}`);
    return decision;
  });
  contents.on('will-attach-webview', (event, webPreferences) => {
    delete webPreferences.preload;
    event.preventDefault();
  });
};

/** Creates a hardened window showing the Kehä renderer. */
export const createAppWindow = (kind: AppWindowKind): BrowserWindow => {
  const entry = appEntryUrl();
  const window = new BrowserWindow({
    ...windowSizes[kind],
    title: 'Kehä',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath(), app.isPackaged),
  });
  hardenWebContents(window.webContents, entry);
  guardChildModeWindow(window);
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) console.error(`[keha] could not load ${url}: ${description} (${code})`);
  });
  // The URL we load is exactly the URL security.ts allows (dev server, or app://keha/index.html);
  // loading it with loadURL keeps the two from ever drifting apart.
  void window.loadURL(entry);
  return window;
};
