// Gathers everything a meeting's summaries are built from (the meeting, its notes, hypotheses,
// risk rounds and actions, member names and family codes), reactively; undefined while loading.
import { useMemo } from 'react';
import type { Meeting } from '../../../../shared/meeting/meeting';
import type { SummarySource } from '../../../../shared/meeting/summary';
import { memberNameMap, useFamilies, useMembers } from '../../db/hooks';
import { useMeetingActions, useMeetingHypotheses, useMeetingNotes, useMeetingRiskRounds } from '../../db/meetingHooks';

export function useSummarySource(meeting: Meeting): SummarySource | undefined {
  const notes = useMeetingNotes(meeting.id);
  const hypotheses = useMeetingHypotheses(meeting.id);
  const riskRounds = useMeetingRiskRounds(meeting.id);
  const actions = useMeetingActions(meeting.id);
  const members = useMembers();
  const families = useFamilies();
  return useMemo(() => {
    if (!notes || !hypotheses || !riskRounds || !actions || !members || !families) return undefined;
    return {
      meeting,
      now: Date.now(),
      memberNames: memberNameMap(members),
      families: new Map(families.map((family) => [family.id, { code: family.code, label: family.label }])),
      notes,
      hypotheses,
      riskRounds,
      actions,
    };
  }, [meeting, notes, hypotheses, riskRounds, actions, members, families]);
}
