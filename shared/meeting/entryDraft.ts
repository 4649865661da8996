// The entry draft (kirjausehdotus): per deep-dive family, a short text in prose that the responsible
// worker can paste into the client record (docs/domain.md: Privacy and the record): when
// and where the family was discussed and who presented it, the question for the team, what the team
// thought (hypotheses in tentative wording, as the meeting left them), the safety median and range,
// the agreed tasks (who, by when) and the questions to take to the family. The full detail (every
// score with its reason, every revision) is the family's summary (summary.ts), its own document.
//
// Pure and built on the document model (shared/document/document.ts), so the screen shows exactly
// what Copy puts on the clipboard. Rules: a part with nothing in it is left out (never "none");
// scores never revealed stay out; only this family's deep dive and data filtered to its family id
// and this meeting are read, so no other family's anything can appear
// (tests/unit/meeting/entryDraft.test.ts, with a property test over two families).
import { hypothesesInMeeting } from '../hypothesis/revisions';
import { meetingStart, type DeepDive } from './meeting';
import { riskSpread } from './riskStats';
import { localized } from './template';
import type { RecordBlock, RecordDocument, RecordFormat } from '../document/document';
import type { SummarySource } from './summary';

export type EntryDraft = {
  deepDiveId: string;
  familyId: string;
  /** The family's pseudonym code ('?' when the family no longer exists); in the title only, never in the text to paste. */
  code: string;
  /** The title (a heading, for the screen) and the paragraphs and lists to paste. */
  document: RecordDocument;
};

/** One entry draft per deep-dive family, in agenda order. */
export function buildEntryDrafts(source: SummarySource, format: RecordFormat): EntryDraft[] {
  return source.meeting.deepDives.map((deepDive) => entryDraft(source, deepDive, format));
}

/** The entry draft of one deep-dive agenda item, or null when the meeting has no such item. */
export function buildEntryDraft(source: SummarySource, deepDiveId: string, format: RecordFormat): EntryDraft | null {
  const deepDive = source.meeting.deepDives.find((item) => item.id === deepDiveId);
  return deepDive ? entryDraft(source, deepDive, format) : null;
}

/**
 * The text to paste into the client record: the draft without its title (which only names the
 * pseudonym code), paragraphs apart by a blank line, a list right under the sentence that opens it.
 */
export function entryDraftPlainText(draft: EntryDraft): string {
  const out: string[] = [];
  let previous: RecordBlock['kind'] | null = null;
  for (const block of draft.document.blocks) {
    let text: string;
    if (block.kind === 'text') text = lines(block.text).join('\n');
    else if (block.kind === 'list') text = block.items.map((item) => `- ${lines(item.text).join('\n  ')}`).join('\n');
    else continue;
    if (previous !== null) out.push(block.kind === 'list' && previous === 'text' ? '\n' : '\n\n');
    out.push(text);
    previous = block.kind;
  }
  return `${out.join('')}\n`;
}

/** User text as lines, line endings normalised, without trailing spaces or blank lines around it. */
function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd()).join('\n').trim().split('\n');
}

function entryDraft(source: SummarySource, deepDive: DeepDive, format: RecordFormat): EntryDraft {
  const { meeting } = source;
  const { t } = format;
  const code = source.families.get(deepDive.familyId)?.code ?? '?';
  const title = t('documents.entryDraft.title', { code });
  const blocks: RecordBlock[] = [{ kind: 'heading', level: 1, text: title }];

  // When and where, and who presented.
  const when = { meeting: localized(meeting.template.name, format.language), date: format.formatInstant(meetingStart(meeting), 'dateTime') };
  const presenter = presenterName(source, deepDive.presenterId);
  blocks.push({
    kind: 'text',
    text: presenter ? t('documents.entryDraft.discussedBy', { ...when, presenter }) : t('documents.entryDraft.discussed', when),
  });

  if (deepDive.question.trim()) blocks.push({ kind: 'text', text: t('documents.entryDraft.question', { question: deepDive.question.trim() }) });

  // What the team thought: the hypotheses this meeting considered for this family, as it left them.
  const hypotheses = hypothesesInMeeting(
    source.hypothesisRevisions.filter((revision) => revision.familyId === deepDive.familyId),
    meeting.id,
  );
  if (hypotheses.length > 0) {
    blocks.push({ kind: 'text', text: t('documents.entryDraft.hypotheses', { count: hypotheses.length }) });
    blocks.push({
      kind: 'list',
      items: hypotheses.map((hypothesis) => ({
        text: t('documents.entryDraft.hypothesis', { wording: hypothesis.after.card.wording.trim(), status: t(`record.hypothesisStatus.${hypothesis.after.status}`) }),
        details: [],
      })),
    });
  }

  // The safety median and range, only from a round the chair revealed and in which someone scored.
  const round = source.riskRounds.find((entry) => entry.meetingId === meeting.id && entry.agendaItemId === deepDive.id && entry.familyId === deepDive.familyId);
  const spread = round && round.revealedAt !== null ? riskSpread(round.scores) : null;
  if (spread) {
    blocks.push({
      kind: 'text',
      text: t('documents.entryDraft.safety', {
        count: spread.count,
        median: formatNumber(spread.median, format.language),
        min: spread.min,
        max: spread.max,
      }),
    });
    // A round the chair entered from the participants' papers says so, as the full record does.
    if (round!.enteredBy === 'chair') blocks.push({ kind: 'text', text: t('documents.entryDraft.safetyFromPaper') });
  }

  const ours = source.actions.filter((action) => action.meetingId === meeting.id && action.familyId === deepDive.familyId);
  const tasks = ours.filter((action) => action.kind === 'action');
  if (tasks.length > 0) {
    blocks.push({ kind: 'text', text: t('documents.entryDraft.tasks') });
    blocks.push({
      kind: 'list',
      items: tasks.map((task) => {
        const owner = task.ownerName.trim();
        const due = task.due ? format.formatDay(task.due) : '';
        const key = owner && due ? 'taskOwnerDue' : owner ? 'taskOwner' : due ? 'taskDue' : 'task';
        return { text: t(`documents.entryDraft.${key}`, { task: task.text.trim(), owner, due }), details: [] };
      }),
    });
  }

  const questions = ours.filter((action) => action.kind === 'familyQuestion');
  if (questions.length > 0) {
    blocks.push({ kind: 'text', text: t('documents.entryDraft.familyQuestions') });
    blocks.push({ kind: 'list', items: questions.map((question) => ({ text: question.text.trim(), details: [] })) });
  }

  return { deepDiveId: deepDive.id, familyId: deepDive.familyId, code, document: { title, blocks } };
}

/** The presenter by name (a guest by the name given, a member by the team's list), or null when nobody was chosen or known. */
function presenterName(source: SummarySource, presenterId: string | null): string | null {
  if (presenterId === null) return null;
  const participant = source.meeting.participants.find((entry) => entry.id === presenterId);
  const name = participant?.kind === 'guest' ? participant.name : source.memberNames.get(presenterId);
  return name?.trim() || null;
}

function formatNumber(value: number, language: RecordFormat['language']): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return language === 'fi' ? text.replace('.', ',') : text;
}

