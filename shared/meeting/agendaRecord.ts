// What the meeting record says of an agenda that changed while the meeting ran
// (shared/meeting/agendaEditing.ts): the deep dives as planned, as held, and each change in order
// (added, moved to another place, moved to next week) with its question and presenter, and the
// jumps the chair made from the agenda list (read from the run's visits: a move that was neither
// "next" nor "previous"). Only in
// the whole meeting record, which names every family of the meeting anyway; never in one family's
// summary. Nothing when the agenda was held as planned.
import type { RecordBlock, RecordFormat } from '../document/document';
import { timeOfDay } from '../i18n/timeText';
import type { MeetingStep } from './engine';
import type { Meeting } from './meeting';
import { localized } from './template';

type AgendaRecordContext = Pick<RecordFormat, 't' | 'language'> & {
  meeting: Pick<Meeting, 'deepDives' | 'plannedDeepDives' | 'agendaChanges' | 'run'>;
  steps: readonly MeetingStep[];
  codeOf: (familyId: string) => string;
  participantName: (participantId: string | null) => string;
};

export function agendaChangeBlocks(context: AgendaRecordContext): RecordBlock[] {
  const { meeting, t, codeOf } = context;
  const changes = meeting.agendaChanges ?? [];
  const jumps = jumpsOf(context);
  if (changes.length === 0 && jumps.length === 0) return [];
  const codes = (items: readonly { familyId: string }[]) => items.map((item) => codeOf(item.familyId)).join(', ') || '–';
  return [
    { kind: 'heading', level: 2, text: t('agenda.record.heading') },
    {
      kind: 'fields',
      fields: [
        { label: t('agenda.record.planned'), value: codes(meeting.plannedDeepDives ?? meeting.deepDives) },
        { label: t('agenda.record.happened'), value: codes(meeting.deepDives) },
      ],
    },
    { kind: 'heading', level: 3, text: t('agenda.record.changes') },
    {
      kind: 'list',
      items: [...changes.map((change) => {
        const values = { time: timeOfDay(change.at, context.language), code: codeOf(change.familyId), from: change.from ?? '', to: change.to ?? '' };
        return {
          at: change.at,
          text: t(`agenda.record.${change.kind}`, values),
          details: [
            ...(change.question.trim() ? [{ label: t('agenda.record.questionLabel'), value: change.question }] : []),
            { label: t('agenda.record.presenterLabel'), value: context.participantName(change.presenterId) },
          ],
        };
      }), ...jumps].sort((a, b) => a.at - b.at).map(({ at: _at, ...item }) => item),
    },
  ];
}

/** The jumps from the agenda list: consecutive visits whose steps are not neighbours. */
function jumpsOf(context: AgendaRecordContext): { at: number; text: string; details: [] }[] {
  const { run } = context.meeting;
  const visits = [...run.stepLog.map((visit) => ({ stepIndex: visit.stepIndex, at: visit.startedAt }))];
  if (run.phaseStartedAt !== null) visits.push({ stepIndex: run.stepIndex, at: run.phaseStartedAt });
  const nameOf = (index: number) => {
    const step = context.steps[index];
    if (!step) return '?';
    const item = step.agendaItemId ? context.meeting.deepDives.find((deepDive) => deepDive.id === step.agendaItemId) : undefined;
    const name = localized(step.phase.name, context.language);
    return item ? `${name} (${context.codeOf(item.familyId)})` : name;
  };
  const jumps: { at: number; text: string; details: [] }[] = [];
  for (let index = 1; index < visits.length; index++) {
    const from = visits[index - 1]!.stepIndex;
    const to = visits[index]!;
    if (Math.abs(to.stepIndex - from) <= 1) continue;
    const values = { time: timeOfDay(to.at, context.language), from: nameOf(from), to: nameOf(to.stepIndex) };
    jumps.push({ at: to.at, text: context.t('agenda.record.jumped', values), details: [] });
  }
  return jumps;
}
