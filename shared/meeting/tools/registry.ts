// The capture tools a meeting phase can show, each declared once: whether it works on the deep-dive
// family, what the room's shared screen may see of it, and what the family's record says of it.
// The template schema, the template editor, the room's projection (sharedScreen.ts, roomView.ts)
// and the record (summary.ts) all read this registry; the renderer's own map of every tool's UI is
// renderer/src/meetings/tools/toolViews.tsx. See docs/architecture.md: Capture tools (the registry),
// and How to add a capture tool.
import type { TemplatePhase } from '../template';
import { actionsTool, familyQuestionsTool } from './actions';
import { carePeriodGoalsTool } from './carePeriodGoals';
import { hypothesesTool } from './hypotheses';
import type { MeetingTool } from './ids';
import { agendaTool, agreedInMeetingTool } from './meetingLists';
import { notesTool, reflectingTeamTool } from './notes';
import { quickRoundListTool } from './quickRoundList';
import { riskRoundTool } from './riskRound';
import { networkMapTool } from '../../networkMap/tool';
import { threeHousesTool } from './threeHouses';
import { timelineTool } from './timeline';
import { genogramTool } from '../../genogram/tool';
import type { CaptureTool, ToolRecord, ToolRoom } from './types';

export { meetingTools, type MeetingTool } from './ids';

/** Every tool's entry, by id. The object's type names every id of ids.ts, so a new id without an entry fails the type check. */
export const captureTools = {
  agenda: agendaTool,
  agreedInMeeting: agreedInMeetingTool,
  notes: notesTool,
  hypotheses: hypothesesTool,
  riskRound: riskRoundTool,
  actions: actionsTool,
  familyQuestions: familyQuestionsTool,
  quickRoundList: quickRoundListTool,
  genogram: genogramTool,
  timeline: timelineTool,
  threeHouses: threeHousesTool,
  networkMap: networkMapTool,
  carePeriodGoals: carePeriodGoalsTool,
  reflectingTeam: reflectingTeamTool,
} satisfies { [T in MeetingTool]: CaptureTool };

type Tools = typeof captureTools;

/** The tools with a section on the room's screen. */
export type RoomTool = { [T in MeetingTool]: Tools[T] extends { room: object } ? T : never }[MeetingTool];
/** The key of a tool's room section in the room's view and message. */
export type RoomKeyOf<T extends RoomTool> = Tools[T] extends { room: ToolRoom<infer K, infer _L, infer _S, infer _D> } ? K : never;
/** What the room may see of a tool (the room's view, before `draw`). */
export type RoomSeenOf<T extends RoomTool> = Tools[T] extends { room: ToolRoom<infer _K, infer _L, infer S, infer _D> } ? S : never;
/** A tool's room section as the screen draws it (the message). */
export type RoomDrawnOf<T extends RoomTool> = Tools[T] extends { room: ToolRoom<infer _K, infer _L, infer _S, infer D> } ? D : never;
/** What the chair's window loads for a tool's room section (undefined: the tool needs nothing loaded). */
export type RoomLoadedOf<T extends MeetingTool> = Tools[T] extends { room: ToolRoom<infer _K, infer L, infer _S, infer _D> } ? Exclude<L, undefined> : never;
/** What the record's screen loads for a tool's mention (never: the record does not mention it). */
export type RecordDataOf<T extends MeetingTool> = Tools[T] extends { record: ToolRecord<infer D> } ? Exclude<D, undefined> : never;
/** The tools that need data loaded for the room / for the record. */
export type RoomLoadingTool = { [T in MeetingTool]: [RoomLoadedOf<T>] extends [never] ? never : T }[MeetingTool];
export type RecordTool = { [T in MeetingTool]: [RecordDataOf<T>] extends [never] ? never : T }[MeetingTool];

/** The room's sections by key: what the room may see (`seen`) or what the screen draws (`drawn`); null when not shown. */
export type RoomSections<Stage extends 'seen' | 'drawn'> = {
  [T in RoomTool as RoomKeyOf<T>]: (Stage extends 'seen' ? RoomSeenOf<T> : RoomDrawnOf<T>) | null;
};

/** The room data loaded by the chair's window, tagged with the family it was read for (null: a once-a-meeting tool). */
export type LoadedForRoom = { [T in RoomLoadingTool]?: { familyId: string | null; data: RoomLoadedOf<T> } };

/** The record data loaded per deep-dive family, by tool. */
export type RecordDataOfFamily = { [T in RecordTool]?: RecordDataOf<T> };

export function toolEntry(id: MeetingTool): CaptureTool {
  return captureTools[id] as CaptureTool;
}

/** Whether a tool works on the deep-dive family (it shows nothing in a once-a-meeting phase). */
export function isFamilyTool(tool: MeetingTool): boolean {
  return captureTools[tool].perFamily;
}

/** The tools of `phase` that will show nothing because the phase is not about a family. */
export function idleFamilyTools(phase: Pick<TemplatePhase, 'scope' | 'tools'>): MeetingTool[] {
  return phase.scope === 'once' ? phase.tools.filter(isFamilyTool) : [];
}

/** The translation key of a tool's name (the template editor, the preview, the template's problems). */
export function toolNameKey(tool: MeetingTool): `templates.tools.${MeetingTool}` {
  return `templates.tools.${tool}`;
}
