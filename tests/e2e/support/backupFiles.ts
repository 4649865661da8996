// Writes a large, valid Kehä backup file in Node for the restore tests that need one (a restore long
// enough to kill the browser in the middle of it): the vault and every family encrypted with the
// app's own vault code (renderer/src/vault/vaultCrypto.ts, WebCrypto), in dexie-export-import's
// format as exportBackup writes it (binary values as base64 with `$types` notes).
import { writeFile } from 'node:fs/promises';
import { schemaVersions } from '../../../renderer/src/db/database';
import { createVault, encryptRecord } from '../../../renderer/src/vault/vaultCrypto';

const base64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64');
const view = (bytes: Uint8Array) => ({ buffer: base64(bytes), byteOffset: 0, length: bytes.byteLength });

/** A backup with `families` families, each with notes of `noteChars` characters; returns the family codes' prefix. */
export async function writeLargeBackup(path: string, passphrase: string, families: number, noteChars: number): Promise<{ codePrefix: string }> {
  const current = schemaVersions[schemaVersions.length - 1]!;
  const { header, dataKey } = await createVault(passphrase);
  const at = '2026-11-30T09:00:00.000Z';
  const codePrefix = 'SUURI';
  const rows: Record<string, unknown[]> = Object.fromEntries(Object.keys(current.stores).map((table) => [table, []]));
  rows.vault = [
    {
      id: 'vault',
      createdAt: at,
      format: header.format,
      kdf: { name: header.kdf.name, hash: header.kdf.hash, iterations: header.kdf.iterations, salt: view(header.kdf.salt) },
      wrapIv: view(header.wrapIv),
      wrappedKey: base64(header.wrappedKey),
      $types: { 'kdf.salt': 'uint8array2', 'kdf.salt.buffer': 'arraybuffer', wrapIv: 'uint8array2', 'wrapIv.buffer': 'arraybuffer', wrappedKey: 'arraybuffer' },
    },
  ];
  const sealedTypes = { 'payload.iv': 'uint8array2', 'payload.iv.buffer': 'arraybuffer', 'payload.data': 'arraybuffer' };
  const team = await encryptRecord(dataKey, 'team', 'team', { name: 'Suuri tiimi', demo: false });
  rows.team = [{ id: 'team', updatedAt: at, payload: { iv: view(team.iv), data: base64(team.data) }, $types: sealedTypes }];
  const notes = 'Pitkä muistiinpano. '.repeat(Math.ceil(noteChars / 20)).slice(0, noteChars);
  const familyRows: unknown[] = [];
  for (let start = 0; start < families; start += 500) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(500, families - start) }, async (_, offset) => {
        const index = start + offset;
        const id = `family-${index.toString().padStart(6, '0')}`;
        const payload = await encryptRecord(dataKey, 'families', id, { label: `Perhe ${index}`, responsibleMemberId: null, children: [], notes });
        return {
          id,
          code: `${codePrefix}-${index}`,
          status: 'active',
          demo: 0,
          createdAt: at,
          updatedAt: at,
          payload: { iv: view(payload.iv), data: base64(payload.data) },
          $types: sealedTypes,
        };
      }),
    );
    familyRows.push(...batch);
  }
  rows.families = familyRows;
  const file = {
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'keha',
      databaseVersion: current.version,
      tables: Object.entries(current.stores).map(([name, spec]) => ({ name, schema: spec.replace(/\s+/g, ''), rowCount: rows[name]!.length })),
      data: Object.keys(current.stores).map((name) => ({ tableName: name, inbound: true, rows: rows[name] })),
    },
  };
  await writeFile(path, JSON.stringify(file));
  return { codePrefix };
}
