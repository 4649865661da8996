// Covers the layers and their import rules (docs/architecture.md: Layers), read with TypeScript's
// own parser (ts.preProcessFile: static and dynamic imports, `import type`, re-exports, style sheets):
// - shared/ imports nothing from renderer/ or electron/, and no React, Dexie or Electron;
// - electron/ imports nothing from renderer/;
// - the renderer's base layers (components/, db/, i18n/, platform/) never import app/, bench/ or a
//   feature folder (two vault modules excepted, listed below with why);
// - a feature imports another feature only through its public index.ts, and only for the pairs
//   listed below, each with why; a pair nothing uses any more fails too, so the list stays short;
//   no feature imports bench/.
// Every folder of renderer/src/ must be named here as a feature, a base layer or an entry point.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const rendererSource = 'renderer/src';

/** One folder per area of the app; they use one another only through an index.ts. */
const features = ['backup', 'carePeriod', 'families', 'genogram', 'hypotheses', 'meetings', 'networkMap', 'settings', 'sync', 'team', 'templates', 'threeHouses', 'timeline', 'vault'];
/** Below every feature: what any screen may use. They never import app/, bench/ or a feature. */
const baseLayers = ['components', 'db', 'i18n', 'platform'];
/** Where the app is put together (app/: the frame, router and screens; bench/: the measuring pages): they may import anything. */
const entryPoints = ['app', 'bench'];

/**
 * Which feature may use which, through the other's index.ts, and why. Keep it short: a piece two
 * features need that belongs to neither goes into components/ (or shared/ when it is pure).
 */
const allowedFeaturePairs: Record<string, string> = {
  'families -> meetings': 'the family list offers to go back to a meeting that is running',
  'families -> hypotheses': "the family page links to the family's hypotheses",
  'families -> carePeriod': "the family page shows the family's care period",
  'meetings -> hypotheses': "the facilitator's hypotheses panel edits with the hypothesis editor",
  'meetings -> genogram': "the genogram's panel in the run and its drawing on the room's screen",
  'meetings -> timeline': "the timeline panel in the run and the chart on the room's screen",
  'meetings -> threeHouses': "the room's screen shows a child's houses",
  'meetings -> networkMap': "the network map's panel in the run and its section on the room's screen",
  'meetings -> carePeriod': "the care period's goals and reflecting-team panels in the run, goal ratings on the room's screen",
  'carePeriod -> meetings': 'those two panels read the run context of the meeting they are shown in',
  'meetings -> vault': 'a window running a meeting can be kept open through the idle lock',
  'templates -> meetings': 'the template editor labels roles and moves phases as the planner does',
  'threeHouses -> vault': "the worker leaves the child's mode with the passphrase",
  'networkMap -> threeHouses': "the family's view of a network map is locked and left like the child's mode (its lock and WorkerExit)",
  'settings -> backup': 'the settings page holds the backup and restore sections',
  'settings -> vault': 'changing the passphrase and renewing the key',
  'backup -> vault': "a restore asks for the backup's passphrase and locks every window after it",
  'vault -> backup': 'the first-start and unlock screens offer a restore and say when one was made',
  'vault -> sync': 'the first-start screen offers to join a team (the join screen itself loads lazily through app/lazyScreens)',
  'sync -> vault': "the join screen is a first screen (VaultForm), asks for the team's passphrase (PassphraseField) and opens the server's vault header with it",
  'settings -> sync': 'the Team server section connects and disconnects, with the server fields and status words of the sync screens',
};

/**
 * Modules in a feature folder that the base layers use directly, and why: the vault's lower half
 * (its key and encryption, and the lock every window obeys), kept beside the screens that open it.
 */
const baseModulesInFeatures: Record<string, string> = {
  'renderer/src/vault/vaultCrypto.ts': 'db/ seals and opens every record with the vault key (docs/architecture.md: Data)',
  'renderer/src/vault/lockSignal.ts': 'autosave registers its writes so that a lock waits for them',
};

/**
 * Temporary exceptions: modules of app/ that a base layer may still import while they move down
 * (the test fails once an entry is no longer used). Empty: the session context and the
 * storage-error text now live in db/.
 */
const temporaryBaseImportsOfApp: string[] = [];

/** Packages shared/ must not use: it is pure TypeScript, run by the renderer, the shell and the tests alike. */
const packagesNotInShared = /^(react|react-dom|react-[\w-]+|dexie|dexie-[\w-]+|electron)(\/|$)/;

const scannedFolders = ['shared', 'electron', rendererSource];
const skippedFolders = new Set(['node_modules', 'out', 'dist']);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(folder, entry.name);
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

type Import = { from: string; specifier: string; line: number; target: string | null };

