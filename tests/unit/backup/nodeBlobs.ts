// Node has no FileReader and no `self`, which dexie-export-import uses to read Blobs: both are
// provided here. Import this module before anything that imports the library.
const scope = globalThis as unknown as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;
/** The part of FileReader dexie-export-import uses: readAsArrayBuffer with onload/onerror. */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}
scope.FileReader ??= NodeFileReader;

export {};
