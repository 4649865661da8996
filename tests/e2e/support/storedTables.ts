// Reads a Kehä database as someone with the disk would see it, for journeys that check what is left
// after a deletion or an erasure (on this computer, or on another one after sync).
import type { Page } from '@playwright/test';

/** Every IndexedDB table of a computer's Kehä database as stored, as text (byte buffers left out: they are ciphertext). */
export async function storedTables(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('keha');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables: Record<string, string> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      tables[name] = JSON.stringify(rows, (_key, value: unknown) => (value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? '<bytes>' : value));
    }
    db.close();
    return tables;
  });
}
