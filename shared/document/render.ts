// Renders a document (document.ts) as plain text for pasting into a client record system, or as
// Markdown with every piece of user text escaped (pinned byte for byte by
// tests/unit/shared/documentRender.test.ts).
import type { RecordDocument } from './document';

/** Plain text for pasting into a client record system: headings underlined, lists with dashes. */
export function renderPlainText(document: RecordDocument): string {
  const out: string[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'heading': {
        const text = oneLine(block.text);
        if (block.level <= 2) out.push(text, (block.level === 1 ? '=' : '-').repeat(Math.max(3, text.length)));
        else if (block.level === 3) out.push(`${text.toLocaleUpperCase()}`);
        else out.push(`${text}:`);
        break;
      }
      case 'fields':
        for (const field of block.fields) out.push(field.value ? `${field.label}: ${indentFollowing(field.value, '  ')}` : `${field.label}:`);
        break;
      case 'list':
        for (const item of block.items) {
          out.push(`- ${indentFollowing(item.text, '  ')}`);
          for (const detail of item.details) out.push(`    ${detail.label}: ${indentFollowing(detail.value, '      ')}`);
        }
        break;
      case 'text':
        out.push(normaliseLines(block.text).join('\n'));
        break;
      case 'empty':
        out.push(block.text);
        break;
      case 'table':
        out.push(...plainTable(block.headers, block.rows));
        break;
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown; every piece of user text is escaped so it cannot change the document's structure. */
export function renderMarkdown(document: RecordDocument): string {
  const out: string[] = [];
  for (const block of document.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${escapeMarkdown(oneLine(block.text))}`);
        break;
      case 'fields':
        out.push(
          block.fields
            .map((field) => (field.value ? `**${escapeMarkdown(field.label)}:** ${markdownLines(field.value, '')}` : `**${escapeMarkdown(field.label)}:**`))
            .join('  \n'),
        );
        break;
      case 'list':
        out.push(
          block.items
            .map((item) =>
              [
                `- ${markdownLines(item.text, '  ')}`,
                ...item.details.map((detail) => `  - *${escapeMarkdown(detail.label)}:* ${markdownLines(detail.value, '    ')}`),
              ].join('\n'),
            )
            .join('\n'),
        );
        break;
      case 'text':
        out.push(markdownLines(block.text, ''));
        break;
      case 'empty':
        out.push(`*${escapeMarkdown(block.text)}*`);
        break;
      case 'table':
        out.push(
          `| ${block.headers.map(markdownCell).join(' | ')} |`,
          `| ${block.headers.map(() => '---').join(' | ')} |`,
          ...block.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
        );
        break;
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Escapes text for Markdown so it shows literally: inline markers (emphasis, code, links, HTML,
 * tables, entities) everywhere, and block markers (headings, quotes, lists, thematic breaks,
 * setext underlines, code fences) at the start of the line. One line of text; see markdownLines.
 */
export function escapeMarkdown(line: string): string {
  if (!markdownSignificant.test(line)) return line;
  let text = line.replace(/^\s+/, '').replace(/[\\`*_[\]<>|~&!{}]/g, (char) => `\\${char}`);
  text = text.replace(/^([#>+=:-])/, '\\$1');
  text = text.replace(/^(\d+)([.)])/, '$1\\$2');
  return text;
}

/** Lines without any of these need no escaping (the common case: plain words). */
const markdownSignificant = /[\\`*_[\]<>|~&!{}]|^\s|^[#>+=:-]|^\d+[.)]/;

/** User text over several lines: each line escaped; hard line breaks kept; blank lines kept as paragraph breaks. */
function markdownLines(text: string, indent: string): string {
  const lines = normaliseLines(text);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const escaped = escapeMarkdown(line);
    const nextIsText = index < lines.length - 1 && lines[index + 1]!.trim() !== '';
    const prefix = index === 0 ? '' : indent;
    if (escaped === '') out.push('');
    else out.push(`${prefix}${escaped}${nextIsText ? '  ' : ''}`);
  });
  return out.join('\n');
}

function markdownCell(text: string): string {
  return escapeMarkdown(oneLine(text));
}

function normaliseLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function indentFollowing(text: string, indent: string): string {
  return normaliseLines(text).join(`\n${indent}`);
}

function plainTable(headers: string[], rows: string[][]): string[] {
  const all = [headers, ...rows].map((row) => row.map(oneLine));
  const widths = headers.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(all[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...all.slice(1).map(line)];
}
