// Unit tests for packaging (electron-builder.config.ts, electron/fuses.ts): the builder config
// applies exactly Kehä's fuse table; electron-builder's own fuse step, run with that config on a
// stand-in fuse wire (the sentinel and wire layout of a real Electron binary), leaves exactly those
// fuses; and where `npm run package` has made a packaged Kehä in dist/, its binary's fuses are read
// back with @electron/fuses. That last test is skipped, with its reason, where there is none: the
// Electron runtime cannot be downloaded on an offline machine, so packaging cannot run there.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { LinuxPackager } from 'electron-builder';
import { describe, expect, it } from 'vitest';

import config from '../../../electron-builder.config';
import { builderFuses, kehaFuses, type FuseV1Name } from '../../../electron/fuses';

const fuseNames = Object.keys(kehaFuses) as FuseV1Name[];

/** What each fuse should read back as in a binary, from the table. */
const expectedWire = () =>
  Object.fromEntries(fuseNames.map((name) => [FuseV1Options[name], kehaFuses[name] ? FuseState.ENABLE : FuseState.DISABLE]));

/** The fuse states of a wire read back, by FuseV1Options index. */
const statesOf = (wire: Record<string, unknown>) =>
  Object.fromEntries(fuseNames.map((name) => [FuseV1Options[name], wire[FuseV1Options[name]]]));

/** A file laid out as an Electron binary's fuse wire: sentinel, version, length, one byte per fuse (Electron's defaults). */
const standInBinary = (): string => {
  const defaults = [FuseState.ENABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE];
  // Plain bytes, not Buffer: the PouchDB typings the sync tests load declare a global Buffer of their own.
  const text = (value: string) => new TextEncoder().encode(value);
  const parts = [text('\u0000'.repeat(64) + 'padding before'), text(SENTINEL), Uint8Array.from([Number(FuseVersion.V1), defaults.length, ...defaults]), text('padding after' + '\u0000'.repeat(64))];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (bytes.set(part, offset), offset + part.length), 0);
  const file = join(mkdtempSync(join(tmpdir(), 'keha-fuses-')), 'keha');
  writeFileSync(file, bytes);
  return file;
};

/** The packaged binary `npm run package` leaves in dist/, if any (Linux, Windows or macOS layout). */
const packagedBinary = (): string | null => {
  const dist = resolve('dist');
  if (!existsSync(dist)) return null;
  for (const entry of readdirSync(dist)) {
    for (const candidate of [join(dist, entry, 'keha'), join(dist, entry, 'keha.exe'), join(dist, entry, 'Kehä.app')]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
};

describe('packaging', () => {
  it('turns GrantFileProtocolExtraPrivileges off now that the app is served from app://keha', () => {
    expect(kehaFuses.GrantFileProtocolExtraPrivileges).toBe(false);
  });

  it('gives electron-builder exactly the fuse table, every fuse set explicitly', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.electronFuses).toEqual(builderFuses(kehaFuses));
    expect(Object.keys(config.electronFuses ?? {})).toHaveLength(Object.keys(FuseV1Options).length / 2);
  });

  it('packs the built app in an asar and nothing but out/ and package.json', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']));
    for (const pattern of (config.files as string[]).filter((entry) => !entry.startsWith('!'))) {
      expect(pattern.startsWith('out/') || pattern === 'package.json', pattern).toBe(true);
    }
  });

  it('flips exactly the table on a fuse wire, the way electron-builder does', async () => {
    const binary = standInBinary();
    const fuseConfig = await LinuxPackager.prototype['generateFuseConfig'].call({}, config.electronFuses!);
    await flipFuses(binary, { ...fuseConfig, strictlyRequireAllFuses: true });
    const wire = await getCurrentFuseWire(binary);
    expect(wire.version).toBe(FuseVersion.V1);
    expect(statesOf(wire)).toEqual(expectedWire());
  });

  const binary = packagedBinary();
  it.skipIf(binary === null)(
    binary === null
      ? 'reads the fuses back from the packaged binary (skipped: no packaged Kehä in dist/; `npm run package` needs the Electron runtime, which cannot be downloaded on this machine)'
      : `reads the fuses back from the packaged binary ${binary}`,
    async () => {
      const wire = await getCurrentFuseWire(binary!);
      expect(statesOf(wire)).toEqual(expectedWire());
    },
  );
});
