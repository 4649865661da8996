// Unit tests for electron/main/security.ts: the deny-by-default navigation, window-open, permission
// and sender rules of the Electron shell, fed with hostile URLs. No Electron needed.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

import {
  isAppUrl,
  isTrustedSender,
  navigationDecision,
  permissionDecision,
  resolveAppEntryUrl,
  secureWebPreferences,
  userDataOverride,
  windowOpenDecision,
} from '../../../electron/main/security';

const fileEntry = pathToFileURL('/opt/Kehä App/out/renderer/index.html').href;
const devEntry = resolveAppEntryUrl({ rendererDevUrl: 'http://localhost:5173', isPackaged: false });
const appEntryUrl = resolveAppEntryUrl({ rendererDevUrl: undefined, isPackaged: true });
const devEntryIp = 'http://127.0.0.1:5173/';

/** Hostile or merely foreign URLs that must never count as the app, whichever entry is in use. */
const alwaysForeign = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'about:blank',
  'about:srcdoc',
  'blob:null/0b4e3f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  'chrome://settings',
  'chrome-extension://abcdefghijklmnop/index.html',
  'devtools://devtools/bundled/inspector.html',
  'view-source:file:///opt/Kehä App/out/renderer/index.html',
  'https://evil.example/',
  'https://evil.example/#/meetings',
  'http://evil.example/?next=http://localhost:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/drivers/etc/hosts',
  'file:///opt/Kehä App/out/renderer/other.html',
  'file:///opt/Kehä App/out/renderer/index.html.evil',
  'file:///opt/Kehä App/out/renderer/INDEX.html',
  'file:///opt/Kehä App/out/renderer/index.html/../../../../etc/passwd',
  'file:///opt/Kehä App/out/renderer/%2e%2e/%2e%2e/secret/index.html',
  'file:///opt/Kehä App/out/renderer/index.html%00.evil',
  'file://evil.example/opt/Kehä App/out/renderer/index.html',
  'file://user@/opt/Kehä App/out/renderer/index.html',
  'mailto:someone@example.com',
  'ftp://127.0.0.1/',
  'ws://localhost:5173/',
  '',
  'not a url',
  '/opt/Kehä App/out/renderer/index.html',
  '//evil.example/',
];

/** Look-alikes of the dev server at http://localhost:5173 and http://127.0.0.1:5173. */
const devLookAlikes = [
  'http://localhost:5173@evil.com/',
  'http://127.0.0.1:5173@evil.com/',
  'http://user:pass@localhost:5173/',
  'http://localhost:@localhost:5173/',
  'http://localhost.evil.com:5173/',
  'http://127.0.0.1.evil.com:5173/',
  'http://127.0.0.1.nip.io:5173/',
  'http://localhost:5174/',
  'http://127.0.0.1:5174/',
  'http://localhost/',
  'https://localhost:5173/',
  'https://127.0.0.1:5173/',
  'http://evil.com#@localhost:5173/',
  'http://evil.com\\@127.0.0.1:5173/',
  'http://evil.com?@127.0.0.1:5173/',
  'http://localhost:5173.evil.com/',
  'http://[::ffff:127.0.0.1]:5173/',
  'http://0.0.0.0:5173/',
  'http://[::1]:5173/',
];

describe('secureWebPreferences', () => {
  it('is exactly the hardened set, with the given preload, and no DevTools when packaged', () => {
    expect(secureWebPreferences('/app/out/preload/index.js', true)).toEqual({
      devTools: false,
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
      preload: '/app/out/preload/index.js',
    });
  });

  it('has DevTools only in development (not packaged)', () => {
    expect(secureWebPreferences('/a.js', false).devTools).toBe(true);
    expect(secureWebPreferences('/a.js', true).devTools).toBe(false);
  });

  it('returns a fresh object each time, so no window can relax another', () => {
    const first = secureWebPreferences('/a.js', true);
    const second = secureWebPreferences('/a.js', true);
    expect(first).not.toBe(second);
  });
});

describe('resolveAppEntryUrl', () => {
  it('serves the built renderer from the app protocol, never file://, when there is no dev server', () => {
    expect(resolveAppEntryUrl({ rendererDevUrl: undefined, isPackaged: false })).toBe('app://keha/index.html');
    expect(appEntryUrl).toBe('app://keha/index.html');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(resolveAppEntryUrl({ rendererDevUrl: 'https://evil.example/', isPackaged: true })).toBe('app://keha/index.html');
    expect(resolveAppEntryUrl({ rendererDevUrl: 'http://localhost:5173/', isPackaged: true })).toBe('app://keha/index.html');
  });

  it('uses a loopback dev server in development', () => {
    expect(devEntry).toBe('http://localhost:5173/');
    expect(resolveAppEntryUrl({ rendererDevUrl: devEntryIp, isPackaged: false })).toBe(devEntryIp);
  });

  it.each(['https://evil.example:5173/', 'http://127.0.0.1.evil.com:5173/', 'javascript:alert(1)', 'file:///etc/passwd', 'nonsense'])(
    'refuses a dev server URL that is not on this machine: %s',
    (rendererDevUrl) => {
      expect(() => resolveAppEntryUrl({ rendererDevUrl, isPackaged: false })).toThrow(Error);
    },
  );
});

