// Covers tests/fixtures/dbFixtures/generate.mjs, the one generator of the frozen database fixtures
// (docs/architecture.md: How to add a schema version): every published schema version has its
// version module, and the generator reproduces every frozen fixture byte for byte from them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaVersions } from '../../../renderer/src/db/database';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const generator = 'tests/fixtures/dbFixtures/generate.mjs';

describe('the database fixtures', () => {
  it('have one version module and one frozen fixture per published schema version', () => {
    const numbers = (pattern: RegExp, dir: string) =>
      readdirSync(new URL(dir, new URL('../../../', import.meta.url)))
        .map((name) => pattern.exec(name)?.[1])
        .filter((found) => found !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
    const published = schemaVersions.map((entry) => entry.version);
    expect(numbers(/^v(\d+)\.mjs$/, 'tests/fixtures/dbFixtures/')).toEqual(published);
    expect(numbers(/^db-v(\d+)\.ts$/, 'tests/fixtures/')).toEqual(published);
  });

  it('are reproduced byte for byte by the one generator', () => {
    const output = execFileSync(process.execPath, [generator, '--check'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toContain('every frozen fixture is reproduced byte for byte');
  });
});
