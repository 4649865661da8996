// What the renderer gives every capture tool: its panel in the chair's view, its section on the
// room's screen, what its focusing shortcuts focus, and the loaders of the data its room section
// and its record mention need. The type follows the tool's registry entry (shared), so a tool whose
// entry declares a room section must have a RoomSection, one whose room needs data a `loadRoom`,
// and one the record mentions a `loadRecord`. See docs/architecture.md: Capture tools (the registry).
import type { ComponentType } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import type { RoomView } from '../../../../shared/meeting/roomView';
import type { MeetingTool, RecordDataOf, RoomDrawnOf, RoomLoadedOf, RoomTool } from '../../../../shared/meeting/tools/registry';
import type { MeetingNote } from '../../db/repositories/meetingNoteRepository';
import type { Session } from '../../db/session';
import type { RunContext } from '../run/runContext';

/** What every tool's panel in the chair's view gets. */
export type ToolPanelProps = {
  context: RunContext;
  /** The current step's deep-dive family, or null in a once-a-meeting phase. */
  familyId: string | null;
  /** Phase notes by step key. */
  notes: ReadonlyMap<string, MeetingNote>;
  riskRounds: readonly RiskRound[];
  actions: readonly Action[];
  /** Whether the chair has put this tool's material on the room's screen in this step (tools whose room section waits for the chair). */
  onScreen: boolean;
  onShowOnScreen: (shown: boolean) => void;
};

/** The chair's keyboard shortcuts that focus a tool's field (run.shortcuts.* names them). */
export type FocusShortcut = 'toolNotes' | 'toolHypotheses' | 'toolActions' | 'toolReview';

/** What a tool's room section component gets: its section of the message (never null here) and the whole message. */
export type RoomSectionProps<T extends RoomTool> = { section: RoomDrawnOf<T>; view: RoomView };

/** What a loader of a tool's room data gets: the current deep-dive family and the meeting. */
export type RoomLoadRequest = { family: Family; meeting: Meeting };
/**
 * What a loader of a tool's record data gets: one deep-dive family's id and children (none for a
 * family deleted since), the meeting, and the instant to read as of (the meeting's end, or now).
 */
export type RecordLoadRequest = { familyId: string; children: Family['children']; meeting: Meeting; asOf: number };

export type ToolView<T extends MeetingTool> = {
  /** The tool's panel in the chair's view; renders nothing when it has nothing to work on (e.g. no family). */
  Panel: ComponentType<ToolPanelProps>;
  /** The CSS selector each focusing shortcut focuses when this tool is in the phase. */
  focus?: Partial<Record<FocusShortcut, string>>;
} & (T extends RoomTool ? { RoomSection: ComponentType<RoomSectionProps<T>> } : { RoomSection?: never }) &
  ([RoomLoadedOf<T>] extends [never]
    ? { loadRoom?: never }
    : {
        /** Reads (in a live query) what the tool's room section needs, for the current family; called only while the section can show. */
        loadRoom: (session: Session, request: RoomLoadRequest) => Promise<RoomLoadedOf<T>>;
      }) &
  ([RecordDataOf<T>] extends [never]
    ? { loadRecord?: never }
    : {
        /** Reads (in a live query) what the record says of the tool for one family. */
        loadRecord: (session: Session, request: RecordLoadRequest) => Promise<RecordDataOf<T>>;
      });

/** Every tool's view, by id: a tool without one fails the type check. */
export type ToolViews = { [T in MeetingTool]: ToolView<T> };
