// Feeds the room's shared screen: builds the room view (shared/meeting/sharedScreen.ts decides what
// may be shown: nothing of another family, no score before the reveal) from the facilitator's data,
// reduces it to what the screen draws (shared/meeting/roomView.ts) and hands it to the screen link
// (screenLink.ts: only to the screen window this window opened) whenever anything changes, and every
// second so its timer stays right. What each tool's section needs from the database is read by the
// tool's own loader (tools/useToolRoomData.ts).
import { useMemo } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { Hypothesis, HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { MeetingRunState } from '../../../../shared/meeting/engine';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import { buildSharedScreenView, type RoomShows } from '../../../../shared/meeting/sharedScreen';
import { buildMeetingSteps } from '../../../../shared/meeting/engine';
import { agendaOutline } from '../../../../shared/meeting/meeting';
import type { MeetingTool } from '../../../../shared/meeting/tools/registry';
import { useFamilyHypotheses } from '../../db/hypothesisHooks';
import { roomViewOf } from '../../../../shared/meeting/roomView';
import { useScreenPublisher } from '../screen/screenLink';
import { useToolRoomData } from '../tools/useToolRoomData';
import { useNow } from './useNow';

type SharedScreenPublisherProps = {
  meeting: Meeting;
  /** The current step's deep-dive family, or null in a once-a-meeting phase. */
  familyId: string | null;
  notes: string;
  hypothesisRevisions: readonly HypothesisRevision[];
  actions: readonly Action[];
  riskRounds: readonly RiskRound[];
  families: readonly Family[];
  /** What the facilitator has put on the room's screen in this step. */
  shows: RoomShows;
};

export function SharedScreenPublisher(props: SharedScreenPublisherProps) {
  const { meeting, familyId, notes, hypothesisRevisions, actions, riskRounds, families, shows } = props;
  // Measured no earlier than the run's latest transition: a break or a step taken since the last tick
  // is measured from its own instant, so a paused view never grows by the tick that follows it.
  const ticked = useNow();
  const now = Math.max(ticked, latestRunInstant(meeting.run));
  // The family's hypotheses under review (none are read in a once-a-meeting phase), and what the
  // step's tools read for the room (tools/useToolRoomData.ts).
  const familyHypotheses = useFamilyHypotheses(familyId ?? '') ?? noHypotheses;
  const family = families.find((entry) => entry.id === familyId) ?? null;
  const tools = useMemo(() => currentTools(meeting), [meeting]);
  const loaded = useToolRoomData(meeting, family, tools, shows);
  const familyCodes = useMemo(() => new Map(families.map((entry) => [entry.id, entry.code])), [families]);
  const view = useMemo(
    () => buildSharedScreenView({ meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes, shows, loaded }),
    [meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes, shows, loaded],
  );
  const roomView = useMemo(() => roomViewOf(view), [view]);
  useScreenPublisher(meeting.id, roomView);
  return null;
}

const noHypotheses: readonly Hypothesis[] = [];

/** The tools of the step the meeting is at (none before the start or after the finish). */
function currentTools(meeting: Meeting): readonly MeetingTool[] {
  if (meeting.run.status === 'notStarted' || meeting.run.status === 'finished') return [];
  return buildMeetingSteps(meeting.template, agendaOutline(meeting))[meeting.run.stepIndex]?.phase.tools ?? [];
}

function latestRunInstant(run: MeetingRunState): number {
  const pause = run.pauses.at(-1);
  return Math.max(run.startedAt ?? 0, run.phaseStartedAt ?? 0, pause?.from ?? 0, pause?.to ?? 0);
}
