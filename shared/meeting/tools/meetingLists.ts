// The agenda (the opening) and what the meeting agreed (the close) as capture tools: the chair can
// put either on the room's screen. Family codes only; a family's question, and every family's
// agreements, only while only the team is in the room (a guest of a deep dive is there only
// during it). See docs/architecture.md: Capture tools (the registry).
import { agreedInMeeting, meetingAgenda, type AgreedItem } from '../agreedInMeeting';
import { meetingStart, participantsAt, type Meeting } from '../meeting';
import { plannedAgendaOfSteps, type PlannedAgendaRow } from '../agendaPrint';
import type { LocalizedText } from '../template';
import { captureTool, roomSection, type RoomContext } from './types';

/** When a line of the agenda is planned to start (epoch ms, from the meeting's start) and for how many minutes (agendaPrint.ts). */
export type RoomAgendaTime = { start: number; minutes: number };

export type RoomAgendaEntry =
  | { kind: 'phase'; name: LocalizedText; current: boolean; time?: RoomAgendaTime }
  | {
      kind: 'deepDive';
      number: number;
      code: string;
      question: string | null;
      current: boolean;
      phases: { name: LocalizedText; current: boolean }[];
      time?: RoomAgendaTime;
    };

export type RoomAgreedFamily = { code: string; actions: RoomAgreedItem[]; familyQuestions: RoomAgreedItem[] };
export type RoomAgreedItem = { text: string; ownerName: string; due: string | null };

/** Whether only the team is in the room at this step: then the room may see every family's question and agreements. */
function teamOnly(meeting: Meeting, deepDiveId: string | null): boolean {
  return participantsAt(meeting, deepDiveId).every((participant) => participant.kind !== 'guest');
}

const text = (value: LocalizedText): LocalizedText => ({ fi: value.fi, en: value.en });

export const agendaTool = captureTool({
  perFamily: false,
  room: roomSection({
    key: 'agenda',
    chairShows: true,
    /**
     * Phases and deep-dive families in order, the current one marked, each with its planned start
     * and minutes from the meeting's start (the engine's steps). Codes and times only; no
     * presenter's name (the room's projection reads no team names).
     */
    see: ({ meeting, steps, step, deepDive, codeOf }: RoomContext): RoomAgendaEntry[] => {
      const questions = teamOnly(meeting, deepDive?.id ?? null);
      const times = plannedAgendaOfSteps(meeting, steps, meetingStart(meeting), { codeOf, presenterName: () => null }).rows;
      return meetingAgenda(meeting, steps, step.index).map((entry, index) =>
        entry.kind === 'phase'
          ? { kind: 'phase', name: entry.name, current: entry.current, ...timeOf(times[index]) }
          : {
              kind: 'deepDive',
              number: entry.number,
              code: codeOf(entry.familyId),
              question: questions ? entry.question : null,
              current: entry.current,
              phases: entry.phases.map((phase) => ({ ...phase })),
              ...timeOf(times[index]),
            },
      );
    },
    draw: (agenda): RoomAgendaEntry[] =>
      agenda.map((entry): RoomAgendaEntry =>
        entry.kind === 'phase'
          ? { kind: 'phase', name: text(entry.name), current: entry.current, ...drawnTime(entry.time) }
          : {
              kind: 'deepDive',
              number: entry.number,
              code: entry.code,
              question: entry.question,
              current: entry.current,
              phases: entry.phases.map((phase) => ({ name: text(phase.name), current: phase.current })),
              ...drawnTime(entry.time),
            },
      ),
    fields: [
      '[]',
      '[].kind',
      '[].name',
      '[].name.fi',
      '[].name.en',
      '[].current',
      '[].number',
      '[].code',
      '[].question',
      '[].phases',
      '[].phases[].name',
      '[].phases[].name.fi',
      '[].phases[].name.en',
      '[].phases[].current',
      '[].time',
      '[].time.start',
      '[].time.minutes',
    ],
  }),
});

/** A line's planned time, when the agenda has that line (it always has: both follow the same steps). */
function timeOf(row: PlannedAgendaRow | undefined): { time?: RoomAgendaTime } {
  return row ? { time: { start: row.start, minutes: row.minutes } } : {};
}

function drawnTime(time: RoomAgendaTime | undefined): { time?: RoomAgendaTime } {
  return time ? { time: { start: time.start, minutes: time.minutes } } : {};
}

export const agreedInMeetingTool = captureTool({
  perFamily: false,
  room: roomSection({
    key: 'agreed',
    chairShows: true,
    /**
     * By family code, tasks and questions apart. With a guest in the room: in a deep dive, only
     * that family's agreements; in a once-a-meeting phase (a guest of the whole meeting), only when
     * the meeting has a single family.
     */
    see: ({ meeting, source, deepDive, codeOf }: RoomContext): RoomAgreedFamily[] => {
      const onlyFamily = teamOnly(meeting, deepDive?.id ?? null)
        ? null
        : deepDive
          ? deepDive.familyId
          : meeting.deepDives.length === 1
            ? meeting.deepDives[0]!.familyId
            : undefined;
      if (onlyFamily === undefined) return [];
      const item = ({ text, ownerName, due }: AgreedItem): RoomAgreedItem => ({ text, ownerName, due });
      return agreedInMeeting(meeting, source.actions)
        .filter((group) => onlyFamily === null || group.familyId === onlyFamily)
        .map((group) => ({ code: codeOf(group.familyId), actions: group.byKind.action.map(item), familyQuestions: group.byKind.familyQuestion.map(item) }));
    },
    draw: (agreed): RoomAgreedFamily[] =>
      agreed.map((family) => ({
        code: family.code,
        actions: family.actions.map((item) => ({ text: item.text, ownerName: item.ownerName, due: item.due })),
        familyQuestions: family.familyQuestions.map((item) => ({ text: item.text, ownerName: item.ownerName, due: item.due })),
      })),
    fields: [
      '[]',
      '[].code',
      '[].actions',
      '[].actions[].text',
      '[].actions[].ownerName',
      '[].actions[].due',
      '[].familyQuestions',
      '[].familyQuestions[].text',
      '[].familyQuestions[].ownerName',
      '[].familyQuestions[].due',
    ],
  }),
});
