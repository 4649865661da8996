// What a meeting did with the capture tools its record mentions, per deep-dive family: each tool's
// renderer entry loads its own data (`loadRecord`: the timeline events added or changed in the
// meeting, each child's latest three-houses session as of the meeting's end, or now while it runs).
// Reactive; undefined while loading. See docs/architecture.md: Capture tools (the registry).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Family } from '../../../../shared/family/family';
import type { Meeting } from '../../../../shared/meeting/meeting';
import type { MethodsInMeeting } from '../../../../shared/meeting/summary';
import { meetingTools } from '../../../../shared/meeting/tools/registry';
import { useSession } from '../../db/sessionContext';
import type { Session } from '../../db/session';
import type { RecordLoadRequest } from '../tools/toolView';
import { toolViews } from '../tools/toolViews';

type Loader = (session: Session, request: RecordLoadRequest) => Promise<unknown>;

export function useMeetingMethods(meeting: Meeting, families: readonly Family[] | undefined): ReadonlyMap<string, MethodsInMeeting> | undefined {
  const session = useSession();
  const familyIds = [...new Set(meeting.deepDives.map((deepDive) => deepDive.familyId))];
  const asOf = meeting.run.finishedAt;
  return useLiveQuery(async () => {
    if (!families) return undefined;
    const recorded = meetingTools.filter((tool) => 'loadRecord' in toolViews[tool]);
    const entries = await Promise.all(
      familyIds.map(async (familyId): Promise<[string, MethodsInMeeting]> => {
        const children = families.find((family) => family.id === familyId)?.children ?? [];
        const request = { familyId, children, meeting, asOf: asOf ?? Date.now() };
        const data = await Promise.all(recorded.map(async (tool) => [tool, await (toolViews[tool] as { loadRecord: Loader }).loadRecord(session, request)] as const));
        return [familyId, Object.fromEntries(data) as MethodsInMeeting];
      }),
    );
    return new Map(entries);
  }, [session, meeting.id, familyIds.join('|'), asOf, families]);
}
