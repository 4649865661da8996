// Temporary smoke test for the `browser` Vitest project: proves the tests run in real Chromium with
// real IndexedDB and WebCrypto, and that a value round-trips through IndexedDB. To be replaced.
import { describe, expect, it } from 'vitest';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('browser test environment', () => {
  it('runs in a real browser with WebCrypto', async () => {
    expect(navigator.userAgent).toMatch(/Chrome\//);
    expect(typeof crypto.subtle.encrypt).toBe('function');
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode('Kehä'));
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
    expect(new TextDecoder().decode(opened)).toBe('Kehä');
  });

  it('round-trips a value through real IndexedDB', async () => {
    const name = `smoke-browser-${crypto.randomUUID()}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    const db = await request(open);
    const tx = db.transaction('kv', 'readwrite', { durability: 'strict' });
    tx.objectStore('kv').put({ text: 'Kehä', at: new Date(0) }, 'k');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const read = await request(db.transaction('kv').objectStore('kv').get('k'));
    expect(read).toEqual({ text: 'Kehä', at: new Date(0) });
    db.close();
    await request(indexedDB.deleteDatabase(name));
  });
});
