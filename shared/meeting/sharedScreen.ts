// What the room's shared screen may show, built from the facilitator's data by one pure function so
// the privacy rules live in one tested place: only the current step's phase and family, and of each
// capture tool of the phase only what its registry entry lets the room see (tools/registry.ts:
// never a risk score before the chair reveals the round, never anything of another family, a
// child's three houses only as the child allowed everyone in the room). The shared screen receives
// only this view, reduced by roomView.ts; it never reads the database. See docs/architecture.md:
// The room's shared screen, and Capture tools (the registry).
import { buildMeetingSteps, elapsedInMeeting, elapsedInPhase, plannedForMeeting, projectedEnd, type RunStatus } from './engine';
import { agendaOutline, deepDiveParticipants, guestRelation, meetingRoleName, type Meeting } from './meeting';
import type { LocalizedText, MeetingTool } from './template';
import type { Audience } from '../threeHouses/session';
import { meetingTools, toolEntry, type LoadedForRoom, type RoomSections } from './tools/registry';
import type { RoomContext, RoomSource } from './tools/types';

export type { RoomGoal } from './tools/carePeriodGoals';
export type { RoomAgendaEntry, RoomAgreedFamily, RoomAgreedItem } from './tools/meetingLists';
export type { RoomChild } from './tools/timeline';

export type SharedScreenView = {
  meetingId: string;
  status: RunStatus;
  /** Epoch ms at which the elapsed times below were computed; the screen adds its own clock's time since, unless paused. */
  measuredAt: number;
  step: {
    number: number;
    count: number;
    name: LocalizedText;
    purpose: LocalizedText | null;
    /** Who leads the phase, as the meeting's template names the role; null: the whole team. */
    leadRoleName: LocalizedText | null;
    tools: readonly MeetingTool[];
    elapsedMs: number;
    plannedMs: number;
  } | null;
  meeting: { elapsedMs: number; plannedMs: number; projectedEnd: number };
  /** The deep-dive family of the current step, or null in a once-a-meeting phase. */
  family: { code: string; number: number; count: number; question: string } | null;
  notes: string;
} & RoomSections<'seen'>;

/** Which tools' material the chair has put on the room's screen in this step (tools whose room section waits for the chair). */
export type RoomShows = Partial<Record<MeetingTool, boolean>>;

export type SharedScreenSource = RoomSource & {
  /** Absent: nothing that waits for the chair is on the room's screen. */
  shows?: RoomShows;
  /** What the chair's window loaded for the tools' room sections, each tagged with its family; absent: nothing loaded, and nothing of it shown. */
  loaded?: LoadedForRoom;
};

export function buildSharedScreenView(source: SharedScreenSource): SharedScreenView {
  const { meeting, now } = source;
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  const run = meeting.run;
  const current = run.status === 'notStarted' || run.status === 'finished' ? undefined : steps[run.stepIndex];
  const deepDive = (current?.agendaItemId ? meeting.deepDives.find((item) => item.id === current.agendaItemId) : undefined) ?? null;
  const codeOf = (id: string) => source.familyCodes.get(id) ?? '?';
  const tools = current?.phase.tools ?? [];

  const sections: Record<string, unknown> = {};
  for (const tool of meetingTools) {
    const entry = toolEntry(tool);
    if (!entry.room) continue;
    const offered = current !== undefined && tools.includes(tool) && (!entry.perFamily || deepDive !== null);
    const shown = !entry.room.chairShows || source.shows?.[tool] === true;
    const loaded = (source.loaded as Record<string, { familyId: string | null; data: unknown } | undefined> | undefined)?.[tool];
    const context: RoomContext<unknown> | null = current
      ? {
          source,
          meeting,
          steps,
          step: current,
          deepDive,
          codeOf,
          audiences: deepDive ? roomAudiences(meeting, deepDive.id) : [],
          // Tagged with the family it was read for: while the next family's material loads, the previous family's must not show as theirs.
          loaded: loaded && loaded.familyId === (entry.perFamily ? deepDive?.familyId : null) ? loaded.data : undefined,
        }
      : null;
    sections[entry.room.key] = offered && shown && context ? entry.room.see(context) : null;
  }

  return {
    meetingId: meeting.id,
    status: run.status,
    measuredAt: now,
    step: current
      ? {
          number: current.index + 1,
          count: steps.length,
          name: current.phase.name,
          purpose: current.phase.purpose ?? null,
          leadRoleName: meetingRoleName(meeting.template, current.phase.leadRole),
          tools,
          elapsedMs: elapsedInPhase(run, now),
          plannedMs: current.plannedMs,
        }
      : null,
    meeting: { elapsedMs: elapsedInMeeting(run, now), plannedMs: plannedForMeeting(steps), projectedEnd: projectedEnd(run, steps, now) },
    family:
      deepDive && current?.deepDiveNumber
        ? { code: codeOf(deepDive.familyId), number: current.deepDiveNumber, count: meeting.deepDives.length, question: deepDive.question }
        : null,
    notes: current ? source.notes : '',
    ...(sections as RoomSections<'seen'>),
  };
}

/**
 * Who besides the team is in the room during a family's deep dive, as the child's consent names
 * audiences: 'network' when a guest from outside the team takes part, 'parents' when the family
 * does. In that order; none when only the team is there.
 */
export function roomAudiences(meeting: Pick<Meeting, 'participants'>, deepDiveId: string): Audience[] {
  const relations = new Set(
    deepDiveParticipants(meeting, deepDiveId).flatMap((participant) => (participant.kind === 'guest' ? [guestRelation(participant)] : [])),
  );
  return [...(relations.has('network') ? (['network'] as const) : []), ...(relations.has('family') ? (['parents'] as const) : [])];
}