describe('isAppUrl / navigationDecision with the built file:// entry', () => {
  it.each([
    fileEntry,
    `${fileEntry}#/meetings/42`,
    `${fileEntry}?lang=fi`,
    // the same document as Chromium may spell it (spaces and ä percent-encoded differently)
    'file:///opt/Kehä App/out/renderer/index.html',
    'file:///opt/Keh%C3%A4%20App/out/renderer/index.html#/',
    'file://localhost/opt/Kehä App/out/renderer/index.html',
  ])('allows the app itself: %s', (url) => {
    expect(isAppUrl(url, fileEntry)).toBe(true);
    expect(navigationDecision(url, fileEntry)).toBe('allow');
  });

  it.each([...alwaysForeign, 'http://localhost:5173/', devEntryIp])('denies %s', (url) => {
    expect(isAppUrl(url, fileEntry)).toBe(false);
    expect(navigationDecision(url, fileEntry)).toBe('deny');
  });
});

/** Look-alikes of app://keha/index.html. */
const appLookAlikes = [
  'app://keha/other.html',
  'app://keha/index.html.evil',
  'app://keha/INDEX.html',
  'app://keha/',
  'app://keha/assets/index.js',
  'app://keha/index.html/../../etc/passwd',
  'app://keha:8080/index.html',
  'app://keha.evil.example/index.html',
  'app://evil/index.html',
  'app://KEHA/index.html',
  'app://user@keha/index.html',
  'app://keha@evil/index.html',
  'app://user:pass@keha/index.html',
  'app:///index.html',
  'app:index.html',
  'apps://keha/index.html',
  'file:///index.html',
  'http://keha/index.html',
  'https://keha/index.html',
];

