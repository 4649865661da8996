// What the meeting record says of an agenda that changed while the meeting ran
// (shared/meeting/agendaEditing.ts): the deep dives as planned, as held, and each change in order
// (added, moved to another place, moved to next week) with its question and presenter. Only in
// the whole meeting record, which names every family of the meeting anyway; never in one family's
// summary. Nothing when the agenda was held as planned.
import type { RecordBlock, RecordFormat } from '../document/document';
import { timeOfDay } from '../i18n/timeText';
import type { Meeting } from './meeting';

type AgendaRecordContext = Pick<RecordFormat, 't' | 'language'> & {
  meeting: Pick<Meeting, 'deepDives' | 'plannedDeepDives' | 'agendaChanges'>;
  codeOf: (familyId: string) => string;
  participantName: (participantId: string | null) => string;
};

export function agendaChangeBlocks(context: AgendaRecordContext): RecordBlock[] {
  const { meeting, t, codeOf } = context;
  const changes = meeting.agendaChanges ?? [];
  if (changes.length === 0) return [];
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
      items: changes.map((change) => {
        const values = { time: timeOfDay(change.at, context.language), code: codeOf(change.familyId), from: change.from ?? '', to: change.to ?? '' };
        return {
          text: t(`agenda.record.${change.kind}`, values),
          details: [
            ...(change.question.trim() ? [{ label: t('agenda.record.questionLabel'), value: change.question }] : []),
            { label: t('agenda.record.presenterLabel'), value: context.participantName(change.presenterId) },
          ],
        };
      }),
    },
  ];
}
