// A family's hypothesis history as a document (the same blocks the meeting record uses), for
// export as Markdown and for printing: each hypothesis as it stands now, then every revision in
// order with when it was made, what changed and why. Pure; texts come through the given translate
// function, so the document is in the user's language.
import { format as formatDate, parseISO } from 'date-fns';
import type { RecordBlock, RecordDocument, RecordField, RecordFormat, Translate } from '../document/document';
import type { Hypothesis, HypothesisRevision, Proposer } from './hypothesis';
import { phaseRoleText, proposerText } from './proposerText';
import { byHypothesis, describeRevision } from './revisions';

export type HistorySource = {
  family: { id: string; code: string };
  /** Hypotheses of any families: only this family's are used. */
  hypotheses: readonly Hypothesis[];
  /** Revisions of any hypotheses: only this family's are used. */
  revisions: readonly HypothesisRevision[];
  /** Meeting dates (ISO) by meeting id: when each started, or is planned for if it has not. */
  meetingDates: ReadonlyMap<string, string>;
  /** When the export was made (epoch ms). */
  exportedAt: number;
};

export function buildHypothesisHistory(source: HistorySource, format: RecordFormat): RecordDocument {
  const { t } = format;
  const hypotheses = source.hypotheses
    .filter((hypothesis) => hypothesis.familyId === source.family.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const histories = byHypothesis(source.revisions.filter((revision) => revision.familyId === source.family.id));
  const title = t('hypotheses.export.title', { code: source.family.code });
  const blocks: RecordBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'fields',
      fields: [
        { label: t('hypotheses.screen.title'), value: t('hypotheses.screen.count', { count: hypotheses.length }) },
        { label: t('hypotheses.history.when'), value: t('hypotheses.export.made', { date: format.formatInstant(source.exportedAt, 'dateTime') }) },
      ],
    },
  ];
  if (hypotheses.length === 0) blocks.push({ kind: 'empty', text: t('hypotheses.export.none') });
  for (const hypothesis of hypotheses) {
    const history = histories.get(hypothesis.id) ?? [];
    blocks.push({ kind: 'heading', level: 2, text: hypothesis.wording });
    blocks.push({ kind: 'fields', fields: currentFields(hypothesis, format) });
    blocks.push({ kind: 'heading', level: 3, text: t('hypotheses.export.history') });
    blocks.push({
      kind: 'list',
      items: history.map((revision, index) => ({
        text: t('hypotheses.export.revision', { seq: revision.seq, when: revisionWhen(revision, source.meetingDates, format) }),
        details: revisionDetails(history[index - 1] ?? null, revision, t),
      })),
    });
  }
  return { title, blocks };
}

/** "in the meeting of 3.3.2026" or "outside a meeting, 5.3.2026 14.02". */
export function revisionWhen(revision: Pick<HypothesisRevision, 'meetingId' | 'at'>, meetingDates: ReadonlyMap<string, string>, format: RecordFormat): string {
  if (revision.meetingId) {
    const date = meetingDates.get(revision.meetingId) ?? revision.at;
    return format.t('hypotheses.change.inMeeting', { date: format.formatDay(localDay(date)) });
  }
  return format.t('hypotheses.change.outsideMeeting', { date: format.formatInstant(Date.parse(revision.at), 'dateTime') });
}

/** What a revision did, in words: made / revisited / status change and changed fields. */
export function revisionChangeText(previous: HypothesisRevision | null, revision: HypothesisRevision, t: Translate): string {
  const change = describeRevision(previous, revision);
  if (change.kind === 'created') return t('hypotheses.change.created');
  if (change.kind === 'revisited') return t('hypotheses.change.revisited');
  const parts: string[] = [];
  if (change.statusFrom) {
    parts.push(t('hypotheses.change.status', { from: t(`hypotheses.status.${change.statusFrom}`), to: t(`hypotheses.status.${revision.status}`) }));
  }
  if (change.fields.length > 0) {
    parts.push(t('hypotheses.change.fields', { fields: change.fields.map((field) => t(`hypotheses.field.${field}`).toLowerCase()).join(', ') }));
  }
  return parts.join('; ');
}

/** A proposer as the history names it, "not recorded" when nothing was. */
function proposerOf(proposer: Proposer, { t, language }: RecordFormat): string {
  return proposerText(proposer, language, (role) => phaseRoleText(role, t)) || t('hypotheses.screen.notRecorded');
}

function currentFields(hypothesis: Hypothesis, format: RecordFormat): RecordField[] {
  const { t } = format;
  const fields: RecordField[] = [{ label: t('hypotheses.export.currentStatus'), value: t(`hypotheses.status.${hypothesis.status}`) }];
  if (hypothesis.proposers.length > 0) {
    fields.push({ label: t('hypotheses.field.proposers'), value: hypothesis.proposers.map((proposer) => proposerOf(proposer, format)).join(', ') });
  }
  const texts = [
    ['concerns', hypothesis.concerns],
    ['evidenceFor', hypothesis.evidenceFor],
    ['evidenceAgainst', hypothesis.evidenceAgainst],
    ['testQuestions', hypothesis.testQuestions.join('\n')],
  ] as const;
  for (const [field, value] of texts) if (value.trim() !== '') fields.push({ label: t(`hypotheses.field.${field}`), value });
  if (hypothesis.lensTags.length > 0) {
    fields.push({ label: t('hypotheses.field.lensTags'), value: hypothesis.lensTags.map((tag) => t(`hypotheses.lens.${tag}`)).join(', ') });
  }
  return fields;
}

function revisionDetails(previous: HypothesisRevision | null, revision: HypothesisRevision, t: Translate): RecordField[] {
  const details: RecordField[] = [
    { label: t('hypotheses.history.revisionChange'), value: revisionChangeText(previous, revision, t) },
    { label: t('hypotheses.history.status'), value: t(`hypotheses.status.${revision.status}`) },
  ];
  if (!previous || previous.card.wording !== revision.card.wording) details.push({ label: t('hypotheses.field.wording'), value: revision.card.wording });
  details.push({ label: t('hypotheses.change.reason'), value: revision.reason.trim() === '' ? t('hypotheses.change.noReason') : revision.reason });
  return details;
}

/** The local calendar day (yyyy-MM-dd) of an ISO instant. */
function localDay(iso: string): string {
  return formatDate(parseISO(iso), 'yyyy-MM-dd');
}