describe('isAppUrl / navigationDecision with the app://keha entry', () => {
  it.each([appEntryUrl, `${appEntryUrl}#/meetings/42`, `${appEntryUrl}?lang=fi`, `${appEntryUrl}#/screen/abc`, 'app://keha/index%2Ehtml'])(
    'allows the app itself: %s',
    (url) => {
      expect(isAppUrl(url, appEntryUrl)).toBe(true);
      expect(navigationDecision(url, appEntryUrl)).toBe('allow');
      expect(isTrustedSender(url, appEntryUrl)).toBe(true);
    },
  );

  it.each([...alwaysForeign, ...appLookAlikes, ...devLookAlikes, 'http://localhost:5173/', fileEntry])('denies %s', (url) => {
    expect(isAppUrl(url, appEntryUrl)).toBe(false);
    expect(navigationDecision(url, appEntryUrl)).toBe('deny');
    expect(isTrustedSender(url, appEntryUrl)).toBe(false);
  });

  it('opens only the shared screen, hardened, without the preload and without DevTools when packaged', () => {
    const decision = windowOpenDecision(`${appEntryUrl}#/screen/3f2a-77`, appEntryUrl, 'keha-screen-3f2a-77', true);
    expect(decision.action).toBe('allow');
    if (decision.action !== 'allow') return;
    expect(decision.overrideBrowserWindowOptions.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
    expect(decision.overrideBrowserWindowOptions.webPreferences).not.toHaveProperty('preload');
    for (const url of [...appLookAlikes.map((lookAlike) => `${lookAlike}#/screen/abc`), `${appEntryUrl}#/families`, `${appEntryUrl}?x=1#/screen/abc`]) {
      expect(windowOpenDecision(url, appEntryUrl, 'keha-screen-abc', true), url).toEqual({ action: 'deny' });
    }
  });
});

describe('isAppUrl / navigationDecision with the dev server entry', () => {
  it.each(['http://localhost:5173/', 'http://localhost:5173', 'http://localhost:5173/#/families', 'http://LOCALHOST:5173/src/main.tsx'])(
    'allows the dev server origin: %s',
    (url) => {
      expect(navigationDecision(url, devEntry)).toBe('allow');
    },
  );

  it.each([...alwaysForeign, ...devLookAlikes, fileEntry])('denies %s', (url) => {
    expect(isAppUrl(url, devEntry)).toBe(false);
    expect(navigationDecision(url, devEntry)).toBe('deny');
  });

  it.each(devLookAlikes.filter((url) => !url.startsWith('http://127.0.0.1:5173/')))(
    'denies %s against an http://127.0.0.1:5173 dev server too',
    (url) => {
      expect(navigationDecision(url, devEntryIp)).toBe('deny');
    },
  );

  it.each([undefined, null, 42, {}, ['http://localhost:5173/'], new URL('http://localhost:5173/')])(
    'denies a non-string URL: %s',
    (url) => {
      expect(navigationDecision(url, devEntry)).toBe('deny');
    },
  );

  it('denies everything when the entry itself is not a usable URL', () => {
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
    expect(isAppUrl('javascript:alert(1)', 'javascript:alert(1)')).toBe(false);
    expect(isAppUrl('data:text/html,x', 'data:text/html,x')).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it.each([fileEntry, devEntry, 'https://www.thl.fi/', 'http://example.com/', 'mailto:a@b.fi', 'javascript:alert(1)', '', undefined])(
    'opens no window for %s',
    (url) => {
      expect(windowOpenDecision(url, fileEntry, 'keha-screen-abc', false)).toEqual({ action: 'deny' });
      expect(windowOpenDecision(url, devEntry, 'keha-screen-abc', false)).toEqual({ action: 'deny' });
    },
  );

  it.each([
    [`${fileEntry}#/screen/3f2a-77`, fileEntry, 'keha-screen-3f2a-77'],
    [`${devEntry}#/screen/abc`, devEntry, 'keha-screen-abc'],
  ])('opens the shared screen of a meeting (%s) hardened and without the preload', (url, entry, frameName) => {
    const decision = windowOpenDecision(url, entry, frameName, false);
    expect(decision.action).toBe('allow');
    if (decision.action !== 'allow') return;
    const preferences = decision.overrideBrowserWindowOptions.webPreferences;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(preferences).not.toHaveProperty('preload');
  });

  it.each([
    `${fileEntry}#/families`,
    `${fileEntry}#/screen/`,
    `${fileEntry}#/screen/abc/../../families`,
    `${fileEntry}#/screen/abc?x=1`,
    `${fileEntry}?evil=1#/screen/abc`,
    `${fileEntry}#/screen/${'a'.repeat(65)}`,
    'https://example.com/#/screen/abc',
    `${devEntry.replace('5173', '5174')}#/screen/abc`,
  ])('opens nothing else that looks like it: %s', (url) => {
    const entry = url.startsWith('http://') || url.startsWith('https://') ? devEntry : fileEntry;
    expect(windowOpenDecision(url, entry, 'keha-screen-abc', false)).toEqual({ action: 'deny' });
  });

  it.each([
    ['no name (a plain new window)', ''],
    ['another window name', '_blank'],
    ['the screen name of another meeting', 'keha-screen-other'],
    ['no name at all', undefined],
  ])('opens the screen only under its own window name: not with %s', (_what, frameName) => {
    expect(windowOpenDecision(`${fileEntry}#/screen/abc`, fileEntry, frameName, false)).toEqual({ action: 'deny' });
  });
});

describe('permissionDecision', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'window-management',
    'local-fonts',
    'idle-detection',
    'storage-access',
    'top-level-storage-access',
    'unknown',
    'CLIPBOARD-SANITIZED-WRITE',
    'clipboard-sanitized-write ',
    '__proto__',
    'constructor',
    'toString',
    '',
    undefined,
    null,
    ['clipboard-sanitized-write'],
  ])('denies %s', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });

  it('allows writing plain text to the clipboard only', () => {
    expect(permissionDecision('clipboard-sanitized-write')).toBe(true);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app document only', () => {
    expect(isTrustedSender(fileEntry, fileEntry)).toBe(true);
    expect(isTrustedSender(`${fileEntry}#/meetings`, fileEntry)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', devEntry)).toBe(true);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/',
    'file:///etc/passwd',
    'file:///opt/Kehä App/out/renderer/evil.html',
    'file:///tmp/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,<script>kehaDesktop.saveTextFile()</script>',
    '',
    null,
    undefined,
  ])('does not trust %s in production', (url) => {
    expect(isTrustedSender(url, fileEntry)).toBe(false);
  });

  it.each(devLookAlikes)('does not trust the dev-server look-alike %s', (url) => {
    expect(isTrustedSender(url, devEntry)).toBe(false);
  });
});

describe('userDataOverride (npm run try-sync: two windows, two computers)', () => {
  it('gives an unpackaged Kehä the absolute data folder it is told', () => {
    expect(userDataOverride({ isPackaged: false, value: '/tmp/keha-try/computer-1' })).toBe('/tmp/keha-try/computer-1');
  });

  it('is ignored by a packaged Kehä, and for an empty or relative path', () => {
    expect(userDataOverride({ isPackaged: true, value: '/tmp/keha-try/computer-1' })).toBeUndefined();
    expect(userDataOverride({ isPackaged: false, value: undefined })).toBeUndefined();
    expect(userDataOverride({ isPackaged: false, value: '' })).toBeUndefined();
    expect(userDataOverride({ isPackaged: false, value: 'computer-1' })).toBeUndefined();
  });
});
