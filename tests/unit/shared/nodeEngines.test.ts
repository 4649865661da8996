// The Node.js versions the project says it runs on (package.json `engines.node`, README:
// prerequisites) must be ones every installed package accepts: otherwise `npm ci` warns
// (EBADENGINE) and a tool may use what that Node lacks. An upgrade to a package that drops one of
// these Node versions fails here, before anyone's install starts warning. Reads package-lock.json,
// which records each package's own `engines`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
}

const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(file), 'utf8')) as T;
const pkg = read<{ engines?: { node?: string } }>('package.json');
const lock = read<{ packages: Record<string, LockEntry> }>('package-lock.json');
const declared = pkg.engines?.node ?? '';

/** Each locked package with an `engines.node` range, as `name@version` -> range. */
const nodeRanges = (): [string, string][] =>
  Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, entry]) => {
      const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      return range ? [[`${name}@${entry.version ?? '?'}`, range] as [string, string]] : [];
    });

describe('Node.js engines', () => {
  it('declares the Node.js versions the project runs on', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    // The Node the machines have today (20.19 or later, with require(esm)) and the next LTS lines.
    for (const version of ['20.19.0', '22.13.0', '24.0.0']) expect(semver.satisfies(version, declared)).toBe(true);
  });

  it('is accepted by every installed package', () => {
    const ranges = nodeRanges();
    expect(ranges.length).toBeGreaterThan(50);
    const refusing = ranges.filter(([, range]) => !semver.subset(declared, range, { includePrerelease: false }));
    expect(refusing.map(([id, range]) => `${id} wants node ${range}`)).toEqual([]);
  });

  it('refuses a package that dropped Node 20, as a future upgrade might', () => {
    expect(semver.subset(declared, '>=22.12.0')).toBe(false);
  });
});
