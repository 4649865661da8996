// Every free-text control in the renderer keeps what is typed out of the browser's autofill and
// form-restore files: it is one of the shared field components (renderer/src/components/TextField.tsx)
// or the passphrase field, and those set autocomplete="off" on the element itself. Read from the
// source with TypeScript's own parser, so a new screen with a raw <input> or <textarea> fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const rendererSource = join(root, 'renderer/src');
/** The only files that may hold a raw free-text element: the shared field components. */
const fieldComponentFiles = ['renderer/src/components/TextField.tsx', 'renderer/src/vault/PassphraseField.tsx'];
/** Input types that take no free text (anything else, or a type chosen at run time, counts as text). */
const nonTextTypes = new Set(['checkbox', 'radio', 'date', 'time', 'datetime-local', 'month', 'week', 'file', 'range', 'color', 'number', 'hidden', 'submit', 'button', 'reset', 'image']);

type Finding = { file: string; line: number; tag: string; inFieldComponent: boolean; autoCompleteOff: boolean };

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

function attribute(attributes: ts.JsxAttributes, name: string): ts.JsxAttribute | undefined {
  return attributes.properties.find((property): property is ts.JsxAttribute => ts.isJsxAttribute(property) && property.name.getText() === name);
}

/** The attribute's value when it is a string literal ("x" or {'x'}); null when computed; undefined when absent. */
function literalValue(attr: ts.JsxAttribute | undefined): string | null | undefined {
  if (!attr) return undefined;
  const init = attr.initializer;
  if (!init) return null;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)) return init.expression.text;
  return null;
}

/** Free-text <input>/<textarea> elements written in a source file, with what the rule needs to know. */
export function freeTextElements(fileName: string, source: string): Finding[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const file = relative(root, fileName).split('\\').join('/');
  const found: Finding[] = [];
  function visit(node: ts.Node) {
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : null;
    if (opening) {
      const tag = opening.tagName.getText();
      const type = literalValue(attribute(opening.attributes, 'type'));
      const textLike = tag === 'textarea' || (tag === 'input' && (typeof type !== 'string' || !nonTextTypes.has(type.toLowerCase())));
      if (textLike) {
        found.push({
          file,
          line: sourceFile.getLineAndCharacterOfPosition(opening.getStart()).line + 1,
          tag,
          inFieldComponent: fieldComponentFiles.includes(file),
          autoCompleteOff: literalValue(attribute(opening.attributes, 'autoComplete')) === 'off',
        });
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sourceFile);
  return found;
}

const all = tsxFiles(rendererSource).flatMap((path) => freeTextElements(path, readFileSync(path, 'utf8')));
const where = (finding: Finding) => `${finding.file}:${finding.line} <${finding.tag}>`;

describe('free-text fields keep typed text out of the browser profile', () => {
  it('finds the shared components themselves (the scan sees what it should)', () => {
    expect(all.filter((finding) => finding.inFieldComponent).map((finding) => `${finding.file} <${finding.tag}>`).sort()).toEqual(
      [
        'renderer/src/components/TextField.tsx <input>',
        'renderer/src/components/TextField.tsx <input>',
        'renderer/src/components/TextField.tsx <textarea>',
        'renderer/src/components/TextField.tsx <textarea>',
        'renderer/src/vault/PassphraseField.tsx <input>',
      ].sort(),
    );
  });

  it('no screen writes a raw text <input> or <textarea>: it uses TextField, TextInput, TextArea or PassphraseField', () => {
    expect(all.filter((finding) => !finding.inFieldComponent).map(where).join('\n')).toBe('');
  });

  it('every free-text element sets autoComplete="off" on itself', () => {
    expect(all.filter((finding) => !finding.autoCompleteOff).map(where).join('\n')).toBe('');
  });

  it.each([
    ['<textarea value={x} />', 1],
    ['<input value={x} />', 1],
    ['<input type="search" autoComplete="off" />', 1],
    ['<input type={shown ? "text" : "password"} />', 1],
    ['<input type="checkbox" />', 0],
    ['<input type={"radio"} />', 0],
    ['<input type="date" />', 0],
    ['<TextInput value={x} />', 0],
  ])('the scan counts %s as %i free-text element(s)', (source, count) => {
    expect(freeTextElements(join(rendererSource, 'x/Example.tsx'), `export const a = ${source};`)).toHaveLength(count);
  });

  it('marks a raw element without autoComplete="off" as failing', () => {
    const [finding] = freeTextElements(join(rendererSource, 'x/Example.tsx'), 'export const a = <textarea autoComplete="on" />;');
    expect(finding).toMatchObject({ inFieldComponent: false, autoCompleteOff: false });
  });
});
