// Bench-only (KEHA_BENCH=1): the documents measures, exposed as `window.kehaDocumentsBench` for
// scripts/bench.mjs (KEHA_BENCH_ONLY=documents): every entry draft of a meeting with 4 deep dives
// (shared/meeting/entryDraft.ts) built and rendered as the text Copy gives, and the planned agenda
// (shared/meeting/agendaPrint.ts) of the same meeting, with the data already loaded as the record
// screen and the planner have it. Baseline: JSON.stringify of the same inputs.
import '../zodConfig';
import { format, parseISO } from 'date-fns';
import { fi as fiLocale } from 'date-fns/locale';
import i18next from 'i18next';
import type { RecordFormat } from '../../../shared/document/document';
import { plannedAgenda } from '../../../shared/meeting/agendaPrint';
import { buildEntryDrafts, entryDraftPlainText } from '../../../shared/meeting/entryDraft';
import type { SummarySource } from '../../../shared/meeting/summary';
import { readMeeting } from '../db/repositories/meetingRepository';
import { initI18n } from '../i18n/i18n';
import { unlocked } from './hypothesisMeasures';
import { readSummarySource } from './meetingMeasures';

export type DocumentsResult = {
  /** All entry drafts of the meeting built and rendered as plain text, per sample (ms). */
  draftsMs: number[];
  /** The planned agenda of the same meeting, per sample (ms). */
  agendaMs: number[];
  /** JSON.stringify of the same inputs, per sample (ms). */
  stringifyMs: number[];
  drafts: number;
  agendaRows: number;
  chars: number;
};

export type KehaDocumentsBench = {
  entryDrafts(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<DocumentsResult>;
};

declare global {
  interface Window {
    kehaDocumentsBench: KehaDocumentsBench;
  }
}

async function entryDrafts(dbName: string, passphrase: string, meetingId: string, samples: number): Promise<DocumentsResult> {
  await initI18n('fi');
  return unlocked(dbName, passphrase, async (session) => {
    const { meeting, source } = await readSummarySource(session, meetingId);
    const t = i18next.getFixedT('fi');
    const recordFormat: RecordFormat = {
      language: 'fi',
      t: (key, values) => t(key, values ?? {}),
      formatInstant: (epochMs) => format(new Date(epochMs), t('dates.longWithTime'), { locale: fiLocale }),
      formatDay: (day) => format(parseISO(day), 'P', { locale: fiLocale }),
    };
    const result: DocumentsResult = { draftsMs: [], agendaMs: [], stringifyMs: [], drafts: 0, agendaRows: 0, chars: 0 };
    for (let sample = 0; sample < samples; sample++) {
      let start = performance.now();
      const drafts = buildEntryDrafts(source, recordFormat);
      let chars = 0;
      for (const draft of drafts) chars += entryDraftPlainText(draft).length;
      result.draftsMs.push(performance.now() - start);
      result.drafts = drafts.length;
      result.chars = chars;

      start = performance.now();
      const agenda = plannedAgenda(meeting, Date.parse(meeting.scheduledAt), {
        codeOf: (familyId) => source.families.get(familyId)?.code ?? '?',
        presenterName: (id) => source.memberNames.get(id) ?? null,
      });
      result.agendaMs.push(performance.now() - start);
      result.agendaRows = agenda.rows.length;

      start = performance.now();
      JSON.stringify({ ...source, memberNames: [...source.memberNames], families: [...source.families], notes: [...source.notes] });
      result.stringifyMs.push(performance.now() - start);
    }
    return result;
  });
}

window.kehaDocumentsBench = { entryDrafts };
