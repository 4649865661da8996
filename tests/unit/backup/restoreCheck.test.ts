// The key-free checks of a backup file (shared/backup/restoreCheck.ts): the header against the
// published schema versions, the strict revival of binary values, the row counts, the clear fields.
import { describe, expect, it } from 'vitest';
import {
  checkBackupMeta,
  checkClearRows,
  parseBackupText,
  reviveRow,
  RestoreRefusedError,
  type RestoreRefusal,
} from '../../../shared/backup/restoreCheck';
import { schemaVersions } from '../../../renderer/src/db/database';

function refusal(run: () => unknown): RestoreRefusal {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RestoreRefusedError);
    return (error as RestoreRefusedError).refusal;
  }
  throw new Error('not refused');
}

const v1 = schemaVersions[0]!;
const header = (version: number, tables = Object.entries(schemaVersions[version - 1]!.stores)) => ({
  formatName: 'dexie',
  formatVersion: 1,
  data: { databaseName: 'keha', databaseVersion: version, tables: tables.map(([name, schema]) => ({ name, schema: schema.replace(/ /g, ''), rowCount: 0 })) },
});

describe('the header', () => {
  it('accepts every published version with exactly its tables', () => {
    for (const { version } of schemaVersions) expect(checkBackupMeta(header(version), schemaVersions).version).toBe(version);
  });

  it('refuses a newer version as such, before looking at its tables', () => {
    const supported = schemaVersions[schemaVersions.length - 1]!.version;
    expect(refusal(() => checkBackupMeta({ ...header(5), data: { ...header(5).data, databaseVersion: supported + 2, tables: 'x' } }, schemaVersions))).toEqual({
      kind: 'newer',
      version: supported + 2,
      supported,
    });
  });

  it('refuses another format, unknown or missing tables, a changed primary key and impossible counts', () => {
    expect(refusal(() => checkBackupMeta({ ...header(1), formatName: 'other' }, schemaVersions)).kind).toBe('notBackup');
    expect(refusal(() => checkBackupMeta(header(1, [...Object.entries(v1.stores), ['strangers', 'id']]), schemaVersions)).kind).toBe('notBackup');
    expect(refusal(() => checkBackupMeta(header(1, Object.entries(v1.stores).slice(1)), schemaVersions)).kind).toBe('notBackup');
    expect(refusal(() => checkBackupMeta(header(1, Object.entries(v1.stores).map(([name]) => [name, 'key'])), schemaVersions)).kind).toBe('notBackup');
    const negative = header(1);
    negative.data.tables[0]!.rowCount = -1;
    expect(refusal(() => checkBackupMeta(negative, schemaVersions)).kind).toBe('damaged');
    expect(refusal(() => checkBackupMeta(null, schemaVersions)).kind).toBe('notBackup');
  });
});

describe('rows', () => {
  it('revives the binary values exportBackup writes, deepest first', () => {
    const row = reviveRow({
      id: 'a',
      payload: { iv: { buffer: 'AQID', byteOffset: 1, length: 2 }, data: 'BAU=' },
      gone: 0,
      $types: { 'payload.iv': 'uint8array2', 'payload.iv.buffer': 'arraybuffer', 'payload.data': 'arraybuffer', gone: 'undef' },
    });
    const payload = row.payload as { iv: Uint8Array; data: ArrayBuffer };
    expect([...payload.iv]).toEqual([2, 3]);
    expect([...new Uint8Array(payload.data)]).toEqual([4, 5]);
    expect('gone' in row).toBe(false);
  });

  it('refuses any other kind of value, bad base64, out-of-range views and paths into prototypes', () => {
    expect(refusal(() => reviveRow({ a: 'x', $types: { a: 'date' } })).kind).toBe('damaged');
    expect(refusal(() => reviveRow({ a: 'not base64!', $types: { a: 'arraybuffer' } })).kind).toBe('damaged');
    expect(refusal(() => reviveRow({ a: { buffer: 'AQID', byteOffset: 2, length: 5 }, $types: { a: 'uint8array2', 'a.buffer': 'arraybuffer' } })).kind).toBe(
      'damaged',
    );
    expect(refusal(() => reviveRow({ a: {}, $types: { 'a.__proto__': 'undef' } })).kind).toBe('damaged');
    expect(refusal(() => reviveRow({ $types: { missing: 'arraybuffer' } })).kind).toBe('damaged');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('counts rows against the header: fewer is truncated, more is damaged', () => {
    const meta = { version: 1, tables: [{ name: 'settings', rowCount: 2 }] };
    const file = (rows: unknown[]) => JSON.stringify({ data: { databaseVersion: 1, data: [{ tableName: 'settings', inbound: true, rows }] } });
    expect(parseBackupText(file([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]), meta).settings).toHaveLength(2);
    expect(refusal(() => parseBackupText(file([{ key: 'a', value: '1' }]), meta)).kind).toBe('truncated');
    expect(refusal(() => parseBackupText(file([{}, {}, {}]), meta)).kind).toBe('damaged');
    const whole = file([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
    expect(refusal(() => parseBackupText(whole.slice(0, -3), meta)).kind).toBe('truncated');
  });

  it('checks the clear fields: unique keys and family codes, payload shapes, one vault header', () => {
    const vault = { id: 'vault', createdAt: '2026-01-01T00:00:00.000Z', format: 'keha-vault-v1', kdf: { salt: new Uint8Array(16) }, wrapIv: new Uint8Array(12), wrappedKey: new ArrayBuffer(40) };
    const payload = { iv: new Uint8Array(12), data: new ArrayBuffer(32) };
    const family = (id: string, code: string) => ({ id, code, status: 'active', createdAt: vault.createdAt, updatedAt: vault.createdAt, payload });
    expect(() => checkClearRows({ vault: [vault], families: [family('a', 'A-1'), family('b', 'B-1')] })).not.toThrow();
    expect(refusal(() => checkClearRows({ vault: [vault], families: [family('a', 'A-1'), family('a', 'B-1')] })).kind).toBe('damaged');
    expect(refusal(() => checkClearRows({ vault: [vault], families: [family('a', 'A-1'), family('b', 'A-1')] })).kind).toBe('damaged');
    expect(refusal(() => checkClearRows({ vault: [vault], families: [{ ...family('a', 'A-1'), payload: { iv: new Uint8Array(3), data: new ArrayBuffer(32) } }] })).kind).toBe(
      'damaged',
    );
    expect(refusal(() => checkClearRows({ vault: [], families: [] })).kind).toBe('noVault');
    expect(refusal(() => checkClearRows({ vault: [{ ...vault, wrapIv: 'x' }] })).kind).toBe('weakHeader');
  });
});
