// Unit tests for electron/main/ipcGuard.ts: every IPC call is checked for its sender and its payload
// before the main process acts. Hostile senders and payloads must be refused with a plain Error.
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

import { ipcChannels, ipcRequestSchemas, maxSaveFileBytes } from '../../../shared/ipc/contract';
import {
  handleIpc,
  isSafeFileName,
  mainRequestSchemas,
  saveDialogFilters,
  withExtension,
} from '../../../electron/main/ipcGuard';

const appEntry = pathToFileURL('/opt/keha/out/renderer/index.html').href;
const appSender = `${appEntry}#/meetings/7`;
const devEntry = 'http://localhost:5173/';

const validSave = { suggestedName: 'Kokousmuistio 2025-03-14.md', content: '# Kehä\nTiimin muistio', mimeType: 'text/markdown' };

const saveFrom = (sender: string | null | undefined, payload: unknown) =>
  handleIpc(mainRequestSchemas.saveTextFile, sender, appEntry, payload);
const save = (payload: unknown) => saveFrom(appSender, payload);

describe('the channel table', () => {
  it('has a request schema for every channel, in the contract and in the main process', () => {
    expect(Object.keys(ipcRequestSchemas).sort()).toEqual(Object.keys(ipcChannels).sort());
    expect(Object.keys(mainRequestSchemas).sort()).toEqual(Object.keys(ipcChannels).sort());
  });
});

describe('handleIpc: the sender', () => {
  it('accepts the app document and returns the parsed request', () => {
    expect(save(validSave)).toEqual(validSave);
    expect(handleIpc(mainRequestSchemas.saveTextFile, 'http://localhost:5173/', devEntry, validSave)).toEqual(validSave);
  });

  it.each([
    'https://evil.example',
    'https://evil.example/#/meetings',
    'file:///etc/passwd',
    'file:///opt/keha/out/renderer/other.html',
    'file:///tmp/index.html',
    'file://evil.example/opt/keha/out/renderer/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'javascript:void 0',
    'http://localhost:5173/',
    '',
    null,
    undefined,
  ])('refuses a valid request from %s', (sender) => {
    expect(() => saveFrom(sender, validSave)).toThrow(/sender is not the Kehä app/);
  });

  it.each([
    'http://localhost:5173@evil.com/',
    'http://127.0.0.1:5173@evil.com/',
    'http://localhost.evil.com:5173/',
    'http://127.0.0.1.evil.com:5173/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://user:pw@localhost:5173/',
    appEntry,
  ])('refuses a dev-server look-alike %s', (sender) => {
    expect(() => handleIpc(mainRequestSchemas.saveTextFile, sender, devEntry, validSave)).toThrow(Error);
  });

  it('checks the sender before it looks at the payload, and never acts on a refusal', () => {
    const act = vi.fn();
    expect(() => act(saveFrom('https://evil.example/', { suggestedName: '../../x' }))).toThrow(/sender/);
    expect(() => act(save({ suggestedName: '../../x' }))).toThrow(/not valid/);
    expect(act).not.toHaveBeenCalled();
  });
});

