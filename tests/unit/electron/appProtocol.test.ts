// Unit tests for electron/main/appProtocol.ts: which file app://keha/<path> may read (never one
// outside out/renderer, whatever the address), the scheme's privileges and the served headers.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  appEntry,
  appProtocolHandler,
  appResponseHeaders,
  appSchemePrivileges,
  contentTypeFor,
  privilegedSchemes,
  resolveAppFile,
} from '../../../electron/main/appProtocol';

const root = resolve('/opt/Kehä/resources/app.asar/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://keha/index.html', 'index.html'],
    ['app://keha/', 'index.html'],
    ['app://keha', 'index.html'],
    ['app://keha/index.html#/families', 'index.html'],
    ['app://keha/index.html?lang=fi', 'index.html'],
    ['app://keha/assets/index-Bx12.js', join('assets', 'index-Bx12.js')],
    ['app://keha/assets/index-Bx12.css', join('assets', 'index-Bx12.css')],
    ['app://keha/assets/Keh%C3%A4.svg', join('assets', 'Kehä.svg')],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(join(root, file));
  });

  it.each([
    // climbing out
    'app://keha/../secret.txt',
    'app://keha/assets/../../main/index.js',
    'app://keha/%2e%2e/%2e%2e/etc/passwd',
    'app://keha/%2E%2E/package.json',
    'app://keha/.%2e/x',
    'app://keha/assets%2f..%2f..%2fmain%2findex.js',
    'app://keha/assets%2F..%2Fx',
    'app://keha/..%5c..%5cwindows%5cwin.ini',
    'app://keha/..\\..\\windows\\win.ini',
    'app://keha/assets\\..\\..\\x',
    'app://keha/%252e%252e/x',
    // absolute paths and drives
    'app://keha//etc/passwd',
    'app://keha/C:/Windows/win.ini',
    'app://keha/C%3A/Windows/win.ini',
    'app://keha///server/share/x',
    // empty and dot segments, NUL and control characters
    'app://keha/assets//x.js',
    'app://keha/./index.html',
    'app://keha/index.html%00.js',
    'app://keha/index%0a.html',
    'app://keha/%E0%A4%A',
    // other hosts, ports, users, schemes
    'app://evil/index.html',
    'app://keha.evil.example/index.html',
    'app://KEHA/index.html',
    'app://keha:8080/index.html',
    'app://user@keha/index.html',
    'app://user:pw@keha/index.html',
    'file:///opt/Kehä/resources/app.asar/out/renderer/index.html',
    'http://keha/index.html',
    'https://keha/index.html',
    'app:index.html',
    'app:///index.html',
    '/index.html',
    '../index.html',
    '',
    'not a url',
    `app://keha/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it.each([undefined, null, 42, {}, ['app://keha/index.html']])('refuses a non-string address: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('never answers with a path outside the root, for any address', () => {
    const parts = ['..', '.', '%2e', '%2E%2e', 'assets', 'index.html', '%2f', '%5c', '\\', '', 'a%00', '~', 'C:', '%3a'];
    for (const first of parts) {
      for (const second of parts) {
        for (const third of parts) {
          const file = resolveAppFile(`app://keha/${first}/${second}/${third}`, root);
          if (file !== null) expect(file.startsWith(`${root}/`) || file.startsWith(`${root}\\`), file).toBe(true);
        }
      }
    }
  });
});

describe('the app scheme', () => {
  it('is a standard, secure scheme with fetch, and no service workers or CSP bypass', () => {
    expect(appEntry).toBe('app://keha/index.html');
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: appSchemePrivileges }]);
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, allowServiceWorkers: false, bypassCSP: false });
  });

  it('serves each file with its type and nosniff, never a guessed one', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/assets/unknown.bin')).toBe('application/octet-stream');
    expect(appResponseHeaders('/r/index.html')).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
  });
});

describe('appProtocolHandler', () => {
  // A real folder laid out like out/, with a secret next to the renderer folder.
  const out = mkdtempSync(join(tmpdir(), 'keha-out-'));
  const renderer = join(out, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Kehä</title>');
  writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(out, 'secret.txt'), 'SECRET');
  const handle = appProtocolHandler(renderer);

  it('serves the renderer’s files with their type', async () => {
    const page = await handle(new Request('app://keha/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Kehä</title>');
    const script = await handle(new Request('app://keha/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const head = await handle(new Request('app://keha/', { method: 'HEAD' }));
    expect(head.status).toBe(200);
  });

  it.each(['app://keha/../secret.txt', 'app://keha/%2e%2e/secret.txt', 'app://keha/assets%2f..%2f..%2fsecret.txt', 'app://evil/index.html', 'app://keha/missing.js'])(
    'answers 404 and nothing else for %s',
    async (url) => {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    },
  );

  it('takes only GET and HEAD', async () => {
    expect((await handle(new Request('app://keha/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