/** A relative specifier as the file it names (repository-relative), trying what the bundler tries. */
function resolveTarget(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  const base = relative(root, resolve(root, dirname(from), bare)).split('\\').join('/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) ?? base;
}

function importsOf(path: string): Import[] {
  const text = readFileSync(join(root, path), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((file) => {
    const line = text.slice(0, file.pos).split('\n').length;
    const relativeSpecifier = file.fileName.startsWith('.');
    return { from: path, specifier: file.fileName, line, target: relativeSpecifier ? resolveTarget(path, file.fileName) : null };
  });
}

type Place =
  | { kind: 'shared' | 'electron' | 'root' | 'elsewhere' }
  | { kind: 'feature' | 'base' | 'entry' | 'unlisted'; folder: string };

function placeOf(path: string): Place {
  if (path.startsWith('shared/')) return { kind: 'shared' };
  if (path.startsWith('electron/')) return { kind: 'electron' };
  if (!path.startsWith(`${rendererSource}/`)) return { kind: 'elsewhere' };
  const parts = path.slice(rendererSource.length + 1).split('/');
  if (parts.length === 1) return { kind: 'root' };
  const folder = parts[0]!;
  if (features.includes(folder)) return { kind: 'feature', folder };
  if (baseLayers.includes(folder)) return { kind: 'base', folder };
  if (entryPoints.includes(folder)) return { kind: 'entry', folder };
  return { kind: 'unlisted', folder };
}

const files = scannedFolders.flatMap(sourceFiles);
const imports = files.flatMap(importsOf);
const usedPairs = new Set<string>();
const usedTemporary = new Set<string>();

/** What rule an import breaks, or null. */
function brokenRule(entry: Import): string | null {
  const from = placeOf(entry.from);
  if (entry.target === null) {
    if (from.kind === 'shared' && packagesNotInShared.test(entry.specifier)) return 'shared/ is pure TypeScript: no React, Dexie or Electron';
    return null;
  }
  const to = placeOf(entry.target);
  if (from.kind === 'shared' && to.kind !== 'shared') return 'shared/ imports nothing from renderer/ or electron/';
  if (from.kind === 'electron' && to.kind !== 'shared' && to.kind !== 'electron') return 'electron/ imports only electron/ and shared/';
  if (from.kind === 'base' && (to.kind === 'feature' || to.kind === 'entry')) {
    if (baseModulesInFeatures[entry.target]) return null;
    if (temporaryBaseImportsOfApp.includes(entry.target)) {
      usedTemporary.add(entry.target);
      return null;
    }
    return `${from.folder}/ is a base layer and never imports ${to.folder}/ (app/, bench/ and the features sit above it)`;
  }
  if (from.kind === 'feature' && to.kind === 'entry' && to.folder === 'bench') return 'bench/ holds the measuring pages: no feature imports it';
  if (from.kind === 'feature' && to.kind === 'feature' && from.folder !== to.folder) {
    const pair = `${from.folder} -> ${to.folder}`;
    if (!allowedFeaturePairs[pair]) return `${pair} is not an allowed pair of features (allowedFeaturePairs in this test)`;
    usedPairs.add(pair);
    if (entry.target !== `${rendererSource}/${to.folder}/index.ts`) return `a feature uses another only through its index: import from '…/${to.folder}'`;
  }
  return null;
}

const violations = imports.flatMap((entry) => {
  const rule = brokenRule(entry);
  return rule ? [`${entry.from}:${entry.line} imports '${entry.specifier}' (${entry.target ?? 'package'}): ${rule}`] : [];
});

describe('the import graph (docs/architecture.md: Layers)', () => {
  it('reads the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(imports.filter((entry) => entry.target !== null).length).toBeGreaterThan(1000);
    expect(files).toContain('renderer/src/db/database.ts');
  });

  it('names every folder of renderer/src as a feature, a base layer or an entry point', () => {
    const folders = readdirSync(join(root, rendererSource), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const unlisted = folders.filter((folder) => ![...features, ...baseLayers, ...entryPoints].includes(folder));
    expect(unlisted.map((folder) => `${rendererSource}/${folder}/ is in no list of tests/unit/shared/importGraph.test.ts`)).toEqual([]);
  });

  it('breaks no import rule', () => {
    expect(violations).toEqual([]);
  });

  it('allows only pairs of features that are used', () => {
    const unused = Object.keys(allowedFeaturePairs).filter((pair) => !usedPairs.has(pair));
    expect(unused.map((pair) => `allowedFeaturePairs has '${pair}', which nothing imports any more: remove it`)).toEqual([]);
  });

  it('keeps a temporary allowance only while it is used', () => {
    const unused = temporaryBaseImportsOfApp.filter((target) => !usedTemporary.has(target));
    expect(unused.map((target) => `temporaryBaseImportsOfApp has '${target}', which no base layer imports any more: remove it`)).toEqual([]);
  });

  it('gives each feature that others import an index.ts', () => {
    const imported = new Set([...usedPairs].map((pair) => pair.split(' -> ')[1]!));
    const missing = [...imported].filter((feature) => !existsSync(join(root, rendererSource, feature, 'index.ts')));
    expect(missing).toEqual([]);
  });
});
