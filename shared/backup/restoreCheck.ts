// The checks of a backup file that need no key and no database: is it a Kehä backup (the
// dexie-export-import format with Kehä's tables of a known schema version), is it whole (every table
// has the rows it lists), and is every row of a shape Kehä stores. Binary values are revived by a
// strict reader of the file's typed-value notes that knows only the kinds Kehä's rows hold
// (ArrayBuffer, Uint8Array, undefined, arrays with extra keys): anything else refuses the file instead of building objects
// from it. Every failure is a RestoreRefusedError with a reason the UI puts in words
// (docs/architecture.md: Restore).

/** Why a file is not restored. Nothing has been changed when one of these is thrown. */
export type RestoreRefusal =
  | { kind: 'tooLarge'; maxMegabytes: number }
  | { kind: 'notBackup' }
  | { kind: 'damaged' }
  | { kind: 'truncated' }
  | { kind: 'newer'; version: number; supported: number }
  | { kind: 'noVault' }
  | { kind: 'weakHeader' }
  | { kind: 'wrongPassphrase' }
  | { kind: 'unreadable'; records: { table: string; count: number }[] }
  | { kind: 'failed'; name: string; message: string };

export class RestoreRefusedError extends Error {
  constructor(readonly refusal: RestoreRefusal) {
    super(`Backup refused: ${refusal.kind}`);
    this.name = 'RestoreRefusedError';
  }
}

const refuse = (refusal: RestoreRefusal): never => {
  throw new RestoreRefusedError(refusal);
};

/** Larger files are refused before being read: the whole file is held in memory while it is checked. */
export const maxBackupBytes = 256 * 1024 * 1024;
/** More rows than any team writes in decades; a file listing more is refused before it is read. */
export const maxBackupRows = 5_000_000;

/** One published schema version: its number and its tables' Dexie store specs. */
export type KnownVersion = { version: number; stores: Readonly<Record<string, string>> };

