// Gathers everything a meeting's summaries are built from (the meeting, its notes, hypotheses,
// risk rounds and actions, member names and family codes, the deep-dive families' care periods),
// reactively; undefined while loading.
import { useMemo } from 'react';
import type { Family } from '../../../../shared/family/family';
import type { Meeting } from '../../../../shared/meeting/meeting';
import type { Member } from '../../../../shared/team/member';
import type { SummarySource } from '../../../../shared/meeting/summary';
import { memberNameMap, useFamilies, useMembers } from '../../db/hooks';
import { useMeetingHypothesisRevisions } from '../../db/hypothesisHooks';
import { useMeetingActions, useMeetingNotes, useMeetingRiskRounds } from '../../db/meetingHooks';
import { useMeetingMethods } from './useMeetingMethods';
import { useMeetingCarePeriods } from '../../db/carePeriodHooks';
import { useQuickRoundLines } from '../../db/quickRoundHooks';

export function useSummarySource(meeting: Meeting): SummarySource | undefined {
  const notes = useMeetingNotes(meeting.id);
  const hypothesisRevisions = useMeetingHypothesisRevisions(meeting.id);
  const riskRounds = useMeetingRiskRounds(meeting.id);
  const actions = useMeetingActions(meeting.id);
  const members = useMembers();
  const families = useFamilies();
  const methods = useMeetingMethods(meeting, families);
  const carePeriods = useMeetingCarePeriods(meeting);
  const quickRoundLines = useQuickRoundLines(meeting.id);
  return useMemo(() => {
    if (!notes || !hypothesisRevisions || !riskRounds || !actions || !members || !families || !methods || !carePeriods || !quickRoundLines) return undefined;
    return toSummarySource({ meeting, notes, hypothesisRevisions, riskRounds, actions, members, families, methods, carePeriods, quickRoundLines });
  }, [meeting, notes, hypothesisRevisions, riskRounds, actions, members, families, methods, carePeriods, quickRoundLines]);
}

/** The summaries' input from what was read (also used by the benchmark, which reads without hooks). */
export function toSummarySource(parts: Omit<SummarySource, 'now' | 'memberNames' | 'families'> & {
  members: readonly Member[];
  families: readonly Family[];
}): SummarySource {
  const { members, families, ...rest } = parts;
  return {
    ...rest,
    now: Date.now(),
    memberNames: memberNameMap(members),
    families: new Map(
      families.map((family) => [
        family.id,
        { code: family.code, label: family.label, responsibleMemberId: family.responsibleMemberId, socialCounsellorId: family.socialCounsellorId ?? null },
      ]),
    ),
  };
}
