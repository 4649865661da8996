// The shape of a capture tool's entry in the registry (registry.ts): whether it works on the
// deep-dive family, what the room's shared screen may see of it and what the family's record says
// of it. See docs/architecture.md: Capture tools (the registry).
import type { Hypothesis, HypothesisRevision } from '../../hypothesis/hypothesis';
import type { Audience } from '../../threeHouses/session';
import type { MeetingStep } from '../engine';
import type { Action, DeepDive, Meeting, RiskRound } from '../meeting';
import type { RecordListItem, Translate } from '../../document/document';

/** What the chair's window has of the running meeting, whatever the tools (the room's projection reads it). */
export type RoomSource = {
  meeting: Meeting;
  now: number;
  /** Notes of the current step. */
  notes: string;
  /** Everything captured in this meeting; filtered to the current family by each tool. Hypotheses as revisions (see summary.ts). */
  hypothesisRevisions: readonly HypothesisRevision[];
  /** The current family's hypotheses as they stand now (those under review included). */
  familyHypotheses: readonly Hypothesis[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
  /** Pseudonym code by family id ('?' is shown for a family that no longer exists). */
  familyCodes: ReadonlyMap<string, string>;
};

/** What a tool's room function gets: the chair's data and where the meeting is now. */
export type RoomContext<Loaded = undefined> = {
  source: RoomSource;
  meeting: Meeting;
  steps: readonly MeetingStep[];
  /** The current step (the tool is one of its phase's tools). */
  step: MeetingStep;
  /** The current step's deep dive; null in a once-a-meeting phase (a per-family tool is then not asked). */
  deepDive: DeepDive | null;
  /** The family's pseudonym code, or '?' for a family that no longer exists. */
  codeOf: (familyId: string) => string;
  /**
   * Who besides the team is in the room during this deep dive, as a child's consent names
   * audiences ('network', 'parents'); none in a once-a-meeting phase or with only the team there.
   */
  audiences: readonly Audience[];
  /**
   * What the chair's window loaded for this tool (the renderer entry's `loadRoom`), only when it was
   * loaded for the current family; undefined while loading, for another family, or with no loader.
   */
  loaded: Loaded | undefined;
};

/**
 * What the room may see of a tool, in two pure steps so the privacy rules stay testable:
 * `see` decides what the room may see (nothing of another family, nothing the consent withholds,
 * no score before the reveal), `draw` reduces that to exactly what the room's screen draws,
 * building every object field by field (nothing copied by spreading; database ids replaced by
 * positions). `fields` lists every key path `draw` can produce (the registry test checks it).
 */
export type ToolRoom<Key extends string, Loaded, Seen, Drawn> = {
  /** The key of the room's view and message this tool fills (usually the tool id). */
  key: Key;
  /** True: shown only once the chair puts it on the room's screen (a toggle in the tool's panel). */
  chairShows: boolean;
  /** What the room may see now, or null for nothing (not loaded, another family, not allowed). */
  see: (context: RoomContext<Loaded>) => Seen | null;
  /** The room's section as the screen draws it. */
  draw: (seen: Seen) => Drawn;
  /** Every key path of `draw`'s result, as '.a', '.a[]', '.a[].b' relative to the section. */
  fields: readonly string[];
};

/** What a tool's mention in a family's record gets. */
export type RecordMentionContext<Data> = {
  t: Translate;
  /** A calendar day (yyyy-MM-dd) in the record's language. */
  formatDay: (day: string) => string;
  /** Whether one of this family's phases in the meeting offered this tool. */
  offered: boolean;
  /** What the record's screen loaded for this tool and family (the renderer entry's `loadRecord`); undefined: nothing. */
  data: Data | undefined;
};

/** What a family's record says of a tool: lines under the record's "Methods" heading (none: say nothing). */
export type ToolRecord<Data> = {
  mentions: (context: RecordMentionContext<Data>) => RecordListItem[];
};

/** One capture tool as the registry declares it (declare it with `captureTool`, its parts with `roomSection` and `recordMention`). */
export type CaptureTool = {
  /** Works on the deep-dive family: shows nothing in a once-a-meeting phase. */
  perFamily: boolean;
  /** What the room's shared screen may show of it; absent: the room sees nothing of it. */
  room?: ToolRoom<string, any, any, any>;
  /** What the family's record says of it; absent: the record does not mention it. */
  record?: ToolRecord<any>;
};

/** Declares a tool; its exact type is kept, so the registry's types know its room section and record data. */
export function captureTool<Tool extends CaptureTool>(tool: Tool): Tool {
  return tool;
}

/**
 * Declares what the room may see of a tool: the section's types are inferred from `see` and
 * `draw`, the data the chair's window loads for it from the type of `see`'s context
 * (`RoomContext<Loaded>`; plain `RoomContext` when it needs nothing loaded).
 */
export function roomSection<const Key extends string, Loaded, Seen, Drawn>(room: ToolRoom<Key, Loaded, Seen, Drawn>): ToolRoom<Key, Loaded, Seen, Drawn> {
  return room;
}

/** Declares what a family's record says of a tool; the data the record's screen loads for it is the type of `mentions`' context (`RecordMentionContext<Data>`). */
export function recordMention<Data>(record: ToolRecord<Data>): ToolRecord<Data> {
  return record;
}
