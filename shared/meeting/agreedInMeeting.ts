// What a meeting agreed and what its agenda is, as the once-a-meeting phases show them: the close
// goes through every task and question for the family agreed in this meeting, family by family;
// the opening shows the agenda (phases and deep-dive families in order, where the meeting is now).
// Pure functions over the meeting's data, used by the chair's view and by the room's screen
// projection (sharedScreen.ts), which decides what of it the room may see.
import type { MeetingStep } from './engine';
import type { Action, ActionKind, Meeting } from './meeting';
import type { LocalizedText } from './template';

/** One task or question for the family, with the fields the lists show. */
export type AgreedItem = { id: string; text: string; ownerName: string; due: string | null };

/** Everything agreed in the meeting for one family, tasks and questions apart. */
export type AgreedForFamily = { familyId: string; byKind: Record<ActionKind, AgreedItem[]> };

/**
 * The tasks and questions for the family agreed in this meeting (those carried over from earlier
 * meetings are not), grouped by family: first the deep-dive families in agenda order, then those of
 * the quick round in its order, then any other family; within a family in the order they were
 * written. Families with nothing agreed are left out.
 */
export function agreedInMeeting(meeting: Pick<Meeting, 'id' | 'deepDives' | 'quickRound'>, actions: readonly Action[]): AgreedForFamily[] {
  const own = actions.filter((action) => action.meetingId === meeting.id).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const order = [...meeting.deepDives.map((item) => item.familyId), ...meeting.quickRound.map((item) => item.familyId)];
  const rank = (familyId: string) => {
    const index = order.indexOf(familyId);
    return index < 0 ? order.length : index;
  };
  const groups = new Map<string, AgreedForFamily>();
  for (const action of own) {
    const group = groups.get(action.familyId) ?? { familyId: action.familyId, byKind: { action: [], familyQuestion: [] } };
    group.byKind[action.kind].push({ id: action.id, text: action.text, ownerName: action.ownerName, due: action.due });
    groups.set(action.familyId, group);
  }
  // A stable sort keeps families outside the agenda in the order their first item was written.
  return [...groups.values()].sort((a, b) => rank(a.familyId) - rank(b.familyId));
}

/** One line of the agenda: a once-a-meeting phase, or a deep-dive family with its phases. */
export type AgendaEntry =
  | { kind: 'phase'; name: LocalizedText; current: boolean }
  | {
      kind: 'deepDive';
      /** 1-based position of the deep dive on the agenda. */
      number: number;
      agendaItemId: string;
      familyId: string;
      question: string;
      /** The meeting is in one of this family's phases. */
      current: boolean;
      phases: { name: LocalizedText; current: boolean }[];
    };

/**
 * The agenda in the order of the run's steps: each once-a-meeting phase on its own line, and each
 * deep dive on one line with its phases. `currentIndex`: the step the meeting is on (null before the
 * start or after the finish: nothing is current).
 */
export function meetingAgenda(meeting: Pick<Meeting, 'deepDives'>, steps: readonly MeetingStep[], currentIndex: number | null): AgendaEntry[] {
  const entries: AgendaEntry[] = [];
  for (const step of steps) {
    const current = step.index === currentIndex;
    if (step.agendaItemId === null || step.deepDiveNumber === null) {
      entries.push({ kind: 'phase', name: step.phase.name, current });
      continue;
    }
    const last = entries.at(-1);
    if (last?.kind === 'deepDive' && last.agendaItemId === step.agendaItemId) {
      last.phases.push({ name: step.phase.name, current });
      last.current ||= current;
      continue;
    }
    const deepDive = meeting.deepDives.find((item) => item.id === step.agendaItemId);
    entries.push({
      kind: 'deepDive',
      number: step.deepDiveNumber,
      agendaItemId: step.agendaItemId,
      familyId: deepDive?.familyId ?? '',
      question: deepDive?.question ?? '',
      current,
      phases: [{ name: step.phase.name, current }],
    });
  }
  return entries;
}