describe('handleIpc: saveTextFile payloads', () => {
  it.each([
    '../../etc/passwd',
    '..\\..\\Windows\\System32\\drivers\\etc\\hosts',
    '/etc/passwd',
    '~/.ssh/authorized_keys',
    'C:\\Users\\Public\\x.txt',
    'C:x.txt',
    'folder/muistio.md',
    '..',
    '.',
    '...',
    ' ',
    '   .  ',
    '',
    'muistio.txt.',
    'muistio.txt ',
    'CON',
    'nul.txt',
    'Com1.md',
    'LPT9.json',
    'muistio\u0000.txt',
    'muistio\n.txt',
    'muistio\r.txt',
    'muistio\t.txt',
    'muistio\u007f.txt',
    'muistio\u0085.txt',
    'muistio\u202Etxt.exe',
    'muistio\u2066.md',
    '\ufeffmuistio.md',
    'muistio?.md',
    'muistio*.md',
    'muistio<1>.md',
    'muistio|rm.md',
    '"muistio".md',
    'a'.repeat(201),
  ])('refuses the file name %j', (suggestedName) => {
    expect(() => save({ ...validSave, suggestedName })).toThrow(/not valid \(suggestedName\)/);
  });

  it.each(['muistio.md', 'Perhe AB-12 – aikajana.json', 'Kokous 14.3.2025.txt', '.muistio.md', 'a'.repeat(200), 'console.md', 'conference.txt'])(
    'accepts the ordinary file name %j',
    (suggestedName) => {
      expect(save({ ...validSave, suggestedName }).suggestedName).toBe(suggestedName);
    },
  );

  it('accepts content up to the size limit and refuses one character more', () => {
    const atLimit = 'a'.repeat(maxSaveFileBytes);
    expect(save({ ...validSave, content: atLimit }).content.length).toBe(maxSaveFileBytes);
    expect(() => save({ ...validSave, content: `${atLimit}a` })).toThrow(/not valid \(content\)/);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    const content = 'ä'.repeat(maxSaveFileBytes / 2 + 1); // under the limit in characters, over it in bytes
    expect(content.length).toBeLessThan(maxSaveFileBytes);
    expect(() => save({ ...validSave, content })).toThrow(/not valid \(content\)/);
  });

  it.each([
    ['an extra key', { ...validSave, path: '/etc/passwd' }],
    ['an extra key named like a prototype', JSON.parse('{"suggestedName":"a.md","content":"x","mimeType":"text/plain","__proto__":{"polluted":true}}')],
    ['an extra constructor key', { ...validSave, constructor: 'x' }],
    ['a missing key', { suggestedName: 'a.md', content: 'x' }],
    ['a number as the name', { ...validSave, suggestedName: 42 }],
    ['an array as the name', { ...validSave, suggestedName: ['a.md'] }],
    ['an object as the content', { ...validSave, content: { toString: () => 'x' } }],
    ['null content', { ...validSave, content: null }],
    ['a Buffer as content', { ...validSave, content: Buffer.from('x') }],
    ['an executable mime type', { ...validSave, mimeType: 'application/x-msdownload' }],
    ['an html mime type', { ...validSave, mimeType: 'text/html' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'muistio.md'],
    ['a number', 1],
    ['an array', [validSave]],
    ['a function', () => validSave],
    ['an empty object', {}],
  ])('refuses %s', (_label, payload) => {
    expect(() => save(payload)).toThrow(Error);
  });

  it('does not leak prototype pollution through a parsed request', () => {
    expect(() =>
      save(JSON.parse('{"suggestedName":"a.md","content":"x","mimeType":"text/plain","__proto__":{"polluted":true}}')),
    ).toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses with a plain Error that does not echo the payload back', () => {
    const secret = 'Lapsen nimi: Matti Meikäläinen';
    let caught: unknown;
    try {
      save({ ...validSave, content: secret, mimeType: 'text/html' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(caught)).toBe(Error.prototype);
    expect((caught as Error).message).not.toContain(secret);
    expect((caught as Error).message).toBe('Kehä refused the request: the request was not valid (mimeType).');
  });
});

describe('handleIpc: printToPdf and appInfo payloads', () => {
  const print = (payload: unknown) => handleIpc(mainRequestSchemas.printToPdf, appSender, appEntry, payload);
  const info = (payload: unknown) => handleIpc(mainRequestSchemas.appInfo, appSender, appEntry, payload);

  it('accepts a bare name to print to', () => {
    expect(print({ suggestedName: 'Kokous 14.3.2025' })).toEqual({ suggestedName: 'Kokous 14.3.2025' });
  });

  it.each([
    { suggestedName: '../Kokous.pdf' },
    { suggestedName: 'Kokous\u202Efdp.exe' },
    { suggestedName: 'Kokous.pdf', content: 'x' },
    { suggestedName: 'Kokous.pdf', pageSize: 'A4', landscape: true },
    { name: 'Kokous.pdf' },
    null,
    'Kokous.pdf',
  ])('refuses the print request %j', (payload) => {
    expect(() => print(payload)).toThrow(Error);
  });

  it('accepts appInfo with no argument at all', () => {
    expect(info(undefined)).toBeUndefined();
  });

  it.each([null, {}, { version: '9.9.9' }, 'x', 0, false])('refuses appInfo with an argument %j', (payload) => {
    expect(() => info(payload)).toThrow(Error);
  });

  it('refuses appInfo from a foreign sender', () => {
    expect(() => handleIpc(mainRequestSchemas.appInfo, 'https://evil.example/', appEntry, undefined)).toThrow(/sender/);
  });
});

describe('save dialog helpers', () => {
  it('offers the right filter for each text type', () => {
    expect(saveDialogFilters('text/plain')).toEqual([{ name: 'Text', extensions: ['txt'] }]);
    expect(saveDialogFilters('text/markdown')).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
    expect(saveDialogFilters('application/json')).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });

  it('adds .pdf only when it is missing', () => {
    expect(withExtension('Kokous', 'pdf')).toBe('Kokous.pdf');
    expect(withExtension('Kokous.PDF', 'pdf')).toBe('Kokous.PDF');
    expect(withExtension('Kokous.pdf.txt', 'pdf')).toBe('Kokous.pdf.txt.pdf');
  });

  it('isSafeFileName agrees with the schema on a few names', () => {
    expect(isSafeFileName('muistio.md')).toBe(true);
    expect(isSafeFileName('..')).toBe(false);
    expect(isSafeFileName('aux.txt')).toBe(false);
  });
});
