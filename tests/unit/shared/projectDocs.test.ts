// Covers that the project explains itself: code comments under renderer/, shared/, electron/,
// tests/ and scripts/ point to the repository's own docs (docs/architecture.md, docs/domain.md),
// never to the team handbook outside the repository (ARCHITECTURE.md, DOMAIN.md, STYLE.md) and
// never to issue numbers; and every docs/….md a comment cites exists, with the section it names.
// Comments are found with the TypeScript parser (so strings, regular expressions and JSX text are
// not mistaken for comments); HTML files by their <!-- --> comments. This file is left out: it has
// to name what it forbids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const thisFile = relative(root, fileURLToPath(import.meta.url));
const scannedFolders = ['renderer', 'shared', 'electron', 'tests', 'scripts'];
const skippedFolders = new Set(['node_modules', 'out', 'dist', 'test-results', 'playwright-report']);
const scriptExtensions = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Every source file under the scanned folders, relative to the repository root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : sourceFiles(path);
    return scriptExtensions.test(entry.name) || entry.name.endsWith('.html') ? [path] : [];
  });
}

type Comment = { line: number; text: string };

/** The comments of a script, each with the line it starts on. */
function scriptComments(path: string, text: string): Comment[] {
  const kind = /\.(tsx|jsx)$/.test(path) ? ts.ScriptKind.TSX : /\.(js|mjs|cjs)$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, Comment>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.set(range.pos, { line: source.getLineAndCharacterOfPosition(range.pos).line + 1, text: text.slice(range.pos, range.end) });
    }
  };
  const visit = (node: ts.Node) => {
    // JSX text is not trivia: a "//" in it is text, not a comment.
    if (node.kind === ts.SyntaxKind.JsxText) return;
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  collect(ts.getLeadingCommentRanges(text, 0));
  visit(source);
  return [...seen.values()];
}

/** The <!-- --> comments of an HTML file. */
function htmlComments(text: string): Comment[] {
  return [...text.matchAll(/<!--[\s\S]*?-->/g)].map((match) => ({
    line: text.slice(0, match.index).split('\n').length,
    text: match[0],
  }));
}

const files = scannedFolders.flatMap(sourceFiles).filter((path) => path !== thisFile);
const comments = files.flatMap((path) => {
  const text = readFileSync(join(root, path), 'utf8');
  return (path.endsWith('.html') ? htmlComments(text) : scriptComments(path, text)).map((comment) => ({ path, ...comment }));
});

const handbookCitation = /\b(ARCHITECTURE|DOMAIN|STYLE)\.md\b/;
const issueCitation = /\bissues?[ -]#?\d/i;
const docsCitation = /\bdocs\/[\w./-]+?\.md\b/g;

describe('the project documents itself', () => {
  it('finds the source files and their comments', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(comments.length).toBeGreaterThan(1000);
    expect(files).not.toContain(thisFile);
  });

  it('has docs/architecture.md and docs/domain.md', () => {
    expect(existsSync(join(root, 'docs/architecture.md'))).toBe(true);
    expect(existsSync(join(root, 'docs/domain.md'))).toBe(true);
  });

  it('cites no handbook file (ARCHITECTURE.md, DOMAIN.md, STYLE.md) in a comment', () => {
    const found = comments.filter((comment) => handbookCitation.test(comment.text)).map((c) => `${c.path}:${c.line}`);
    expect(found).toEqual([]);
  });

  it('cites no issue number in a comment', () => {
    const found = comments.filter((comment) => issueCitation.test(comment.text)).map((c) => `${c.path}:${c.line}`);
    expect(found).toEqual([]);
  });

  it('cites only docs that exist', () => {
    const cited = comments.flatMap((comment) =>
      [...comment.text.matchAll(docsCitation)].map((match) => ({ where: `${comment.path}:${comment.line}`, doc: match[0] })),
    );
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter(({ doc }) => !existsSync(join(root, doc))).map(({ where, doc }) => `${where}: ${doc}`);
    expect(missing).toEqual([]);
  });

  it('names only sections the cited doc has ("docs/domain.md: Timeline")', () => {
    const sectionCitation = /\b(docs\/[\w./-]+?\.md): ([A-Z][\w ]*?)(?=[;,)\n]|\*\/|$)/g;
    const cited = comments.flatMap((comment) =>
      [...comment.text.matchAll(sectionCitation)].map((match) => ({
        where: `${comment.path}:${comment.line}`,
        doc: match[1]!,
        section: match[2]!.trim(),
      })),
    );
    expect(cited.length).toBeGreaterThan(0);
    const unknown = cited.filter(({ doc, section }) => {
      if (!existsSync(join(root, doc))) return false; // reported by the test above
      const headings = readFileSync(join(root, doc), 'utf8').match(/^#{2,3} .+$/gm) ?? [];
      return !headings.some((heading) => heading.replace(/^#+ /, '').startsWith(section));
    });
    expect(unknown.map(({ where, doc, section }) => `${where}: ${doc}: ${section}`)).toEqual([]);
  });
});
