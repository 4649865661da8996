// What the renderer loads before the vault is unlocked stays small: the entry script of index.html
// and the chunks it imports statically (renderer/src/app/lazyScreens.tsx loads the rest later). Reads
// the build's manifest (electron.vite.config.ts), so it measures the last `npx electron-vite build`;
// without a build it is skipped, saying so. Budget set from the measurement when the screens after
// unlock were split off: 837 kB, 887 kB with the registries (before: one 1,640 kB script), 974 kB
// with the texts of the time slot, agenda changes, quick round, continuity, safety round and entry
// drafts, 1,005 kB with the texts of sync (status, joining, conflicts) and of this computer's member
// (every text of both languages is loaded before unlock; loading a screen's texts with its chunk is
// the way to win that back). PouchDB and the sync engine are chunks of their own, loaded only to sync.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const budgetBytes = 1040 * 1000;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const outDir = process.env.KEHA_RENDERER_OUT ? resolve(process.env.KEHA_RENDERER_OUT) : resolve('out/renderer');
const manifestPath = join(outDir, '.vite', 'manifest.json');
const built = existsSync(manifestPath);

/** The entry chunk of index.html and every chunk reachable from it through static imports. */
function loadedBeforeUnlock(manifest: Record<string, ManifestChunk>): ManifestChunk[] {
  const seen = new Map<string, ManifestChunk>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.set(key, chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...seen.values()];
}

describe('the script loaded before unlock', () => {
  it.skipIf(!built)(`is under ${budgetBytes / 1000} kB (skipped without a build: run npx electron-vite build)`, () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const chunks = loadedBeforeUnlock(manifest);
    expect(chunks[0]?.isEntry).toBe(true);
    const files = chunks.map((chunk) => chunk.file).filter((file) => file.endsWith('.js'));
    const bytes = files.reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0);
    expect({ files, bytes: bytes <= budgetBytes ? 'within budget' : bytes }).toEqual({ files, bytes: 'within budget' });
  });

  it.skipIf(!built)('leaves the app shell to a chunk of its own, loaded after unlock', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const before = new Set(loadedBeforeUnlock(manifest).map((chunk) => chunk.file));
    const shell = Object.entries(manifest).find(([key]) => key.endsWith('src/app/AppShell.tsx'));
    expect(shell).toBeDefined();
    expect(before.has(shell![1].file)).toBe(false);
  });
});
