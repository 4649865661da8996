// Temporary smoke test for the `unit` Vitest project: proves the Node environment gets IndexedDB
// from fake-indexeddb (setupFiles) and that a value round-trips. To be replaced by real unit tests.
import { describe, expect, it } from 'vitest';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('unit test environment', () => {
  it('has IndexedDB from fake-indexeddb and round-trips a value', async () => {
    expect(typeof indexedDB.open).toBe('function');
    const open = indexedDB.open('smoke-unit', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    const db = await request(open);
    const tx = db.transaction('kv', 'readwrite');
    tx.objectStore('kv').put({ text: 'Kehä' }, 'k');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const read = await request(db.transaction('kv').objectStore('kv').get('k'));
    expect(read).toEqual({ text: 'Kehä' });
    db.close();
  });
});
