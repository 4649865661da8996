// Every English text key (shared/i18n/en.ts and its sections) is used by the code: a key nothing
// names is dead text that translators still maintain. And the other way round, every key the code
// passes to t() exists, so a mistyped key fails here even where `t` is not typed
// (renderer/src/i18n/keys.ts types it where `useText()` is used). A key counts as used when its dotted name
// appears as a string in the sources (renderer/src, shared, electron; plural forms `_one`/`_other`
// count as their base key) or is read as a property path (`en.templates.editor.newRole`), when it
// fits a key the code builds from a template literal, such as t(`hypotheses.status.${status}`),
// where each `${…}` stands for one segment of the name, or when its section is read as a whole object
// (listed below).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';

/** Source folders that may name a text key; the text files themselves are not sources of use. */
const roots = ['renderer/src', 'shared', 'electron'];
const textFiles = /^shared\/i18n\/(en|fi)\.ts$|^shared\/i18n\/sections\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

function flatten(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? flatten(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const sources = roots
  .flatMap((root) => sourceFiles(resolve(root)))
  .filter((path) => !textFiles.test(relative(resolve('.'), path).split('\\').join('/')))
  .map((path) => readFileSync(path, 'utf8'));
const allSource = sources.join('\n');
const sections = new Set(Object.keys(en));

/** Keys built from template literals, e.g. `run.${texts}.none`, as patterns over whole key names. */
export const dynamicKeyPatterns: RegExp[] = [
  ...new Set(
    [...allSource.matchAll(/`([a-zA-Z]+\.[^`\s]*\$\{[^`]*)`/g)]
      .map((match) => match[1]!)
      .filter((template) => sections.has(template.split('.')[0]!)),
  ),
].map(patternOf);

/** A template literal's key as a pattern over whole key names, each `${…}` one segment. */
function patternOf(template: string): RegExp {
  const parts = template.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/);
  return new RegExp(`^${parts.map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^.]+')}$`);
}

/** Sections the code reads as whole objects rather than key by key. */
const readAsObjects = [
  // electron/main/appMenu.ts builds the desktop menu from shellFi/shellEn.menu before i18next exists.
  'shell.menu.',
];

/** Every quoted name and every `en.`/`fi.` property path in the sources. */
const named = new Set([
  ...[...allSource.matchAll(/(['"`])([a-zA-Z][\w.]*)\1/g)].map((match) => match[2]!),
  ...[...allSource.matchAll(/\b(?:en|fi)\.([a-zA-Z][\w.]*)/g)].map((match) => match[1]!),
]);

const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const used = (key: string) =>
  named.has(key) || readAsObjects.some((prefix) => key.startsWith(prefix)) || dynamicKeyPatterns.some((pattern) => pattern.test(key));

describe('text keys', () => {
  it('finds the keys the code builds from template literals', () => {
    expect(dynamicKeyPatterns.some((pattern) => pattern.test('hypotheses.status.active'))).toBe(true);
  });

  it('has no key that nothing uses', () => {
    const unused = [...new Set(flatten(en).map(baseKey))].filter((key) => !used(key));
    expect(unused).toEqual([]);
  });

  it('names no key in t() that does not exist', () => {
    const keys = new Set(flatten(en).flatMap((key) => [key, baseKey(key)]));
    const called = [...allSource.matchAll(/\bt\(\s*(['"])([a-zA-Z][\w.]*)\1/g)].map((match) => match[2]!);
    expect([...new Set(called)].filter((key) => key.includes('.') && !keys.has(key))).toEqual([]);
    // A key built in a t() call fits at least one key.
    const built = [...allSource.matchAll(/\bt\(\s*`([a-zA-Z]+\.[^`\s]*\$\{[^`]*)`/g)].map((match) => match[1]!);
    const fitsNone = built.filter((template) => !dynamicKeyPatterns.some((pattern) => pattern.source === patternOf(template).source && [...keys].some((key) => pattern.test(key))));
    expect(fitsNone).toEqual([]);
  });
});
