// Covers the screens' write path (docs/architecture.md: Writes: commands): no component (.tsx under
// renderer/src) imports a repository — screens call the commands in renderer/src/db/commands/ — and
// nothing under renderer/src/db/ imports the app frame (renderer/src/app/). Module specifiers are
// read with TypeScript's pre-processor (imports, re-exports and dynamic imports) and resolved
// against the importing file, so a comment that merely names a path does not count.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const renderer = join(root, 'renderer/src');

/** Every .ts/.tsx file under `folder` (absolute paths). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The modules `path` imports, as paths relative to renderer/src (relative specifiers only). */
function importedModules(path: string): string[] {
  // TypeScript's own pre-processor: imports, re-exports and dynamic imports, without a full parse.
  const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
  return importedFiles
    .map((file) => file.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(renderer, resolve(dirname(path), specifier)));
}

/** `file: module` for each import of `files` that `forbidden` matches. */
function offending(files: string[], forbidden: (module: string) => boolean): string[] {
  return files.flatMap((file) => importedModules(file).filter(forbidden).map((module) => `${relative(root, file)}: ${module}`));
}

describe('the write path', () => {
  const files = sourceFiles(renderer);

  it('finds the components and the database code it checks', () => {
    expect(files.filter((file) => file.endsWith('.tsx')).length).toBeGreaterThan(100);
    expect(importedModules(join(renderer, 'db/commands/familyCommands.ts'))).toContain('db/repositories/familyRepository');
  });

  it('no component imports a repository: screens call commands', () => {
    expect(offending(files.filter((file) => file.endsWith('.tsx')), (module) => module.startsWith('db/repositories/'))).toEqual([]);
  });

  it('nothing in db/ imports the app frame', () => {
    expect(offending(files.filter((file) => file.startsWith(join(renderer, 'db') + '/')), (module) => module.startsWith('app/'))).toEqual([]);
  });
});
