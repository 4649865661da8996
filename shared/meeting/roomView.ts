// What travels to the room's shared screen: the room's projection (buildSharedScreenView in
// sharedScreen.ts, which decides what the room may see) reduced to exactly what the screen draws.
// Every field is picked by name into a new object (nothing is copied by spreading), database ids are
// replaced by their position, and a section is null when the screen would not draw it, so the
// message holds nothing the screen does not show. Each capture tool's section is reduced by its
// registry entry's `draw` (tools/registry.ts). See docs/architecture.md: The room's shared screen.
import type { RunStatus } from './engine';
import type { LocalizedText } from './template';
import type { SharedScreenView } from './sharedScreen';
import { meetingTools, toolEntry, type RoomSections } from './tools/registry';

export type { RoomTimelineEvent, RoomTimelineChild } from './tools/timeline';
export type { RoomHouse, RoomHousesView } from './tools/threeHouses';

export type RoomView = {
  status: RunStatus;
  /** Epoch ms at which the elapsed times were computed; the screen adds its own clock's time since, unless paused. */
  measuredAt: number;
  step: {
    number: number;
    count: number;
    name: LocalizedText;
    purpose: LocalizedText | null;
    leadRoleName: LocalizedText | null;
    elapsedMs: number;
    plannedMs: number;
  } | null;
  meeting: { elapsedMs: number; plannedMs: number };
  family: { code: string; number: number; count: number; question: string } | null;
  notes: string;
} & RoomSections<'drawn'>;

/** The room view reduced to what the shared screen draws (see the file comment). */
export function roomViewOf(view: SharedScreenView): RoomView {
  const tools = view.step?.tools ?? [];
  const sections: Record<string, unknown> = {};
  for (const tool of meetingTools) {
    const entry = toolEntry(tool);
    if (!entry.room) continue;
    const seen = (view as unknown as Record<string, unknown>)[entry.room.key];
    // A section only in a phase that offers its tool, and a family's tool only with its family.
    const drawn = seen !== null && seen !== undefined && tools.includes(tool) && (!entry.perFamily || view.family !== null);
    sections[entry.room.key] = drawn ? entry.room.draw(seen) : null;
  }
  return {
    status: view.status,
    measuredAt: view.measuredAt,
    step: view.step
      ? {
          number: view.step.number,
          count: view.step.count,
          name: text(view.step.name),
          purpose: view.step.purpose ? text(view.step.purpose) : null,
          leadRoleName: view.step.leadRoleName ? text(view.step.leadRoleName) : null,
          elapsedMs: view.step.elapsedMs,
          plannedMs: view.step.plannedMs,
        }
      : null,
    meeting: { elapsedMs: view.meeting.elapsedMs, plannedMs: view.meeting.plannedMs },
    family: view.family ? { code: view.family.code, number: view.family.number, count: view.family.count, question: view.family.question } : null,
    notes: view.notes,
    ...(sections as RoomSections<'drawn'>),
  };
}

function text(value: LocalizedText): LocalizedText {
  return { fi: value.fi, en: value.en };
}
