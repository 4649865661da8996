// A Kehä row as a sync document (docs/architecture.md: Sync between the team's computers). The
// document is the row exactly as the local database stores it (clear fields and the still-encrypted
// payload), so the server sees nothing the local database does not already keep in the clear. Binary
// values (IVs, ciphertext, salts, wrapped keys) become tagged base64, since documents are JSON.

/** A synced row's document id: `${table}/${row key}`. CouchDB ids must not start with `_`; no table name does. */
export function docIdOf(table: string, key: string): string {
  return `${table}/${key}`;
}

export function parseDocId(id: string): { table: string; key: string } | null {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return null;
  return { table: id.slice(0, slash), key: id.slice(slash + 1) };
}

/** The body of a sync document besides CouchDB's own `_id`/`_rev`/`_deleted`. */
export type SyncDocBody = {
  /** The table, repeated for readability of the server's data by IT (never content). */
  t: string;
  /** The row as stored, binary values tagged. */
  row: unknown;
  /** The computer that wrote this version (a random id, see thisComputer). */
  c: string;
};

type Tagged = { $bin: string; $kind: 'u8' | 'ab' };

function toBase64(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) text += String.fromCharCode(...bytes.subarray(index, index + chunk));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function isTagged(value: object): value is Tagged {
  const record = value as Record<string, unknown>;
  return typeof record.$bin === 'string' && (record.$kind === 'u8' || record.$kind === 'ab') && Object.keys(record).length === 2;
}

/** The row as JSON: Uint8Arrays and ArrayBuffers become `{ $bin, $kind }`. */
export function encodeRow(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bin: toBase64(value), $kind: 'u8' } satisfies Tagged;
  if (value instanceof ArrayBuffer) return { $bin: toBase64(new Uint8Array(value)), $kind: 'ab' } satisfies Tagged;
  if (Array.isArray(value)) return value.map(encodeRow);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([key, entry]) => (entry === undefined ? [] : [[key, encodeRow(entry)]])));
  }
  return value;
}

/** The stored row again, binary values as the local database keeps them. */
export function decodeRow(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRow);
  if (value && typeof value === 'object') {
    if (isTagged(value)) {
      const bytes = fromBase64(value.$bin);
      return value.$kind === 'u8' ? bytes : bytes.buffer;
    }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, decodeRow(entry)]));
  }
  return value;
}

/** Deep equality of two encoded (JSON) values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((entry, index) => sameJson(entry, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameJson(left[key], right[key]));
}
