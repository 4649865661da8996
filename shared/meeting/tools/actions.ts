// Actions (tasks agreed for the family) and questions for the family as capture tools: on the room's
// screen, what this meeting agreed for the current family, each kind in its own section.
// See docs/architecture.md: Capture tools (the registry).
import type { Action, ActionKind } from '../meeting';
import { captureTool, roomSection, type RoomContext } from './types';

export type RoomActionSeen = { kind: ActionKind; text: string; ownerName: string; due: string | null };
export type RoomAction = { text: string; ownerName: string; due: string | null };
export type RoomFamilyQuestion = { text: string };

/** This meeting's entries of one kind for the current family, in the order they were written. */
function agreedOfKind(kind: ActionKind) {
  return ({ source, deepDive, meeting }: RoomContext): RoomActionSeen[] | null =>
    deepDive
      ? source.actions
          .filter((entry: Action) => entry.familyId === deepDive.familyId && entry.meetingId === meeting.id && entry.kind === kind)
          .map((entry) => ({ kind: entry.kind, text: entry.text, ownerName: entry.ownerName, due: entry.due }))
      : null;
}

export const actionsTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'actions',
    chairShows: false,
    see: agreedOfKind('action'),
    draw: (seen): RoomAction[] => seen.filter((entry) => entry.kind === 'action').map((entry) => ({ text: entry.text, ownerName: entry.ownerName, due: entry.due })),
    fields: ['[]', '[].text', '[].ownerName', '[].due'],
  }),
});

export const familyQuestionsTool = captureTool({
  perFamily: true,
  room: roomSection({
    key: 'familyQuestions',
    chairShows: false,
    see: agreedOfKind('familyQuestion'),
    // Who asks and by when stay with the team: the room sees the question.
    draw: (seen): RoomFamilyQuestion[] => seen.filter((entry) => entry.kind === 'familyQuestion').map((entry) => ({ text: entry.text })),
    fields: ['[]', '[].text'],
  }),
});
