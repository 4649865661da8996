// Feeds the room's shared screen: builds the room view (shared/meeting/sharedScreen.ts decides what
// may be shown: nothing of another family, no score before the reveal) from the facilitator's data,
// reduces it to what the screen draws (shared/meeting/roomView.ts) and hands it to the screen link
// (screenLink.ts: only to the screen window this window opened) whenever anything changes, and every
// second so its timer stays right.
import { useMemo } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { Hypothesis, HypothesisRevision } from '../../../../shared/hypothesis/hypothesis';
import type { MeetingRunState } from '../../../../shared/meeting/engine';
import type { Action, Meeting, RiskRound } from '../../../../shared/meeting/meeting';
import { buildSharedScreenView, type RoomShows, type RoomShowsMeeting, type SharedScreenCarePeriod, type SharedScreenMethods } from '../../../../shared/meeting/sharedScreen';
import { useReviewGoals } from '../../db/carePeriodHooks';
import { useFamilyHypotheses } from '../../db/hypothesisHooks';
import { useFamilyThreeHousesSessions, useTimelineEvents } from '../../db/methodHooks';
import { roomViewOf } from '../../../../shared/meeting/roomView';
import { useScreenPublisher } from '../screen/screenLink';
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
  shows: RoomShows & RoomShowsMeeting;
  /** Whether the current step shows the care-period goals (an interim review's goals phase). */
  showsGoals: boolean;
};

export function SharedScreenPublisher(props: SharedScreenPublisherProps) {
  const { meeting, familyId, notes, hypothesisRevisions, actions, riskRounds, families, shows, showsGoals } = props;
  // Measured no earlier than the run's latest transition: a break or a step taken since the last tick
  // is measured from its own instant, so a paused view never grows by the tick that follows it.
  const ticked = useNow();
  const now = Math.max(ticked, latestRunInstant(meeting.run));
  // The family's hypotheses under review (none are read in a once-a-meeting phase), and its method
  // material only once the facilitator has put it on the room's screen (the sessions carry drawings).
  const familyHypotheses = useFamilyHypotheses(familyId ?? '') ?? noHypotheses;
  const timelineEvents = useTimelineEvents(familyId && shows.timeline ? familyId : '');
  const threeHousesSessions = useFamilyThreeHousesSessions(familyId && shows.threeHouses ? familyId : '');
  // The care period only in a step that shows the goals.
  const goalsFamilyId = familyId && showsGoals ? familyId : '';
  // Tagged with the family it was read for (never with the current one): while the next family's
  // goals load, the previous family's result is kept by the live query and must not be shown as theirs.
  const familyCarePeriod: SharedScreenCarePeriod | undefined = useReviewGoals(goalsFamilyId, meeting);
  const familyCodes = useMemo(() => new Map(families.map((family) => [family.id, family.code])), [families]);
  const familyMethods = useMemo((): SharedScreenMethods | undefined => {
    const family = families.find((entry) => entry.id === familyId);
    if (!family || !timelineEvents || !threeHousesSessions) return undefined;
    return { familyId: family.id, children: family.children, timelineEvents, threeHousesSessions, showing: shows };
  }, [families, familyId, timelineEvents, threeHousesSessions, shows]);
  const meetingShows = useMemo((): RoomShowsMeeting => ({ agenda: shows.agenda, agreed: shows.agreed }), [shows.agenda, shows.agreed]);
  const view = useMemo(
    () =>
      buildSharedScreenView({ meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes, familyMethods, familyCarePeriod, meetingShows }),
    [meeting, now, notes, hypothesisRevisions, familyHypotheses, actions, riskRounds, familyCodes, familyMethods, familyCarePeriod, meetingShows],
  );
  const roomView = useMemo(() => roomViewOf(view), [view]);
  useScreenPublisher(meeting.id, roomView);
  return null;
}

const noHypotheses: readonly Hypothesis[] = [];

function latestRunInstant(run: MeetingRunState): number {
  const pause = run.pauses.at(-1);
  return Math.max(run.startedAt ?? 0, run.phaseStartedAt ?? 0, pause?.from ?? 0, pause?.to ?? 0);
}
