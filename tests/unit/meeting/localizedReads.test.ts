// A team may write its template in one language only, and the other language then shows that text
// (`localized` in shared/meeting/template.ts). A screen that reads `name[language]` directly shows an
// empty heading instead: this test finds such reads anywhere in the app's code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

describe('template texts', () => {
  it('are read through localized() everywhere, never as name[language]', () => {
    const direct = /\.(name|purpose)\[(language|lang)\]/;
    const found = ['renderer/src', 'shared', 'electron'].flatMap((folder) =>
      sourceFiles(join(root, folder)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (direct.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : [])),
      ),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
});