/** What the file says of itself (dexie-export-import's header, read before the rows). */
export type BackupMeta = { version: number; tables: { name: string; rowCount: number }[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object or an array: what a key path can step into. */
const isContainer = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const normalizeSpec = (spec: string) => spec.replace(/\s+/g, '');

/**
 * Checks the file's header against the versions Kehä knows: the format, a version no newer than
 * this Kehä's (newer is refused as such, before anything else), exactly that version's tables with
 * their primary keys, and sane row counts.
 */
export function checkBackupMeta(meta: unknown, versions: readonly KnownVersion[]): BackupMeta {
  if (!isRecord(meta) || meta.formatName !== 'dexie' || meta.formatVersion !== 1 || !isRecord(meta.data)) return refuse({ kind: 'notBackup' });
  const { databaseVersion, tables } = meta.data;
  if (typeof databaseVersion !== 'number' || !Number.isSafeInteger(databaseVersion) || databaseVersion < 1) return refuse({ kind: 'notBackup' });
  const supported = versions[versions.length - 1]!.version;
  if (databaseVersion > supported) return refuse({ kind: 'newer', version: databaseVersion, supported });
  const known = versions.find((entry) => entry.version === databaseVersion);
  if (!known || !Array.isArray(tables)) return refuse({ kind: 'notBackup' });
  const expected = Object.keys(known.stores);
  const listed: BackupMeta['tables'] = [];
  let totalRows = 0;
  for (const table of tables as unknown[]) {
    if (!isRecord(table) || typeof table.name !== 'string' || typeof table.schema !== 'string') return refuse({ kind: 'notBackup' });
    const spec = known.stores[table.name];
    if (spec === undefined || !Object.hasOwn(known.stores, table.name) || listed.some((entry) => entry.name === table.name)) {
      return refuse({ kind: 'notBackup' });
    }
    // The primary key decides where each row goes; the indexes may be listed in another order.
    if (normalizeSpec(table.schema).split(',')[0] !== normalizeSpec(spec).split(',')[0]) return refuse({ kind: 'notBackup' });
    const { rowCount } = table;
    if (typeof rowCount !== 'number' || !Number.isSafeInteger(rowCount) || rowCount < 0) return refuse({ kind: 'damaged' });
    totalRows += rowCount;
    listed.push({ name: table.name, rowCount });
  }
  if (listed.length !== expected.length) return refuse({ kind: 'notBackup' });
  if (totalRows > maxBackupRows) return refuse({ kind: 'tooLarge', maxMegabytes: maxBackupBytes / (1024 * 1024) });
  return { version: databaseVersion, tables: listed };
}

/** The rows of a checked file, by table, with binary values revived. */
export type BackupRows = Record<string, Record<string, unknown>[]>;

/**
 * Parses the whole file's text and checks it against its header: every listed table present once,
 * with exactly the listed number of rows (fewer: truncated), each row revived strictly.
 */
export function parseBackupText(text: string, meta: BackupMeta): BackupRows {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return refuse({ kind: endsEarly(error, text) ? 'truncated' : 'damaged' });
  }
  if (!isRecord(parsed) || !isRecord(parsed.data) || parsed.data.databaseVersion !== meta.version || !Array.isArray(parsed.data.data)) {
    return refuse({ kind: 'damaged' });
  }
  const rows: BackupRows = {};
  for (const table of parsed.data.data as unknown[]) {
    if (!isRecord(table) || typeof table.tableName !== 'string' || table.inbound !== true || !Array.isArray(table.rows)) {
      return refuse({ kind: 'damaged' });
    }
    const listed = meta.tables.find((entry) => entry.name === table.tableName);
    if (!listed || Object.hasOwn(rows, table.tableName)) return refuse({ kind: 'damaged' });
    const tableRows = table.rows as unknown[];
    if (tableRows.length < listed.rowCount) return refuse({ kind: 'truncated' });
    if (tableRows.length > listed.rowCount) return refuse({ kind: 'damaged' });
    rows[table.tableName] = tableRows.map(reviveRow);
  }
  for (const listed of meta.tables) {
    if (!Object.hasOwn(rows, listed.name)) return refuse({ kind: listed.rowCount > 0 ? 'truncated' : 'damaged' });
  }
  return rows;
}

/**
 * Whether JSON.parse failed because the text ended before the document did (a file cut short)
 * rather than on a wrong character inside it: the parser's message names the end of the input, or
 * the position where it stopped is the end of the text.
 */
function endsEarly(error: unknown, text: string): boolean {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?input|unterminated|unexpected end/i.test(message)) return true;
  const position = /position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Lookup = new Uint8Array(128);
for (let index = 0; index < base64Alphabet.length; index++) base64Lookup[base64Alphabet.charCodeAt(index)] = index;
/** The 6-bit value of a character already checked to be base64 ('=' reads as 0). */
const base64Value = (text: string, index: number) => base64Lookup[text.charCodeAt(index)]!;

function decodeBase64(text: unknown): ArrayBuffer {
  if (typeof text !== 'string' || !base64.test(text)) return refuse({ kind: 'damaged' });
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let index = 0; index < text.length; index += 4) {
    const chunk =
      (base64Value(text, index) << 18) | (base64Value(text, index + 1) << 12) | (base64Value(text, index + 2) << 6) | base64Value(text, index + 3);
    for (const shift of [16, 8, 0]) if (out < bytes.length) bytes[out++] = (chunk >> shift) & 0xff;
  }
  return bytes.buffer;
}

/** Typeson key paths escape `~` as `~0` and `.` as `~1`. */
const pathParts = (path: string) => path.split('.').map((part) => part.replace(/~1/g, '.').replace(/~0/g, '~'));
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Revives one row as dexie-export-import wrote it: a plain object whose `$types` names, by key
 * path, the values to rebuild. Only `arraybuffer` (base64), `uint8array2` (a view on one),
 * `undef` and `arrayNonindexKeys` are accepted, deepest paths first, exactly as the library would rebuild them.
 */
