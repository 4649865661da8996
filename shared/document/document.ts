// A document as Kehä exports it (docs/architecture.md: Layers): a title and blocks (headings,
// fields, lists, the user's text as typed, a sentence saying something is absent, tables), built by
// pure functions in both languages (the meeting record, a family's summary, the hypothesis history,
// a three-houses document) and then shown on screen, copied as plain text or saved as Markdown
// (render.ts) from the same blocks, so what is shown is what is exported.
import type { Language } from '../i18n/messages';

/** A translate function (i18next's `t` in the app, the message tables in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The language, texts and date formats a document is built with, so one builder serves both languages. */
export type RecordFormat = {
  language: Language;
  t: Translate;
  /** An instant (epoch ms) as a long date with time (a time of day alone is shared/i18n/timeText.ts's timeOfDay). */
  formatInstant: (epochMs: number, style: 'dateTime') => string;
  /** A calendar day given as yyyy-MM-dd (a due date). */
  formatDay: (day: string) => string;
};

export type RecordField = { label: string; value: string };
export type RecordListItem = { text: string; details: RecordField[] };

export type RecordBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'fields'; fields: RecordField[] }
  | { kind: 'list'; items: RecordListItem[] }
  /** User text kept as typed (line breaks included). */
  | { kind: 'text'; text: string }
  /** A sentence saying something is absent (other documents: never in a summary or meeting record). */
  | { kind: 'empty'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][] };

export type RecordDocument = { title: string; blocks: RecordBlock[] };
