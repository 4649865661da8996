// Covers shared/document/render.ts byte for byte: one document with every kind of block (headings of
// each level, fields with an empty and a multi-line value, a list with details, text kept as typed,
// an absent-sentence, a table) as plain text and as Markdown, user text that looks like Markdown
// escaped. Exports of the meeting record, the hypothesis history and the three houses all go through
// these two functions (docs/architecture.md: Layers).
import { describe, expect, it } from 'vitest';
import type { RecordDocument } from '../../../shared/document/document';
import { renderMarkdown, renderPlainText } from '../../../shared/document/render';

const document: RecordDocument = {
  title: 'Record',
  blocks: [
    { kind: 'heading', level: 1, text: 'Meeting  record' },
    {
      kind: 'fields',
      fields: [
        { label: 'Date', value: '6/12/2026' },
        { label: 'Question', value: 'What helps?\nWho *decides*?' },
        { label: 'Note', value: '' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Hypotheses' },
    {
      kind: 'list',
      items: [
        { text: '# not a heading', details: [{ label: 'Status', value: 'open' }] },
        { text: 'Plain', details: [] },
      ],
    },
    { kind: 'heading', level: 3, text: 'Notes' },
    { kind: 'text', text: '\n  first line  \n\n1. second paragraph\n' },
    { kind: 'heading', level: 4, text: 'Absent' },
    { kind: 'empty', text: 'No actions were agreed.' },
    {
      kind: 'table',
      headers: ['No.', 'Phase', 'Actual'],
      rows: [
        ['1', 'Opening | check-in', '0:03:00'],
        ['10', 'Close', ''],
      ],
    },
  ],
};

describe('a document rendered', () => {
  it('as plain text: headings underlined or in capitals, fields and details indented, a table in columns', () => {
    expect(renderPlainText(document)).toBe(
      [
        'Meeting record',
        '==============',
        '',
        'Date: 6/12/2026',
        'Question: What helps?',
        '  Who *decides*?',
        'Note:',
        '',
        'Hypotheses',
        '----------',
        '',
        '- # not a heading',
        '    Status: open',
        '- Plain',
        '',
        'NOTES',
        '',
        '  first line',
        '',
        '1. second paragraph',
        '',
        'Absent:',
        '',
        'No actions were agreed.',
        '',
        'No.  Phase               Actual',
        '---  ------------------  -------',
        '1    Opening | check-in  0:03:00',
        '10   Close',
        '',
      ].join('\n'),
    );
  });

  it('as Markdown: user text escaped, hard line breaks kept, a table with escaped cells', () => {
    expect(renderMarkdown(document)).toBe(
      [
        '# Meeting record',
        '',
        '**Date:** 6/12/2026  ',
        '**Question:** What helps?  ',
        'Who \\*decides\\*?  ',
        '**Note:**',
        '',
        '## Hypotheses',
        '',
        '- \\# not a heading',
        '  - *Status:* open',
        '- Plain',
        '',
        '### Notes',
        '',
        'first line',
        '',
        '1\\. second paragraph',
        '',
        '#### Absent',
        '',
        '*No actions were agreed.*',
        '',
        '| No. | Phase | Actual |',
        '| --- | --- | --- |',
        '| 1 | Opening \\| check-in | 0:03:00 |',
        '| 10 | Close |  |',
        '',
      ].join('\n'),
    );
  });
});