export function reviveRow(row: unknown): Record<string, unknown> {
  if (!isRecord(row)) return refuse({ kind: 'damaged' });
  const { $types: types, ...value } = row;
  if (types === undefined) return value;
  if (!isRecord(types)) return refuse({ kind: 'damaged' });
  const entries = Object.entries(types).map(([path, type]) => ({ parts: pathParts(path), type }));
  entries.sort((a, b) => b.parts.length - a.parts.length);
  for (const { parts, type } of entries) {
    if (parts.some((part) => part === '' || forbiddenKeys.has(part))) return refuse({ kind: 'damaged' });
    let parent: unknown = value;
    for (const part of parts.slice(0, -1)) {
      parent = isContainer(parent) && Object.hasOwn(parent, part) ? parent[part] : undefined;
    }
    const key = parts[parts.length - 1]!;
    if (!isContainer(parent) || !Object.hasOwn(parent, key)) return refuse({ kind: 'damaged' });
    const encoded = parent[key];
    if (type === 'arraybuffer') parent[key] = decodeBase64(encoded);
    else if (type === 'undef') delete parent[key];
    else if (type === 'arrayNonindexKeys') parent[key] = reviveArray(encoded);
    else if (type === 'uint8array2') {
      if (!isRecord(encoded) || !(encoded.buffer instanceof ArrayBuffer)) return refuse({ kind: 'damaged' });
      const { buffer, byteOffset, length } = encoded;
      if (!Number.isSafeInteger(byteOffset) || !Number.isSafeInteger(length) || (byteOffset as number) < 0 || (length as number) < 0) {
        return refuse({ kind: 'damaged' });
      }
      if ((byteOffset as number) + (length as number) > buffer.byteLength) return refuse({ kind: 'damaged' });
      // A copy of its own bytes, as stored rows hold them.
      parent[key] = new Uint8Array(buffer.slice(byteOffset as number, (byteOffset as number) + (length as number)));
    } else return refuse({ kind: 'damaged' });
  }
  return value;
}

/** An array the library wrote as an object (an array with keys other than its indexes): back to an array. */
function reviveArray(encoded: unknown): unknown[] {
  if (Array.isArray(encoded)) return encoded;
  if (!isRecord(encoded)) return refuse({ kind: 'damaged' });
  const array: unknown[] = [];
  for (const [key, value] of Object.entries(encoded)) {
    if (key === 'length') {
      if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > maxBackupRows) return refuse({ kind: 'damaged' });
      array.length = value as number;
    } else if (/^(0|[1-9][0-9]{0,8})$/.test(key)) array[Number(key)] = value;
    else if (!forbiddenKeys.has(key)) (array as unknown as Record<string, unknown>)[key] = value;
    else return refuse({ kind: 'damaged' });
  }
  return array;
}

/** The primary key of each table: `settings` rows are keyed by `key`, every other by `id`. */
export const primaryKeyOf = (table: string) => (table === 'settings' ? 'key' : 'id');

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 300;
const isInstant = (value: unknown) => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isPayload = (value: unknown) =>
  isRecord(value) && value.iv instanceof Uint8Array && value.iv.byteLength === 12 && value.data instanceof ArrayBuffer && value.data.byteLength >= 16;
const isBytes = (value: unknown, length?: number) => value instanceof Uint8Array && (length === undefined || value.byteLength === length);

/**
 * Checks the clear fields of every row (those not inside an encrypted payload, which the key will
 * check): unique string primary keys, well-formed payloads and instants, the vault header's shape
 * and unique family codes. Refuses with `damaged`.
 */
