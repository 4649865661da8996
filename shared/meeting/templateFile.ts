// Template files: how a meeting template travels between teams. Export writes the
// template as JSON in the import schema; import reads a file the user picked, which is untrusted
// input, and answers either the template or every problem found, each with its place in the file,
// so one message can list them all and nothing is saved.
import type { ValidationIssue } from '../validation';
import { localized, validateTemplate, type MeetingTemplate } from './template';

export const templateFileLimits = {
  /** A template of 40 phases with every prompt filled is about 150 KB; anything far bigger is not a template. */
  maxBytes: 512 * 1024,
} as const;

/** Translation keys of the problems with the file itself (template issues come from template.ts). */
export const templateFileIssueKeys = {
  /** Values: size, max (in kB). */
  tooLarge: 'validation.templateFileTooLarge',
  /** Values: line, column (1-based; 0 when the parser did not say). */
  notJson: 'validation.templateFileNotJson',
  empty: 'validation.templateFileEmpty',
} as const;

/**
 * What reading a file answers: the template, or every problem; a refused file that was JSON also
 * gives its parsed `content`, so messages can name the places (a phase by its name).
 */
export type TemplateFileReading = { ok: true; value: MeetingTemplate } | { ok: false; issues: ValidationIssue[]; content?: unknown };

/**
 * Reads an import file's text. `byteSize` is the file's size as the file picker reports it, checked
 * before parsing so a huge file is refused without reading it into a structure.
 */
export function readTemplateFile(text: string, byteSize: number): TemplateFileReading {
  if (byteSize > templateFileLimits.maxBytes) {
    return refuse({
      key: templateFileIssueKeys.tooLarge,
      values: { path: '', size: Math.ceil(byteSize / 1024), max: templateFileLimits.maxBytes / 1024 },
    });
  }
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return refuse({ key: templateFileIssueKeys.empty, values: { path: '' } });
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    const { line, column } = jsonErrorPlace(source, error);
    return refuse({ key: templateFileIssueKeys.notJson, values: { path: '', line, column } });
  }
  const result = validateTemplate(input);
  return result.ok ? result : { ...result, content: input };
}

/** The text of an export file: the template as indented JSON, ending in a newline. */
export function templateFileText(template: MeetingTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

/** A file name for the export: "kehä-pohja-viikkokokous.json" style, from the name in `language`. */
export function templateFileName(template: MeetingTemplate, language: 'fi' | 'en'): string {
  const slug = localized(template.name, language)
    .toLocaleLowerCase(language)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const prefix = language === 'fi' ? 'keha-pohja' : 'keha-template';
  return `${prefix}${slug ? `-${slug}` : ''}.json`;
}

function refuse(issue: ValidationIssue): TemplateFileReading {
  return { ok: false, issues: [issue] };
}

/**
 * Where JSON.parse gave up, as a 1-based line and column ({0, 0} when it cannot be told). V8 says
 * "… at position N (line L column C)", or "Unexpected token 'x', …"excerpt"… is not valid JSON"
 * where the excerpt starts ten characters before the token when it is cut ("…"); unexpected end of
 * input is placed at the end of the text.
 */
export function jsonErrorPlace(source: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  let offset = position ? Number(position[1]) : /end of (JSON )?input/i.test(message) ? source.length : tokenOffset(source, message);
  if (offset < 0 || offset > source.length) return { line: 0, column: 0 };
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The offset of V8's "Unexpected token 'x', "excerpt" is not valid JSON" in the source, or -1. */
function tokenOffset(source: string, message: string): number {
  const match = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return -1;
  const [, token, cutBefore, excerpt] = match;
  const start = source.indexOf(excerpt!);
  if (start < 0) return -1;
  return start + (cutBefore ? 10 : excerpt!.indexOf(token!));
}
