// A heap snapshot of a page over the Chrome DevTools Protocol (V8 collects garbage before taking
// it), with the two questions the lock test asks: does any string hold a text, and how many
// CryptoKey objects live in the page.
import type { Page } from '@playwright/test';

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

export class HeapSnapshot {
  private constructor(private readonly data: Snapshot) {}

  static async take(page: Page): Promise<HeapSnapshot> {
    const cdp = await page.context().newCDPSession(page);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.detach();
    return new HeapSnapshot(JSON.parse(chunks.join('')) as Snapshot);
  }

  /** Whether any string in the heap contains `text`. */
  holds(text: string): boolean {
    return this.data.strings.some((value) => value.includes(text));
  }

  /**
   * The CryptoKey instances in the heap: Blink's own objects (native nodes named CryptoKey). The class's
   * constructor, prototype and the string of its name are there in every page and are not counted.
   */
  cryptoKeys(): number {
    const fields = this.data.snapshot.meta.node_fields;
    const types = this.data.snapshot.meta.node_types[0];
    const typeAt = fields.indexOf('type');
    const nameAt = fields.indexOf('name');
    let count = 0;
    for (let at = 0; at < this.data.nodes.length; at += fields.length) {
      const type = types[this.data.nodes[at + typeAt] ?? -1];
      if (type === 'native' && this.data.strings[this.data.nodes[at + nameAt] ?? -1] === 'CryptoKey') count++;
    }
    return count;
  }
}