export function checkClearRows(rows: BackupRows): void {
  for (const [table, tableRows] of Object.entries(rows)) {
    const primaryKey = primaryKeyOf(table);
    const seen = new Set<string>();
    for (const row of tableRows) {
      const id = row[primaryKey];
      if (!isId(id) || seen.has(id)) return refuse({ kind: 'damaged' });
      seen.add(id);
      if (table === 'vault') continue;
      if (table === 'settings') {
        if (typeof row.value !== 'string') return refuse({ kind: 'damaged' });
        continue;
      }
      if (table === 'meetingTemplates' || table === 'templates') {
        if (!isRecord(row.template)) return refuse({ kind: 'damaged' });
        continue;
      }
      // Tables that hold no content, only ids, instants and kinds (no payload by design).
      if (table === 'activityLog') {
        if (!isInstant(row.at) || typeof row.kind !== 'string' || (row.familyCode !== null && typeof row.familyCode !== 'string')) {
          return refuse({ kind: 'damaged' });
        }
        continue;
      }
      if (table === 'summaryTransfers') {
        if (!isInstant(row.transferredAt) || ![row.familyId, row.meetingId, row.deepDiveId].every((value) => typeof value === 'string')) {
          return refuse({ kind: 'damaged' });
        }
        continue;
      }
      if (!isPayload(row.payload)) return refuse({ kind: 'damaged' });
      for (const field of ['createdAt', 'updatedAt', 'at', 'revisitedAt'] as const) {
        if (Object.hasOwn(row, field) && !isInstant(row[field])) return refuse({ kind: 'damaged' });
      }
      if (row.closedAt !== undefined && row.closedAt !== null && !isInstant(row.closedAt)) return refuse({ kind: 'damaged' });
      for (const field of ['familyId', 'meetingId', 'hypothesisId', 'carePeriodId', 'status', 'code'] as const) {
        const value = row[field];
        if (Object.hasOwn(row, field) && value !== null && typeof value !== 'string') return refuse({ kind: 'damaged' });
      }
      if (table === 'meetings' && (!isRecord(row.outline) || !isRecord(row.run) || typeof row.templateId !== 'string')) {
        return refuse({ kind: 'damaged' });
      }
    }
  }
  const codes = new Set<string>();
  for (const family of rows.families ?? []) {
    if (typeof family.code !== 'string' || codes.has(family.code)) return refuse({ kind: 'damaged' });
    codes.add(family.code);
  }
  const vault = rows.vault ?? [];
  if (vault.length !== 1 || vault[0]!.id !== 'vault') return refuse({ kind: 'noVault' });
  const header = vault[0]!;
  const kdf = header.kdf;
  if (
    !isRecord(kdf) ||
    !isBytes(kdf.salt) ||
    !isBytes(header.wrapIv, 12) ||
    !(header.wrappedKey instanceof ArrayBuffer) ||
    typeof header.format !== 'string' ||
    !isInstant(header.createdAt)
  ) {
    return refuse({ kind: 'weakHeader' });
  }
}

/** The newest instant written in the rows: when the data in the backup was last changed. */
export function newestChange(rows: BackupRows): string | null {
  let newest: string | null = null;
  let newestTime = -Infinity;
  for (const tableRows of Object.values(rows)) {
    for (const row of tableRows) {
      for (const field of ['updatedAt', 'createdAt', 'at'] as const) {
        const value = row[field];
        if (typeof value !== 'string') continue;
        const time = Date.parse(value);
        if (time > newestTime) {
          newestTime = time;
          newest = new Date(time).toISOString();
        }
      }
    }
  }
  return newest;
}

/** The kinds a preview shows, in order, with the tables counted for each. */
export const previewKinds = [
  'members',
  'families',
  'meetings',
  'meetingNotes',
  'hypotheses',
  'hypothesisRevisions',
  'actions',
  'timelineEvents',
  'threeHousesSessions',
  'carePeriods',
  'goalRatings',
  'templates',
] as const;
export type PreviewKind = (typeof previewKinds)[number];

export type PreviewLine = { kind: PreviewKind; here: number; backup: number };

/** Lines of the preview: what the backup holds beside what is here, kind by kind. */
export function previewLines(here: Readonly<Record<string, number>>, backup: Readonly<Record<string, number>>): PreviewLine[] {
  return previewKinds.map((kind) => ({ kind, here: here[kind] ?? 0, backup: backup[kind] ?? 0 }));
}
