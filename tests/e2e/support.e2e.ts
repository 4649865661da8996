// Proves the e2e support helpers work: a value written in a real Chromium profile survives a graceful
// close and a relaunch, profileContainsText finds plaintext on disk (the positive control for later
// "no plaintext at rest" checks), and crash() really kills the browser.
import { expect, launchProfile, makeProfileDir, profileContainsText, test } from './support/browserProfile';
import type { Page } from '@playwright/test';

const PROBE = 'PROFILE-PROBE-123';
// Non-ASCII text: V8 stores it as Latin-1 bytes, which the search must find too.
const PROBE_FI = 'Kehä-PROBE-ääkköset';

async function writeProbe(page: Page, value: string): Promise<void> {
  await page.evaluate(async ({ value, fi }) => {
    localStorage.setItem('probe', value);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('keha-support-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite', { durability: 'strict' });
      tx.objectStore('kv').put({ note: value, fi }, 'probe');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { value, fi: PROBE_FI });
}

async function readProbe(page: Page): Promise<{ local: string | null; idb: unknown }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('keha-support-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const idb = await new Promise<unknown>((resolve, reject) => {
      const get = db.transaction('kv').objectStore('kv').get('probe');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return { local: localStorage.getItem('probe'), idb };
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('a profile keeps its data across a graceful close and relaunch, and its files can be searched', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const first = await launchProfile(dir);
  const page = await first.newPage();
  await page.goto(`${baseURL}/`);
  await writeProbe(page, PROBE);
  await first.close();
  expect(first.process.exitCode).toBe(0);

  // Positive control: plaintext written by a page is found on disk after a graceful close.
  const found = await profileContainsText(dir, PROBE);
  expect(found.some((file) => file.includes('IndexedDB'))).toBe(true);
  expect(found.some((file) => file.includes('Local Storage'))).toBe(true);
  expect((await profileContainsText(dir, PROBE_FI)).some((file) => file.includes('IndexedDB'))).toBe(true);
  expect(await profileContainsText(dir, 'NEVER-WRITTEN-PROBE-456')).toEqual([]);

  const second = await launchProfile(dir);
  const again = await second.newPage();
  await again.goto(`${baseURL}/`);
  expect(await readProbe(again)).toEqual({ local: PROBE, idb: { note: PROBE, fi: PROBE_FI } });
  await second.close();
});

test('crash() kills the browser, and a strict-durability IndexedDB write survives it', async ({ baseURL }) => {
  const dir = await makeProfileDir();
  const first = await launchProfile(dir);
  const pid = first.process.pid!;
  const page = await first.newPage();
  await page.goto(`${baseURL}/`);
  await writeProbe(page, 'CRASH-PROBE-789');
  await first.crash();
  expect(isAlive(pid)).toBe(false);
  expect(first.process.signalCode).toBe('SIGKILL');

  const second = await launchProfile(dir);
  const again = await second.newPage();
  await again.goto(`${baseURL}/`);
  expect((await readProbe(again)).idb).toEqual({ note: 'CRASH-PROBE-789', fi: PROBE_FI });
  await second.close();
});
